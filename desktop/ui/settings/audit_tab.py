"""操作日志 tab: the newest events and a check of the whole chain."""

from __future__ import annotations

import json

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.china_time import format_datetime
from desktop.services.audit import AuditEntry, ChainReport, recent_events, verify_chain
from desktop.ui.context import UiContext
from desktop.ui.labels import action_label
from desktop.ui.messages import show_error
from desktop.ui.operations import BackgroundOperation
from desktop.ui.table_model import Column, RowTableModel


def _details(entry: AuditEntry) -> str:
    return json.dumps(entry.changes, ensure_ascii=False)[:300] if entry.changes else ""


class AuditTab(QWidget):
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self._context = context
        self.operation: BackgroundOperation | None = None
        layout = QVBoxLayout(self)
        self.model: RowTableModel[AuditEntry] = RowTableModel([
            Column("#", lambda e: str(e.id), align_right=True),
            Column(self.tr("Time"), lambda e: format_datetime(e.occurred_at)),
            Column(self.tr("User"), lambda e: e.actor),
            Column(self.tr("Action"), lambda e: action_label(e.action)),
            Column(self.tr("Details"), _details),
        ], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.verify_button = QPushButton(self.tr("&Check integrity"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        row.addWidget(self.verify_button)
        row.addWidget(self.result, 1)
        layout.addLayout(row)
        self.verify_button.clicked.connect(self.verify)

    def refresh(self) -> None:
        with self._context.db.session() as session:
            self.model.set_rows(recent_events(session))
        self.table.resizeColumnsToContents()

    def verify(self) -> None:
        db = self._context.db

        def work(_control: object) -> ChainReport:
            with db.read_session() as session:
                return verify_chain(session)

        def done(report: ChainReport) -> None:
            if report.ok:
                self.result.setStyleSheet("color: #1b5e20;")
                self.result.setText(self.tr("Intact: {0} events checked, none changed outside the app.")
                                    .format(report.events_checked))
            else:
                self.result.setStyleSheet("color: #b00020;")
                self.result.setText(report.reason)

        self.operation = BackgroundOperation(self, self.tr("Checking the audit trail…"), work,
                                             on_success=done, on_error=lambda exc: show_error(self, exc))
        self.operation.start()

"""审批 tab: every record waiting for a 负责人, oldest first; approve or return several at once.

Approving one's own entries asks first (and marks the records); returning needs a comment. A clerk
sees the queue read-only with a line saying that only the 负责人 can approve.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.china_time import format_datetime
from desktop.services import aid_approval
from desktop.services.aid_queries import DisbursementRow, Trail, approval_queue, workflow_trails
from desktop.services.disbursements import STUDY_AID
from desktop.services.errors import ConfirmationNeeded
from desktop.services.group_distributions import list_groups
from desktop.ui.aid.action_dialogs import TextDialog, reject_dialog
from desktop.ui.aid.disbursement_list import disbursement_columns, user_names
from desktop.ui.context import UiContext
from desktop.ui.messages import confirm, show_error
from desktop.ui.table_model import Column, RowTableModel, list_table, selected_rows


def warnings_of(row: DisbursementRow) -> str:
    """What a 负责人 should look at before approving."""
    found = []
    if row.category == STUDY_AID and not row.evidence:
        found.append(QCoreApplication.translate("aid", "no admission letter noted"))
    if row.duplicate_override:
        found.append(QCoreApplication.translate("aid", "second payment in the campaign: {0}").format(row.duplicate_override))
    if row.reverses_id is not None:
        found.append(QCoreApplication.translate("aid", "reversal of record #{0}").format(row.reverses_id))
    return "; ".join(found)


class ApprovalTab(QWidget):
    """``changed`` after records were approved or returned."""

    changed = Signal()

    def __init__(self, context: UiContext, open_record: Callable[[int], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self._open_record = context, open_record
        self._trails: dict[int, Trail] = {}
        self.pending_groups = 0  # submitted group distributions, approved in their own tab
        columns: list[Column[DisbursementRow]] = [
            *disbursement_columns(user_names(context.db))[:-1],
            Column(self.tr("Submitted at"), self._submitted_at),
            Column(self.tr("Warnings"), warnings_of),
        ]
        self.model: RowTableModel[DisbursementRow] = RowTableModel(columns, self)
        self.table = list_table(self.model, multi=True, row_height=26)
        self.can_approve = context.actor.role == "approver"
        self.role_line = QLabel(self.tr(
            "Only the responsible person (负责人) can approve or return records; you can see what is waiting."))
        self.role_line.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.role_line.setVisible(not self.can_approve)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("font-weight: bold;")
        self.message = QLabel()
        self.message.setStyleSheet("color: #555555;")
        self.approve_button = QPushButton(self.tr("&Approve selected"))
        self.reject_button = QPushButton(self.tr("&Return selected…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.approve_button.setEnabled(self.can_approve)
        self.reject_button.setEnabled(self.can_approve)
        if not self.can_approve:
            tip = self.role_line.text()
            self.approve_button.setToolTip(tip)
            self.reject_button.setToolTip(tip)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.message, 1)
        for button in (self.open_button, self.reject_button, self.approve_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.role_line)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.table.activated.connect(self._open_at)
        self.open_button.clicked.connect(self.open_selected)
        self.approve_button.clicked.connect(self.approve_selected)
        self.reject_button.clicked.connect(self.reject_selected)

    def _submitted_at(self, row: DisbursementRow) -> str:
        trail = self._trails.get(row.id)
        return format_datetime(trail.submitted_at) if trail and trail.submitted_at else ""

    def refresh(self) -> None:
        rows = approval_queue(self._context.db)
        self._trails = workflow_trails(self._context.db, [r.id for r in rows])
        self.model.set_rows(rows)
        groups = len(list_groups(self._context.db, status="submitted"))
        text = self.tr("{0} waiting").format(len(rows))
        if groups:
            text += self.tr("; {0} group distribution(s) waiting in the Group distributions tab").format(groups)
        self.count_label.setText(text)
        self.pending_groups = groups
        self.table.resizeColumnsToContents()

    def pending(self) -> int:
        """Records and group distributions waiting for a 负责人."""
        return self.model.rowCount() + self.pending_groups

    def selected(self) -> list[DisbursementRow]:
        return selected_rows(self.table, self.model)

    def _open_at(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open_record(self.model.row_at(index.row()).id)

    def open_selected(self) -> None:
        rows = self.selected()
        if rows:
            self._open_record(rows[0].id)

    def approve_selected(self) -> int:
        ids = [r.id for r in self.selected()]
        if not self.can_approve or not ids:
            self.message.setText(self.tr("Select the records to approve (Ctrl+A selects all)."))
            return 0
        ctx = self._context
        confirmed: frozenset[str] = frozenset()
        while True:
            try:
                count = aid_approval.approve(ctx.db, ctx.actor, ids, confirm=confirmed)
                break
            except ConfirmationNeeded as exc:
                if not confirm(self, self.tr("Please confirm"), exc.message):
                    return 0
                confirmed |= {exc.key}
            except Exception as exc:
                show_error(self, exc)
                return 0
        self._done(self.tr("{0} record(s) approved.").format(count))
        return count

    def reject_selected(self) -> TextDialog | None:
        ids = [r.id for r in self.selected()]
        if not self.can_approve or not ids:
            self.message.setText(self.tr("Select the records to return."))
            return None
        dialog = reject_dialog(self._context, ids, self)
        dialog.accepted.connect(lambda: self._done(self.tr("{0} record(s) returned.").format(len(ids))))
        dialog.open()
        return dialog

    def _done(self, text: str) -> None:
        self.refresh()
        self.message.setText(text)
        self.changed.emit()

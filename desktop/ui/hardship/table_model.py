"""The hardship register as a table: one row per file, the review date coloured when it is due."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from desktop.services.hardship import HardshipRow
from desktop.ui.hardship.labels import category_label, status_label
from desktop.ui.table_model import AnyIndex, Column, RowTableModel

OVERDUE = QColor("#b00020")
DUE_SOON = QColor("#b26a00")
REVIEW_COLUMN = 5
DUE_DAYS = 30


class HardshipTableModel(RowTableModel[HardshipRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(QCoreApplication.translate("hardship", "Name"), lambda r: r.name),
            Column(QCoreApplication.translate("hardship", "ID number"), lambda r: r.id_number_masked),
            Column(QCoreApplication.translate("hardship", "Category"), lambda r: category_label(r.category)),
            Column(QCoreApplication.translate("hardship", "Status"), lambda r: status_label(r.status)),
            Column(QCoreApplication.translate("hardship", "Opened on"), lambda r: r.opened_on.isoformat()),
            Column(QCoreApplication.translate("hardship", "Next review"),
                   lambda r: r.next_review_on.isoformat() if r.status in ("open", "phasing_out") else ""),
            Column(QCoreApplication.translate("hardship", "Employer"), lambda r: r.work_unit),
        ], parent)
        self.today = date.today()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == REVIEW_COLUMN:
            row = self.row_at(index.row())
            if row.review_due(self.today, -1):
                return OVERDUE
            if row.review_due(self.today, DUE_DAYS):
                return DUE_SOON
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == REVIEW_COLUMN:
            row = self.row_at(index.row())
            if row.review_due(self.today, -1):
                return QCoreApplication.translate("hardship", "The yearly review is overdue")
            if row.review_due(self.today, DUE_DAYS):
                return QCoreApplication.translate("hardship", "The yearly review is due within {0} days").format(
                    DUE_DAYS)
        return super().data(index, role)

    def row_index(self, file_id: int) -> int:
        return next((i for i in range(self.rowCount()) if self.row_at(i).id == file_id), -1)

"""The preview of an import plan: one table row per data row of the file, bad rows in red.

A thin model over the plan's rows (no item objects), so 100 000 rows open at once; the
"only rows with errors" filter is a list of row positions, rebuilt in one pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.services.import_plan import ImportPlan, PlannedRow
from desktop.tabular import ColumnSpec, text

AnyIndex = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

BAD_ROW = QColor("#fde8e8")  # light red: the whole row will not be imported
BAD_CELL = QColor("#f6b9b9")  # the cell a reason points at
ERROR_TEXT = QColor("#a50e0e")
UPDATE_TEXT = QColor("#1a5fb4")
NOTICE_TEXT = QColor("#5c5c5c")

COLUMN_ROW, COLUMN_STATUS, COLUMN_REASON = 0, 1, 2  # then the file's recognised columns
FIRST_FILE_COLUMN = 3


def cell_text(value: object) -> str:
    """A cell as the clerk saw it in the spreadsheet (an ID Excel stored as a number stays 1.10105E+17)."""
    if value is None:
        return ""
    if isinstance(value, float) and abs(value) >= 1e15:
        return f"{value:.6g}".upper()
    return text(value)


def preview_columns(plan: ImportPlan) -> list[ColumnSpec]:
    """The file's recognised columns, in the template's order."""
    present = plan.header.columns if plan.header else {}
    return [spec for spec in plan.columns if spec.key in present]


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PlannedRow] = []
        self._shown: list[int] | None = None  # positions in _rows when filtered; None = all
        self._specs: list[ColumnSpec] = []
        self._header_keys: dict[str, str] = {}  # a column header as messages name it → spec key
        self._file_headers: dict[str, str] = {}  # spec key → the header as written in the file
        self._only_invalid = False

    # --- filling -----------------------------------------------------------------------------------
    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self._rows = list(plan.rows) if plan else []
        self._specs = preview_columns(plan) if plan else []
        keys = {spec.header: spec.key for spec in plan.columns} if plan else {}
        if plan and plan.header:
            keys.update({header: key for key, header in plan.header.headers.items()})
        self._header_keys = keys
        self._file_headers = dict(plan.header.headers) if plan and plan.header else {}
        self._refilter()
        self.endResetModel()

    def set_only_invalid(self, only: bool) -> None:
        if only == self._only_invalid:
            return
        self.beginResetModel()
        self._only_invalid = only
        self._refilter()
        self.endResetModel()

    def _refilter(self) -> None:
        self._shown = ([i for i, r in enumerate(self._rows) if r.action == "invalid"]
                       if self._only_invalid else None)

    def row_at(self, row: int) -> PlannedRow:
        return self._rows[row if self._shown is None else self._shown[row]]

    def column_key(self, column: int) -> str:
        """"#row", "#status", "#reason" or the spec key of a file column."""
        if column == COLUMN_ROW:
            return "#row"
        if column == COLUMN_STATUS:
            return "#status"
        if column == COLUMN_REASON:
            return "#reason"
        return self._spec(column).key

    # --- the model ---------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._rows) if self._shown is None else len(self._shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._specs) + FIRST_FILE_COLUMN

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        key = self.column_key(section)
        if role == Qt.ItemDataRole.DisplayRole:
            titles = {"#row": self.tr("Row"), "#status": self.tr("Status"), "#reason": self.tr("Reason")}
            return titles.get(key) or self._file_headers.get(key) or self._spec(section).header
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "#row":
                return self.tr("The row number in the spreadsheet")
            if not key.startswith("#") and self._file_headers.get(key, "") != self._spec(section).header:
                return self.tr("Imported as “{0}”").format(self._spec(section).header)
        return None

    def _spec(self, column: int) -> ColumnSpec:
        return self._specs[column - FIRST_FILE_COLUMN]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount() or not 0 <= index.column() < self.columnCount():
            return None
        row = self.row_at(index.row())
        key = self.column_key(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key)
        if role == Qt.ItemDataRole.BackgroundRole and row.action == "invalid":
            return BAD_CELL if key not in ("#row", "#status", "#reason") and self._messages_for(row, key) else BAD_ROW
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "#row":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        return None

    def _display(self, row: PlannedRow, key: str) -> str:
        if key == "#row":
            return str(row.number)
        if key == "#status":
            return self.status_label(row.action)
        if key == "#reason":
            return row.reason if row.issues else "；".join(n.rstrip("。") for n in row.notices)
        return cell_text(row.raw.get(key))

    def _tooltip(self, row: PlannedRow, key: str) -> str | None:
        if key in ("#row", "#status", "#reason"):
            lines = [i.message for i in row.issues] or list(row.notices)
            return "\n".join(lines) or None
        messages = self._messages_for(row, key)
        return "\n".join(messages) if messages else None

    def _foreground(self, row: PlannedRow, key: str) -> QColor | None:
        if row.action == "invalid" and key in ("#status", "#reason"):
            return ERROR_TEXT
        if row.action == "update" and key == "#status":
            return UPDATE_TEXT
        if key == "#reason" and row.notices:
            return NOTICE_TEXT
        return None

    def _messages_for(self, row: PlannedRow, key: str) -> list[str]:
        return [i.message for i in row.issues if i.column and self._header_keys.get(i.column) == key]

    def status_label(self, action: str) -> str:
        labels = {"new": self.tr("New"), "update": self.tr("Update"), "invalid": self.tr("Error")}
        return labels.get(action, action)

    def specs(self) -> Sequence[ColumnSpec]:
        return self._specs

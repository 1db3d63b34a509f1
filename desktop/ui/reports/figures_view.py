"""The 数据 tab: a report's figures as read-only tables, before anyone looks at a PDF.

Each ``Table`` of the ``ReportDocument`` becomes a titled table view whose 合计 row is bold;
the key amounts (with 大写) follow, then the annex of records in smaller, scrollable tables.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.reports.model import ReportDocument, Table

AnyIndex = QModelIndex | QPersistentModelIndex
_ALIGN = {"left": Qt.AlignmentFlag.AlignLeft, "center": Qt.AlignmentFlag.AlignHCenter,
          "right": Qt.AlignmentFlag.AlignRight}
TOTAL_BACKGROUND = QColor("#eef2f7")
MUTED = QColor("#777777")
ANNEX_MAX_HEIGHT = 320


class SectionModel(QAbstractTableModel):
    """One ``Table``: its body rows, then the 合计 row (bold); an empty table shows its empty text."""

    def __init__(self, table: Table, parent: Any = None) -> None:
        super().__init__(parent)
        self.table = table
        self._bold = QFont()
        self._bold.setBold(True)

    @property
    def is_empty(self) -> bool:
        return not self.table.rows

    def total_row(self) -> int | None:
        """The model row holding the 合计 line, or None."""
        if self.table.total is None:
            return None
        return max(len(self.table.rows), 1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return max(len(self.table.rows), 1) + (1 if self.table.total is not None else 0)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.columns)

    def _cells(self, row: int) -> tuple[str, ...]:
        if row == self.total_row():
            return self.table.total or ()
        if self.is_empty:
            return (self.table.empty_text,)
        return self.table.rows[row]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row, column = index.row(), index.column()
        if not 0 <= column < len(self.table.columns):
            return None
        is_total = row == self.total_row()
        placeholder = self.is_empty and not is_total
        if role == Qt.ItemDataRole.DisplayRole:
            cells = self._cells(row)
            return cells[column] if column < len(cells) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignLeft if placeholder else _ALIGN[self.table.columns[column].align]
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and is_total:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and is_total:
            return QBrush(TOTAL_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and placeholder:
            return QBrush(MUTED)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.table.columns):
            return self.table.columns[section].title
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            return "" if section == self.total_row() else str(section + 1)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class SectionTable(QTableView):
    """A read-only table sized to its rows (or capped, for the annex)."""

    def __init__(self, table: Table, *, max_height: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = SectionModel(table, self)
        self.setModel(self.section)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        if self.section.is_empty and len(table.columns) > 1:
            self.setSpan(0, 0, 1, len(table.columns))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.resizeRowsToContents()
        rows_height = sum(self.rowHeight(r) for r in range(self.section.rowCount()))
        height = rows_height + header.sizeHint().height() + 2 * self.frameWidth() + 2
        if max_height is not None and height > max_height:
            height = max_height
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        else:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(height)


class FiguresView(QWidget):
    """Shows a ``ReportDocument``: head, sections, amount lines, remarks and the annex."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: ReportDocument | None = None
        self.tables: list[SectionTable] = []
        self.annex_tables: list[SectionTable] = []
        self.amount_labels: list[QLabel] = []
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll)
        self.set_document(None)

    def set_document(self, document: ReportDocument | None, empty_text: str | None = None) -> None:
        self.document = document
        self.tables, self.annex_tables, self.amount_labels = [], [], []
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(16, 12, 16, 16)
        column.setSpacing(6)
        if document is None:
            hint = QLabel(empty_text or self.tr("Choose a report and a period, then press Generate preview (F5)."))
            hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            hint.setStyleSheet("color: #777777;")
            column.addWidget(hint, 1)
        else:
            self._fill(column, document)
        self._scroll.setWidget(body)

    def _fill(self, column: QVBoxLayout, document: ReportDocument) -> None:
        title = QLabel(document.title)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        column.addWidget(title)
        head = QLabel(f"{document.period_label}　　{document.generated_text}")
        head.setAlignment(Qt.AlignmentFlag.AlignCenter)
        head.setStyleSheet("color: #555555;")
        column.addWidget(head)
        for table in document.sections:
            self.tables.append(self._add_table(column, table))
        if document.amount_lines:
            column.addSpacing(8)
        for line in document.amount_lines:
            label = QLabel(f"<b>{line.label}：</b>{line.amount}　（大写）{line.in_words}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.amount_labels.append(label)
            column.addWidget(label)
        for remark in document.remarks:
            note = QLabel(remark)
            note.setWordWrap(True)
            note.setStyleSheet("color: #555555;")
            column.addWidget(note)
        if document.annex:
            column.addSpacing(12)
            heading = QLabel(self.tr("Annex: the records behind the totals"))
            heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
            column.addWidget(heading)
            for table in document.annex:
                self.annex_tables.append(self._add_table(column, table, max_height=ANNEX_MAX_HEIGHT))
        column.addStretch(1)

    @staticmethod
    def _add_table(column: QVBoxLayout, table: Table, max_height: int | None = None) -> SectionTable:
        heading = QLabel(table.title)
        heading.setStyleSheet("font-weight: bold; margin-top: 10px;")
        column.addWidget(heading)
        view = SectionTable(table, max_height=max_height)
        column.addWidget(view)
        if table.note:
            note = QLabel(table.note)
            note.setStyleSheet("color: #666666;")
            column.addWidget(note)
        return view

    def section_titles(self) -> list[str]:
        return [t.section.table.title for t in self.tables]

"""A lazy table over the member register: 200 rows at a time, newest first, keyset paged.

Only the pages the view has asked for are ever loaded, so 300 000 members paint as fast as 300.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from db import Database
from desktop.domain.masking import mask_id_number, mask_phone
from desktop.services.member_search import MemberQuery, MemberRow, members_by_ids, search_members
from desktop.ui.members.labels import status_label

PAGE_SIZE = 200
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
_INACTIVE = QColor("#777777")  # members who left, died or were voided


@dataclass(frozen=True)
class MemberColumn:
    key: str
    title: str
    text: Callable[[MemberRow], str]
    default: bool = True  # shown until the clerk chooses otherwise


def _groups(row: MemberRow) -> str:
    parts = [QCoreApplication.translate("members", "Migrant worker")] if row.is_migrant_worker else []
    if row.new_employment_group:
        parts.append(row.new_employment_group)
    return QCoreApplication.translate("members", ", ").join(parts)


def _date(value: Any) -> str:
    return value.isoformat() if value else ""


def member_columns() -> list[MemberColumn]:
    return [
        MemberColumn("name", QCoreApplication.translate("members", "Name"), lambda r: r.name),
        MemberColumn("gender", QCoreApplication.translate("members", "Gender"), lambda r: r.gender),
        MemberColumn("id_number", QCoreApplication.translate("members", "ID number"),
                     lambda r: mask_id_number(r.id_number)),
        MemberColumn("phone", QCoreApplication.translate("members", "Mobile"),
                     lambda r: mask_phone(r.phone) if r.phone else ""),
        MemberColumn("organization", QCoreApplication.translate("members", "Employer"),
                     lambda r: r.organization_name),
        MemberColumn("join_date", QCoreApplication.translate("members", "Joined on"), lambda r: _date(r.join_date)),
        MemberColumn("card_number", QCoreApplication.translate("members", "Card number"), lambda r: r.card_number),
        MemberColumn("status", QCoreApplication.translate("members", "Status"), lambda r: status_label(r.status)),
        MemberColumn("groups", QCoreApplication.translate("members", "Groups"), _groups),
        MemberColumn("birth_date", QCoreApplication.translate("members", "Date of birth"),
                     lambda r: _date(r.birth_date), default=False),
        MemberColumn("id_type", QCoreApplication.translate("members", "ID type"), lambda r: r.id_type,
                     default=False),
        MemberColumn("ethnicity", QCoreApplication.translate("members", "Ethnicity"), lambda r: r.ethnicity,
                     default=False),
        MemberColumn("political_status", QCoreApplication.translate("members", "Political status"),
                     lambda r: r.political_status, default=False),
        MemberColumn("education", QCoreApplication.translate("members", "Education"), lambda r: r.education,
                     default=False),
        MemberColumn("household_type", QCoreApplication.translate("members", "Household type"),
                     lambda r: r.household_type, default=False),
        MemberColumn("employment_status", QCoreApplication.translate("members", "Employment status"),
                     lambda r: r.employment_status, default=False),
    ]


class MemberTableModel(QAbstractTableModel):
    """Rows come from ``search_members``; ``fetchMore`` asks for the page after the last row shown."""

    def __init__(self, db: Database, parent: Any = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._db = db
        self._page_size = page_size
        self.columns = member_columns()
        self._query = MemberQuery()
        self._rows: list[MemberRow] = []
        self._exhausted = True

    @property
    def query(self) -> MemberQuery:
        return self._query

    def set_query(self, query: MemberQuery) -> None:
        """Start again with ``query``: the first page is loaded at once, the rest on demand."""
        self.beginResetModel()
        self._query = query
        self._rows = search_members(self._db, query, limit=self._page_size)
        self._exhausted = len(self._rows) < self._page_size
        self.endResetModel()

    def reload(self) -> None:
        self.set_query(self._query)

    def update_member(self, member_id: int) -> None:
        """Show one member's current values (after an edit or a lifecycle change) in place."""
        for index, row in enumerate(self._rows):
            if row.id == member_id:
                fresh = members_by_ids(self._db, [member_id])
                if fresh:
                    self._rows[index] = fresh[0]
                    self.dataChanged.emit(self.index(index, 0), self.index(index, len(self.columns) - 1))
                return

    def row_at(self, row: int) -> MemberRow:
        return self._rows[row]

    def column_index(self, key: str) -> int:
        return next(i for i, column in enumerate(self.columns) if column.key == key)

    # ------------------------------------------------------------ lazy loading

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        before = self._rows[-1].id if self._rows else None
        page = search_members(self._db, self._query, before_id=before, limit=self._page_size)
        self._exhausted = len(page) < self._page_size
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # ------------------------------------------------------------ the table

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[index.column()].text(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and row.status != "active":
            return _INACTIVE
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].title
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

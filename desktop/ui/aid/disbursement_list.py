"""发放记录 tab: search as you type, filters, a lazily loaded table, entry, detail and submission."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import Database
from desktop.domain.masking import mask_id_number
from desktop.domain.money import format_amount
from desktop.services.aid_campaigns import list_campaigns
from desktop.services.aid_queries import DisbursementQuery, DisbursementRow, list_disbursements
from desktop.services.disbursements import EDITABLE, STATUS_LABELS, submit_disbursements
from desktop.services.users import list_users
from desktop.services.vocabulary import all_terms
from desktop.ui.context import UiContext
from desktop.ui.messages import show_error
from desktop.ui.register_excel import RegisterExcelButton
from desktop.ui.table_model import AnyIndex, Column, RowTableModel, list_table, selected_rows

PAGE_SIZE = 300
SEARCH_DELAY_MS = 180
ALL = "*"


def status_text(row: DisbursementRow) -> str:
    """The status as the service words it, plus the marks a reviewer must notice."""
    text = row.status_label
    if row.self_approved:
        text += QCoreApplication.translate("aid", " · self-approved")
    if row.duplicate_override:
        text += QCoreApplication.translate("aid", " · repeat allowed")
    return text


def _amount(fen: int) -> str:
    return format_amount(fen) if fen else ""


def disbursement_columns(users: dict[str, str]) -> list[Column[DisbursementRow]]:
    """The columns shared by the list and the approval queue (ID numbers masked)."""
    def who(username: str) -> str:
        return users.get(username, username)

    return [
        Column(QCoreApplication.translate("aid", "Name"), lambda r: r.name),
        Column(QCoreApplication.translate("aid", "ID number"), lambda r: mask_id_number(r.id_number)),
        Column(QCoreApplication.translate("aid", "Campaign"), lambda r: r.campaign_name or ""),
        Column(QCoreApplication.translate("aid", "Category"), lambda r: r.category),
        Column(QCoreApplication.translate("aid", "Date"), lambda r: r.aid_date.isoformat()),
        Column(QCoreApplication.translate("aid", "Cash"), lambda r: _amount(r.cash_fen), align_right=True),
        Column(QCoreApplication.translate("aid", "Items"), lambda r: r.items),
        Column(QCoreApplication.translate("aid", "Items value"), lambda r: _amount(r.items_value_fen), align_right=True),
        Column(QCoreApplication.translate("aid", "Fund source"), lambda r: r.fund_source),
        Column(QCoreApplication.translate("aid", "Status"), status_text),
        Column(QCoreApplication.translate("aid", "Entered by"), lambda r: who(r.created_by)),
        Column(QCoreApplication.translate("aid", "Approved by"), lambda r: who(r.decided_by)),
    ]


def user_names(db: Database) -> dict[str, str]:
    return {u.username: u.display_name for u in list_users(db)}


class DisbursementTableModel(RowTableModel[DisbursementRow]):
    """Keyset-paged over ``list_disbursements``: the next page loads when the view scrolls to it."""

    def __init__(self, db: Database, columns: list[Column[DisbursementRow]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._db = db
        self.query = DisbursementQuery()
        self._exhausted = True

    def set_query(self, query: DisbursementQuery) -> None:
        self.query = query
        rows = list_disbursements(self._db, query, limit=PAGE_SIZE)
        self._exhausted = len(rows) < PAGE_SIZE
        self.set_rows(rows)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or not self._rows:
            return
        page = list_disbursements(self._db, self.query, before_id=self._rows[-1].id, limit=PAGE_SIZE)
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()


class DisbursementListTab(QWidget):
    """``changed`` after anything here saved or changed a record."""

    changed = Signal()

    def __init__(self, context: UiContext, open_record: Callable[[int], Any],
                 new_record: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self._open_record, self._new_record = context, open_record, new_record
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr(
            "Search: name, pinyin initials (zs), ID number or its last digits, mobile"))
        self.campaign, self.status, self.category, self.fund_source = (QComboBox() for _ in range(4))
        for combo in (self.campaign, self.status, self.category, self.fund_source):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status.addItem(self.tr("All but void"), None)
        for key, label in STATUS_LABELS.items():
            self.status.addItem(label, key)
        self.status.addItem(self.tr("Counted (approved and paid)"), "counted")
        self.model = DisbursementTableModel(context.db, disbursement_columns(user_names(context.db)), self)
        self.table = list_table(self.model, multi=True, row_height=26)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("font-weight: bold;")
        self.message = QLabel()
        self.message.setStyleSheet("color: #555555;")
        self.new_button = QPushButton(self.tr("&New… (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.submit_button = QPushButton(self.tr("&Submit selected drafts"))
        self.excel_button = RegisterExcelButton(self, context, "aid", self.refresh)
        new_action = QAction(self)
        new_action.setShortcut(QKeySequence("Ctrl+N"))
        new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_action.triggered.connect(self._new_record)
        self.addAction(new_action)

        filters = QHBoxLayout()
        for caption, combo in ((self.tr("&Campaign:"), self.campaign), (self.tr("S&tatus:"), self.status),
                               (self.tr("Cate&gory:"), self.category), (self.tr("&Fund source:"), self.fund_source)):
            label = QLabel(caption)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo, 2 if combo is self.campaign else 0)
        filters.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.message, 1)
        for button in (self.excel_button, self.submit_button, self.open_button, self.new_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._search_entered)
        for combo in (self.campaign, self.status, self.category, self.fund_source):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.table.activated.connect(self._open_at)
        self.new_button.clicked.connect(self._new_record)
        self.open_button.clicked.connect(self.open_selected)
        self.submit_button.clicked.connect(self.submit_selected)

    # ------------------------------------------------------------ loading

    def refresh(self) -> None:
        db = self._context.db
        terms = all_terms(db)
        self._fill(self.campaign, [(c.name, c.id) for c in list_campaigns(db)], self.tr("All campaigns"))
        self._fill(self.category, [(t, t) for t in terms.get("aid_kind", [])], self.tr("All categories"))
        self._fill(self.fund_source, [(t, t) for t in terms.get("fund_source", [])], self.tr("All sources"))
        self.apply_filters()

    def _fill(self, combo: QComboBox, items: list[tuple[str, Any]], all_label: str) -> None:
        current = combo.currentData()
        blocked = combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_label, None)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        combo.blockSignals(blocked)

    def query(self) -> DisbursementQuery:
        return DisbursementQuery(text=self.search.text().strip(), campaign_id=self.campaign.currentData(),
                                 status=self.status.currentData(), category=self.category.currentData() or "",
                                 fund_source=self.fund_source.currentData() or "")

    def apply_filters(self) -> None:
        self._timer.stop()
        self.model.set_query(self.query())
        more = "+" if self.model.canFetchMore() else ""
        self.count_label.setText(self.tr("{0}{1} record(s)").format(self.model.rowCount(), more))
        self.table.resizeColumnsToContents()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _search_entered(self) -> None:
        self.apply_filters()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    # ------------------------------------------------------------ actions

    def selected(self) -> list[DisbursementRow]:
        return selected_rows(self.table, self.model)

    def _open_at(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open_record(self.model.row_at(index.row()).id)

    def open_selected(self) -> None:
        rows = self.selected()
        if rows:
            self._open_record(rows[0].id)

    def submit_selected(self) -> int:
        drafts = [r.id for r in self.selected() if r.status in EDITABLE]
        if not drafts:
            self.message.setText(self.tr("Select one or more drafts (or returned records) to submit."))
            return 0
        ctx = self._context
        try:
            count = submit_disbursements(ctx.db, ctx.actor, drafts)
        except Exception as exc:
            show_error(self, exc)
            return 0
        self.message.setText(self.tr("{0} record(s) submitted for approval.").format(count))
        self.apply_filters()
        self.changed.emit()
        return count

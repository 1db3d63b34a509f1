"""活动 tab: the campaigns with their money against budget; new, edit, void, and batch entry of recipients."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.money import format_amount
from desktop.services.aid_campaigns import CampaignRow, list_campaigns, void_campaign
from desktop.ui.aid.batch_grid import BatchGridDialog
from desktop.ui.aid.campaign_dialog import CampaignDialog
from desktop.ui.context import UiContext
from desktop.ui.members.event_dialogs import ReasonDialog
from desktop.ui.messages import show_error
from desktop.ui.table_model import AnyIndex, Column, RowTableModel, list_table, select_id, selected_row

OVER_BUDGET_COLOR = QColor("#b00020")
REMAINING_COLUMN = 10


class CampaignTableModel(RowTableModel[CampaignRow]):
    """Campaign rows; an over-budget campaign's remaining budget is red."""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == REMAINING_COLUMN:
            row = self.row_at(index.row())
            return QBrush(OVER_BUDGET_COLOR) if row.over_budget else None
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and self.row_at(index.row()).voided:
            return QBrush(QColor("#888888"))
        return super().data(index, role)


def remaining_text(row: CampaignRow, over_label: str) -> str:
    budget = row.draft.budget_fen
    if budget is None:
        return ""
    left = budget - row.committed_fen
    return format_amount(left) if left >= 0 else f"{over_label} {format_amount(-left)}"


class CampaignsTab(QWidget):
    changed = Signal()  # campaigns or their records changed (the other tabs should refresh)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._dialogs: list[CampaignDialog | BatchGridDialog] = []
        over = self.tr("Over budget")
        self.model = CampaignTableModel([
            Column(self.tr("Name"), lambda c: c.name if not c.voided else self.tr("{0} (voided)").format(c.name)),
            Column(self.tr("Kind"), lambda c: c.draft.kind),
            Column(self.tr("Starts"), lambda c: c.draft.starts_on.isoformat()),
            Column(self.tr("Ends"), lambda c: c.draft.ends_on.isoformat() if c.draft.ends_on else ""),
            Column(self.tr("Fund source"), lambda c: c.draft.fund_source),
            Column(self.tr("Budget"), lambda c: "" if c.draft.budget_fen is None else format_amount(c.draft.budget_fen),
                   align_right=True),
            Column(self.tr("Committed"), lambda c: format_amount(c.committed_fen), align_right=True),
            Column(self.tr("Approved/paid"), lambda c: format_amount(c.counted_fen), align_right=True),
            Column(self.tr("Persons"), lambda c: str(c.persons), align_right=True),
            Column(self.tr("Awaiting approval"), lambda c: str(c.pending) if c.pending else "", align_right=True),
            Column(self.tr("Budget left"), lambda c: remaining_text(c, over), align_right=True),
        ], self)
        self.table = list_table(self.model)
        self.show_voided = QCheckBox(self.tr("Show voi&ded"))
        self.count_label = QLabel()
        self.hint = QLabel(self.tr("Committed: every record not voided or rejected, drafts and those awaiting "
                                   "approval included. Only approved and paid money counts in totals."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555555;")
        self.new_button = QPushButton(self.tr("&New campaign…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.void_button = QPushButton(self.tr("&Void…"))
        self.batch_button = QPushButton(self.tr("&Batch entry…"))
        self.batch_button.setToolTip(self.tr("Enter many recipients of the selected campaign in a grid"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.show_voided)
        bottom.addStretch(1)
        for button in (self.void_button, self.edit_button, self.new_button, self.batch_button):
            bottom.addWidget(button)
        layout.addLayout(bottom)
        self.show_voided.toggled.connect(self.refresh)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.new_button.clicked.connect(self.new_campaign)
        self.edit_button.clicked.connect(self.edit_selected)
        self.void_button.clicked.connect(self.void_selected)
        self.batch_button.clicked.connect(self.batch_entry)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def refresh(self) -> None:
        selected = self.selected()
        try:
            rows = list_campaigns(self._context.db, include_voided=self.show_voided.isChecked())
        except Exception as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.count_label.setText(self.tr("{0} campaign(s)").format(len(rows)))
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def select(self, campaign_id: int) -> None:
        select_id(self.table, self.model, campaign_id)

    def selected(self) -> CampaignRow | None:
        return selected_row(self.table, self.model)

    def _update_buttons(self) -> None:
        row = self.selected()
        usable = row is not None and not row.voided
        self.edit_button.setEnabled(usable)
        self.void_button.setEnabled(usable)
        self.batch_button.setEnabled(usable)

    def has_unsaved_changes(self) -> bool:
        return any(d.has_unsaved_changes() for d in self._dialogs)

    def _open(self, dialog: CampaignDialog | BatchGridDialog) -> None:
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: CampaignDialog | BatchGridDialog) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
        self.refresh()
        saved = dialog.saved_id if isinstance(dialog, CampaignDialog) else dialog.campaign_id
        if saved is not None:
            self.select(saved)
        if (isinstance(dialog, CampaignDialog) and dialog.saved_id is not None) or \
                (isinstance(dialog, BatchGridDialog) and dialog.saved_count):
            self.changed.emit()

    def new_campaign(self) -> CampaignDialog:
        dialog = CampaignDialog(self._context, None, self)
        self._open(dialog)
        return dialog

    def edit_selected(self) -> CampaignDialog | None:
        row = self.selected()
        if row is None or row.voided:
            return None
        dialog = CampaignDialog(self._context, row, self)
        self._open(dialog)
        return dialog

    def void_selected(self) -> ReasonDialog | None:
        row = self.selected()
        if row is None or row.voided:
            return None
        ctx = self._context
        dialog = ReasonDialog(
            self.tr("Void campaign"),
            self.tr("Void “{0}” only if it was set up by mistake; a campaign with standing records cannot be "
                    "voided. Why is it void?").format(row.name),
            self.tr("&Void"), lambda reason: void_campaign(ctx.db, ctx.actor, row.id, reason), self)
        dialog.accepted.connect(self.refresh)
        dialog.accepted.connect(self.changed)
        dialog.open()
        return dialog

    def batch_entry(self) -> BatchGridDialog | None:
        row = self.selected()
        if row is None or row.voided:
            return None
        dialog = BatchGridDialog(self._context, row.id, self)
        self._open(dialog)
        return dialog

    def current_index(self) -> QModelIndex:
        rows = self.table.selectionModel().selectedRows()
        return rows[0] if rows else QModelIndex()

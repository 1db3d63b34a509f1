"""集体慰问 tab: group distributions with their totals; new, open, approve or reject (负责人), void."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.money import format_amount
from desktop.services.aid_campaigns import list_campaigns
from desktop.services.disbursements import APPROVERS, STATUS_LABELS
from desktop.services.errors import ConfirmationNeeded
from desktop.services.group_distributions import (
    GroupRow,
    decide_groups,
    list_groups,
    reverse_group,
    void_group,
)
from desktop.ui.aid.group_dialog import GroupDetailDialog, GroupDialog
from desktop.ui.context import UiContext
from desktop.ui.members.event_dialogs import ReasonDialog
from desktop.ui.messages import confirm, show_error
from desktop.ui.table_model import Column, RowTableModel, list_table, select_id

STATUSES = ("submitted", "approved", "rejected", "voided")


class GroupsTab(QWidget):
    changed = Signal()  # a group distribution was entered, decided or voided

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._dialogs: list[GroupDialog] = []
        self.is_approver = context.actor.role in APPROVERS
        self.campaign_filter = QComboBox()
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All but voided"), None)
        for status in STATUSES:
            self.status_filter.addItem(STATUS_LABELS[status], status)
        self.model: RowTableModel[GroupRow] = RowTableModel([
            Column(self.tr("Date"), lambda g: g.event_date.isoformat()),
            Column(self.tr("Campaign"), lambda g: g.campaign_name),
            Column(self.tr("Title"), lambda g: g.title),
            Column(self.tr("Organizations"), lambda g: str(g.organization_count), align_right=True),
            Column(self.tr("People"), lambda g: str(g.people_count), align_right=True),
            Column(self.tr("Cash"), lambda g: format_amount(g.cash_fen), align_right=True),
            Column(self.tr("Items"), lambda g: g.items),
            Column(self.tr("Items value"), lambda g: format_amount(g.items_value_fen), align_right=True),
            Column(self.tr("Total"), lambda g: format_amount(g.total_fen), align_right=True),
            Column(self.tr("Fund source"), lambda g: g.fund_source),
            Column(self.tr("Status"), self._status),
            Column(self.tr("Entered by"), lambda g: g.created_by),
            Column(self.tr("Decided by"), lambda g: g.decided_by),
        ], self)
        self.table = list_table(self.model, multi=True)
        self.summary = QLabel()
        self.new_button = QPushButton(self.tr("&New group distribution…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.approve_button = QPushButton(self.tr("&Approve selected"))
        self.reject_button = QPushButton(self.tr("&Reject selected…"))
        self.void_button = QPushButton(self.tr("&Void…"))
        self.reverse_button = QPushButton(self.tr("Re&verse…"))
        self.reverse_button.setToolTip(self.tr("An approved group distribution is never edited: enter its reversal, "
                                               "then the right figures anew."))
        self.approve_button.setVisible(self.is_approver)
        self.reject_button.setVisible(self.is_approver)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Campaign:")))
        top.addWidget(self.campaign_filter, 1)
        top.addWidget(QLabel(self.tr("Status:")))
        top.addWidget(self.status_filter)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary)
        bottom.addStretch(1)
        for button in (self.reverse_button, self.void_button, self.reject_button, self.approve_button, self.open_button, self.new_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.campaign_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())
        self.new_button.clicked.connect(self.new_group)
        self.open_button.clicked.connect(self.open_selected)
        self.approve_button.clicked.connect(self.approve_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.void_button.clicked.connect(self.void_selected)
        self.reverse_button.clicked.connect(self.reverse_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _status(self, group: GroupRow) -> str:
        if group.self_approved:
            return self.tr("{0} (own entry)").format(group.status_label)
        return group.status_label

    def _fill_campaigns(self) -> None:
        current = self.campaign_filter.currentData()
        blocked = self.campaign_filter.blockSignals(True)
        self.campaign_filter.clear()
        self.campaign_filter.addItem(self.tr("All campaigns"), None)
        for row in list_campaigns(self._context.db):
            self.campaign_filter.addItem(row.name, row.id)
        self.campaign_filter.setCurrentIndex(max(0, self.campaign_filter.findData(current)))
        self.campaign_filter.blockSignals(blocked)

    def refresh(self) -> None:
        selected = {g.id for g in self.selected()}
        try:
            self._fill_campaigns()
            rows = list_groups(self._context.db, campaign_id=self.campaign_filter.currentData(),
                               status=self.status_filter.currentData())
        except Exception as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        counted = [g for g in rows if g.status == "approved"]
        self.summary.setText(self.tr("{0} shown; approved: {1} people, {2}").format(
            len(rows), sum(g.people_count for g in counted), format_amount(sum(g.total_fen for g in counted))))
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id in selected:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> list[GroupRow]:
        return [self.model.row_at(i.row()) for i in self.table.selectionModel().selectedRows()]

    def select(self, group_id: int) -> None:
        select_id(self.table, self.model, group_id)

    def _update_buttons(self) -> None:
        rows = self.selected()
        pending = bool(rows) and all(g.status == "submitted" for g in rows)
        self.open_button.setEnabled(len(rows) == 1)
        self.approve_button.setEnabled(pending)
        self.reject_button.setEnabled(pending)
        self.void_button.setEnabled(len(rows) == 1 and rows[0].status in ("submitted", "rejected"))
        self.reverse_button.setEnabled(len(rows) == 1 and rows[0].status == "approved"
                                       and rows[0].reverses_id is None and not rows[0].reversed)

    def has_unsaved_changes(self) -> bool:
        return any(d.has_unsaved_changes() for d in self._dialogs)

    def _done(self) -> None:
        self.refresh()
        self.changed.emit()

    def new_group(self) -> GroupDialog:
        campaign = self.campaign_filter.currentData()
        dialog = GroupDialog(self._context, campaign, self)
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self._dialogs.remove(dialog) if dialog in self._dialogs else None)
        dialog.accepted.connect(self._done)
        dialog.accepted.connect(lambda: dialog.saved_id is not None and self.select(dialog.saved_id))
        dialog.open()
        return dialog

    def open_selected(self) -> GroupDetailDialog | None:
        rows = self.selected()
        if len(rows) != 1:
            return None
        dialog = GroupDetailDialog(rows[0], self)
        dialog.open()
        return dialog

    def approve_selected(self) -> bool:
        ids = [g.id for g in self.selected() if g.status == "submitted"]
        if not ids:
            return False
        ctx = self._context
        try:
            try:
                decide_groups(ctx.db, ctx.actor, ids, approve=True)
            except ConfirmationNeeded as exc:
                if not confirm(self, self.tr("Approve your own entry?"), exc.message):
                    return False
                decide_groups(ctx.db, ctx.actor, ids, approve=True, confirm=frozenset({exc.key}))
        except Exception as exc:
            show_error(self, exc)
            return False
        self._done()
        return True

    def reject_selected(self) -> ReasonDialog | None:
        ids = [g.id for g in self.selected() if g.status == "submitted"]
        if not ids:
            return None
        ctx = self._context
        dialog = ReasonDialog(
            self.tr("Reject group distribution"),
            self.tr("Rejecting {0} group distribution(s). Say what must be corrected (required).").format(len(ids)),
            self.tr("&Reject"), lambda comment: decide_groups(ctx.db, ctx.actor, ids, approve=False, comment=comment),
            self)
        dialog.accepted.connect(self._done)
        dialog.open()
        return dialog

    def void_selected(self) -> ReasonDialog | None:
        rows = self.selected()
        if len(rows) != 1 or rows[0].status not in ("submitted", "rejected"):
            return None
        group, ctx = rows[0], self._context
        dialog = ReasonDialog(
            self.tr("Void group distribution"),
            self.tr("Void “{0}” (it never counted). Why is it void?").format(group.title),
            self.tr("&Void"), lambda reason: void_group(ctx.db, ctx.actor, group.id, reason), self)
        dialog.accepted.connect(self._done)
        dialog.open()
        return dialog

    def reverse_selected(self) -> ReasonDialog | None:
        rows = self.selected()
        if len(rows) != 1 or rows[0].status != "approved" or rows[0].reverses_id is not None or rows[0].reversed:
            return None
        group, ctx = rows[0], self._context
        dialog = ReasonDialog(
            self.tr("Reverse group distribution"),
            self.tr("Enter the reversal of “{0}” ({1}); once approved it nets the original out of every total. "
                    "Why?").format(group.title, format_amount(group.total_fen)),
            self.tr("Re&verse"), lambda reason: reverse_group(ctx.db, ctx.actor, group.id, reason), self)
        dialog.accepted.connect(self._done)
        dialog.open()
        return dialog

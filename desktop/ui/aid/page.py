"""帮扶 page: tabs for records, approvals, campaigns, group distributions and hardship files; totals below.

The campaigns, group-distribution and hardship tabs come from other modules; until they exist a
placeholder line stands in for them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.ui.aid.approval_tab import ApprovalTab
from desktop.ui.aid.disbursement_dialog import DisbursementDialog
from desktop.ui.aid.disbursement_list import DisbursementListTab
from desktop.ui.aid.record_dialog import RecordDialog
from desktop.ui.aid.totals_bar import TotalsBar
from desktop.ui.context import UiContext
from desktop.ui.pages.base import Page


def _placeholder(text: str) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("color: #777777;")
    return label


class AidPage(Page):
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self._context = context
        self._entries: list[DisbursementDialog] = []
        self.records = DisbursementListTab(context, self.open_record, self.new_record)
        self.approvals = ApprovalTab(context, self.open_record)
        self.campaigns = self._optional("desktop.ui.aid.campaigns_tab", "CampaignsTab",
                                        self.tr("Campaigns are not available yet."))
        self.groups = self._optional("desktop.ui.aid.groups_tab", "GroupsTab",
                                     self.tr("Group distributions are not available yet."))
        self.hardship = self._optional("desktop.ui.hardship", "HardshipTab",
                                       self.tr("Hardship files are not available yet."))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.records, self.tr("Disbursements"))
        self.tabs.addTab(self.approvals, self.tr("Approvals"))
        self.tabs.addTab(self.campaigns, self.tr("Campaigns"))
        self.tabs.addTab(self.groups, self.tr("Group distributions"))
        self.tabs.addTab(self.hardship, self.tr("Hardship files"))
        self.totals = TotalsBar(context.db)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.totals)
        for tab in (self.records, self.approvals, self.campaigns, self.groups, self.hardship):
            signal = getattr(tab, "changed", None)
            if signal is not None:
                signal.connect(self._something_changed)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current())

    def _optional(self, module: str, name: str, missing: str) -> QWidget:
        try:
            imported = __import__(module, fromlist=[name])
            factory: Any = getattr(imported, name)
        except (ImportError, AttributeError):
            return _placeholder(missing)
        return factory(self._context)  # type: ignore[no-any-return]

    # ------------------------------------------------------------ refreshing

    def refresh(self) -> None:
        self._refresh_current()
        self.totals.refresh()
        self._update_pending()

    def _refresh_current(self) -> None:
        refresh = getattr(self.tabs.currentWidget(), "refresh", None)
        if refresh is not None:
            refresh()

    def _update_pending(self) -> None:
        if self.tabs.currentWidget() is not self.approvals:
            self.approvals.refresh()
        count = self.approvals.pending()
        index = self.tabs.indexOf(self.approvals)
        self.tabs.setTabText(index, self.tr("Approvals ({0})").format(count) if count else self.tr("Approvals"))

    def _something_changed(self) -> None:
        self.totals.refresh()
        self._update_pending()
        self.records.refresh()

    # ------------------------------------------------------------ dialogs

    def open_record(self, record_id: int) -> RecordDialog:
        dialog = RecordDialog(self._context, record_id, self)
        dialog.changed.connect(lambda _id: self._something_changed())
        dialog.open_other.connect(self.open_record)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def new_record(self) -> DisbursementDialog:
        dialog = DisbursementDialog(self._context, parent=self)
        self._entries.append(dialog)
        dialog.saved.connect(lambda _id: self._something_changed())
        dialog.finished.connect(lambda _r, d=dialog: self._entry_closed(d))
        dialog.open()
        return dialog

    def _entry_closed(self, dialog: DisbursementDialog) -> None:
        if dialog in self._entries:
            self._entries.remove(dialog)
        dialog.deleteLater()

    def has_unsaved_changes(self) -> bool:
        return any(d.has_unsaved_changes() for d in self._entries)

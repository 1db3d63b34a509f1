"""建会单位 page: the organizations with their member counts; create, edit, void, show their members."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from desktop.services.organizations import OrganizationInfo, list_organizations, void_organization
from desktop.ui.context import UiContext
from desktop.ui.members.event_dialogs import ReasonDialog
from desktop.ui.organizations.form_dialog import OrganizationDialog
from desktop.ui.pages.base import Page
from desktop.ui.register_excel import RegisterExcelButton
from desktop.ui.table_model import Column, RowTableModel, list_table, select_id


class OrganizationsPage(Page):
    show_members = Signal(int)  # an organization id: show its members on the 会员 page

    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self._context = context
        self._dialogs: list[OrganizationDialog] = []
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: organization name, union name or credit code"))
        self.show_voided = QCheckBox(self.tr("Show &voided"))
        self.model: RowTableModel[OrganizationInfo] = RowTableModel([
            Column(self.tr("Organization"), lambda o: o.name),
            Column(self.tr("Credit code"), lambda o: o.credit_code),
            Column(self.tr("Nature"), lambda o: o.nature),
            Column(self.tr("Industry"), lambda o: o.industry),
            Column(self.tr("Union type"), lambda o: o.union_type),
            Column(self.tr("Chairman"), lambda o: o.chairman),
            Column(self.tr("Phone"), lambda o: o.phone),
            Column(self.tr("Employees"), lambda o: "" if o.employee_count is None else str(o.employee_count),
                   align_right=True),
            Column(self.tr("Active members"), lambda o: str(o.member_count), align_right=True),
            Column(self.tr("Status"), self._status),
        ], self)
        self.table = list_table(self.model)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("font-weight: bold;")
        self.new_button = QPushButton(self.tr("&New organization… (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.void_button = QPushButton(self.tr("&Void…"))
        self.members_button = QPushButton(self.tr("Show its &members"))
        self.excel_button = RegisterExcelButton(self, context, "organizations", self.refresh)
        new_action = QAction(self)
        new_action.setShortcut(QKeySequence("Ctrl+N"))
        new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_action.triggered.connect(self.new_organization)
        self.addAction(new_action)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_voided)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        for button in (self.excel_button, self.members_button, self.void_button, self.edit_button, self.new_button):
            bottom.addWidget(button)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.show_voided.toggled.connect(self.refresh)
        self.table.activated.connect(self.edit_at)
        self.new_button.clicked.connect(self.new_organization)
        self.edit_button.clicked.connect(lambda: self.edit_at(self._current_index()))
        self.void_button.clicked.connect(self.void_selected)
        self.members_button.clicked.connect(self._show_members)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _status(self, org: OrganizationInfo) -> str:
        return self.tr("Voided: {0}").format(org.void_reason) if org.voided else self.tr("In use")

    def refresh(self) -> None:
        self._timer.stop()
        selected = self.selected()
        rows = list_organizations(self._context.db, include_voided=self.show_voided.isChecked(),
                                  text=self.search.text())
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        if self.search.text().strip():
            self.count_label.setText(self.tr("Found {0} organization(s)").format(len(rows)))
        else:
            self.count_label.setText(self.tr("{0} organization(s) in all").format(len(rows)))
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def select(self, org_id: int) -> None:
        select_id(self.table, self.model, org_id)

    def _current_index(self) -> QModelIndex:
        rows = self.table.selectionModel().selectedRows()
        return rows[0] if rows else QModelIndex()

    def selected(self) -> OrganizationInfo | None:
        index = self._current_index()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        org = self.selected()
        self.edit_button.setEnabled(org is not None)
        self.void_button.setEnabled(org is not None and not org.voided)
        self.members_button.setEnabled(org is not None)

    def _open(self, dialog: OrganizationDialog) -> OrganizationDialog:
        self._dialogs.append(dialog)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.finished.connect(lambda _r: self._dialogs.remove(dialog) if dialog in self._dialogs else None)
        dialog.open()
        return dialog

    def _saved(self, dialog: OrganizationDialog) -> None:
        self.refresh()
        if dialog.saved is not None:
            self.select(dialog.saved.id)

    def new_organization(self) -> OrganizationDialog:
        return self._open(OrganizationDialog(self._context, None, self))

    def edit_at(self, index: QModelIndex) -> OrganizationDialog | None:
        if not index.isValid():
            return None
        return self._open(OrganizationDialog(self._context, self.model.row_at(index.row()), self))

    def void_selected(self) -> ReasonDialog | None:
        org = self.selected()
        if org is None:
            return None
        ctx = self._context
        dialog = ReasonDialog(
            self.tr("Void organization"),
            self.tr("Void “{0}” only if it was entered by mistake or no longer exists; an organization with "
                    "active members cannot be voided. Why is it void?").format(org.name),
            self.tr("&Void"), lambda reason: void_organization(ctx.db, ctx.actor, org.id, reason), self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def _show_members(self) -> None:
        org = self.selected()
        if org is not None:
            self.show_members.emit(org.id)

    def has_unsaved_changes(self) -> bool:
        return any(d.has_unsaved_changes() for d in self._dialogs)

"""会员 page: search as you type, filters, a lazily loaded register, entry and detail dialogs."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
)

from desktop.services.member_search import count_members
from desktop.services.organizations import organization_names
from desktop.services.vocabulary import all_terms
from desktop.ui.context import UiContext
from desktop.ui.members.detail_dialog import MemberDetailDialog
from desktop.ui.members.entry_dialog import MemberEntryDialog
from desktop.ui.members.filter_bar import MemberFilterBar
from desktop.ui.members.table_model import MemberTableModel
from desktop.ui.pages.base import Page
from desktop.ui.register_excel import RegisterExcelButton
from desktop.ui.table_model import list_table

COLUMNS_KEY = "members/columns"


class MembersPage(Page):
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self._context = context
        self._entries: list[MemberEntryDialog] = []
        self._sized = False
        self.filters = MemberFilterBar()
        self.model = MemberTableModel(context.db, self)
        self.table = list_table(self.model, row_height=26)
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setToolTip(self.tr("Right-click to choose the columns"))
        self.count_label = QLabel()
        self.count_label.setStyleSheet("font-weight: bold;")
        self.new_button = QPushButton(self.tr("&New member… (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.columns_button = QPushButton(self.tr("C&olumns…"))
        self.excel_button = RegisterExcelButton(self, context, "members", self.refresh)
        new_action = QAction(self)
        new_action.setShortcut(QKeySequence("Ctrl+N"))
        new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_action.triggered.connect(self.new_member)
        self.addAction(new_action)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        for button in (self.excel_button, self.columns_button, self.open_button, self.new_button):
            bottom.addWidget(button)
        layout.addLayout(bottom)

        self.filters.changed.connect(self.apply_filters)
        self.filters.search.returnPressed.connect(self._search_entered)
        self.table.activated.connect(self.open_member_at)
        self.new_button.clicked.connect(self.new_member)
        self.open_button.clicked.connect(self._open_selected)
        self.columns_button.clicked.connect(
            lambda: self._column_menu(QPoint(0, self.table.horizontalHeader().height())))
        self._restore_columns()

    # ------------------------------------------------------------ loading

    def refresh(self) -> None:
        db = self._context.db
        self.filters.set_choices(organization_names(db),
                                 all_terms(db).get("new_employment_group", []))
        self.apply_filters()

    def apply_filters(self) -> None:
        query = self.filters.query()
        self.model.set_query(query)
        self._update_count()
        if not self._sized and self.model.rowCount():
            self.table.resizeColumnsToContents()
            self._sized = True
        if self.model.rowCount():
            self.table.selectRow(0)

    def _update_count(self) -> None:
        count = count_members(self._context.db, self.model.query)
        if self.filters.is_filtered():
            self.count_label.setText(self.tr("Found {0} member(s)").format(count))
        else:
            self.count_label.setText(self.tr("{0} active member(s) in all").format(count))

    def show_organization(self, org_id: int) -> None:
        """Show one organization's members (from the 建会单位 page)."""
        if not self.filters.organization.count():
            self.refresh()
        self.filters.show_organization(org_id)

    def _search_entered(self) -> None:
        self.filters.search_now()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    # ------------------------------------------------------------ choosable columns

    def _settings(self) -> QSettings:
        return QSettings(str(self._context.paths.db_file.parent / "ui-state.ini"), QSettings.Format.IniFormat)

    def _restore_columns(self) -> None:
        stored = self._settings().value(COLUMNS_KEY)
        shown = set(stored) if isinstance(stored, list) else {c.key for c in self.model.columns if c.default}
        if isinstance(stored, str):
            shown = {stored}
        for index, column in enumerate(self.model.columns):
            self.table.setColumnHidden(index, column.key not in shown)

    def visible_columns(self) -> list[str]:
        return [c.key for i, c in enumerate(self.model.columns) if not self.table.isColumnHidden(i)]

    def set_column_visible(self, key: str, visible: bool) -> None:
        if not visible and self.visible_columns() == [key]:
            return  # keep at least one column
        self.table.setColumnHidden(self.model.column_index(key), not visible)
        self._settings().setValue(COLUMNS_KEY, self.visible_columns())

    def column_menu(self) -> QMenu:
        menu = QMenu(self)
        shown = set(self.visible_columns())
        for column in self.model.columns:
            action = menu.addAction(column.title)
            action.setCheckable(True)
            action.setChecked(column.key in shown)
            action.toggled.connect(lambda on, key=column.key: self.set_column_visible(key, on))
        menu.addSeparator()
        menu.addAction(self.tr("Default columns"), self._default_columns)
        return menu

    def _column_menu(self, pos: QPoint) -> None:
        self.column_menu().popup(self.table.horizontalHeader().mapToGlobal(pos))

    def _default_columns(self) -> None:
        for index, column in enumerate(self.model.columns):
            self.table.setColumnHidden(index, not column.default)
        self._settings().setValue(COLUMNS_KEY, self.visible_columns())

    # ------------------------------------------------------------ dialogs

    def open_member_at(self, index: QModelIndex) -> MemberDetailDialog | None:
        if not index.isValid():
            return None
        return self.open_member(self.model.row_at(index.row()).id)

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_member_at(rows[0])

    def open_member(self, member_id: int) -> MemberDetailDialog:
        dialog = MemberDetailDialog(self._context, member_id, self)
        dialog.changed.connect(self._member_changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _member_changed(self, member_id: int) -> None:
        self.model.update_member(member_id)
        self._update_count()

    def new_member(self) -> MemberEntryDialog:
        dialog = MemberEntryDialog(self._context, organization_id=self.filters.organization.current_id(),
                                   parent=self)
        self._entries.append(dialog)
        dialog.saved.connect(lambda _id: self.apply_filters())
        dialog.finished.connect(lambda _r, d=dialog: self._entry_closed(d))
        dialog.open()
        return dialog

    def _entry_closed(self, dialog: MemberEntryDialog) -> None:
        if dialog in self._entries:
            self._entries.remove(dialog)
        dialog.deleteLater()

    def has_unsaved_changes(self) -> bool:
        return any(d.has_unsaved_changes() for d in self._entries)

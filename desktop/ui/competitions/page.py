"""竞赛 page: tabs for the competitions (list above, the selected competition below), honours and the
honour roll. The honours and honour-roll tabs come from other modules; a placeholder stands in when
they are missing.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.competition_queries import CompetitionRow, list_competitions
from desktop.services.competitions import void_competition
from desktop.ui.competitions.competition_dialog import CompetitionDialog
from desktop.ui.competitions.competition_view import CompetitionView
from desktop.ui.context import UiContext
from desktop.ui.members.event_dialogs import ReasonDialog
from desktop.ui.messages import show_error
from desktop.ui.pages.base import Page
from desktop.ui.register_excel import RegisterExcelButton
from desktop.ui.table_model import Column, RowTableModel, selected_row


def _placeholder(text: str) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("color: #777777;")
    return label


class CompetitionsTab(QWidget):
    """The competitions of a year with counts; the selected one opens below."""

    changed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.dialog: QDialog | None = None
        self.year = QComboBox()
        self.show_voided = QCheckBox(self.tr("Show &voided"))
        self.model: RowTableModel[CompetitionRow] = RowTableModel([
            Column(self.tr("Name"), lambda c: c.name if not c.voided else self.tr("{0} (voided)").format(c.name)),
            Column(self.tr("Kind"), lambda c: c.draft.kind),
            Column(self.tr("Level"), lambda c: c.draft.level),
            Column(self.tr("Organizer"), lambda c: c.draft.organizer),
            Column(self.tr("Starts"), lambda c: c.draft.starts_on.isoformat()),
            Column(self.tr("Ends"), lambda c: c.draft.ends_on.isoformat() if c.draft.ends_on else ""),
            Column(self.tr("Events"), lambda c: str(c.events), align_right=True),
            Column(self.tr("Entrants"), lambda c: str(c.entries), align_right=True),
            Column(self.tr("Results"), lambda c: str(c.results), align_right=True),
        ], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("&New competition… (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.void_button = QPushButton(self.tr("V&oid…"))
        self.excel_button = RegisterExcelButton(self, context, "results", self.refresh)
        new_action = QAction(self)
        new_action.setShortcut(QKeySequence("Ctrl+N"))
        new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_action.triggered.connect(self.new_competition)
        self.addAction(new_action)
        self.view = CompetitionView(context)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        filters.addWidget(year_label)
        filters.addWidget(self.year)
        filters.addWidget(self.show_voided)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        for button in (self.excel_button, self.void_button, self.edit_button, self.new_button):
            filters.addWidget(button)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._fill_years()
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.show_voided.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selected_changed())
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.new_button.clicked.connect(self.new_competition)
        self.edit_button.clicked.connect(self.edit_selected)
        self.void_button.clicked.connect(self.void_selected)
        self.view.changed.connect(self._view_changed)

    def _fill_years(self) -> None:
        current = self.year.currentData()
        years = {date.today().year} | {c.draft.starts_on.year for c in
                                       list_competitions(self._context.db, include_voided=True)}
        blocked = self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All years"), None)
        for year in sorted(years, reverse=True):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(current)))
        self.year.blockSignals(blocked)

    def refresh(self) -> None:
        selected = self.selected()
        try:
            self._fill_years()
            rows = list_competitions(self._context.db, year=self.year.currentData(),
                                     include_voided=self.show_voided.isChecked())
        except Exception as exc:
            show_error(self, exc)
            return
        blocked = self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        self.table.selectionModel().blockSignals(blocked)
        self.table.resizeColumnsToContents()
        self.count_label.setText(self.tr("{0} competition(s)").format(len(rows)))
        if selected is not None and self.select(selected.id):
            return
        if rows:
            self.table.selectRow(0)
        else:
            self._selected_changed()

    def select(self, competition_id: int) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == competition_id:
                self.table.selectRow(row)
                self._selected_changed()
                return True
        return False

    def selected(self) -> CompetitionRow | None:
        return selected_row(self.table, self.model)

    def _selected_changed(self) -> None:
        row = self.selected()
        usable = row is not None and not row.voided
        self.edit_button.setEnabled(usable)
        self.void_button.setEnabled(usable)
        self.view.show_competition(row)

    def _view_changed(self) -> None:
        self.refresh()
        self.changed.emit()

    # ------------------------------------------------------------ dialogs

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda result: self._closed(dialog, result))
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog, result: int) -> None:
        if self.dialog is dialog:
            self.dialog = None
        if result != QDialog.DialogCode.Accepted:
            return
        self.refresh()
        saved = getattr(dialog, "saved_id", None)
        if saved is not None:
            if not self.select(saved):  # outside the year shown: show every year
                self.year.setCurrentIndex(0)
                self.select(saved)
        self.changed.emit()

    def new_competition(self) -> CompetitionDialog:
        return self._open(CompetitionDialog(self._context, None, self))  # type: ignore[return-value]

    def edit_selected(self) -> CompetitionDialog | None:
        row = self.selected()
        if row is None or row.voided:
            return None
        return self._open(CompetitionDialog(self._context, row, self))  # type: ignore[return-value]

    def void_selected(self) -> ReasonDialog | None:
        row = self.selected()
        if row is None or row.voided:
            return None
        ctx = self._context
        return self._open(ReasonDialog(  # type: ignore[return-value]
            self.tr("Void competition"),
            self.tr("Void “{0}” only if it was entered by mistake; it is kept with everything in it but left out "
                    "of lists and reports. Why is it void?").format(row.name),
            self.tr("&Void"), lambda reason: void_competition(ctx.db, ctx.actor, row.id, reason), self))

    def has_unsaved_changes(self) -> bool:
        check = getattr(self.dialog, "has_unsaved_changes", None)
        return bool(check and check()) or self.view.has_unsaved_changes()


class CompetitionsPage(Page):
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self._context = context
        self.competitions = CompetitionsTab(context)
        self.honours = self._optional("desktop.ui.competitions.honours_tab", "HonoursTab",
                                      self.tr("Honours are not available yet."))
        self.honour_roll = self._optional("desktop.ui.competitions.honour_roll", "HonourRollTab",
                                          self.tr("The honour roll is not available yet."))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.competitions, self.tr("Competitions"))
        self.tabs.addTab(self.honours, self.tr("Honours"))
        self.tabs.addTab(self.honour_roll, self.tr("Honour roll"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())

    def _optional(self, module: str, name: str, missing: str) -> QWidget:
        try:
            imported = __import__(module, fromlist=[name])
            factory: Any = getattr(imported, name)
        except (ImportError, AttributeError):
            return _placeholder(missing)
        return factory(self._context)  # type: ignore[no-any-return]

    def refresh(self) -> None:
        refresh = getattr(self.tabs.currentWidget(), "refresh", None)
        if refresh is not None:
            refresh()

    def has_unsaved_changes(self) -> bool:
        for tab in (self.competitions, self.honours, self.honour_roll):
            check = getattr(tab, "has_unsaved_changes", None)
            if check is not None and check():
                return True
        return False

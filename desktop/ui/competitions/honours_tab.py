"""荣誉 tab: every honour with filters by year, level and kind of recipient; new, edit and void."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.honours import HonourRow, list_honours, void_honour
from desktop.services.vocabulary import all_terms
from desktop.ui.competitions.honour_dialog import HonourDialog
from desktop.ui.context import UiContext
from desktop.ui.members.event_dialogs import ReasonDialog
from desktop.ui.messages import show_error
from desktop.ui.table_model import AnyIndex, Column, RowTableModel, list_table, select_id, selected_row

YEARS_SHOWN = 15


class HonourTableModel(RowTableModel[HonourRow]):
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and self.row_at(index.row()).voided:
            return QBrush(QColor("#888888"))
        return super().data(index, role)


def kind_choices(combo: QComboBox, all_label: str) -> None:
    """个人 / 团体（班组） / 单位 with their keys, after an "all" entry."""
    combo.addItem(all_label, "")
    for key, label in (("person", QCoreApplication.translate("honours", "Person")),
                       ("team", QCoreApplication.translate("honours", "Team or work group")),
                       ("organization", QCoreApplication.translate("honours", "Organization"))):
        combo.addItem(label, key)


def year_choices(combo: QComboBox, all_label: str) -> None:
    combo.addItem(all_label, None)
    this_year = date.today().year
    for year in range(this_year, this_year - YEARS_SHOWN, -1):
        combo.addItem(str(year), year)


class HonoursTab(QWidget):
    changed = Signal()  # an honour was recorded, corrected or voided

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._dialogs: list[HonourDialog] = []
        self._kinds = {"person": self.tr("Person"), "team": self.tr("Team or work group"),
                       "organization": self.tr("Organization")}
        self.model = HonourTableModel([
            Column(self.tr("Honour"), lambda h: h.title if not h.voided else self.tr("{0} (voided)").format(h.title)),
            Column(self.tr("Level"), lambda h: h.draft.level),
            Column(self.tr("Recipient"), lambda h: h.recipient_name),
            Column(self.tr("Kind"), lambda h: self._kinds.get(h.draft.recipient_kind, "")),
            Column(self.tr("Granted by"), lambda h: h.draft.granting_body),
            Column(self.tr("Document No."), lambda h: h.draft.document_number),
            Column(self.tr("Date"), lambda h: h.draft.awarded_on.isoformat()),
            Column(self.tr("Competition"), lambda h: h.competition_name),
            Column(self.tr("Details"), lambda h: h.void_reason if h.voided else h.recipient_detail),
        ], self)
        self.table = list_table(self.model)
        self.year = QComboBox()
        year_choices(self.year, self.tr("All years"))
        self.level = QComboBox()
        self.level.addItem(self.tr("All levels"), "")
        for level in all_terms(context.db).get("competition_level", []):
            self.level.addItem(level, level)
        self.kind = QComboBox()
        kind_choices(self.kind, self.tr("All recipients"))
        self.show_voided = QCheckBox(self.tr("Show voi&ded"))
        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("&New honour…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.void_button = QPushButton(self.tr("&Void…"))
        filters = QHBoxLayout()
        for caption, combo in ((self.tr("&Year:"), self.year), (self.tr("&Level:"), self.level),
                               (self.tr("Reci&pient:"), self.kind)):
            label = QLabel(caption)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addWidget(self.show_voided)
        filters.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        for button in (self.void_button, self.edit_button, self.new_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        for combo in (self.year, self.level, self.kind):
            combo.currentIndexChanged.connect(self.refresh)
        self.show_voided.toggled.connect(self.refresh)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.new_button.clicked.connect(self.new_honour)
        self.edit_button.clicked.connect(self.edit_selected)
        self.void_button.clicked.connect(self.void_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def refresh(self) -> None:
        selected = self.selected()
        try:
            rows = list_honours(self._context.db, year=self.year.currentData(), level=self.level.currentData() or "",
                                recipient_kind=self.kind.currentData() or "",
                                include_voided=self.show_voided.isChecked())
        except Exception as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.count_label.setText(self.tr("{0} honour(s)").format(len(rows)))
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def select(self, honour_id: int) -> None:
        select_id(self.table, self.model, honour_id)

    def selected(self) -> HonourRow | None:
        return selected_row(self.table, self.model)

    def _update_buttons(self) -> None:
        row = self.selected()
        usable = row is not None and not row.voided
        self.edit_button.setEnabled(usable)
        self.void_button.setEnabled(usable)

    def has_unsaved_changes(self) -> bool:
        return any(d.has_unsaved_changes() for d in self._dialogs)

    def _open(self, dialog: HonourDialog) -> HonourDialog:
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()
        return dialog

    def _closed(self, dialog: HonourDialog) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
        self.refresh()
        if dialog.saved_id is not None:
            self.select(dialog.saved_id)
            self.changed.emit()

    def new_honour(self) -> HonourDialog:
        return self._open(HonourDialog(self._context, None, self))

    def edit_selected(self) -> HonourDialog | None:
        row = self.selected()
        if row is None or row.voided:
            return None
        return self._open(HonourDialog(self._context, row, self))

    def void_selected(self) -> ReasonDialog | None:
        row = self.selected()
        if row is None or row.voided:
            return None
        ctx = self._context
        dialog = ReasonDialog(
            self.tr("Void honour"),
            self.tr("Void “{0}” of {1} only if it was recorded by mistake; it stays in the ledger but leaves the "
                    "lists and the honour roll. Why is it void?").format(row.title, row.recipient_name),
            self.tr("&Void"), lambda reason: void_honour(ctx.db, ctx.actor, row.id, reason), self)
        dialog.accepted.connect(self.refresh)
        dialog.accepted.connect(self.changed)
        dialog.open()
        return dialog

"""光荣榜 tab: by person, team or organization, each recipient's honours beside the results that won
something (an award or a top-three rank) — a person's team results included. Also ``PersonRecordView``:
one person's competitions and honours, shown in the member's record.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.honour_roll import RollAward, RollRow, honour_roll, person_record
from desktop.services.honours import HonourRow
from desktop.services.vocabulary import all_terms
from desktop.ui.competitions.honour_dialog import rank_text
from desktop.ui.competitions.honours_tab import year_choices
from desktop.ui.context import UiContext
from desktop.ui.messages import show_error
from desktop.ui.table_model import Column, RowTableModel

SEARCH_DELAY_MS = 250
ROLL_KINDS = ("person", "team", "organization")
HONOUR_COLOR = QColor("#8a5a00")


def award_text(a: RollAward) -> str:
    return " ".join(p for p in (rank_text(a.rank), a.award) if p)


def award_source(a: RollAward) -> str:
    team = QCoreApplication.translate("honours", "with {0}").format(a.team) if a.team else ""
    return " · ".join(p for p in (a.competition, a.event, team) if p)


class HonourRollTab(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.rows: list[RollRow] = []
        self.by_buttons = QButtonGroup(self)
        by = QHBoxLayout()
        by.addWidget(QLabel(self.tr("List by:")))
        for i, caption in enumerate((self.tr("&Person"), self.tr("&Team or work group"), self.tr("&Organization"))):
            button = QRadioButton(caption)
            self.by_buttons.addButton(button, i)
            by.addWidget(button)
        self.by_buttons.button(0).setChecked(True)
        self.year = QComboBox()
        year_choices(self.year, self.tr("All years"))
        self.level = QComboBox()
        self.level.addItem(self.tr("All levels"), "")
        for level in all_terms(context.db).get("competition_level", []):
            self.level.addItem(level, level)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by name (persons also by pinyin initials, ID or mobile)"))
        for caption, widget in ((self.tr("&Year:"), self.year), (self.tr("&Level:"), self.level),
                                (self.tr("&Search:"), self.search)):
            label = QLabel(caption)
            label.setBuddy(widget)
            by.addWidget(label)
            by.addWidget(widget, 1 if widget is self.search else 0)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Recipient"), self.tr("Honour or result"), self.tr("Level"),
                                   self.tr("Date"), self.tr("Granted by · document / competition · event")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(True)
        self.count_label = QLabel()
        self.hint = QLabel(self.tr("Results shown: those with an award or a rank of 3 or better. Honours (★) are "
                                   "brown, results black; compare them to find an honour that was not recorded."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555555;")
        layout = QVBoxLayout(self)
        layout.addLayout(by)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.count_label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.refresh)
        self.by_buttons.idToggled.connect(lambda _id, on: on and self.refresh())
        self.year.currentIndexChanged.connect(self.refresh)
        self.level.currentIndexChanged.connect(self.refresh)

    def has_unsaved_changes(self) -> bool:
        return False  # a read-only view

    def by(self) -> str:
        return ROLL_KINDS[max(self.by_buttons.checkedId(), 0)]

    def refresh(self) -> None:
        self._timer.stop()
        try:
            self.rows = honour_roll(self._context.db, by=self.by(), year=self.year.currentData(),
                                    level=self.level.currentData() or "", text=self.search.text())
        except Exception as exc:
            show_error(self, exc)
            return
        self.tree.clear()
        for row in self.rows:
            self.tree.addTopLevelItem(self._item(row))
        self.tree.expandAll()
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        self.count_label.setText(self.tr("{0} recipient(s), {1} honour(s), {2} winning result(s)").format(
            len(self.rows), sum(len(r.honours) for r in self.rows), sum(len(r.awards) for r in self.rows)))

    def _item(self, row: RollRow) -> QTreeWidgetItem:
        summary = self.tr("{0} honour(s), {1} winning result(s)").format(len(row.honours), len(row.awards))
        top = QTreeWidgetItem([row.name, summary, "", "", row.detail])
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        honour_brush = QBrush(HONOUR_COLOR)
        for h in row.honours:
            source = " · ".join(p for p in (h.granting_body, h.document_number) if p)
            child = QTreeWidgetItem(top, ["", f"★ {h.title}", h.level, h.awarded_on.isoformat(), source])
            for column in range(5):
                child.setForeground(column, honour_brush)
        for a in row.awards:
            QTreeWidgetItem(top, ["", award_text(a), a.level, a.on.isoformat(), award_source(a)])
        return top

    def texts(self) -> list[list[str]]:
        """Every line as shown, recipients followed by their honours and results (for tests and checks)."""
        lines = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            lines.append([top.text(c) for c in range(5)])
            lines += [[top.child(j).text(c) for c in range(5)] for j in range(top.childCount())]
        return lines


def _table(model: RowTableModel) -> QTableView:  # type: ignore[type-arg]
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    return view


class PersonRecordView(QWidget):
    """A person's competitions (direct and through teams) and honours (theirs and their teams')."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.person_id: int | None = None
        self.entries: RowTableModel[RollAward] = RowTableModel([
            Column(self.tr("Date"), lambda a: a.on.isoformat()),
            Column(self.tr("Competition"), lambda a: a.competition),
            Column(self.tr("Event"), lambda a: a.event),
            Column(self.tr("Team"), lambda a: a.team),
            Column(self.tr("Score"), lambda a: a.score),
            Column(self.tr("Rank"), lambda a: str(a.rank) if a.rank else "", align_right=True),
            Column(self.tr("Award"), lambda a: a.award),
        ], self)
        self.honours: RowTableModel[HonourRow] = RowTableModel([
            Column(self.tr("Honour"), lambda h: h.title),
            Column(self.tr("Level"), lambda h: h.draft.level),
            Column(self.tr("Date"), lambda h: h.draft.awarded_on.isoformat()),
            Column(self.tr("Granted by"), lambda h: h.draft.granting_body),
            Column(self.tr("Document No."), lambda h: h.draft.document_number),
            Column(self.tr("Awarded to"), lambda h: h.recipient_name if h.draft.recipient_kind == "team"
                   else self.tr("In person")),
        ], self)
        self.entries_view, self.honours_view = _table(self.entries), _table(self.honours)
        self.entries_box = QGroupBox()
        QVBoxLayout(self.entries_box).addWidget(self.entries_view)
        self.honours_box = QGroupBox()
        QVBoxLayout(self.honours_box).addWidget(self.honours_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.entries_box)
        splitter.addWidget(self.honours_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def load(self, person_id: int) -> None:
        self.person_id = person_id
        record = person_record(self._context.db, person_id)
        self.entries.set_rows(record.entries)
        self.honours.set_rows(record.honours)
        self.entries_box.setTitle(self.tr("Competitions ({0})").format(len(record.entries)))
        self.honours_box.setTitle(self.tr("Honours ({0})").format(len(record.honours)))
        for view in (self.entries_view, self.honours_view):
            view.resizeColumnsToContents()

    def is_empty(self) -> bool:
        return self.entries.rowCount() == 0 and self.honours.rowCount() == 0


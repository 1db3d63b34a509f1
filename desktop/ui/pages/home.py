"""首页: this year's key figures with two small charts, the work waiting, the unit and its data safety."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.money import format_amount
from desktop.services.backups import list_backups
from desktop.services.dashboard import HomeFigures, home_figures
from desktop.services.unit import get_unit
from desktop.services.users import list_users
from desktop.ui.charts import BudgetBars, BudgetRow, MonthBarChart
from desktop.ui.context import UiContext
from desktop.ui.labels import role_label
from desktop.ui.pages.base import Page

MISSING_EXPORTS_SHOWN = 3
CARD_STYLE = ("QFrame#figureCard { background: #ffffff; border: 1px solid #d5dbe3; border-radius: 6px; }"
              "QLabel#figureValue { font-size: 22px; font-weight: bold; color: #1f3f66; }"
              "QLabel#figureCaption { color: #555555; }"
              "QLabel#figureDetail { color: #6b6b6b; font-size: 12px; }")
LINK_STYLE = ("QPushButton { text-align: left; border: none; padding: 3px 2px; color: #1a5fb4; }"
              "QPushButton:hover { text-decoration: underline; }"
              "QPushButton:focus { outline: 1px dotted #1a5fb4; }")


class FigureCard(QFrame):
    """A caption, one large figure and a line of detail."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.caption = QLabel(caption)
        self.caption.setObjectName("figureCaption")
        self.value = QLabel("0")
        self.value.setObjectName("figureValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel()
        self.detail.setObjectName("figureDetail")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)

    def set_figure(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleName(f"{self.caption.text()} {value} {detail}".strip())

    def text(self) -> str:
        """What a reader sees on the card, in one line."""
        return " ".join(t for t in (self.caption.text(), self.value.text(), self.detail.text()) if t)


class HomePage(Page):
    backup_requested = Signal()
    navigate_requested = Signal(str)  # a page key: "aid", "hardship" or "reports"

    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self._context = context
        self.figures: HomeFigures | None = None
        self.setStyleSheet(CARD_STYLE)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.welcome = QLabel()
        layout.addWidget(self.welcome)
        layout.addLayout(self._cards())
        layout.addLayout(self._charts())
        bottom = QHBoxLayout()
        bottom.setSpacing(10)
        bottom.addWidget(self._todo_box(), 3)
        bottom.addWidget(self._unit_box(), 2)
        bottom.addWidget(self._safety_box(), 2)
        layout.addLayout(bottom)
        layout.addStretch(1)

    # ------------------------------------------------------------------ building

    def _cards(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        self.members_card = FigureCard(self.tr("Active members"))
        self.joined_card = FigureCard(self.tr("Joined this year"))
        self.aid_card = FigureCard(self.tr("Aid paid this year"))
        self.competitions_card = FigureCard(self.tr("Competitions this year"))
        for card in (self.members_card, self.joined_card, self.aid_card, self.competitions_card):
            row.addWidget(card, 1)
        return row

    def _charts(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        self.members_box = QGroupBox(self.tr("New members by month"))
        self.month_chart = MonthBarChart()
        self.month_chart.setAccessibleName(self.tr("New members by month"))
        QVBoxLayout(self.members_box).addWidget(self.month_chart)
        self.budget_box = QGroupBox(self.tr("Campaigns: money used against budget"))
        self.budget_chart = BudgetBars()
        self.budget_chart.setAccessibleName(self.tr("Campaigns: money used against budget"))
        QVBoxLayout(self.budget_box).addWidget(self.budget_chart)
        row.addWidget(self.members_box, 1)
        row.addWidget(self.budget_box, 1)
        return row

    def _todo_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Waiting to be done"))
        self.todo_layout = QVBoxLayout(box)
        self.todo_layout.setSpacing(0)
        self.todo_buttons: list[tuple[str, QPushButton]] = []
        self.nothing_waiting = QLabel(self.tr("Nothing waiting"))
        self.nothing_waiting.setStyleSheet("color: #6b6b6b;")
        self.todo_layout.addWidget(self.nothing_waiting)
        self.todo_layout.addStretch(1)
        return box

    def _unit_box(self) -> QGroupBox:
        unit_box = QGroupBox(self.tr("Our union"))
        self.unit_form = QFormLayout(unit_box)
        self.unit_name, self.unit_code, self.unit_level, self.unit_leader = (QLabel() for _ in range(4))
        for label in (self.unit_name, self.unit_code, self.unit_level, self.unit_leader):
            label.setWordWrap(True)
        self.unit_form.addRow(self.tr("Name:"), self.unit_name)
        self.unit_form.addRow(self.tr("Code:"), self.unit_code)
        self.unit_form.addRow(self.tr("Level:"), self.unit_level)
        self.unit_form.addRow(self.tr("Responsible person:"), self.unit_leader)
        return unit_box

    def _safety_box(self) -> QGroupBox:
        safety = QGroupBox(self.tr("Data safety"))
        safety_form = QFormLayout(safety)
        self.last_backup = QLabel()
        self.last_backup.setWordWrap(True)
        self.users = QLabel()
        safety_form.addRow(self.tr("Latest backup:"), self.last_backup)
        safety_form.addRow(self.tr("Active users:"), self.users)
        backup_now = QPushButton(self.tr("&Back up now"))
        backup_now.clicked.connect(self.backup_requested)
        button_row = QHBoxLayout()
        button_row.addWidget(backup_now)
        button_row.addStretch(1)
        safety_form.addRow("", button_row)
        return safety

    # ------------------------------------------------------------------ filling

    def refresh(self) -> None:
        actor = self._context.actor
        self.welcome.setText(self.tr("<h2>Welcome, {0}</h2><p>You are logged in as {1}.</p>")
                             .format(actor.display_name, role_label(actor.role)))
        self.show_figures(home_figures(self._context.db, date.today()))
        unit = get_unit(self._context.db)
        if unit is not None:
            self.unit_name.setText(unit.name)
            self.unit_code.setText(unit.code)
            self.unit_level.setText(unit.level)
            self.unit_leader.setText(unit.leader_name or "—")
        backups = list_backups(self._context.db.backup_dir)
        if backups:
            newest = backups[0]
            self.last_backup.setText(f"{newest.created_at:%Y-%m-%d %H:%M}({newest.kind_label})")
        else:
            self.last_backup.setText(self.tr("none yet"))
        users = list_users(self._context.db)
        self.users.setText(str(sum(1 for u in users if u.active)))

    def show_figures(self, figures: HomeFigures) -> None:
        self.figures = figures
        year = figures.year
        self.members_card.set_figure(str(figures.members_active),
                                     self.tr("on {0}").format(f"{figures.today:%Y-%m-%d}"))
        self.joined_card.caption.setText(self.tr("Joined in {0}").format(year))
        this_month = figures.new_members_by_month[figures.today.month - 1]
        self.joined_card.set_figure(str(figures.members_joined_this_year),
                                    self.tr("{0} this month").format(this_month))
        aid = figures.aid
        self.aid_card.caption.setText(self.tr("Aid paid in {0}").format(year))
        budget = self.tr(" · budget {0}").format(format_amount(aid.budget_fen)) if aid.budget_fen else ""
        self.aid_card.set_figure(format_amount(aid.total_fen),
                                 self.tr("{0} person-times").format(aid.persons) + budget)
        comp = figures.competitions
        self.competitions_card.caption.setText(self.tr("Competitions in {0}").format(year))
        self.competitions_card.set_figure(self.tr("{0} held").format(comp.competitions),
                                          self.tr("{0} entrants · {1} honours").format(comp.entrants, comp.honours))
        self.members_box.setTitle(self.tr("New members by month, {0}").format(year))
        self.month_chart.set_values(figures.new_members_by_month)
        self.budget_box.setTitle(self.tr("{0} campaigns: money used against budget").format(year))
        self.budget_chart.set_rows([BudgetRow(c.name, c.budget_fen, c.used_fen, c.counted_fen)
                                    for c in aid.campaigns])
        self._show_waiting(figures)

    def waiting_lines(self, figures: HomeFigures) -> list[tuple[str, str]]:
        """(text, page key) for each line of the 待办 box, most pressing first."""
        waiting = figures.waiting
        lines: list[tuple[str, str]] = []
        if waiting.approvals:
            text = (self.tr("{0} aid records waiting for your approval") if self._context.actor.role == "approver"
                    else self.tr("{0} aid records waiting for approval"))
            lines.append((text.format(waiting.approvals), "aid"))
        if waiting.group_approvals:
            lines.append((self.tr("{0} group distributions waiting for approval").format(waiting.group_approvals),
                          "aid"))
        if waiting.reviews_due:
            lines.append((self.tr("{0} hardship files due for review").format(waiting.reviews_due), "hardship"))
        for missing in waiting.missing_exports[:MISSING_EXPORTS_SHOWN]:
            lines.append((self.tr("{0} summary report not yet signed").format(missing.period.label), "reports"))
        more = len(waiting.missing_exports) - MISSING_EXPORTS_SHOWN
        if more > 0:
            lines.append((self.tr("… and {0} earlier periods not yet signed").format(more), "reports"))
        return lines

    def _show_waiting(self, figures: HomeFigures) -> None:
        for _, button in self.todo_buttons:
            self.todo_layout.removeWidget(button)
            button.deleteLater()
        self.todo_buttons = []
        lines = self.waiting_lines(figures)
        self.nothing_waiting.setVisible(not lines)
        for position, (text, key) in enumerate(lines):
            button = QPushButton(f"›  {text}")
            button.setFlat(True)
            button.setStyleSheet(LINK_STYLE)
            button.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
            button.setAccessibleName(text)
            button.clicked.connect(lambda _=False, k=key: self.navigate_requested.emit(k))
            self.todo_layout.insertWidget(position + 1, button)
            self.todo_buttons.append((key, button))

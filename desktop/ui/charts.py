"""Small charts drawn with QPainter (no charting module in the installer).

Each chart keeps the values it draws (``values`` / ``rows``, for tests and screen readers), puts the
same figures in its tooltip and accessible description as text, and paints in colours that still
read when printed in grey.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.domain.money import format_amount

TEXT = QColor("#2b2b2b")
MUTED = QColor("#6b6b6b")
AXIS = QColor("#9a9a9a")
BAR = QColor("#3d6fa8")  # mid blue: dark enough to print, light enough for a label above it
PAID = QColor("#2c5282")  # approved and paid
COMMITTED = QColor("#9dbbe0")  # drafts and submissions: promised, not yet approved
TRACK = QColor("#e4e8ee")
BACKGROUND = QColor("#ffffff")
OVER = QColor("#c0392b")


def _small(font: QFont, delta: float = -1) -> QFont:
    small = QFont(font)
    if small.pointSizeF() > 0:
        small.setPointSizeF(max(7.0, small.pointSizeF() + delta))
    return small


class MonthBarChart(QWidget):
    """Twelve bars, one per month (1–12), each with its value on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: tuple[int, ...] = (0,) * 12
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._describe()

    @property
    def values(self) -> tuple[int, ...]:
        return self._values

    def set_values(self, values: Sequence[int]) -> None:
        if len(values) != 12:
            raise ValueError("a month chart needs 12 values")
        self._values = tuple(int(v) for v in values)
        self._describe()
        self.update()

    def summary_text(self) -> str:
        """The chart as text: "1月 3 · 2月 0 …" in the UI language."""
        return " · ".join(self.tr("Month {0}: {1}").format(m, v) for m, v in enumerate(self._values, 1))

    def _describe(self) -> None:
        text = self.summary_text()
        self.setToolTip(text)
        self.setAccessibleDescription(text)

    def sizeHint(self) -> QSize:
        return QSize(420, 250)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, 140)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), BACKGROUND)
        small = _small(self.font())
        metrics = QFontMetrics(small)
        painter.setFont(small)
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(8, line + 6, -8, -(line + 8))  # room for values above, months below
        slot = area.width() / 12
        top = max(self._values) if any(self._values) else 0
        painter.setPen(QPen(AXIS, 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        for index, value in enumerate(self._values):
            x = area.left() + index * slot
            bar_width = slot * 0.62
            left = x + (slot - bar_width) / 2
            if value > 0 and top:
                height = max(2.0, area.height() * value / top)
                painter.fillRect(QRectF(left, area.bottom() - height, bar_width, height), BAR)
                painter.setPen(TEXT)
                painter.drawText(QRectF(x, area.bottom() - height - line - 2, slot, line),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, str(value))
            painter.setPen(MUTED)
            painter.drawText(QRectF(x, area.bottom() + 3, slot, line), Qt.AlignmentFlag.AlignHCenter, str(index + 1))
        if not top:
            painter.setPen(MUTED)
            painter.setFont(self.font())
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("None yet this year"))
        painter.end()


@dataclass(frozen=True)
class BudgetRow:
    label: str
    budget_fen: int | None  # None: no budget set
    used_fen: int  # promised: every record not voided or rejected
    paid_fen: int  # approved and paid

    @property
    def over_budget(self) -> bool:
        return self.budget_fen is not None and self.used_fen > self.budget_fen


class BudgetBars(QWidget):
    """One row per campaign: its name and figures, then a bar — paid, promised, and the budget as the track.

    A campaign whose promised money is above its budget is drawn in red with the budget marked.
    """

    ROW_HEIGHT = 38

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[BudgetRow, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._describe()

    @property
    def rows(self) -> tuple[BudgetRow, ...]:
        return self._rows

    def set_rows(self, rows: Sequence[BudgetRow]) -> None:
        self._rows = tuple(rows)
        self._describe()
        self.updateGeometry()
        self.update()

    def row_text(self, row: BudgetRow) -> str:
        if row.budget_fen is None:
            return self.tr("{0} used, no budget").format(format_amount(row.used_fen))
        percent = round(100 * row.used_fen / row.budget_fen) if row.budget_fen else 0
        text = self.tr("{0} of {1} ({2}%)").format(format_amount(row.used_fen), format_amount(row.budget_fen), percent)
        return self.tr("{0}, over budget").format(text) if row.over_budget else text

    def summary_text(self) -> str:
        if not self._rows:
            return self.tr("No campaigns this year")
        return "\n".join(f"{row.label}: {self.row_text(row)}" for row in self._rows)

    def _describe(self) -> None:
        text = self.summary_text()
        self.setToolTip(text)
        self.setAccessibleDescription(text)

    def sizeHint(self) -> QSize:
        return QSize(420, max(3, len(self._rows)) * self.ROW_HEIGHT + 40)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, max(1, len(self._rows)) * self.ROW_HEIGHT + 40)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), BACKGROUND)
        small = _small(self.font())
        metrics = QFontMetrics(self.font())
        small_metrics = QFontMetrics(small)
        area = QRectF(self.rect()).adjusted(8, 4, -8, -4)
        if not self._rows:
            painter.setPen(MUTED)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.summary_text())
            painter.end()
            return
        y = area.top()
        for row in self._rows:
            figures = self.row_text(row)
            figures_width = small_metrics.horizontalAdvance(figures) + 4
            painter.setFont(self.font())
            painter.setPen(TEXT)
            name = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, int(area.width() - figures_width - 8))
            painter.drawText(QRectF(area.left(), y, area.width(), metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
            painter.setFont(small)
            painter.setPen(OVER if row.over_budget else MUTED)
            painter.drawText(QRectF(area.left(), y, area.width(), metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, figures)
            self._paint_bar(painter, QRectF(area.left(), y + metrics.height() + 3, area.width(), 10), row)
            y += self.ROW_HEIGHT
        self._paint_legend(painter, QRectF(area.left(), y, area.width(), small_metrics.height() + 4), small_metrics)
        painter.end()

    def _paint_bar(self, painter: QPainter, bar: QRectF, row: BudgetRow) -> None:
        if row.budget_fen is None:  # nothing to measure against: the figures say it all
            return
        scale = max(row.budget_fen or 0, row.used_fen, 1)
        painter.fillRect(bar, TRACK)
        used = bar.width() * min(row.used_fen, scale) / scale
        paid = bar.width() * max(0, min(row.paid_fen, scale)) / scale
        painter.fillRect(QRectF(bar.left(), bar.top(), used, bar.height()), OVER if row.over_budget else COMMITTED)
        painter.fillRect(QRectF(bar.left(), bar.top(), paid, bar.height()), PAID)
        if row.over_budget and row.budget_fen:
            x = bar.left() + bar.width() * row.budget_fen / scale
            painter.setPen(QPen(TEXT, 2))
            painter.drawLine(int(x), int(bar.top() - 3), int(x), int(bar.bottom() + 3))

    def _paint_legend(self, painter: QPainter, rect: QRectF, metrics: QFontMetrics) -> None:
        x, top = rect.left(), rect.top()
        entries = [(PAID, self.tr("approved and paid")), (COMMITTED, self.tr("entered, not yet approved")),
                   (TRACK, self.tr("rest of budget"))]
        if any(row.over_budget for row in self._rows):
            entries.append((OVER, self.tr("over budget")))
        for colour, label in entries:
            width = metrics.horizontalAdvance(label)
            if x > rect.left() and x + 13 + width > rect.right():  # no room left on this line: wrap
                x, top = rect.left(), top + rect.height()
            box = QRectF(x, top + (rect.height() - 9) / 2, 9, 9)
            painter.fillRect(box, colour)
            painter.setPen(QPen(AXIS, 0.5))
            painter.drawRect(box)
            painter.setPen(MUTED)
            painter.drawText(QRectF(x + 13, top, width + 2, rect.height()), Qt.AlignmentFlag.AlignVCenter, label)
            x += 13 + width + 14

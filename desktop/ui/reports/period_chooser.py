"""Choosing a report period: year, half, quarter, month, or an explicit date range."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QSpinBox, QWidget

from desktop.domain.periods import MAX_YEAR, MIN_YEAR, Period, parse_period

YEAR, HALF, QUARTER, MONTH, CUSTOM = "year", "half", "quarter", "month", "custom"


def last_ended_quarter(today: date) -> Period:
    """The most recent quarter that has ended before ``today``."""
    quarter = (today.month - 1) // 3 + 1
    if quarter == 1:
        return parse_period(f"{today.year - 1}Q4")
    return parse_period(f"{today.year}Q{quarter - 1}")


class PeriodChooser(QWidget):
    """Type of period, then the year and the half/quarter/month — or two dates for a custom range."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        for text, data in ((self.tr("Year"), YEAR), (self.tr("Half-year"), HALF), (self.tr("Quarter"), QUARTER),
                           (self.tr("Month"), MONTH), (self.tr("Custom range"), CUSTOM)):
            self.kind.addItem(text, data)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setAccelerated(True)
        self.part = QComboBox()
        self.part.setMinimumContentsLength(6)
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDateRange(QDate(MIN_YEAR, 1, 1), QDate(MAX_YEAR, 12, 31))
        self.to_label = QLabel(self.tr("to"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.year, self.part, self.start, self.to_label, self.end):
            layout.addWidget(widget)
        self.set_period(last_ended_quarter(today or date.today()))
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.year.valueChanged.connect(lambda _v: self.changed.emit())
        self.part.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.start.dateChanged.connect(lambda _d: self.changed.emit())
        self.end.dateChanged.connect(lambda _d: self.changed.emit())

    def _fill_parts(self, kind: str) -> None:
        blocked = self.part.blockSignals(True)
        self.part.clear()
        if kind == HALF:
            self.part.addItem(self.tr("First half"), 1)
            self.part.addItem(self.tr("Second half"), 2)
        elif kind == QUARTER:
            for q in range(1, 5):
                self.part.addItem(self.tr("Q{0}").format(q), q)
        elif kind == MONTH:
            for m in range(1, 13):
                self.part.addItem(self.tr("Month {0}").format(m), m)
        self.part.blockSignals(blocked)

    def _show_fields(self, kind: str) -> None:
        custom = kind == CUSTOM
        self.year.setVisible(not custom)
        self.part.setVisible(kind in (HALF, QUARTER, MONTH))
        for widget in (self.start, self.to_label, self.end):
            widget.setVisible(custom)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        if kind == CUSTOM:
            self._set_dates(self._period_of(self.kind_before or QUARTER))
        self._fill_parts(kind)
        self._show_fields(kind)
        self.kind_before = kind
        self.changed.emit()

    def _set_dates(self, period: Period | None) -> None:
        if period is None:
            return
        for edit, day in ((self.start, period.start), (self.end, period.end)):
            blocked = edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(blocked)

    def set_period(self, period: Period) -> None:
        code = period.code
        if ".." in code:
            kind, part = CUSTOM, None
        elif "H" in code:
            kind, part = HALF, int(code.split("H")[1])
        elif "Q" in code:
            kind, part = QUARTER, int(code.split("Q")[1])
        elif "-" in code:
            kind, part = MONTH, int(code.split("-")[1])
        else:
            kind, part = YEAR, None
        for widget in (self.kind, self.year, self.part):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.year.setValue(period.start.year)
        self._fill_parts(kind)
        if part is not None:
            self.part.setCurrentIndex(self.part.findData(part))
        self._set_dates(period)
        for widget in (self.kind, self.year, self.part):
            widget.blockSignals(False)
        self._show_fields(kind)
        self.kind_before = kind
        self.changed.emit()

    def _period_of(self, kind: str) -> Period | None:
        year = self.year.value()
        part = self.part.currentData()
        if kind == YEAR:
            return parse_period(str(year))
        if kind == HALF and part:
            return parse_period(f"{year}H{part}")
        if kind == QUARTER and part:
            return parse_period(f"{year}Q{part}")
        if kind == MONTH and part:
            return parse_period(f"{year}-{part:02d}")
        if kind == CUSTOM:
            start, end = self.start.date().toPython(), self.end.date().toPython()
            return parse_period(f"{start.isoformat()}..{end.isoformat()}")
        return None

    def period(self) -> Period:
        """The chosen period; raises ``InvalidPeriod`` (one Chinese sentence) for a reversed range."""
        period = self._period_of(self.kind.currentData())
        if period is None:  # a part list is always filled for these kinds; keep type checkers honest
            return parse_period(str(self.year.value()))
        return period

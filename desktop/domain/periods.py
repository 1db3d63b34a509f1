"""Accounting periods: years, halves, quarters, months and explicit date ranges."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ._text import compact
from .errors import DomainError

__all__ = ["MAX_YEAR", "MIN_YEAR", "InvalidPeriod", "Period", "cn_date", "parse_period"]

MIN_YEAR = 1900
MAX_YEAR = 9999

_FORMS = "2026、2026H1、2026Q3、2026-07或2026-01-01..2026-03-31"
_QUARTER_NAMES = "一二三四"
_YEAR = re.compile(r"(\d{4})")
_HALF = re.compile(r"(\d{4})H(\d+)")
_QUARTER = re.compile(r"(\d{4})Q(\d+)")
_MONTH = re.compile(r"(\d{4})[-/.](\d{1,2})")
_DAY = r"\d{4}-\d{1,2}-\d{1,2}"
_RANGE = re.compile(rf"({_DAY})(?:\.\.|~|至)({_DAY})")


class InvalidPeriod(DomainError):
    """The text is not a recognised period."""


@dataclass(frozen=True)
class Period:
    """A closed date interval [start, end] with a canonical code and a Chinese label."""

    code: str
    start: date
    end: date  # inclusive
    label: str

    def contains(self, d: date) -> bool:
        """True if ``d`` falls within the period (both ends inclusive)."""
        return self.start <= d <= self.end


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    first_of_next = date(year, month + 1, 1)
    return first_of_next - timedelta(days=1)


def _year(text: str, raw: str) -> int:
    year = int(text)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidPeriod(
            f"期间“{raw}”中的年份{year}超出范围，请输入{MIN_YEAR}至{MAX_YEAR}之间的年份。"
        )
    return year


def _day(text: str, raw: str) -> date:
    y, m, d = (int(part) for part in text.split("-"))
    try:
        day = date(_year(str(y), raw), m, d)
    except ValueError:
        raise InvalidPeriod(
            f"期间“{raw}”中的日期{text}不是有效日期，请核对。"
        ) from None
    return day


def cn_date(d: date) -> str:
    """2026年7月1日 — how dates are written on forms and in period labels."""
    return f"{d.year}年{d.month}月{d.day}日"


def _months(year: int, first: int, last: int, code: str, label: str) -> Period:
    return Period(code, date(year, first, 1), _month_end(year, last), label)


def parse_period(text: str) -> Period:
    """Parse "2026", "2026H1", "2026Q3", "2026-07" or "2026-01-01..2026-03-31"."""
    raw = text.strip()
    s = compact(text).upper()
    if m := _YEAR.fullmatch(s):
        year = _year(m[1], raw)
        return _months(year, 1, 12, f"{year}", f"{year}年度")
    if m := _HALF.fullmatch(s):
        year, half = _year(m[1], raw), int(m[2])
        if half not in (1, 2):
            raise InvalidPeriod(f"期间“{raw}”中的半年H{half}无效，只能是H1或H2。")
        name = "上半年" if half == 1 else "下半年"
        return _months(
            year, 6 * half - 5, 6 * half, f"{year}H{half}", f"{year}年{name}"
        )
    if m := _QUARTER.fullmatch(s):
        year, q = _year(m[1], raw), int(m[2])
        if not 1 <= q <= 4:
            raise InvalidPeriod(f"期间“{raw}”中的季度Q{q}无效，只能是Q1至Q4。")
        label = f"{year}年第{_QUARTER_NAMES[q - 1]}季度"
        return _months(year, 3 * q - 2, 3 * q, f"{year}Q{q}", label)
    if m := _MONTH.fullmatch(s):
        year, month = _year(m[1], raw), int(m[2])
        if not 1 <= month <= 12:
            raise InvalidPeriod(f"期间“{raw}”中的月份{month}无效，月份应为1至12。")
        return _months(year, month, month, f"{year}-{month:02d}", f"{year}年{month}月")
    if m := _RANGE.fullmatch(s):
        start, end = _day(m[1], raw), _day(m[2], raw)
        if start > end:
            raise InvalidPeriod(
                f"期间“{raw}”的起始日期{start.isoformat()}晚于结束日期{end.isoformat()}，请调整。"
            )
        label = f"{cn_date(start)}至{cn_date(end)}"
        return Period(f"{start.isoformat()}..{end.isoformat()}", start, end, label)
    raise InvalidPeriod(f"无法识别期间“{raw}”，请使用{_FORMS}等格式。")

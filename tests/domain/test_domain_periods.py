"""Period parsing: years, halves, quarters, months and explicit ranges."""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.periods import (
    MAX_YEAR,
    MIN_YEAR,
    InvalidPeriod,
    Period,
    parse_period,
)

HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize(
    ("text", "code", "start", "end", "label"),
    [
        ("2026", "2026", date(2026, 1, 1), date(2026, 12, 31), "2026年度"),
        ("2026H1", "2026H1", date(2026, 1, 1), date(2026, 6, 30), "2026年上半年"),
        ("2026h2", "2026H2", date(2026, 7, 1), date(2026, 12, 31), "2026年下半年"),
        ("2026q3", "2026Q3", date(2026, 7, 1), date(2026, 9, 30), "2026年第三季度"),
        ("2026Q1", "2026Q1", date(2026, 1, 1), date(2026, 3, 31), "2026年第一季度"),
        ("2026-07", "2026-07", date(2026, 7, 1), date(2026, 7, 31), "2026年7月"),
        ("2024-02", "2024-02", date(2024, 2, 1), date(2024, 2, 29), "2024年2月"),
        ("2026-7", "2026-07", date(2026, 7, 1), date(2026, 7, 31), "2026年7月"),
        (
            "2026-01-01..2026-03-31",
            "2026-01-01..2026-03-31",
            date(2026, 1, 1),
            date(2026, 3, 31),
            "2026年1月1日至2026年3月31日",
        ),
        (
            " ２０２６Ｑ４ ",
            "2026Q4",
            date(2026, 10, 1),
            date(2026, 12, 31),
            "2026年第四季度",
        ),
    ],
)
def test_parse_period(text: str, code: str, start: date, end: date, label: str) -> None:
    assert parse_period(text) == Period(code, start, end, label)


def test_contains() -> None:
    q3 = parse_period("2026Q3")
    assert q3.contains(date(2026, 7, 1))
    assert q3.contains(date(2026, 9, 30))
    assert not q3.contains(date(2026, 6, 30))
    assert not q3.contains(date(2026, 10, 1))


def _error(text: str) -> str:
    with pytest.raises(InvalidPeriod) as info:
        parse_period(text)
    message = str(info.value)
    assert HAN.search(message), message
    return message


def test_invalid_periods() -> None:
    generic = _error("明年")
    assert "2026H1" in generic and "2026Q3" in generic and "2026-07" in generic
    assert "2026-01-01..2026-03-31" in generic
    assert "Q5" in _error("2026Q5")
    assert "H3" in _error("2026H3")
    assert "13" in _error("2026-13")
    assert "2026-02-30" in _error("2026-02-30..2026-03-01")
    message = _error("2026-03-31..2026-01-01")
    assert "2026-03-31" in message and "2026-01-01" in message
    assert "1800" in _error("1800")
    assert "无法识别" in _error("")


@settings(max_examples=200, deadline=None)
@given(st.integers(MIN_YEAR, MAX_YEAR))
def test_subperiods_tile_the_year(year: int) -> None:
    whole = parse_period(str(year))
    assert (whole.start, whole.end) == (date(year, 1, 1), date(year, 12, 31))
    for parts in (
        [parse_period(f"{year}H{h}") for h in (1, 2)],
        [parse_period(f"{year}Q{q}") for q in (1, 2, 3, 4)],
        [parse_period(f"{year}-{m:02d}") for m in range(1, 13)],
    ):
        assert parts[0].start == whole.start
        assert parts[-1].end == whole.end
        for part in parts:
            assert part.start <= part.end
            assert parse_period(part.code) == part
        for earlier, later in itertools.pairwise(parts):
            assert earlier.end + timedelta(days=1) == later.start


@settings(max_examples=200, deadline=None)
@given(st.dates(date(MIN_YEAR, 1, 1), date(MAX_YEAR, 12, 31)), st.integers(0, 800))
def test_explicit_ranges(start: date, days: int) -> None:
    end = start + timedelta(days=min(days, (date(MAX_YEAR, 12, 31) - start).days))
    period = parse_period(f"{start.isoformat()}..{end.isoformat()}")
    assert (period.start, period.end) == (start, end)
    assert parse_period(period.code) == period
    assert period.contains(start) and period.contains(end)
    if start < end:
        with pytest.raises(InvalidPeriod):
            parse_period(f"{end.isoformat()}..{start.isoformat()}")

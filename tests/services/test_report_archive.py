"""Serial numbers and the archive's bookkeeping, on rows written directly."""

from __future__ import annotations

from datetime import date

from db import Database
from db.models import ReportExport
from desktop.domain.periods import parse_period
from desktop.services.report_archive import (
    allocate_serial,
    latest_export,
    list_exports,
    periods_not_exported,
    serial_period_tag,
)


def _record(db: Database, kind: str, code: str, *, signed: bool = True, supersedes: int | None = None) -> int:
    period = parse_period(code)
    with db.session() as session:
        serial, year, sequence = allocate_serial(session, kind, period)
        row = ReportExport(serial=serial, kind=kind, year=year, sequence=sequence, period_code=period.code,
                           period_start=period.start, period_end=period.end, title="t", pages=1,
                           pdf_sha256="0" * 64, data_sha256="1" * 64, signed=signed, supersedes_id=supersedes)
        session.add(row)
        session.flush()
        return row.id


def test_serial_tags_name_the_period_readably() -> None:
    assert serial_period_tag(parse_period("2026")) == "2026"
    assert serial_period_tag(parse_period("2026H1")) == "2026H1"
    assert serial_period_tag(parse_period("2026Q3")) == "2026Q3"
    assert serial_period_tag(parse_period("2026-07")) == "2026M07"
    assert serial_period_tag(parse_period("2026-01-01..2026-03-31")) == "20260101-20260331"


def test_serials_count_per_kind_and_year(demo_db: Database) -> None:
    _record(demo_db, "aid", "2026Q3")
    _record(demo_db, "aid", "2026Q2")
    _record(demo_db, "members", "2026Q3")
    _record(demo_db, "aid", "2025Q4")
    serials = [r.serial for r in reversed(list_exports(demo_db))]
    assert serials == ["ZGH-BF-2026Q3-0001", "ZGH-BF-2026Q2-0002", "ZGH-HY-2026Q3-0001", "ZGH-BF-2025Q4-0001"]


def test_the_archive_says_what_supersedes_what(demo_db: Database) -> None:
    first = _record(demo_db, "aid", "2026Q3")
    with demo_db.session() as session:
        assert latest_export(session, "aid", "2026Q3").id == first  # type: ignore[union-attr]
        assert latest_export(session, "aid", "2026Q2") is None
    _record(demo_db, "aid", "2026Q3", supersedes=first)
    newer, older = list_exports(demo_db)
    assert newer.supersedes == older.serial == "ZGH-BF-2026Q3-0001"
    assert older.superseded_by == newer.serial == "ZGH-BF-2026Q3-0002"
    assert newer.superseded_by == ""
    assert older.period_label == "2026年第三季度"


def test_periods_not_exported_lists_ended_quarters_without_a_signed_summary(demo_db: Database) -> None:
    today = date(2026, 11, 24)
    codes = [m.period.code for m in periods_not_exported(demo_db, today)]
    assert codes == ["2026Q3", "2026Q2", "2026Q1", "2025Q4", "2025", "2025Q3", "2025Q2", "2025Q1"]
    _record(demo_db, "summary", "2026Q3")
    _record(demo_db, "summary", "2026Q2", signed=False)  # an unsigned draft does not count as done
    _record(demo_db, "aid", "2026Q1")  # another kind does not either
    codes = [m.period.code for m in periods_not_exported(demo_db, today)]
    assert "2026Q3" not in codes and "2026Q2" in codes and "2026Q1" in codes

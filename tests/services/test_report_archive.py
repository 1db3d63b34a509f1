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


def test_the_same_dates_under_another_name_are_the_same_period(demo_db: Database) -> None:
    """2026Q3 exported as a date range, then as a quarter: the second supersedes the first, and Q3 is done."""
    first = _record(demo_db, "summary", "2026-07-01..2026-09-30")
    with demo_db.session() as session:
        assert latest_export(session, "summary", parse_period("2026Q3")).id == first  # type: ignore[union-attr]
        assert latest_export(session, "summary", "2026-07-01..2026-09-29") is None
    codes = [m.period.code for m in periods_not_exported(demo_db, date(2026, 11, 24))]
    assert "2026Q3" not in codes and "2026Q2" in codes


def test_periods_not_exported_lists_ended_quarters_without_a_signed_summary(demo_db: Database) -> None:
    today = date(2026, 11, 24)
    codes = [m.period.code for m in periods_not_exported(demo_db, today)]
    assert codes == ["2026Q3", "2026Q2", "2026Q1", "2025Q4", "2025", "2025Q3", "2025Q2", "2025Q1"]
    _record(demo_db, "summary", "2026Q3")
    _record(demo_db, "summary", "2026Q2", signed=False)  # an unsigned draft does not count as done
    _record(demo_db, "aid", "2026Q1")  # another kind does not either
    codes = [m.period.code for m in periods_not_exported(demo_db, today)]
    assert "2026Q3" not in codes and "2026Q2" in codes and "2026Q1" in codes


# ------------------------------------------------------------------ a failed export leaves nothing behind

def _exports(db: Database) -> list[str]:
    from sqlalchemy import select

    from db.models import AuditEvent

    with db.read_session() as session:
        serials = list(session.scalars(select(ReportExport.serial).order_by(ReportExport.id)))
        audits = session.scalars(select(AuditEvent.id).where(AuditEvent.action == "report.export")).all()
    assert len(audits) == len(serials), "every recorded export has exactly one audit entry"
    return serials


def _leftovers(folder) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(p.name for p in folder.iterdir())


def _out_folder(tmp_path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "out"  # tmp_path also holds the ledger's data folder
    folder.mkdir()
    return folder


def test_a_missing_or_unusable_folder_is_refused_in_chinese_before_a_number_is_used(
        demo_db: Database, clerk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from desktop.services.errors import ServiceError
    from desktop.services.reports import export_report

    period = parse_period("2026Q1")
    a_file = tmp_path / "not-a-folder.txt"
    a_file.write_text("x")
    for out in (tmp_path / "no-such-folder" / "r.pdf", a_file / "r.pdf"):
        with pytest.raises(ServiceError, match="文件夹不存在"):
            export_report(demo_db, clerk, "aid", period, out)
    assert not (tmp_path / "no-such-folder").exists(), "a mistyped folder is not created silently"
    (tmp_path / "r.pdf").mkdir()
    with pytest.raises(ServiceError, match="是一个文件夹"):
        export_report(demo_db, clerk, "aid", period, tmp_path / "r.pdf")
    assert _exports(demo_db) == []


def test_a_write_failure_uses_no_number_and_leaves_no_file(demo_db: Database, clerk, tmp_path,
                                                           monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import errno

    import pytest

    from desktop.services import reports
    from desktop.services.errors import ServiceError

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    tmp_path = _out_folder(tmp_path)
    period = parse_period("2026Q1")
    monkeypatch.setattr(reports.os, "fsync", disk_full)
    with pytest.raises(ServiceError, match=r"无法保存报表文件.*编号未占用"):
        reports.export_report(demo_db, clerk, "aid", period, tmp_path / "r.pdf")
    assert _leftovers(tmp_path) == [] and _exports(demo_db) == []
    monkeypatch.undo()
    done = reports.export_report(demo_db, clerk, "aid", period, tmp_path / "r.pdf")
    assert done.serial.endswith("-0001") and done.supersedes == ""
    assert _leftovers(tmp_path) == ["r.pdf"] and _exports(demo_db) == [done.serial]


def test_a_failed_commit_removes_the_file_it_had_placed(demo_db: Database, clerk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pytest
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from desktop.services.reports import export_report

    tmp_path = _out_folder(tmp_path)
    period = parse_period("2026Q1")
    first = export_report(demo_db, clerk, "aid", period, tmp_path / "first.pdf")

    def refuse(session: Session) -> None:  # only the transaction that records the export
        if any(isinstance(row, ReportExport) for row in session.identity_map.values()):
            raise RuntimeError("database is locked")

    event.listen(Session, "before_commit", refuse)
    try:
        with pytest.raises(RuntimeError):
            export_report(demo_db, clerk, "aid", period, tmp_path / "second.pdf")
    finally:
        event.remove(Session, "before_commit", refuse)
    assert _leftovers(tmp_path) == ["first.pdf"], "no file carries a serial the archive does not hold"
    again = export_report(demo_db, clerk, "aid", period, tmp_path / "second.pdf")
    assert again.serial.endswith("-0002") and again.supersedes == first.serial
    assert _exports(demo_db) == [first.serial, again.serial]

"""报表存档: serial numbers, the record of every export, what supersedes what."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from db import Database
from db.models import ReportExport, User
from desktop.domain.china_time import format_datetime
from desktop.domain.periods import Period, parse_period

__all__ = [
    "KIND_CODES",
    "ArchivedReport",
    "MissingExport",
    "allocate_serial",
    "latest_export",
    "list_exports",
    "periods_not_exported",
    "serial_period_tag",
]

KIND_CODES = {"summary": "HZ", "members": "HY", "aid": "BF", "competitions": "JS"}  # 汇总 会员 帮扶 竞赛
SERIAL_PREFIX = "ZGH"  # 总工会


def serial_period_tag(period: Period) -> str:
    """2026, 2026H1, 2026Q3, 2026M07, or 20260101-20260331 for an explicit range."""
    code = period.code
    if ".." in code:
        start, end = code.split("..")
        return f"{start.replace('-', '')}-{end.replace('-', '')}"
    if "-" in code:  # 2026-07
        year, month = code.split("-")
        return f"{year}M{month}"
    return code


def allocate_serial(session: Session, kind: str, period: Period) -> tuple[str, int, int]:
    """The next serial for ``kind`` in the period's year: (serial, year, sequence).

    Call inside the write transaction that records the export (it holds SQLite's write
    lock), so two exports can never get the same number.
    """
    year = period.start.year
    last = session.scalar(select(func.max(ReportExport.sequence))
                          .where(ReportExport.kind == kind, ReportExport.year == year)) or 0
    sequence = last + 1
    serial = f"{SERIAL_PREFIX}-{KIND_CODES[kind]}-{serial_period_tag(period)}-{sequence:04d}"
    return serial, year, sequence


def latest_export(session: Session, kind: str, period: Period | str) -> ReportExport | None:
    """The newest export of this kind and period: the one a new export supersedes.

    Periods are compared by their dates, not their codes: 2026Q3 and 2026-07-01..2026-09-30 are the same
    period, so exporting one after the other says that it supersedes it.
    """
    span = parse_period(period) if isinstance(period, str) else period
    return session.scalars(select(ReportExport)
                           .where(ReportExport.kind == kind, ReportExport.period_start == span.start,
                                  ReportExport.period_end == span.end)
                           .order_by(ReportExport.id.desc()).limit(1)).first()


@dataclass(frozen=True)
class ArchivedReport:
    id: int
    serial: str
    kind: str
    period_code: str
    period_label: str
    title: str
    pages: int
    signed: bool
    signer_name: str
    created_by_name: str
    created_at: str  # China time, 2026-10-08 14:05
    file_name: str
    pdf_sha256: str
    data_sha256: str
    supersedes: str  # serial, or ""
    superseded_by: str  # serial of a newer export of the same kind and period, or ""


def _label(code: str) -> str:
    try:
        return parse_period(code).label
    except Exception:  # an archived code always parses; never let the list fail on one row
        return code


def list_exports(db: Database, *, kind: str | None = None, limit: int = 500) -> list[ArchivedReport]:
    """Newest first."""
    creator, signer, older, newer = aliased(User), aliased(User), aliased(ReportExport), aliased(ReportExport)
    newest_successor = (select(func.max(newer.id)).where(newer.supersedes_id == ReportExport.id)
                        .correlate(ReportExport).scalar_subquery())
    successor_serial = (select(newer.serial).where(newer.id == newest_successor)
                        .correlate(ReportExport).scalar_subquery())
    query = (select(ReportExport, creator.display_name, signer.display_name, older.serial, successor_serial)
             .outerjoin(creator, creator.id == ReportExport.created_by_id)
             .outerjoin(signer, signer.id == ReportExport.signed_by_id)
             .outerjoin(older, older.id == ReportExport.supersedes_id)
             .order_by(ReportExport.id.desc()).limit(limit))
    if kind:
        query = query.where(ReportExport.kind == kind)
    with db.read_session() as session:
        return [ArchivedReport(
            id=row.id, serial=row.serial, kind=row.kind, period_code=row.period_code,
            period_label=_label(row.period_code), title=row.title, pages=row.pages, signed=row.signed,
            signer_name=signer_name or "", created_by_name=creator_name or "",
            created_at=format_datetime(row.created_at), file_name=row.file_name,
            pdf_sha256=row.pdf_sha256, data_sha256=row.data_sha256,
            supersedes=older_serial or "", superseded_by=newer_serial or "",
        ) for row, creator_name, signer_name, older_serial, newer_serial in session.execute(query)]


@dataclass(frozen=True)
class MissingExport:
    period: Period
    kind: str


def _ended_periods(today: date) -> list[Period]:
    """Last year, and every quarter that has ended since the start of last year."""
    periods = [parse_period(str(today.year - 1))]
    for year in (today.year - 1, today.year):
        for q in range(1, 5):
            period = parse_period(f"{year}Q{q}")
            if period.end < today:
                periods.append(period)
    return periods


def periods_not_exported(db: Database, today: date | datetime, kind: str = "summary") -> list[MissingExport]:
    """Ended quarters (since last year) and last year with no signed ``kind`` report yet, newest first."""
    day = today.date() if isinstance(today, datetime) else today
    with db.read_session() as session:
        done = {(start, end) for start, end in session.execute(
            select(ReportExport.period_start, ReportExport.period_end)
            .where(ReportExport.kind == kind, ReportExport.signed.is_(True)))}
    missing = [MissingExport(p, kind) for p in _ended_periods(day) if (p.start, p.end) not in done]
    return sorted(missing, key=lambda m: (m.period.end, m.period.start), reverse=True)

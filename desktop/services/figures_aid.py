"""帮扶 figures for a period, from the same rules as ``aid_totals`` (approved and paid money, reversals netted).

The totals by 类别 / 经费来源 / 活动 come from ``aid_totals`` itself; the annex lists exactly the records those
totals count (a reversal as a negative row in the period it was entered), so the rows add up to the totals.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import Database
from db.models import (
    AidCampaign,
    AuditEvent,
    Disbursement,
    GroupDistribution,
    GroupDistributionOrganization,
    HardshipFile,
)
from db.models.aid import COUNTED_STATUSES
from desktop.domain.periods import Period
from desktop.services.aid_totals import AidTotals, TotalRow, aid_totals
from desktop.services.figures_members import person_labels
from desktop.services.hardship_queries import ON_REGISTER, category_counts
from desktop.services.hardship_rules import CATEGORY_LABELS, STATUS_LABELS

LEFT_REGISTER = ("out", "closed")  # 脱困 / 销档


def _row(row: TotalRow) -> dict[str, Any]:
    return {"key": row.key, "persons": row.persons, "cash_fen": row.cash_fen,
            "items_value_fen": row.items_value_fen, "total_fen": row.total_fen, "records": row.records,
            "groups": row.groups}


def _table(totals: AidTotals) -> list[dict[str, Any]]:
    return [_row(r) for r in totals.rows]


def aid_figures(db: Database, period: Period, *, detail: bool) -> dict[str, Any]:
    """The 帮扶 section of the report data (``detail``: with the annex of records)."""
    window = {"date_from": period.start, "date_to": period.end}
    by_category = aid_totals(db, "category", **window)
    section: dict[str, Any] = {
        "by_category": _table(by_category),
        "by_fund_source": _table(aid_totals(db, "fund_source", **window)),
        "by_campaign": _table(aid_totals(db, "campaign", **window)),
        "total": _row(by_category.total),
    }
    on_register = category_counts(db, period.end)
    section["hardship_on_register"] = [{"category": key, "label": CATEGORY_LABELS.get(key, key), "files": count}
                                       for key, count in on_register.items()]
    with db.read_session() as session:
        section["group_summary"], groups = _groups(session, period)
        opened, left = _hardship(session, period)
        section["hardship_opened"] = len(opened)
        section["hardship_closed"] = len(left)
        if detail:
            section["disbursements"] = _disbursements(session, period)
            section["groups"] = groups
            section["hardship_opened_files"] = opened
            section["hardship_closed_files"] = left
    return section


def _disbursements(session: Session, period: Period) -> list[dict[str, Any]]:
    query = (select(Disbursement, AidCampaign.name)
             .outerjoin(AidCampaign, AidCampaign.id == Disbursement.campaign_id)
             .where(Disbursement.status.in_(COUNTED_STATUSES), Disbursement.aid_date >= period.start,
                    Disbursement.aid_date <= period.end))
    records = list(session.execute(query))
    people = person_labels(session, {d.person_id for d, _ in records})
    originals = {d.reverses_id for d, _ in records if d.reverses_id is not None}
    uuids = dict(session.execute(select(Disbursement.id, Disbursement.uuid).where(Disbursement.id.in_(originals))).all())
    rows = []
    for record, campaign in records:
        name, masked = people.get(record.person_id, ("", ""))
        rows.append({"uuid": record.uuid, "date": record.aid_date.isoformat(), "name": name, "id_number": masked,
                     "category": record.category, "fund_source": record.fund_source, "campaign": campaign or "",
                     "cash_fen": record.cash_fen, "items_value_fen": record.items_value_fen, "items": record.items,
                     "status": record.status, "reversal": record.reverses_id is not None,
                     "reverses_uuid": uuids.get(record.reverses_id or 0, "")})
    rows.sort(key=lambda r: (r["date"], r["category"], r["name"], r["uuid"]))
    return rows


def _groups(session: Session, period: Period) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(summary, rows) of the approved group distributions of the period; reversals carry negated counts."""
    records = list(session.scalars(select(GroupDistribution).where(
        GroupDistribution.status == "approved", GroupDistribution.event_date >= period.start,
        GroupDistribution.event_date <= period.end)))
    named: dict[int, list[str]] = {}
    for distribution_id, name in session.execute(
            select(GroupDistributionOrganization.distribution_id, GroupDistributionOrganization.name)
            .where(GroupDistributionOrganization.distribution_id.in_([r.id for r in records]))
            .order_by(GroupDistributionOrganization.id)):
        named.setdefault(distribution_id, []).append(name)
    rows = [{"uuid": r.uuid, "date": r.event_date.isoformat(), "title": r.title, "category": r.category,
             "fund_source": r.fund_source, "organizations": r.organization_count, "people": r.people_count,
             "cash_fen": r.cash_fen, "items_value_fen": r.items_value_fen, "reversal": r.reverses_id is not None,
             "organization_names": "、".join(named.get(r.id, []))} for r in records]
    rows.sort(key=lambda r: (r["date"], r["title"], r["uuid"]))
    summary = {"events": sum(-1 if r["reversal"] else 1 for r in rows),
               "organizations": sum(r["organizations"] for r in rows), "people": sum(r["people"] for r in rows),
               "cash_fen": sum(r["cash_fen"] for r in rows), "items_value_fen": sum(r["items_value_fen"] for r in rows)}
    summary["total_fen"] = summary["cash_fen"] + summary["items_value_fen"]
    return summary, rows


def _left_register(session: Session, period: Period) -> list[tuple[int, str, str]]:
    """(file id, date, new status) of every move off the register (在档 / 渐退 → 脱困 / 销档) dated in the period.

    Read from the dated status history, not the file's current status: a file that went 脱困 in one quarter
    and 销档 (or back to 在档) in a later one still left the register in the first, so a signed report of that
    quarter keeps its figure.
    """
    uuids: dict[str, int] = dict(session.execute(select(HardshipFile.uuid, HardshipFile.id)
                                                 .where(HardshipFile.voided.is_(False))).all())
    moves = []
    for uuid, changes_json in session.execute(
            select(AuditEvent.entity_uuid, AuditEvent.changes_json)
            .where(AuditEvent.action == "hardship.status").order_by(AuditEvent.id)):
        changes = json.loads(changes_json)
        before, after = changes.get("status", ("", ""))
        when = changes.get("date", "")
        if (uuid in uuids and before in ON_REGISTER and after in LEFT_REGISTER
                and period.start.isoformat() <= when <= period.end.isoformat()):
            moves.append((uuids[uuid], when, after))
    return moves


def _hardship(session: Session, period: Period) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Files opened in the period, and moves off the register (脱困 / 销档) in it; voided files never."""
    opened = list(session.scalars(select(HardshipFile).where(
        HardshipFile.voided.is_(False), HardshipFile.opened_on >= period.start, HardshipFile.opened_on <= period.end)))
    moves = _left_register(session, period)
    files = {f.id: f for f in opened}
    wanted = sorted({file_id for file_id, _, _ in moves} - set(files))
    if wanted:
        files.update({f.id: f for f in session.scalars(select(HardshipFile).where(HardshipFile.id.in_(wanted)))})
    people = person_labels(session, {f.person_id for f in files.values()})

    def row(f: HardshipFile, when: str, status: str) -> dict[str, Any]:
        name, masked = people.get(f.person_id, ("", ""))
        return {"uuid": f.uuid, "file_number": f.file_number, "date": when, "name": name, "id_number": masked,
                "category": f.category, "category_label": CATEGORY_LABELS.get(f.category, f.category),
                "status": status, "status_label": STATUS_LABELS.get(status, status), "work_unit": f.work_unit}

    opened_rows = sorted((row(f, f.opened_on.isoformat(), f.status) for f in opened),
                         key=lambda r: (r["date"], r["uuid"]))
    left_rows = sorted((row(files[file_id], when, status) for file_id, when, status in moves),
                       key=lambda r: (r["date"], r["uuid"]))
    return opened_rows, left_rows

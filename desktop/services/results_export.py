"""The 竞赛成绩 template and export: the same columns, so an export re-imports unchanged.

Exported: the entries that stand (not withdrawn) of the events that stand, in competitions not voided —
those starting within the period when one is given — by competition, event and rank. The export is audited.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from db import Database
from db.models import Competition, CompetitionEvent, Entry, Organization, Person, Team
from desktop.domain.periods import Period
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.results_columns import KIND_OF_CHOICE, RESULTS_NOTES, results_columns
from desktop.services.results_ledger import load_ledger, standing_names, tiers_union
from desktop.services.unit import get_unit
from desktop.tabular import write_workbook
from desktop.tasks import TaskControl

TITLE = "竞赛成绩"
EXPORT_NOTES = (*RESULTS_NOTES, "导出的是未作废的竞赛和项目中未撤销的参赛记录；“备注”列导出时为空。")


def _choices(db: Database) -> tuple[list[str], list[str]]:
    with db.read_session() as session:
        ledger = load_ledger(session)
    return standing_names(ledger), tiers_union(ledger)


def _title(db: Database, period: Period | None = None) -> str:
    unit = get_unit(db)
    return f"{unit.name if unit else ''}{TITLE}" + (f"（{period.label}）" if period else "")


def write_results_template(db: Database, out: Path) -> None:
    competitions, tiers = _choices(db)
    write_workbook(out, results_columns(competitions, tiers), title=_title(db), instructions=RESULTS_NOTES)


def export_results(db: Database, actor: Actor, out: Path, *, period: Period | None = None,
                   control: TaskControl | None = None) -> int:
    """Every standing entry with its result (competitions starting within ``period`` when given); returns the rows."""
    stmt = (select(Entry, CompetitionEvent.name, Competition.name, Person.name, Person.id_type, Person.id_number,
                   Team.name, Organization.name)
            .join(CompetitionEvent, CompetitionEvent.id == Entry.event_id)
            .join(Competition, Competition.id == CompetitionEvent.competition_id)
            .outerjoin(Person, Person.id == Entry.person_id)
            .outerjoin(Team, Team.id == Entry.team_id)
            .outerjoin(Organization, Organization.id == Entry.organization_id)
            .where(Competition.voided.is_(False), CompetitionEvent.voided.is_(False), Entry.withdrawn.is_(False))
            .order_by(Competition.starts_on, Competition.id, CompetitionEvent.position, CompetitionEvent.id,
                      Entry.rank.is_(None), Entry.rank, Entry.id))
    if period is not None:
        stmt = stmt.where(Competition.starts_on >= period.start, Competition.starts_on <= period.end)
    rows: list[dict[str, object]] = []
    with db.read_session() as session:
        for entry, event, competition, name, id_type, id_number, team, organization in session.execute(stmt):
            rows.append({
                "competition": competition, "event": event, "entrant_kind": KIND_OF_CHOICE[entry.entrant_kind],
                "name": name or "", "id_type": id_type or "", "id_number": id_number or "", "team": team or "",
                "organization": organization or "", "score": entry.score, "rank": entry.rank, "award": entry.award,
                "result_on": entry.result_on,
            })
            if control is not None and len(rows) % 2000 == 0:
                control.report(len(rows), 0, "正在读取…")
    if control is not None:
        control.report(len(rows), len(rows), "正在写入文件…")
    competitions, tiers = _choices(db)
    write_workbook(out, results_columns(competitions, tiers), rows, title=_title(db, period),
                   instructions=EXPORT_NOTES)
    with db.session() as session:
        audit.record(session, actor, "export.results", entity_type="competition_entry",
                     changes={"file": out.name, "rows": len(rows), "period": period.code if period else ""})
    return len(rows)

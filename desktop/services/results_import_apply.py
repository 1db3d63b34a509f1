"""Write a checked results import in one transaction, through the competition services' own rules.

New events, teams and persons are created first, then the new entries, then each event's results at once
(``record_results_in``: the tie rule on the event as it will stand, the tiers, the dates). Anything the
ledger changed since the check (an entrant entered meanwhile, a result typed meanwhile into a matched entry,
a competition voided) stops the whole import.
Audit: the services' own events (competition_event.create, team.create, person.create, entry.create,
entry.result) plus one ``entry.import`` event for the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db import Database
from db.models import Entry
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.competition_entries import ResultLine, add_entry_in, create_team_in, record_results_in
from desktop.services.competitions import WRITERS, EventDraft, add_event_in, get_competition_row
from desktop.services.errors import ServiceError
from desktop.services.import_plan import ImportPlan, PlannedRow
from desktop.services.member_import import ImportResult
from desktop.services.member_rules import InvalidMember
from desktop.services.permissions import require_role
from desktop.services.persons import register_if_new
from desktop.services.results_ledger import ResultRow, describe_result, name_key
from desktop.tasks import TaskControl

_CHANGED = "台账在检查之后已有变化，未导入任何数据；请重新检查后再导入。"


@dataclass(frozen=True)
class ResultsImportResult(ImportResult):
    new_persons: int = 0
    new_events: int = 0
    new_teams: int = 0


def _message(exc: ServiceError) -> str:
    if isinstance(exc, InvalidMember):
        return "；".join(p.message.rstrip("。") for p in exc.problems)
    return exc.message.rstrip("。")


def apply_results_import(db: Database, actor: Actor, plan: ImportPlan, *, skip_invalid: bool = False,
                         today: date | None = None, control: TaskControl | None = None) -> ResultsImportResult:
    """Enter the plan's valid rows; refuses when rows are invalid and not skipped (nothing written then)."""
    actor.require(*WRITERS)
    invalid = plan.ready_to_write(skip_invalid=skip_invalid)
    rows = [(r, r.draft) for r in plan.rows if isinstance(r.draft, ResultRow)]
    try:
        with db.session() as session:
            require_role(session, actor, *WRITERS)
            writer = _Writer(session, actor, plan.file_name)
            lines: dict[int, list[tuple[PlannedRow, ResultLine]]] = {}
            for index, (row, draft) in enumerate(rows):
                if control is not None and index % 100 == 0:
                    control.report(index, len(rows), "正在写入…")
                entry_id = writer.entry(row, draft)
                if draft.changes and draft.result_on is not None:
                    line = ResultLine(entry_id, draft.score, draft.rank, draft.award, draft.result_on)
                    lines.setdefault(writer.event_ids[draft.event_key], []).append((row, line))
            for event_id, event_lines in lines.items():
                try:
                    record_results_in(session, actor, event_id, [line for _, line in event_lines],
                                      event_lines[0][1].result_on or date.today(), today=today)
                except ServiceError as exc:
                    numbers = "、".join(str(row.number) for row, _ in event_lines)
                    raise ServiceError(f"文件“{plan.file_name}”第{numbers}行：{_message(exc)}。{_CHANGED}") from exc
            created = sum(1 for _, d in rows if d.entry_id is None)
            updated = sum(1 for _, d in rows if d.entry_id is not None and d.changes)
            if control is not None:
                control.report(len(rows), len(rows), "正在保存…")
            if rows:
                audit.record(session, actor, "entry.import", entity_type="competition_entry", changes={
                    "source": plan.file_name, "rows": len(rows), "new_entries": created, "updated_results": updated,
                    "new_events": len(writer.new_events), "new_teams": len(writer.new_teams),
                    "new_persons": writer.new_persons, "skipped_invalid": len(invalid),
                    "competition_ids": sorted({d.competition_id for _, d in rows})})
    except IntegrityError as exc:
        raise ServiceError("导入时发现数据已被其他操作改变，未导入任何数据。请重新检查后再导入。") from exc
    return ResultsImportResult(created, updated, len(invalid), writer.new_persons, len(writer.new_events),
                               len(writer.new_teams))


class _Writer:
    """Creates what the rows need, once each, inside the import's transaction."""

    def __init__(self, session: Session, actor: Actor, file_name: str) -> None:
        self.session, self.actor, self.file_name = session, actor, file_name
        self.event_ids: dict[tuple[int, str], int] = {}
        self.team_ids: dict[tuple[int, str], int] = {}
        self.new_events: list[int] = []
        self.new_teams: list[int] = []
        self.new_persons = 0

    def entry(self, row: PlannedRow, draft: ResultRow) -> int:
        """The entry's id: the matched one, or a new entry (with its event, team or person created first)."""
        try:
            event_id = self._event(draft)
            if draft.entry_id is not None:
                self._unchanged(draft)
                return draft.entry_id
            if draft.kind == "person":
                assert draft.identity is not None
                person, new = register_if_new(self.session, self.actor, draft.identity)
                self.new_persons += new
                entrant = person.id
            elif draft.kind == "team":
                entrant = self._team(draft)
            else:
                assert draft.organization_id is not None
                entrant = draft.organization_id
            return add_entry_in(self.session, self.actor, event_id, draft.kind, entrant,
                                organization_id=draft.organization_id).id
        except ServiceError as exc:
            raise ServiceError(f"文件“{self.file_name}”第{row.number}行：{_message(exc)}。{_CHANGED}") from exc

    def _unchanged(self, draft: ResultRow) -> None:
        """The matched entry still stands with the result seen at the check (else the plan is stale)."""
        entry = self.session.get(Entry, draft.entry_id)
        if entry is None or entry.withdrawn:
            raise ServiceError(f"该参赛者在项目“{draft.event_name}”中的参赛记录已被撤销。")
        now = (entry.score, entry.rank, entry.award, entry.result_on)
        if draft.seen is not None and now != draft.seen:
            raise ServiceError(f"该参赛者在项目“{draft.event_name}”中的成绩已改为（{describe_result(*now)}），"
                               f"检查时是（{describe_result(*draft.seen)}）。")

    def _event(self, draft: ResultRow) -> int:
        if draft.event_key not in self.event_ids:
            if draft.event_id is not None:
                self.event_ids[draft.event_key] = draft.event_id
            else:
                competition = get_competition_row(self.session, draft.competition_id)
                event = add_event_in(self.session, self.actor, competition, EventDraft(draft.event_name, draft.kind))
                self.event_ids[draft.event_key] = event.id
                self.new_events.append(event.id)
        return self.event_ids[draft.event_key]

    def _team(self, draft: ResultRow) -> int:
        if draft.team_id is not None:
            return draft.team_id
        key = (draft.competition_id, name_key(draft.team_name))
        if key not in self.team_ids:
            team = create_team_in(self.session, self.actor, draft.competition_id, draft.team_name,
                                  organization_id=draft.organization_id)
            self.team_ids[key] = team.id
            self.new_teams.append(team.id)
        return self.team_ids[key]

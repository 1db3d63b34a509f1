"""参赛与成绩: teams, entrants (a person, a team or an organization) and the results of an event.

An entrant appears once per event (withdrawn entries aside); results are recorded for a whole event
at once, so the ranking rule (ties share a rank and skip the next: 1, 1, 3) is checked on the event as
it will stand; a result is dated on or after the competition's start and not in the future; the award
is one of the competition's tiers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import Database
from db.models import Competition, CompetitionEvent, Entry, Honour, Organization, Person, Team, TeamMember
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.competition_rules import ENTRANT_LABELS, name_key, parse_tiers, rank_problem
from desktop.services.competitions import WRITERS, get_competition_row, get_event_row
from desktop.services.errors import NotFound, ServiceError
from desktop.services.member_rules import FieldProblem, InvalidMember
from desktop.services.permissions import require_role
from desktop.services.person_rules import Identity, tidy
from desktop.services.persons import ensure_person


@dataclass(frozen=True)
class ResultLine:
    """One entrant's result as typed: rank None and award "" leave them unset."""

    entry_id: int
    score: str = ""
    rank: int | None = None
    award: str = ""
    result_on: date | None = None  # this line's date instead of the call's (the results import)


def _open_competition(session: Session, competition_id: int) -> Competition:
    competition = get_competition_row(session, competition_id)
    if competition.voided:
        raise ServiceError("该竞赛已作废，不能再修改其中的内容。")
    return competition


# ------------------------------------------------------------------ teams

def create_team(db: Database, actor: Actor, competition_id: int, name: str, *, organization_id: int | None = None,
                members: list[tuple[int, str]] | None = None) -> int:
    """A team (队伍 / 班组) of the competition; ``members`` as (person id, role 队长/队员/教练)."""
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        return create_team_in(session, actor, competition_id, name, organization_id=organization_id,
                              members=members).id


def create_team_in(session: Session, actor: Actor, competition_id: int, name: str, *,
                   organization_id: int | None = None, members: list[tuple[int, str]] | None = None) -> Team:
    """``create_team`` inside the caller's transaction (the results import)."""
    name = tidy(name)
    competition = _open_competition(session, competition_id)
    problems = []
    if not name:
        problems.append(FieldProblem("name", "请填写队伍名称，例如“星河机械厂代表队”。"))
    else:
        others = session.scalars(select(Team.name).where(Team.competition_id == competition_id,
                                                         Team.voided.is_(False)))
        clash = next((n for n in others if name_key(n) == name_key(name)), None)
        if clash is not None:
            problems.append(FieldProblem("name", f"本竞赛已有名为“{clash}”的队伍。"))
    if organization_id is not None and session.get(Organization, organization_id) is None:
        problems.append(FieldProblem("organization_id", "所选单位不存在，请重新选择。"))
    if problems:
        raise InvalidMember(problems)
    team = Team(competition_id=competition.id, name=name, organization_id=organization_id)
    session.add(team)
    session.flush()
    _set_members(session, team, members or [])
    audit.record(session, actor, "team.create", entity_type="team", entity_uuid=team.uuid, changes={
        "competition": competition.uuid, "name": name, "organization_id": organization_id,
        "members": _roster(session, team.id)})
    return team


def _roster(session: Session, team_id: int) -> list[list[object]]:
    """[[person id, role], …] of a team, for the audit trail."""
    return [[p, r] for p, r in session.execute(select(TeamMember.person_id, TeamMember.role).where(
        TeamMember.team_id == team_id).order_by(TeamMember.person_id))]


def _teams_sharing_a_member(session: Session, team: Team, person_ids: set[int]) -> str:
    """The first clash of ``person_ids`` with another team entered in an event this team is entered in."""
    events = select(Entry.event_id).where(Entry.team_id == team.id, Entry.withdrawn.is_(False))
    clash = session.execute(
        select(Person.name, Team.name, CompetitionEvent.name)
        .join(TeamMember, TeamMember.person_id == Person.id).join(Team, Team.id == TeamMember.team_id)
        .join(Entry, Entry.team_id == Team.id).join(CompetitionEvent, CompetitionEvent.id == Entry.event_id)
        .where(Person.id.in_(person_ids), Team.id != team.id, Team.voided.is_(False), Entry.withdrawn.is_(False),
               Entry.event_id.in_(events))).first()
    if clash is None:
        return ""
    return f"{clash[0]}已是“{clash[1]}”的队员，该队也参加了项目“{clash[2]}”，同一项目中一人不能代表两支队伍。"


def _set_members(session: Session, team: Team, members: list[tuple[int, str]]) -> None:
    clash = _teams_sharing_a_member(session, team, set(dict(members)))
    if clash:
        raise InvalidMember([FieldProblem("members", clash)])
    for row in session.scalars(select(TeamMember).where(TeamMember.team_id == team.id)):
        session.delete(row)  # the membership list is replaced as a whole; the audit keeps the old list
    session.flush()
    for person_id, role in dict(members).items():
        if session.get(Person, person_id) is None:
            raise InvalidMember([FieldProblem("members", "队员中有人员不存在，请重新选择。")])
        session.add(TeamMember(team_id=team.id, person_id=person_id, role=tidy(role) or "队员"))


def set_team_members(db: Database, actor: Actor, team_id: int, members: list[tuple[int, str]]) -> None:
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        team = session.get(Team, team_id)
        if team is None or team.voided:
            raise NotFound("找不到该队伍，请刷新后重试。")
        _open_competition(session, team.competition_id)
        before = _roster(session, team_id)
        _set_members(session, team, members)
        session.flush()
        after = _roster(session, team_id)
        if before != after:
            audit.record(session, actor, "team.members", entity_type="team", entity_uuid=team.uuid,
                         changes={"members": [before, after]})


# ------------------------------------------------------------------ entries

def _entrant_problem(session: Session, event: CompetitionEvent, kind: str, entrant_id: int) -> str:
    if kind != event.entrant_kind:
        return (f"项目“{event.name}”的参赛者应为{ENTRANT_LABELS[event.entrant_kind]}，"
                f"不能登记{ENTRANT_LABELS.get(kind, kind)}。")
    model = {"person": Person, "team": Team, "organization": Organization}[kind]
    found = session.get(model, entrant_id)
    if found is None:
        return "所选参赛者不存在，请重新选择。"
    if kind == "team" and (found.competition_id != event.competition_id or found.voided):
        return "只能选择本竞赛的队伍。"
    column = {"person": Entry.person_id, "team": Entry.team_id, "organization": Entry.organization_id}[kind]
    clash = session.scalar(select(Entry.id).where(Entry.event_id == event.id, Entry.entrant_kind == kind,
                                                  column == entrant_id, Entry.withdrawn.is_(False)))
    if clash is not None:
        name = found.name
        return f"“{name}”已经登记在项目“{event.name}”中，同一项目不能重复登记。"
    if kind == "team":
        members = set(session.scalars(select(TeamMember.person_id).where(TeamMember.team_id == entrant_id)))
        other = session.execute(
            select(Person.name, Team.name).join(TeamMember, TeamMember.person_id == Person.id)
            .join(Team, Team.id == TeamMember.team_id).join(Entry, Entry.team_id == Team.id)
            .where(Entry.event_id == event.id, Entry.withdrawn.is_(False), Team.id != entrant_id,
                   Person.id.in_(members))).first()
        if other is not None:
            return f"{other[0]}也是已参加本项目的“{other[1]}”的队员，同一项目中一人不能代表两支队伍。"
    return ""


def add_entry(db: Database, actor: Actor, event_id: int, kind: str, entrant_id: int = 0, *,
              recipient: Identity | None = None, organization_id: int | None = None) -> int:
    """Enter a person, team or organization in an event. ``recipient`` registers a new person first;
    ``organization_id`` is the organization a person or team represents (代表单位)."""
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        return add_entry_in(session, actor, event_id, kind, entrant_id, recipient=recipient,
                            organization_id=organization_id).id


def add_entry_in(session: Session, actor: Actor, event_id: int, kind: str, entrant_id: int = 0, *,
                 recipient: Identity | None = None, organization_id: int | None = None) -> Entry:
    """``add_entry`` inside the caller's transaction (the results import)."""
    event = get_event_row(session, event_id)
    if event.voided:
        raise ServiceError("该项目已作废。")
    _open_competition(session, event.competition_id)
    if recipient is not None:
        entrant_id = ensure_person(session, actor, recipient).id
    problem = _entrant_problem(session, event, kind, entrant_id)
    if problem:
        raise ServiceError(problem, field="entrant")
    if kind == "organization":
        organization_id = entrant_id
    elif kind == "team" and organization_id is None:
        organization_id = session.get(Team, entrant_id).organization_id  # type: ignore[union-attr]
    entry = Entry(event_id=event.id, entrant_kind=kind, organization_id=organization_id,
                  person_id=entrant_id if kind == "person" else None,
                  team_id=entrant_id if kind == "team" else None)
    session.add(entry)
    session.flush()
    audit.record(session, actor, "entry.create", entity_type="competition_entry", entity_uuid=entry.uuid,
                 changes={"event": event.uuid, "kind": kind, "entrant_id": entrant_id,
                          "organization_id": organization_id})
    return entry


def withdraw_entry(db: Database, actor: Actor, entry_id: int, reason: str) -> None:
    """退赛 or entered by mistake: the entry is kept, marked, and leaves the event's ranking."""
    reason = tidy(reason)
    if not reason:
        raise ServiceError("请填写撤销参赛的原因。", field="reason")
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        entry = session.get(Entry, entry_id)
        if entry is None or entry.withdrawn:
            raise NotFound("找不到该参赛记录，或已撤销。")
        event = get_event_row(session, entry.event_id)
        _open_competition(session, event.competition_id)
        others = [r for r in session.scalars(select(Entry.rank).where(
            Entry.event_id == event.id, Entry.withdrawn.is_(False), Entry.id != entry.id)) if r is not None]
        problem = rank_problem(others)
        if entry.rank is not None and problem:
            raise ServiceError(f"撤销后其余名次将不符合规则（{problem}）请先在成绩中调整名次。")
        honours = list(session.scalars(select(Honour.title).where(Honour.entry_id == entry.id,
                                                                  Honour.voided.is_(False))))
        if honours:
            raise ServiceError(f"该成绩已评为荣誉“{'、'.join(honours)}”，请先作废或改正该荣誉，再撤销参赛。")
        entry.withdrawn, entry.withdraw_reason = True, reason
        audit.record(session, actor, "entry.withdraw", entity_type="competition_entry", entity_uuid=entry.uuid,
                     changes={"reason": reason})


# ------------------------------------------------------------------ results

def record_results(db: Database, actor: Actor, event_id: int, lines: list[ResultLine], result_on: date, *,
                   today: date | None = None) -> int:
    """Set the results of an event's entrants at once (as typed in rank order); returns how many changed.

    The event's ranks as they will stand must follow the rule; every problem is named by entrant.
    """
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        return record_results_in(session, actor, event_id, lines, result_on, today=today)


def record_results_in(session: Session, actor: Actor, event_id: int, lines: list[ResultLine], result_on: date, *,
                      today: date | None = None) -> int:
    """``record_results`` inside the caller's transaction; a line's own ``result_on`` wins over the call's."""
    event = get_event_row(session, event_id)
    competition = _open_competition(session, event.competition_id)
    if event.voided:
        raise ServiceError("该项目已作废。")
    problems: list[FieldProblem] = []
    for day in sorted({line.result_on or result_on for line in lines} or {result_on}):
        if day < competition.starts_on:
            problems.append(FieldProblem("result_on", f"成绩日期 {day.isoformat()} 早于竞赛开始日期 "
                                                      f"{competition.starts_on.isoformat()}，成绩只能在竞赛开始之后登记。"))
        if day > (today or date.today()):
            problems.append(FieldProblem("result_on", f"成绩日期 {day.isoformat()} 晚于今天。"))
    entries = {e.id: e for e in session.scalars(select(Entry).where(Entry.event_id == event.id,
                                                                   Entry.withdrawn.is_(False)))}
    tiers = parse_tiers(competition.award_tiers)
    names = _entrant_names(session, list(entries.values()))
    for line in lines:
        entry = entries.get(line.entry_id)
        if entry is None:
            problems.append(FieldProblem("entry", f"第 {line.entry_id} 号参赛记录不在项目“{event.name}”中或已撤销。"))
            continue
        if line.rank is not None and line.rank < 1:
            problems.append(FieldProblem("rank", f"“{names[entry.id]}”的名次应为正整数。"))
        award = tidy(line.award)
        if award and award not in tiers:
            problems.append(FieldProblem("award", f"“{names[entry.id]}”的奖项“{award}”不在本竞赛的奖项设置中"
                                                  f"（{'、'.join(tiers)}）；如需新增奖项，请先修改竞赛的奖项设置。"))
    if problems:
        raise InvalidMember(problems)
    planned = {e.id: e.rank for e in entries.values()}
    planned.update({line.entry_id: line.rank for line in lines})
    problem = rank_problem([r for r in planned.values() if r is not None])
    if problem:
        raise InvalidMember([FieldProblem("rank", f"项目“{event.name}”的{problem}")])
    changed = 0
    for line in lines:
        entry = entries[line.entry_id]
        before = {"score": entry.score, "rank": entry.rank, "award": entry.award, "result_on": entry.result_on}
        after = {"score": tidy(line.score), "rank": line.rank, "award": tidy(line.award),
                 "result_on": line.result_on or result_on}
        if not (after["score"] or after["rank"] or after["award"]):
            after["result_on"] = None
        diff = audit.diff(before, after)
        if not diff:
            continue
        entry.score, entry.rank, entry.award = after["score"], after["rank"], after["award"]  # type: ignore[assignment]
        entry.result_on, entry.recorded_by = after["result_on"], actor.username  # type: ignore[assignment]
        audit.record(session, actor, "entry.result", entity_type="competition_entry", entity_uuid=entry.uuid,
                     changes=diff)
        changed += 1
    return changed


def _entrant_names(session: Session, entries: list[Entry]) -> dict[int, str]:
    persons = {e.person_id for e in entries if e.person_id}
    teams = {e.team_id for e in entries if e.team_id}
    orgs = {e.organization_id for e in entries if e.organization_id}
    person_names = dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(persons))).all()) if persons else {}
    team_names = dict(session.execute(select(Team.id, Team.name).where(Team.id.in_(teams))).all()) if teams else {}
    org_names = dict(session.execute(select(Organization.id, Organization.name).where(Organization.id.in_(orgs))).all()) \
        if orgs else {}
    names = {}
    for e in entries:
        if e.entrant_kind == "person":
            names[e.id] = person_names.get(e.person_id, "")
        elif e.entrant_kind == "team":
            names[e.id] = team_names.get(e.team_id, "")
        else:
            names[e.id] = org_names.get(e.organization_id, "")
    return names

"""竞赛查询: the competitions list, one competition's events and teams, an event's entrants and results."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from db import Database
from db.models import Competition, CompetitionEvent, Entry, Organization, Person, Team, TeamMember
from desktop.services.competition_entries import _entrant_names
from desktop.services.competition_rules import ENTRANT_LABELS, parse_tiers
from desktop.services.competitions import CompetitionDraft, _draft_of, get_competition_row
from desktop.services.errors import NotFound


@dataclass(frozen=True)
class CompetitionRow:
    id: int
    uuid: str
    draft: CompetitionDraft
    voided: bool
    events: int
    entries: int  # entrants across events, withdrawn aside
    results: int  # entries with a rank, score or award

    @property
    def name(self) -> str:
        return self.draft.name

    @property
    def tiers(self) -> tuple[str, ...]:
        return parse_tiers(self.draft.award_tiers)


@dataclass(frozen=True)
class EventRow:
    id: int
    name: str
    entrant_kind: str
    entries: int
    results: int
    note: str

    @property
    def kind_label(self) -> str:
        return ENTRANT_LABELS.get(self.entrant_kind, self.entrant_kind)


@dataclass(frozen=True)
class EntryRow:
    id: int
    event_id: int
    entrant_kind: str
    entrant_id: int  # the person, team or organization id
    name: str  # the entrant's name
    id_number: str  # a person's ID number ("" for teams and organizations)
    organization_id: int | None
    organization_name: str  # the organization entered or represented
    score: str
    rank: int | None
    award: str
    result_on: date | None


@dataclass(frozen=True)
class TeamRow:
    id: int
    name: str
    organization_id: int | None
    organization_name: str
    members: tuple[tuple[int, str, str], ...]  # (person id, name, role)


def list_competitions(db: Database, *, year: int | None = None, include_voided: bool = False) -> list[CompetitionRow]:
    """Competitions newest first, with how many events, entrants and results each holds."""
    with db.read_session() as session:
        query = select(Competition).order_by(Competition.starts_on.desc(), Competition.id.desc())
        if not include_voided:
            query = query.where(Competition.voided.is_(False))
        if year is not None:
            query = query.where(Competition.starts_on >= date(year, 1, 1), Competition.starts_on <= date(year, 12, 31))
        events = dict(session.execute(select(CompetitionEvent.competition_id, func.count()).where(
            CompetitionEvent.voided.is_(False)).group_by(CompetitionEvent.competition_id)).all())
        has_result = (Entry.rank.is_not(None)) | (Entry.score != "") | (Entry.award != "")
        counts = {cid: (n, r) for cid, n, r in session.execute(
            select(CompetitionEvent.competition_id, func.count(), func.sum(func.iif(has_result, 1, 0)))
            .join(Entry, Entry.event_id == CompetitionEvent.id)
            .where(CompetitionEvent.voided.is_(False), Entry.withdrawn.is_(False))
            .group_by(CompetitionEvent.competition_id))}
        return [CompetitionRow(c.id, c.uuid, _draft_of(c), c.voided, events.get(c.id, 0),
                               *counts.get(c.id, (0, 0))) for c in session.scalars(query)]


def get_competition(db: Database, competition_id: int) -> CompetitionRow:
    with db.read_session() as session:
        get_competition_row(session, competition_id)
    for row in list_competitions(db, include_voided=True):
        if row.id == competition_id:
            return row
    raise NotFound("找不到该竞赛。")


def events_of(db: Database, competition_id: int) -> list[EventRow]:
    with db.read_session() as session:
        has_result = (Entry.rank.is_not(None)) | (Entry.score != "") | (Entry.award != "")
        counts = {eid: (n, r) for eid, n, r in session.execute(
            select(Entry.event_id, func.count(), func.sum(func.iif(has_result, 1, 0)))
            .where(Entry.withdrawn.is_(False)).group_by(Entry.event_id))}
        events = session.scalars(select(CompetitionEvent).where(
            CompetitionEvent.competition_id == competition_id, CompetitionEvent.voided.is_(False))
            .order_by(CompetitionEvent.position, CompetitionEvent.id))
        return [EventRow(e.id, e.name, e.entrant_kind, *counts.get(e.id, (0, 0)), e.note) for e in events]


def entries_of(db: Database, event_id: int) -> list[EntryRow]:
    """The event's entrants: ranked ones by rank, then the others in the order they were entered."""
    with db.read_session() as session:
        entries = list(session.scalars(select(Entry).where(Entry.event_id == event_id, Entry.withdrawn.is_(False))
                                       .order_by(Entry.id)))
        names = _entrant_names(session, entries)
        ids = dict(session.execute(select(Person.id, Person.id_number).where(
            Person.id.in_([e.person_id for e in entries if e.person_id]))).all()) if entries else {}
        orgs = dict(session.execute(select(Organization.id, Organization.name).where(
            Organization.id.in_([e.organization_id for e in entries if e.organization_id]))).all()) if entries else {}
    rows = [EntryRow(e.id, e.event_id, e.entrant_kind, e.person_id or e.team_id or e.organization_id or 0,
                     names.get(e.id, ""), ids.get(e.person_id, "") if e.person_id else "", e.organization_id,
                     orgs.get(e.organization_id, "") if e.organization_id else "", e.score, e.rank, e.award,
                     e.result_on) for e in entries]
    rows.sort(key=lambda r: (r.rank is None, r.rank or 0))
    return rows


def teams_of(db: Database, competition_id: int) -> list[TeamRow]:
    with db.read_session() as session:
        teams = list(session.execute(select(Team, Organization.name).outerjoin(
            Organization, Organization.id == Team.organization_id).where(
            Team.competition_id == competition_id, Team.voided.is_(False)).order_by(Team.id)))
        members: dict[int, list[tuple[int, str, str]]] = {}
        for team_id, person_id, name, role in session.execute(
                select(TeamMember.team_id, Person.id, Person.name, TeamMember.role)
                .join(Person, Person.id == TeamMember.person_id)
                .where(TeamMember.team_id.in_([t.id for t, _ in teams])).order_by(TeamMember.id)):
            members.setdefault(team_id, []).append((person_id, name, role))
        return [TeamRow(t.id, t.name, t.organization_id, org or "", tuple(members.get(t.id, ()))) for t, org in teams]

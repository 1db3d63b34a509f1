"""光荣榜 and a person's competition record: honours with the results that won something.

Split from ``honours`` (which records honours): this module only reads, with the same rule
``honour_stands`` for what counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from db import Database
from db.models import (
    Competition,
    CompetitionEvent,
    Entry,
    Honour,
    Member,
    Organization,
    Person,
    Team,
    TeamMember,
)
from desktop.domain.masking import mask_id_number
from desktop.services.errors import ServiceError
from desktop.services.honour_rules import RECIPIENT_KINDS
from desktop.services.honours import HonourRow, honour_rows, honour_stands, in_year
from desktop.services.member_search import matching_persons
from desktop.services.person_rules import tidy


@dataclass(frozen=True)
class RollHonour:
    id: int
    title: str
    level: str
    awarded_on: date
    granting_body: str
    document_number: str
    entry_id: int | None = None  # the result it was granted for, if any


@dataclass(frozen=True)
class RollAward:
    """A result that won something: an award, or a rank of 3 or better (or, in a record, any entry)."""

    entry_id: int
    competition_id: int
    competition: str
    level: str
    on: date  # the result's date, else the competition's start
    event: str
    team: str  # the team's name when the person took part as a team member
    score: str
    rank: int | None
    award: str


@dataclass(frozen=True)
class RollRow:
    kind: str  # person / team / organization
    recipient_id: int
    name: str
    detail: str  # person: masked ID and organization; team: competition and members; organization: ""
    honours: tuple[RollHonour, ...]
    awards: tuple[RollAward, ...]

    @property
    def count(self) -> int:
        """Distinct achievements, by which the roll is ordered: each honour, plus each winning result no honour
        on this row was granted for — a result and the honour for it count once (two honours for one result
        count twice)."""
        honoured = {h.entry_id for h in self.honours if h.entry_id is not None}
        return len(self.honours) + len({a.entry_id for a in self.awards} - honoured)


@dataclass(frozen=True)
class PersonRecord:
    entries: list[RollAward]  # every entry, directly or through a team, newest first
    honours: list[HonourRow]  # the person's honours, then those of their teams


def _entries(kind: str, *, won: bool, year: int | None = None, level: str = "") -> Select:  # type: ignore[type-arg]
    """(recipient id, entry, event name, competition, team name) for entries of ``kind``; kind ``member``:
    team entries, once for each member of the team (the recipient is then the member's person id)."""
    on = Entry.result_on
    recipient = {"person": Entry.person_id, "team": Entry.team_id, "organization": Entry.organization_id,
                 "member": TeamMember.person_id}[kind]
    stmt = (select(recipient, Entry, CompetitionEvent.name, Competition, Team.name)
            .join(CompetitionEvent, CompetitionEvent.id == Entry.event_id)
            .join(Competition, Competition.id == CompetitionEvent.competition_id)
            .outerjoin(Team, Team.id == Entry.team_id)
            .where(Entry.withdrawn.is_(False), CompetitionEvent.voided.is_(False), Competition.voided.is_(False),
                   Entry.entrant_kind == ("team" if kind == "member" else kind), Team.voided.is_not(True)))
    if kind == "member":
        stmt = stmt.join(TeamMember, TeamMember.team_id == Entry.team_id)
    if won:
        stmt = stmt.where((Entry.award != "") | (Entry.rank <= 3))
    if year is not None:
        stmt = stmt.where(in_year(on, year) | (on.is_(None) & in_year(Competition.starts_on, year)))
    if level:
        stmt = stmt.where(Competition.level == level)
    return stmt


def _award(entry: Entry, event: str, competition: Competition, team: str | None, *, via_team: bool) -> RollAward:
    return RollAward(entry.id, competition.id, competition.name, competition.level,
                     entry.result_on or competition.starts_on, event, (team or "") if via_team else "",
                     entry.score, entry.rank, entry.award)


def _award_order(a: RollAward) -> tuple[object, ...]:
    return (-a.on.toordinal(), a.competition, a.event, a.rank or 0)


def _names(session: Session, kind: str, ids: set[int]) -> dict[int, tuple[str, str]]:
    """(name, detail) of each recipient."""
    if not ids:
        return {}
    if kind == "person":
        orgs = dict(session.execute(select(Member.person_id, Organization.name).join(
            Organization, Organization.id == Member.organization_id).where(
            Member.person_id.in_(ids), Member.status != "voided").order_by(Member.id)).all())  # the latest wins
        return {pid: (name, "  ".join(x for x in (mask_id_number(number), orgs.get(pid, "")) if x))
                for pid, name, number in session.execute(
                    select(Person.id, Person.name, Person.id_number).where(Person.id.in_(ids)))}
    if kind == "team":
        members: dict[int, list[str]] = {}
        for team_id, name in session.execute(select(TeamMember.team_id, Person.name).join(
                Person, Person.id == TeamMember.person_id).where(TeamMember.team_id.in_(ids)).order_by(TeamMember.id)):
            members.setdefault(team_id, []).append(name)
        return {tid: (name, "  ".join(x for x in (comp, "、".join(members.get(tid, []))) if x))
                for tid, name, comp in session.execute(select(Team.id, Team.name, Competition.name).join(
                    Competition, Competition.id == Team.competition_id).where(Team.id.in_(ids)))}
    return {oid: (name, "") for oid, name in session.execute(
        select(Organization.id, Organization.name).where(Organization.id.in_(ids)))}


def honour_roll(db: Database, *, by: str, year: int | None = None, level: str = "", text: str = "") -> list[RollRow]:
    """光荣榜: one row per person, team or organization with its honours and the results that won an award
    or a rank of 3 or better — a person's team results included — highest ``RollRow.count`` first.

    Voided honours are left out, and so are honours whose competition, entry's event or team was voided
    after they were granted (that competition's results are left out too)."""
    if by not in RECIPIENT_KINDS:
        raise ServiceError("光荣榜只能按个人、团体或单位列出。")
    honour_column = {"person": Honour.person_id, "team": Honour.team_id, "organization": Honour.organization_id}[by]
    honours_q = select(honour_column, Honour).where(Honour.voided.is_(False), Honour.recipient_kind == by,
                                                    honour_stands())
    if year is not None:
        honours_q = honours_q.where(in_year(Honour.awarded_on, year))
    if level:
        honours_q = honours_q.where(Honour.level == level)
    queries = [(_entries(by, won=True, year=year, level=level), False)]
    if by == "person":
        queries.append((_entries("member", won=True, year=year, level=level), True))
    text = tidy(text)
    if text:
        if by == "person":
            wanted = matching_persons(text)
            honours_q = honours_q.where(honour_column.in_(wanted))  # type: ignore[arg-type]
            queries = [(q.where(q.selected_columns[0].in_(wanted)), v) for q, v in queries]  # type: ignore[arg-type]
        else:
            model = Team if by == "team" else Organization
            wanted = select(model.id).where(model.name.contains(text, autoescape=True))
            honours_q = honours_q.where(honour_column.in_(wanted))
            queries = [(q.where(q.selected_columns[0].in_(wanted)), v) for q, v in queries]
    honours: dict[int, list[RollHonour]] = {}
    awards: dict[int, list[RollAward]] = {}
    with db.read_session() as session:
        for rid, h in session.execute(honours_q):
            honours.setdefault(rid, []).append(RollHonour(h.id, h.title, h.level, h.awarded_on, h.granting_body,
                                                          h.document_number, h.entry_id))
        for query, via_team in queries:
            for rid, entry, event, competition, team in session.execute(query):
                awards.setdefault(rid, []).append(_award(entry, event, competition, team, via_team=via_team))
        names = _names(session, by, set(honours) | set(awards))
    rows = [RollRow(by, rid, *names.get(rid, ("", "")),
                    tuple(sorted(honours.get(rid, []), key=lambda h: (-h.awarded_on.toordinal(), h.title))),
                    tuple(sorted(awards.get(rid, []), key=_award_order)))
            for rid in set(honours) | set(awards)]
    rows.sort(key=lambda r: (-r.count, r.name, r.recipient_id))
    return rows


def person_record(db: Database, person_id: int) -> PersonRecord:
    """A person's competitions — entered directly or as a team member — and honours, theirs and their teams',
    leaving out what was voided (as on the roll)."""
    with db.read_session() as session:
        entries = [_award(entry, event, comp, team, via_team=via) for query, via in (
            (_entries("person", won=False).where(Entry.person_id == person_id), False),
            (_entries("member", won=False).where(TeamMember.person_id == person_id), True))
            for _rid, entry, event, comp, team in session.execute(query)]
        teams = select(TeamMember.team_id).where(TeamMember.person_id == person_id)
        standing = (Honour.voided.is_(False), honour_stands())
        honours = honour_rows(session, select(Honour).where(*standing, Honour.recipient_kind == "person",
                                                            Honour.person_id == person_id))
        honours += honour_rows(session, select(Honour).where(*standing, Honour.recipient_kind == "team",
                                                             Honour.team_id.in_(teams)))
    entries.sort(key=_award_order)
    return PersonRecord(entries, honours)


def recipient_entries(db: Database, kind: str, recipient_id: int, competition_id: int | None = None) -> list[RollAward]:
    """The entries an honour for this recipient may follow from (the recipient entered them itself)."""
    if kind not in RECIPIENT_KINDS:
        return []
    column = {"person": Entry.person_id, "team": Entry.team_id, "organization": Entry.organization_id}[kind]
    query = _entries(kind, won=False).where(column == recipient_id)
    if competition_id is not None:
        query = query.where(Competition.id == competition_id)
    with db.read_session() as session:
        rows = [_award(entry, event, comp, team, via_team=False) for _r, entry, event, comp, team in session.execute(query)]
    return sorted(rows, key=_award_order)

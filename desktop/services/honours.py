"""荣誉: honours for a person, a team (队伍 / 班组) or an organization — created, corrected and voided, audited.

An honour may follow from a competition (and one entry's result in it); the checks are in
``honour_rules``. Also here: the honour roll (光荣榜), which sets honours beside the results that won
something, and a person's record of competitions and honours.

An honour whose source was voided after it was granted — its competition, the event of its entry, or (for a
team's honour) the team or the team's competition — goes with that source: it is left out of the list, the
roll and a person's record like the results it stood beside, and shown only when voided honours are asked for
(``HonourRow.competition_voided``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date

from sqlalchemy import ColumnElement, Select, or_, select
from sqlalchemy.orm import Session, aliased

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
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.errors import NotFound, ServiceError
from desktop.services.honour_rules import RECIPIENT_KINDS, RECIPIENT_LABELS, HonourDraft, check_honour
from desktop.services.member_search import matching_persons
from desktop.services.permissions import require_role
from desktop.services.person_rules import Identity, tidy
from desktop.services.persons import ensure_person

WRITERS = ("admin", "clerk", "approver")


@dataclass(frozen=True)
class HonourRow:
    id: int
    uuid: str
    draft: HonourDraft
    recipient_name: str  # the person's, team's or organization's name
    recipient_detail: str  # a person's masked ID; a team's competition; "" for an organization
    competition_name: str
    voided: bool
    void_reason: str
    competition_voided: bool = False  # its competition, its entry's event or its team was voided afterwards

    @property
    def title(self) -> str:
        return self.draft.title

    @property
    def kind_label(self) -> str:
        return RECIPIENT_LABELS.get(self.draft.recipient_kind, self.draft.recipient_kind)


@dataclass(frozen=True)
class TeamChoice:
    id: int
    name: str
    competition_id: int
    competition_name: str
    organization_name: str


# ------------------------------------------------------------------ changes

def _draft_of(h: Honour) -> HonourDraft:
    return HonourDraft(h.title, h.level, h.awarded_on, h.recipient_kind, h.person_id, h.team_id, h.organization_id,
                       h.granting_body, h.document_number, h.competition_id, h.entry_id, h.note)


def _get(session: Session, honour_id: int) -> Honour:
    honour = session.get(Honour, honour_id)
    if honour is None:
        raise NotFound("找不到该荣誉记录，可能已被其他操作更改，请刷新后重试。")
    return honour


def _with_recipient(session: Session, actor: Actor, draft: HonourDraft, recipient: Identity | None) -> HonourDraft:
    """A person typed in (not yet in the ledger) is registered first, as a non-member."""
    if recipient is None or draft.recipient_kind != "person":
        return draft
    return replace(draft, person_id=ensure_person(session, actor, recipient).id)


def create_honour(db: Database, actor: Actor, draft: HonourDraft, *, recipient: Identity | None = None,
                  today: date | None = None) -> int:
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        draft = check_honour(session, _with_recipient(session, actor, draft, recipient), today)
        honour = Honour(**asdict(draft), created_by=actor.username)
        session.add(honour)
        session.flush()
        audit.record(session, actor, "honour.create", entity_type="honour", entity_uuid=honour.uuid,
                     changes=asdict(draft))
        return honour.id


def update_honour(db: Database, actor: Actor, honour_id: int, draft: HonourDraft, *,
                  recipient: Identity | None = None, today: date | None = None) -> None:
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        honour = _get(session, honour_id)
        if honour.voided:
            raise ServiceError("该荣誉记录已作废，不能修改。")
        draft = check_honour(session, _with_recipient(session, actor, draft, recipient), today)
        before = asdict(_draft_of(honour))
        for key, value in asdict(draft).items():
            setattr(honour, key, value)
        changes = audit.diff(before, asdict(draft))
        if changes:
            audit.record(session, actor, "honour.update", entity_type="honour", entity_uuid=honour.uuid,
                         changes=changes)


def void_honour(db: Database, actor: Actor, honour_id: int, reason: str) -> None:
    """作废 an honour recorded by mistake: kept with its reason, left out of lists and the roll."""
    reason = tidy(reason)
    if not reason:
        raise ServiceError("作废荣誉记录需要填写原因。", field="reason")
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        honour = _get(session, honour_id)
        if honour.voided:
            raise ServiceError("该荣誉记录已作废。")
        honour.voided, honour.void_reason = True, reason
        audit.record(session, actor, "honour.void", entity_type="honour", entity_uuid=honour.uuid,
                     changes={"reason": reason})


# ------------------------------------------------------------------ queries

def honour_stands() -> ColumnElement[bool]:
    """Honour rows whose source still stands: no voided competition, event of the entry, team or team's
    competition behind them (the honour's own ``voided`` flag is checked separately)."""
    gone_competitions = select(Competition.id).where(Competition.voided.is_(True))
    gone_events = select(CompetitionEvent.id).where(CompetitionEvent.voided.is_(True)
                                                    | CompetitionEvent.competition_id.in_(gone_competitions))
    gone_entries = select(Entry.id).where(Entry.event_id.in_(gone_events))
    gone_teams = select(Team.id).where(Team.voided.is_(True) | Team.competition_id.in_(gone_competitions))
    return (or_(Honour.competition_id.is_(None), Honour.competition_id.not_in(gone_competitions))
            & or_(Honour.entry_id.is_(None), Honour.entry_id.not_in(gone_entries))
            & or_(Honour.team_id.is_(None), Honour.team_id.not_in(gone_teams)))


def in_year(column, year: int):  # type: ignore[no-untyped-def]
    return (column >= date(year, 1, 1)) & (column <= date(year, 12, 31))


def honour_rows(session: Session, query: Select) -> list[HonourRow]:  # type: ignore[type-arg]
    """Rows for the honours ``query`` selects (a select of Honour, filtered and ordered by the caller)."""
    team_competition = aliased(Competition)
    honours = query.subquery()
    h = aliased(Honour, honours)
    stmt = (select(h, Person.name, Person.id_number, Team.name, team_competition.name, Organization.name,
                   Competition.name)
            .outerjoin(Person, Person.id == h.person_id)
            .outerjoin(Team, Team.id == h.team_id)
            .outerjoin(team_competition, team_competition.id == Team.competition_id)
            .outerjoin(Organization, Organization.id == h.organization_id)
            .outerjoin(Competition, Competition.id == h.competition_id)
            .order_by(h.awarded_on.desc(), h.id.desc()))
    standing = set(session.scalars(select(Honour.id).where(Honour.id.in_(select(honours.c.id)), honour_stands())))
    rows = []
    for honour, person, id_number, team, team_comp, org, comp in session.execute(stmt):
        kind = honour.recipient_kind
        name = {"person": person, "team": team, "organization": org}.get(kind) or ""
        detail = mask_id_number(id_number) if kind == "person" and id_number else (team_comp or "") if kind == "team" \
            else ""
        rows.append(HonourRow(honour.id, honour.uuid, _draft_of(honour), name, detail, comp or "", honour.voided,
                              honour.void_reason, honour.id not in standing))
    return rows


def list_honours(db: Database, *, year: int | None = None, competition_id: int | None = None,
                 include_voided: bool = False, level: str = "", recipient_kind: str = "") -> list[HonourRow]:
    """Honours newest first — without voided ones, nor those whose competition, event or team was voided
    (as on the roll), unless ``include_voided``."""
    query = select(Honour)
    if not include_voided:
        query = query.where(Honour.voided.is_(False), honour_stands())
    if year is not None:
        query = query.where(in_year(Honour.awarded_on, year))
    if competition_id is not None:
        query = query.where(Honour.competition_id == competition_id)
    if level:
        query = query.where(Honour.level == level)
    if recipient_kind:
        query = query.where(Honour.recipient_kind == recipient_kind)
    with db.read_session() as session:
        return honour_rows(session, query)


def get_honour(db: Database, honour_id: int) -> HonourRow:
    with db.read_session() as session:
        rows = honour_rows(session, select(Honour).where(Honour.id == honour_id))
    if not rows:
        raise NotFound("找不到该荣誉记录。")
    return rows[0]


def find_teams(db: Database, text: str = "", *, limit: int = 50) -> list[TeamChoice]:
    """Teams of competitions not voided whose name contains ``text``, newest competition first."""
    stmt = (select(Team.id, Team.name, Competition.id, Competition.name, Organization.name)
            .join(Competition, Competition.id == Team.competition_id)
            .outerjoin(Organization, Organization.id == Team.organization_id)
            .where(Team.voided.is_(False), Competition.voided.is_(False))
            .order_by(Competition.starts_on.desc(), Team.id).limit(limit))
    text = tidy(text)
    if text:
        stmt = stmt.where(Team.name.contains(text, autoescape=True) | Organization.name.contains(text, autoescape=True))
    with db.read_session() as session:
        return [TeamChoice(tid, name, cid, cname, org or "") for tid, name, cid, cname, org in session.execute(stmt)]


# ------------------------------------------------------------------ the honour roll and a person's record

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

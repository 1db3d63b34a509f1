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
    Organization,
    Person,
    Team,
)
from desktop.domain.masking import mask_id_number
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.errors import NotFound, ServiceError
from desktop.services.honour_rules import RECIPIENT_LABELS, HonourDraft, check_honour
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

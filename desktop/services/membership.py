"""会员与会籍: enroll, edit, transfer, withdraw, record a death, void — each audited.

A member's status is derived from their events (see ``derive_status``) and cached on the row
for search and counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import Database
from db.models import Member, MembershipEvent, Organization, Person
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.errors import NotFound, ServiceError
from desktop.services.member_rules import (
    MEMBER_FIELDS,
    PERSON_FIELDS,
    CheckContext,
    FieldProblem,
    InvalidMember,
    MemberDraft,
    check_member,
)
from desktop.services.permissions import require_role
from desktop.services.person_index import index_person, set_search_keys
from desktop.services.vocabulary import terms_in

WRITERS = ("admin", "clerk", "approver")

STATUS_LABELS = {"active": "在会", "transferred_out": "转出", "withdrawn": "退会", "deceased": "去世", "voided": "作废"}
EVENT_LABELS = {
    "join": "入会", "transfer_in": "转入", "transfer": "内部转移", "transfer_out": "转出", "withdraw": "退会",
    "auto_withdraw": "自动退会", "death": "去世", "void": "作废",
}
_ENDS = {"transfer_out": "transferred_out", "withdraw": "withdrawn", "auto_withdraw": "withdrawn",
         "death": "deceased", "void": "voided"}


@dataclass(frozen=True)
class EventInfo:
    id: int
    kind: str
    event_date: date
    from_organization: str
    to_organization: str
    other_union: str
    reason: str
    recorded_by: str

    @property
    def label(self) -> str:
        return EVENT_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True)
class MemberDetail:
    id: int
    uuid: str
    person_id: int
    draft: MemberDraft  # the current values, ready for an edit form
    organization_name: str
    status: str
    status_date: date | None
    events: tuple[EventInfo, ...]

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


def derive_status(events: Sequence[MembershipEvent]) -> tuple[str, date | None, int | None]:
    """(status, since, current organization id) from the events in date order."""
    status, since, org = "active", None, None
    for event in sorted(events, key=lambda e: (e.event_date, e.id or 0)):
        if event.kind in ("join", "transfer_in", "transfer"):
            status, since, org = "active", event.event_date, event.to_organization_id or org
        elif event.kind in _ENDS:
            status, since = _ENDS[event.kind], event.event_date
    return status, since, org


def context_for(session: Session, today: date | None = None) -> CheckContext:
    from desktop.services.member_rules import VOCABULARY_FIELDS

    orgs = dict(session.execute(select(Organization.id, Organization.name).where(Organization.voided.is_(False))).all())
    vocab = {kind: terms_in(session, kind) for kind in set(VOCABULARY_FIELDS.values())}
    return CheckContext(vocab, orgs, today or date.today())


def _snapshot(person: Person, member: Member) -> dict[str, object]:
    data: dict[str, object] = {name: getattr(person, name) for name in PERSON_FIELDS}
    data.update({name: getattr(member, name) for name in MEMBER_FIELDS})
    data["status"] = member.status
    return data


def person_by_id_number(session: Session, id_type: str, id_number: str) -> Person | None:
    return session.scalar(select(Person).where(Person.id_type == id_type, Person.id_number == id_number))


def active_membership(session: Session, person_id: int) -> Member | None:
    return session.scalar(select(Member).where(Member.person_id == person_id, Member.status == "active"))


def card_holder(session: Session, card: str, exclude_member_id: int | None = None) -> Member | None:
    query = select(Member).where(Member.card_number == card, Member.status != "voided")
    if exclude_member_id is not None:
        query = query.where(Member.id != exclude_member_id)
    return session.scalar(query.limit(1))


def _database_problems(session: Session, draft: MemberDraft, member_id: int | None = None) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    person = person_by_id_number(session, draft.id_type, draft.id_number)
    if person is not None and member_id is None:
        current = active_membership(session, person.id)
        if current is not None:
            org = session.get(Organization, current.organization_id)
            problems.append(FieldProblem(
                "id_number", f"{person.name}（{draft.id_number[-4:]}）已是“{org.name if org else ''}”的在会会员，"
                             "不能重复入会；如已换了单位，请在会员页办理会籍转移。"))
    elif person is not None and member_id is not None:
        member = session.get(Member, member_id)
        if member is not None and member.person_id != person.id:
            problems.append(FieldProblem("id_number", f"证件号码已属于另一人员“{person.name}”，请核对。"))
    if draft.card_number:
        holder = card_holder(session, draft.card_number, member_id)
        if holder is not None:
            other = session.get(Person, holder.person_id)
            problems.append(FieldProblem("card_number", f"会员卡号 {draft.card_number} 已被“{other.name if other else ''}”使用。"))
    return problems


def enroll_in(session: Session, actor: Actor, draft: MemberDraft, *, update_person: bool = True) -> Member:
    """入会 or 转入 inside the caller's transaction; ``draft`` must already be checked."""
    person = person_by_id_number(session, draft.id_type, draft.id_number)
    if person is None:
        person = Person(**{name: getattr(draft, name) for name in PERSON_FIELDS})
        set_search_keys(person)
        session.add(person)
        session.flush()
        index_person(session, person, new=True)
        audit.record(session, actor, "person.create", entity_type="person", entity_uuid=person.uuid,
                     changes=audit.diff({}, {n: getattr(person, n) for n in PERSON_FIELDS}))
    elif update_person:
        _update_person(session, actor, person, draft)
    member = Member(person_id=person.id, status="active", status_date=draft.join_date,
                    **{name: getattr(draft, name) for name in MEMBER_FIELDS})
    member.card_number = draft.card_number or None
    session.add(member)
    session.flush()
    session.add(MembershipEvent(member_id=member.id, kind=draft.entry_kind, event_date=draft.join_date,
                                to_organization_id=draft.organization_id, other_union=draft.other_union,
                                recorded_by=actor.username))
    audit.record(session, actor, f"member.{draft.entry_kind}", entity_type="member", entity_uuid=member.uuid,
                 changes=audit.diff({}, _snapshot(person, member)))
    return member


def _update_person(session: Session, actor: Actor, person: Person, draft: MemberDraft) -> None:
    before = {n: getattr(person, n) for n in PERSON_FIELDS}
    renamed = person.name != draft.name
    for name in PERSON_FIELDS:
        setattr(person, name, getattr(draft, name))
    changes = audit.diff(before, {n: getattr(person, n) for n in PERSON_FIELDS})
    if changes:
        if renamed:
            index_person(session, person, new=False)
        audit.record(session, actor, "person.update", entity_type="person", entity_uuid=person.uuid, changes=changes)


def _checked(session: Session, draft: MemberDraft, member_id: int | None = None) -> MemberDraft:
    checked, problems = check_member(draft, context_for(session))
    if checked is not None:
        problems = _database_problems(session, checked.draft, member_id)
    if problems:
        raise InvalidMember(problems)
    assert checked is not None
    return checked.draft


def enroll_member(db: Database, actor: Actor, draft: MemberDraft) -> MemberDetail:
    """Enroll one member (reusing the person when the ID is known); InvalidMember lists every problem."""
    actor.require(*WRITERS)
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        member = enroll_in(session, actor, _checked(session, draft))
        return _detail(session, member)


def validate_member(db: Database, draft: MemberDraft, member_id: int | None = None) -> list[FieldProblem]:
    """The problems the entry form shows inline, without saving anything."""
    with db.read_session() as session:
        checked, problems = check_member(draft, context_for(session))
        if checked is not None:
            problems = _database_problems(session, checked.draft, member_id)
        return problems


def update_member(db: Database, actor: Actor, member_id: int, draft: MemberDraft) -> MemberDetail:
    """Correct a member's personal and membership fields; the status moves only through events."""
    actor.require(*WRITERS)
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        member = _get(session, member_id)
        if member.status == "voided":
            raise ServiceError("该会员记录已作废，不能修改。")
        person = session.get(Person, member.person_id)
        assert person is not None
        current_org = member.organization_id
        draft = _checked(session, replace(draft, organization_id=current_org, entry_kind="join"), member_id)
        before = _snapshot(person, member)
        renamed = person.name != draft.name or person.id_number != draft.id_number
        for name in PERSON_FIELDS:
            setattr(person, name, getattr(draft, name))
        for name in MEMBER_FIELDS:
            setattr(member, name, getattr(draft, name))
        member.card_number = draft.card_number or None
        first = session.scalar(select(MembershipEvent).where(MembershipEvent.member_id == member.id)
                               .order_by(MembershipEvent.event_date, MembershipEvent.id).limit(1))
        if first is not None and first.kind in ("join", "transfer_in") and first.event_date != draft.join_date:
            first.event_date = draft.join_date
        if renamed:
            index_person(session, person, new=False)
        changes = audit.diff(before, _snapshot(person, member))
        if changes:
            audit.record(session, actor, "member.update", entity_type="member", entity_uuid=member.uuid,
                         changes=changes)
        _refresh_status(session, member)
        return _detail(session, member)


def _get(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise NotFound("找不到该会员，请刷新后重试。")
    return member


def _events(session: Session, member_id: int) -> list[MembershipEvent]:
    return list(session.scalars(select(MembershipEvent).where(MembershipEvent.member_id == member_id)
                                .order_by(MembershipEvent.event_date, MembershipEvent.id)))


def _refresh_status(session: Session, member: Member) -> None:
    session.flush()
    status, since, org = derive_status(_events(session, member.id))
    member.status, member.status_date = status, since
    if org is not None:
        member.organization_id = org


def _detail(session: Session, member: Member) -> MemberDetail:
    person = session.get(Person, member.person_id)
    assert person is not None
    names = dict(session.execute(select(Organization.id, Organization.name)).all())
    draft_values = {name: getattr(person, name) for name in PERSON_FIELDS}
    draft_values.update({name: getattr(member, name) for name in MEMBER_FIELDS})
    draft_values["card_number"] = member.card_number or ""
    events = tuple(
        EventInfo(e.id, e.kind, e.event_date, names.get(e.from_organization_id or 0, ""),
                  names.get(e.to_organization_id or 0, ""), e.other_union, e.reason, e.recorded_by)
        for e in _events(session, member.id)
    )
    return MemberDetail(member.id, member.uuid, person.id, MemberDraft(**draft_values),  # type: ignore[arg-type]
                        names.get(member.organization_id, ""), member.status, member.status_date, events)


def get_member(db: Database, member_id: int) -> MemberDetail:
    with db.read_session() as session:
        return _detail(session, _get(session, member_id))


def memberships_of_person(db: Database, person_id: int) -> list[MemberDetail]:
    """Every membership a person has had, newest first (a person may rejoin after leaving)."""
    with db.read_session() as session:
        members = session.scalars(select(Member).where(Member.person_id == person_id).order_by(Member.id.desc()))
        return [_detail(session, m) for m in members]

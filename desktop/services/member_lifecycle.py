"""会籍变动: transfer, withdraw, death and void, with the moves that are impossible refused."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import Database
from db.models import Member, MembershipEvent, Organization, Person
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.errors import ServiceError
from desktop.services.membership import (
    STATUS_LABELS,
    WRITERS,
    MemberDetail,
    _detail,
    _events,
    _get,
    _refresh_status,
)
from desktop.services.permissions import require_role
from desktop.services.person_rules import clean_name


def _require_active(session: Session, member: Member, what: str) -> Person:
    person = session.get(Person, member.person_id)
    assert person is not None
    if member.status != "active":
        label = STATUS_LABELS.get(member.status, member.status)
        raise ServiceError(f"{person.name}的会籍状态是“{label}”，不能{what}。只有在会会员可以{what}。")
    return person


def _check_date(session: Session, member: Member, when: date, what: str, today: date | None) -> None:
    today = today or date.today()
    if when > today:
        raise ServiceError(f"{what}日期 {when.isoformat()} 晚于今天，不能登记未来的日期。", field="event_date")
    last = max((e.event_date for e in _events(session, member.id)), default=None)
    if last is not None and when < last:
        raise ServiceError(f"{what}日期 {when.isoformat()} 早于该会员上一次会籍变动（{last.isoformat()}），请核对。",
                           field="event_date")


def _add_event(session: Session, actor: Actor, member: Member, kind: str, when: date, *, reason: str = "",
               to_org: int | None = None, other_union: str = "") -> MemberDetail:
    before = {"status": member.status, "organization_id": member.organization_id}
    session.add(MembershipEvent(member_id=member.id, kind=kind, event_date=when,
                                from_organization_id=member.organization_id, to_organization_id=to_org,
                                other_union=other_union, reason=reason, recorded_by=actor.username))
    _refresh_status(session, member)
    after = {"status": member.status, "organization_id": member.organization_id}
    changes = audit.diff(before, after)
    changes["event"] = [None, {"kind": kind, "date": when.isoformat(), "reason": reason,
                               "to_organization_id": to_org, "other_union": other_union}]
    audit.record(session, actor, f"member.{kind}", entity_type="member", entity_uuid=member.uuid, changes=changes)
    return _detail(session, member)


def transfer_member(db: Database, actor: Actor, member_id: int, when: date, *, to_organization_id: int | None = None,
                    other_union: str = "", reason: str = "", today: date | None = None) -> MemberDetail:
    """会籍转移: to another organization of this unit, or out to another union (its name recorded)."""
    actor.require(*WRITERS)
    other_union = clean_name(other_union).replace("(", "（").replace(")", "）")
    if (to_organization_id is None) == (not other_union):
        raise ServiceError("请选择转入的本单位建会单位，或填写转出去向的其他工会（二者选一）。", field="to_organization_id")
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        member = _get(session, member_id)
        person = _require_active(session, member, "办理转移")
        _check_date(session, member, when, "转移", today)
        if to_organization_id is not None:
            target = session.get(Organization, to_organization_id)
            if target is None or target.voided:
                raise ServiceError("转入单位不存在或已作废，请重新选择。", field="to_organization_id")
            if target.id == member.organization_id:
                raise ServiceError(f"{person.name}已在“{target.name}”，无需转移。", field="to_organization_id")
            return _add_event(session, actor, member, "transfer", when, reason=reason.strip(), to_org=target.id)
        return _add_event(session, actor, member, "transfer_out", when, reason=reason.strip(), other_union=other_union)


def withdraw_member(db: Database, actor: Actor, member_id: int, when: date, *, reason: str = "",
                    automatic: bool = False, today: date | None = None) -> MemberDetail:
    """退会 (voluntary), or 自动退会 after six months without dues."""
    actor.require(*WRITERS)
    reason = reason.strip() or ("连续六个月未缴纳会费" if automatic else "")
    if not reason:
        raise ServiceError("请填写退会原因。", field="reason")
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        member = _get(session, member_id)
        _require_active(session, member, "退会")
        _check_date(session, member, when, "退会", today)
        return _add_event(session, actor, member, "auto_withdraw" if automatic else "withdraw", when, reason=reason)


def record_death(db: Database, actor: Actor, member_id: int, when: date, *, reason: str = "",
                 today: date | None = None) -> MemberDetail:
    actor.require(*WRITERS)
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        member = _get(session, member_id)
        _require_active(session, member, "登记去世")
        _check_date(session, member, when, "去世", today)
        return _add_event(session, actor, member, "death", when, reason=reason.strip())


def void_member(db: Database, actor: Actor, member_id: int, reason: str, *, today: date | None = None) -> MemberDetail:
    """作废: a membership entered by mistake; kept with its history, excluded from counts."""
    actor.require(*WRITERS)
    reason = reason.strip()
    if not reason:
        raise ServiceError("作废必须填写原因。", field="reason")
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        member = _get(session, member_id)
        if member.status == "voided":
            raise ServiceError("该会员记录已经作废。")
        last = max((e.event_date for e in _events(session, member.id)), default=date.min)
        when = max(today or date.today(), last)
        return _add_event(session, actor, member, "void", when, reason=reason)


def organizations_of_unit(session: Session) -> list[tuple[int, str]]:
    return list(session.execute(select(Organization.id, Organization.name)
                                .where(Organization.voided.is_(False)).order_by(Organization.name)).all())

"""建会单位: create, edit, void and list the organizations under this unit (audited)."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import Database
from db.models import Member, Organization
from desktop.domain._text import to_halfwidth
from desktop.domain.credit_code import validate_credit_code
from desktop.domain.errors import DomainError
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.contact import normalize_phone
from desktop.services.errors import NotFound, ServiceError
from desktop.services.permissions import require_role
from desktop.services.vocabulary import check_term

WRITERS = ("admin", "clerk", "approver")


@dataclass(frozen=True)
class OrganizationDraft:
    """What a clerk types for an organization; every field but the name may be left empty."""

    name: str
    credit_code: str = ""
    union_name: str = ""
    nature: str = ""
    economic_type: str = ""
    industry: str = ""
    union_type: str = ""
    founded_on: date | None = None
    employee_count: int | None = None
    chairman: str = ""
    phone: str = ""
    address: str = ""


DRAFT_FIELDS = tuple(f.name for f in fields(OrganizationDraft))

FIELD_LABELS = {
    "name": "单位名称", "credit_code": "统一社会信用代码", "union_name": "工会名称", "nature": "单位性质",
    "economic_type": "经济类型", "industry": "所属行业", "union_type": "基层工会类型", "founded_on": "建会日期",
    "employee_count": "职工人数", "chairman": "工会主席", "phone": "联系电话", "address": "地址",
}


@dataclass(frozen=True)
class OrganizationInfo(OrganizationDraft):
    id: int = 0
    uuid: str = ""
    voided: bool = False
    void_reason: str = ""
    member_count: int = 0  # active members


def _clean(text: str) -> str:
    return " ".join(to_halfwidth(text or "").split())


def normalize_organization(session: Session, draft: OrganizationDraft, *, today: date | None = None) -> OrganizationDraft:
    """Check and tidy the fields; raises ServiceError naming the first bad field."""
    today = today or date.today()
    values = {name: getattr(draft, name) for name in DRAFT_FIELDS}
    for name in ("name", "union_name", "chairman", "address"):
        text = _clean(values[name]).replace("(", "（").replace(")", "）")
        values[name] = re.sub(r"\s*([（）])\s*", r"\1", text)
    if not values["name"]:
        raise ServiceError("请填写单位名称。", field="name")
    if values["credit_code"]:
        try:
            values["credit_code"] = validate_credit_code(values["credit_code"])
        except DomainError as exc:
            raise ServiceError(f"统一社会信用代码有误：{exc}", field="credit_code") from exc
    for name, kind in (("nature", "org_nature"), ("economic_type", "economic_type"),
                       ("industry", "industry"), ("union_type", "union_type")):
        values[name] = check_term(session, kind, values[name], name)
    if values["founded_on"] is not None and values["founded_on"] > today:
        raise ServiceError("建会日期不能晚于今天。", field="founded_on")
    count = values["employee_count"]
    if count is not None and (count < 0 or count > 10_000_000):
        raise ServiceError("职工人数应为 0 或正整数。", field="employee_count")
    values["phone"] = normalize_phone(values["phone"], field="phone")
    return OrganizationDraft(**values)


def _snapshot(org: Organization) -> dict[str, object]:
    return {name: getattr(org, name) for name in (*DRAFT_FIELDS, "voided", "void_reason")}


def _info(org: Organization, member_count: int = 0) -> OrganizationInfo:
    return OrganizationInfo(**{name: getattr(org, name) for name in DRAFT_FIELDS}, id=org.id, uuid=org.uuid,
                            voided=org.voided, void_reason=org.void_reason, member_count=member_count)


def duplicate_of(session: Session, draft: OrganizationDraft, *, exclude_id: int | None = None) -> str | None:
    """A Chinese sentence naming an existing organization with the same credit code or name."""
    query = select(Organization).where(Organization.voided.is_(False))
    if exclude_id is not None:
        query = query.where(Organization.id != exclude_id)
    if draft.credit_code:
        same = session.scalar(query.where(Organization.credit_code == draft.credit_code).limit(1))
        if same is not None:
            return f"统一社会信用代码 {draft.credit_code} 已登记为“{same.name}”。"
    same = session.scalar(query.where(Organization.name == draft.name).limit(1))
    if same is not None:
        return f"已有同名单位“{same.name}”（代码 {same.credit_code or '未填'}）。"
    return None


def create_in(session: Session, actor: Actor, draft: OrganizationDraft) -> Organization:
    """Insert one organization inside the caller's transaction (draft already normalised)."""
    duplicate = duplicate_of(session, draft)
    if duplicate:
        raise ServiceError(f"{duplicate}请核对，不要重复登记。", field="credit_code" if "代码" in duplicate[:8] else "name")
    org = Organization(**{name: getattr(draft, name) for name in DRAFT_FIELDS})
    session.add(org)
    session.flush()
    audit.record(session, actor, "organization.create", entity_type="organization", entity_uuid=org.uuid,
                 changes=audit.diff({}, _snapshot(org)))
    return org


def create_organization(db: Database, actor: Actor, draft: OrganizationDraft) -> OrganizationInfo:
    actor.require(*WRITERS)
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        org = create_in(session, actor, normalize_organization(session, draft))
        return _info(org)


def update_organization(db: Database, actor: Actor, org_id: int, draft: OrganizationDraft) -> OrganizationInfo:
    actor.require(*WRITERS)
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        org = _get(session, org_id)
        if org.voided:
            raise ServiceError(f"“{org.name}”已作废，不能修改。")
        draft = normalize_organization(session, draft)
        duplicate = duplicate_of(session, draft, exclude_id=org.id)
        if duplicate:
            raise ServiceError(f"{duplicate}请核对。", field="name")
        before = _snapshot(org)
        for name in DRAFT_FIELDS:
            setattr(org, name, getattr(draft, name))
        changes = audit.diff(before, _snapshot(org))
        if changes:
            audit.record(session, actor, "organization.update", entity_type="organization",
                         entity_uuid=org.uuid, changes=changes)
        return _info(org, _active_count(session, org.id))


def void_organization(db: Database, actor: Actor, org_id: int, reason: str) -> OrganizationInfo:
    """作废: hide an organization entered by mistake; refused while it has active members."""
    actor.require(*WRITERS)
    reason = _clean(reason)
    if not reason:
        raise ServiceError("作废必须填写原因。", field="reason")
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        org = _get(session, org_id)
        if org.voided:
            raise ServiceError(f"“{org.name}”已经作废。")
        active = _active_count(session, org.id)
        if active:
            raise ServiceError(f"“{org.name}”还有 {active} 名在会会员，请先办理转移或退会，再作废该单位。")
        before = _snapshot(org)
        org.voided, org.void_reason = True, reason
        audit.record(session, actor, "organization.void", entity_type="organization", entity_uuid=org.uuid,
                     changes=audit.diff(before, _snapshot(org)))
        return _info(org)


def _get(session: Session, org_id: int) -> Organization:
    org = session.get(Organization, org_id)
    if org is None:
        raise NotFound("找不到该建会单位，可能已被其他操作员作废，请刷新后重试。")
    return org


def _active_count(session: Session, org_id: int) -> int:
    return session.scalar(select(func.count()).select_from(Member)
                          .where(Member.organization_id == org_id, Member.status == "active")) or 0


def get_organization(db: Database, org_id: int) -> OrganizationInfo:
    with db.read_session() as session:
        org = _get(session, org_id)
        return _info(org, _active_count(session, org.id))


def list_organizations(db: Database, *, include_voided: bool = False, text: str = "") -> list[OrganizationInfo]:
    """All organizations by name with their active member counts (a few thousand at most)."""
    counts = (select(Member.organization_id, func.count().label("n")).where(Member.status == "active")
              .group_by(Member.organization_id).subquery())
    query = select(Organization, func.coalesce(counts.c.n, 0)).outerjoin(
        counts, counts.c.organization_id == Organization.id)
    if not include_voided:
        query = query.where(Organization.voided.is_(False))
    text = _clean(text)
    if text:
        like = f"%{text}%"
        query = query.where(Organization.name.like(like) | Organization.union_name.like(like)
                            | Organization.credit_code.like(f"%{text.upper()}%"))
    with db.read_session() as session:
        return [_info(org, n) for org, n in session.execute(query.order_by(Organization.name, Organization.id))]


def organization_names(db: Database) -> list[tuple[int, str]]:
    """(id, name) of every organization not voided, by name: for pickers and filters (no counting)."""
    with db.read_session() as session:
        rows = session.execute(select(Organization.id, Organization.name)
                               .where(Organization.voided.is_(False)).order_by(Organization.name, Organization.id))
        return [(org_id, name) for org_id, name in rows]


def with_draft(info: OrganizationInfo, **changes: object) -> OrganizationDraft:
    """The editable part of ``info`` with some fields changed (for forms and tests)."""
    draft = OrganizationDraft(**{name: getattr(info, name) for name in DRAFT_FIELDS})
    return replace(draft, **changes)  # type: ignore[arg-type]

"""集体慰问: one visit that reached N organizations and M people, with a total in cash and in kind.

"走访68家企业…慰问161人次，发放款物9.5万元": the total, the organizations reached (those in the
register, and others by name) and a head count; named recipients are optional. It is entered as
submitted and counts once a 负责人 approves it, like a disbursement.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import Database
from db.models import (
    AidCampaign,
    GroupDistribution,
    GroupDistributionOrganization,
    GroupDistributionRecipient,
    Organization,
    Person,
)
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.aid_approval import _require_approver
from desktop.services.disbursements import STATUS_LABELS, WRITERS, check_budget
from desktop.services.errors import ConfirmationNeeded, NotFound, ServiceError
from desktop.services.member_rules import FieldProblem, InvalidMember
from desktop.services.permissions import require_role
from desktop.services.person_rules import clean_text, tidy
from desktop.services.vocabulary import terms_in


@dataclass(frozen=True)
class GroupDraft:
    campaign_id: int
    title: str
    event_date: date
    people_count: int
    cash_fen: int = 0
    items: str = ""
    items_value_fen: int = 0
    organization_ids: tuple[int, ...] = ()  # organizations of the register reached
    other_organizations: tuple[str, ...] = ()  # reached but not in the register, by name
    organization_count: int | None = None  # None: the number listed
    fund_source: str = ""
    note: str = ""
    recipient_ids: tuple[int, ...] = ()  # named recipients, when known


@dataclass(frozen=True)
class GroupRow:
    id: int
    uuid: str
    campaign_id: int
    campaign_name: str
    title: str
    event_date: date
    organization_count: int
    people_count: int
    cash_fen: int
    items: str
    items_value_fen: int
    fund_source: str
    note: str
    status: str
    created_by: str
    decided_by: str
    decision_comment: str
    self_approved: bool
    organizations: tuple[str, ...] = field(default=())
    recipients: tuple[str, ...] = field(default=())
    reverses_id: int | None = None
    reversed: bool = False  # a reversal of it is waiting or approved

    @property
    def total_fen(self) -> int:
        return self.cash_fen + self.items_value_fen

    @property
    def status_label(self) -> str:
        label = STATUS_LABELS.get(self.status, self.status)
        if self.reverses_id is not None:
            return f"冲销·{label}"
        return f"{label}（已冲销）" if self.reversed else label


def _check(session: Session, draft: GroupDraft) -> tuple[GroupDraft, int, list[tuple[int | None, str]]]:
    problems: list[FieldProblem] = []
    campaign = session.get(AidCampaign, draft.campaign_id)
    if campaign is None or campaign.voided:
        problems.append(FieldProblem("campaign_id", "请选择集体慰问所属的帮扶活动。"))
    title = tidy(draft.title)
    if not title:
        problems.append(FieldProblem("title", "请填写慰问活动的名称，例如“春节走访慰问一线职工”。"))
    fund_source = clean_text(draft.fund_source) or (campaign.fund_source if campaign else "")
    sources = terms_in(session, "fund_source")
    if fund_source not in sources:
        problems.append(FieldProblem("fund_source", f"请选择经费来源：{'、'.join(sources)}。"))
    reached: list[tuple[int | None, str]] = []
    for org_id in dict.fromkeys(draft.organization_ids):
        org = session.get(Organization, org_id)
        if org is None:
            problems.append(FieldProblem("organization_ids", "所选单位不存在，请重新选择。"))
        else:
            reached.append((org.id, org.name))
    known = {name for _, name in reached}
    for name in dict.fromkeys(tidy(n) for n in draft.other_organizations):
        if name and name not in known:
            reached.append((None, name))
    count = len(reached) if draft.organization_count is None else draft.organization_count
    if count < len(reached):
        problems.append(FieldProblem("organization_count", f"走访单位数 {count} 少于列出的单位数 {len(reached)}，请核对。"))
    if draft.people_count < 1:
        problems.append(FieldProblem("people_count", "慰问人数至少为 1。"))
    elif draft.people_count < len(set(draft.recipient_ids)):
        problems.append(FieldProblem("people_count", f"慰问人数 {draft.people_count} 少于列出的人员数 "
                                                     f"{len(set(draft.recipient_ids))}，请核对。"))
    if draft.cash_fen < 0 or draft.items_value_fen < 0:
        problems.append(FieldProblem("cash_fen", "金额不能为负数。"))
    elif draft.cash_fen + draft.items_value_fen == 0:
        problems.append(FieldProblem("cash_fen", "现金和物品折价不能都为零。"))
    items = tidy(draft.items)
    if draft.items_value_fen > 0 and not items:
        problems.append(FieldProblem("items", "填写了物品折价，请注明发放的物品。"))
    if problems:
        raise InvalidMember(problems)
    return replace(draft, title=title, fund_source=fund_source, items=items, note=tidy(draft.note)), count, reached


def create_group_distribution(db: Database, actor: Actor, draft: GroupDraft, *,
                              confirm: frozenset[str] = frozenset()) -> int:
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        draft, count, reached = _check(session, draft)
        check_budget(session, draft.campaign_id, draft.cash_fen + draft.items_value_fen, confirm)
        campaign = session.get(AidCampaign, draft.campaign_id)
        assert campaign is not None  # checked above
        group = GroupDistribution(
            campaign_id=draft.campaign_id, category=campaign.kind, title=draft.title, event_date=draft.event_date, organization_count=count,
            people_count=draft.people_count, cash_fen=draft.cash_fen, items=draft.items,
            items_value_fen=draft.items_value_fen, fund_source=draft.fund_source, note=draft.note,
            status="submitted", created_by=actor.username)
        session.add(group)
        session.flush()
        session.add_all(GroupDistributionOrganization(distribution_id=group.id, organization_id=org_id, name=name)
                        for org_id, name in reached)
        for person_id in dict.fromkeys(draft.recipient_ids):
            if session.get(Person, person_id) is None:
                raise ServiceError("所列慰问对象中有人员不存在，请重新选择。", field="recipient_ids")
            session.add(GroupDistributionRecipient(distribution_id=group.id, person_id=person_id))
        audit.record(session, actor, "group_distribution.create", entity_type="group_distribution",
                     entity_uuid=group.uuid, changes={
                         "campaign": campaign.uuid, "category": campaign.kind, "fund_source": draft.fund_source,
                         "items": draft.items, "note": draft.note,
                         "title": draft.title, "event_date": draft.event_date, "organization_count": count,
                         "people_count": draft.people_count, "cash_fen": draft.cash_fen,
                         "items_value_fen": draft.items_value_fen, "organizations": [n for _, n in reached],
                         "recipients": len(set(draft.recipient_ids))})
        return group.id


def _get(session: Session, group_id: int) -> GroupDistribution:
    group = session.get(GroupDistribution, group_id)
    if group is None:
        raise NotFound("找不到该集体慰问记录，请刷新后重试。")
    return group


def decide_groups(db: Database, actor: Actor, ids: list[int], *, approve: bool, comment: str = "",
                  confirm: frozenset[str] = frozenset()) -> int:
    """Approve or reject (comment required) submitted group distributions."""
    comment = tidy(comment)
    if not approve and not comment:
        raise ServiceError("退回需要填写意见。", field="comment")
    with db.session() as session:
        _require_approver(session, actor)
        groups = [_get(session, i) for i in ids]
        if any(g.status != "submitted" for g in groups):
            raise ServiceError("只有待审批的集体慰问可以批准或退回。")
        own = [g for g in groups if g.created_by == actor.username]
        if approve and own and "own" not in confirm:
            raise ConfirmationNeeded(f"其中 {len(own)} 条集体慰问是您本人录入的，批准后会注明“本人录入、本人审批”。确定批准吗？",
                                     key="own")
        now = datetime.now(UTC)
        for group in groups:
            if approve and group.reverses_id is not None and _reversal_of(session, group.reverses_id, counted_only=True):
                raise ServiceError(f"该集体慰问（第 {group.reverses_id} 号）已被冲销，不能再批准另一条冲销。")
            group.status = "approved" if approve else "rejected"
            group.decided_by, group.decided_at, group.decision_comment = actor.username, now, comment
            group.self_approved = approve and group.created_by == actor.username
            audit.record(session, actor, f"group_distribution.{'approve' if approve else 'reject'}",
                         entity_type="group_distribution", entity_uuid=group.uuid,
                         changes={"comment": comment, "self_approved": group.self_approved})
        return len(groups)


def _reversal_of(session: Session, group_id: int, *, counted_only: bool = False) -> int | None:
    statuses = ("approved",) if counted_only else ("submitted", "approved")
    return session.scalar(select(GroupDistribution.id).where(GroupDistribution.reverses_id == group_id,
                                                             GroupDistribution.status.in_(statuses)))


def reverse_group(db: Database, actor: Actor, group_id: int, reason: str, *, when: date | None = None) -> int:
    """红冲 an approved group distribution: its negation, for approval; then enter the right figures anew."""
    reason = tidy(reason)
    if not reason:
        raise ServiceError("冲销需要填写原因（如“金额录入错误，应为 305,915.00 元”）。", field="reason")
    when = when or date.today()
    if when > date.today():
        raise ServiceError("冲销日期不能晚于今天。", field="when")
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        original = _get(session, group_id)
        if original.reverses_id is not None:
            raise ServiceError("冲销记录本身不能再冲销。")
        if original.status != "approved":
            raise ServiceError("只有已批准的集体慰问需要冲销；未批准的请直接作废。")
        if _reversal_of(session, original.id):
            raise ServiceError("该集体慰问已有冲销记录（待审批或已生效），不能重复冲销。")
        reversal = GroupDistribution(
            campaign_id=original.campaign_id, category=original.category, title=original.title, event_date=when,
            organization_count=-original.organization_count, people_count=-original.people_count,
            cash_fen=-original.cash_fen, items=original.items, items_value_fen=-original.items_value_fen,
            fund_source=original.fund_source, note=f"冲销第 {original.id} 号集体慰问：{reason}",
            status="submitted", created_by=actor.username, reverses_id=original.id)
        session.add(reversal)
        session.flush()
        audit.record(session, actor, "group_distribution.reverse", entity_type="group_distribution",
                     entity_uuid=reversal.uuid, changes={"reverses": original.uuid, "reason": reason})
        return reversal.id


def void_group(db: Database, actor: Actor, group_id: int, reason: str) -> None:
    """作废 a group distribution that was never approved (approved ones stand; enter a correction)."""
    reason = tidy(reason)
    if not reason:
        raise ServiceError("作废需要填写原因。", field="reason")
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        group = _get(session, group_id)
        if group.status == "approved":
            raise ServiceError("已批准的集体慰问不能作废或修改。")
        group.status, group.void_reason = "voided", reason
        audit.record(session, actor, "group_distribution.void", entity_type="group_distribution",
                     entity_uuid=group.uuid, changes={"reason": reason})


def list_groups(db: Database, *, campaign_id: int | None = None, status: str | None = None,
                date_from: date | None = None, date_to: date | None = None) -> list[GroupRow]:
    query = (select(GroupDistribution, AidCampaign.name).join(AidCampaign, AidCampaign.id == GroupDistribution.campaign_id)
             .order_by(GroupDistribution.event_date.desc(), GroupDistribution.id.desc()))
    if campaign_id is not None:
        query = query.where(GroupDistribution.campaign_id == campaign_id)
    query = query.where(GroupDistribution.status != "voided") if status is None else \
        query.where(GroupDistribution.status == status)
    if date_from is not None:
        query = query.where(GroupDistribution.event_date >= date_from)
    if date_to is not None:
        query = query.where(GroupDistribution.event_date <= date_to)
    with db.read_session() as session:
        found = session.execute(query).all()
        ids = [g.id for g, _ in found]
        orgs: dict[int, list[str]] = {}
        for gid, name in session.execute(select(GroupDistributionOrganization.distribution_id,
                                                GroupDistributionOrganization.name)
                                         .where(GroupDistributionOrganization.distribution_id.in_(ids))
                                         .order_by(GroupDistributionOrganization.id)):
            orgs.setdefault(gid, []).append(name)
        people: dict[int, list[str]] = {}
        for gid, name in session.execute(select(GroupDistributionRecipient.distribution_id, Person.name)
                                         .join(Person, Person.id == GroupDistributionRecipient.person_id)
                                         .where(GroupDistributionRecipient.distribution_id.in_(ids))
                                         .order_by(GroupDistributionRecipient.id)):
            people.setdefault(gid, []).append(name)
        reversed_ = set(session.scalars(select(GroupDistribution.reverses_id).where(
            GroupDistribution.reverses_id.in_(ids), GroupDistribution.status.in_(("submitted", "approved")))))
        return [GroupRow(g.id, g.uuid, g.campaign_id, campaign, g.title, g.event_date, g.organization_count,
                         g.people_count, g.cash_fen, g.items, g.items_value_fen, g.fund_source, g.note, g.status,
                         g.created_by, g.decided_by, g.decision_comment, g.self_approved,
                         tuple(orgs.get(g.id, ())), tuple(people.get(g.id, ())), g.reverses_id, g.id in reversed_)
                for g, campaign in found]

"""帮扶活动: campaigns (送温暖, 夏送清凉, 金秋助学 …) with their budget and what they have used of it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import Database
from db.models import AidCampaign, Disbursement, GroupDistribution
from db.models.aid import COUNTED_STATUSES
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.errors import NotFound, ServiceError
from desktop.services.member_rules import FieldProblem, InvalidMember
from desktop.services.permissions import require_role
from desktop.services.person_rules import tidy
from desktop.services.vocabulary import terms_in

WRITERS = ("admin", "clerk", "approver")
# money already promised: everything not voided or rejected (drafts and submissions included)
_COMMITTED = ("draft", "submitted", "approved", "paid")


@dataclass(frozen=True)
class CampaignDraft:
    name: str
    kind: str
    starts_on: date
    ends_on: date | None = None
    fund_source: str = ""
    budget_fen: int | None = None
    description: str = ""


@dataclass(frozen=True)
class CampaignRow:
    id: int
    uuid: str
    draft: CampaignDraft
    voided: bool
    counted_fen: int  # approved and paid, reversals netted
    committed_fen: int  # every record not voided or rejected, drafts included
    persons: int  # 人次 counted (individual records net of reversals, plus group head counts)
    pending: int  # records waiting for approval

    @property
    def name(self) -> str:
        return self.draft.name

    @property
    def over_budget(self) -> bool:
        return self.draft.budget_fen is not None and self.committed_fen > self.draft.budget_fen


def check_campaign(session: Session, draft: CampaignDraft, campaign_id: int | None = None) -> CampaignDraft:
    problems: list[FieldProblem] = []
    name = tidy(draft.name)
    if not name:
        problems.append(FieldProblem("name", "请填写活动名称，例如“2026年元旦春节送温暖”。"))
    else:
        clash = session.scalar(select(AidCampaign.id).where(AidCampaign.name == name, AidCampaign.voided.is_(False),
                                                           AidCampaign.id != (campaign_id or 0)))
        if clash is not None:
            problems.append(FieldProblem("name", f"已有名为“{name}”的活动，请换一个名称或打开原活动。"))
    kinds = terms_in(session, "aid_kind")
    if draft.kind not in kinds:
        problems.append(FieldProblem("kind", f"活动类别“{draft.kind}”不在可选范围内，可选：{'、'.join(kinds)}。"))
    sources = terms_in(session, "fund_source")
    if draft.fund_source and draft.fund_source not in sources:
        problems.append(FieldProblem("fund_source", f"经费来源“{draft.fund_source}”不在可选范围内，可选：{'、'.join(sources)}。"))
    if draft.ends_on is not None and draft.ends_on < draft.starts_on:
        problems.append(FieldProblem("ends_on", "结束日期早于开始日期，请核对。"))
    if draft.budget_fen is not None and draft.budget_fen <= 0:
        problems.append(FieldProblem("budget_fen", "预算金额应大于零；没有预算请留空。"))
    if problems:
        raise InvalidMember(problems)
    return replace(draft, name=name, description=tidy(draft.description))


def _get(session: Session, campaign_id: int) -> AidCampaign:
    campaign = session.get(AidCampaign, campaign_id)
    if campaign is None:
        raise NotFound("找不到该帮扶活动，可能已被其他操作更改，请刷新后重试。")
    return campaign


def _draft_of(c: AidCampaign) -> CampaignDraft:
    return CampaignDraft(c.name, c.kind, c.starts_on, c.ends_on, c.fund_source, c.budget_fen, c.description)


def create_campaign(db: Database, actor: Actor, draft: CampaignDraft) -> int:
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        draft = check_campaign(session, draft)
        campaign = AidCampaign(**asdict(draft), created_by=actor.username)
        session.add(campaign)
        session.flush()
        audit.record(session, actor, "aid_campaign.create", entity_type="aid_campaign", entity_uuid=campaign.uuid,
                     changes=asdict(draft))
        return campaign.id


def update_campaign(db: Database, actor: Actor, campaign_id: int, draft: CampaignDraft) -> None:
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        campaign = _get(session, campaign_id)
        if campaign.voided:
            raise ServiceError("该活动已作废，不能修改。")
        draft = check_campaign(session, draft, campaign_id)
        before = asdict(_draft_of(campaign))
        for key, value in asdict(draft).items():
            setattr(campaign, key, value)
        changes = audit.diff(before, asdict(draft))
        if changes:
            audit.record(session, actor, "aid_campaign.update", entity_type="aid_campaign",
                         entity_uuid=campaign.uuid, changes=changes)


def void_campaign(db: Database, actor: Actor, campaign_id: int, reason: str) -> None:
    reason = tidy(reason)
    if not reason:
        raise ServiceError("作废活动需要填写原因。", field="reason")
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        campaign = _get(session, campaign_id)
        used = session.scalar(select(func.count()).select_from(Disbursement).where(
            Disbursement.campaign_id == campaign_id, Disbursement.status.not_in(("voided", "rejected"))))
        groups = session.scalar(select(func.count()).select_from(GroupDistribution).where(
            GroupDistribution.campaign_id == campaign_id, GroupDistribution.status.not_in(("voided", "rejected"))))
        if used or groups:
            raise ServiceError(f"活动“{campaign.name}”下还有 {used + groups} 条有效的发放记录，不能作废；"
                               "请先作废或冲销这些记录。")
        campaign.voided, campaign.void_reason = True, reason
        audit.record(session, actor, "aid_campaign.void", entity_type="aid_campaign", entity_uuid=campaign.uuid,
                     changes={"reason": reason})


def committed_fen(session: Session, campaign_id: int, *, exclude_id: int | None = None) -> int:
    """Money the campaign has promised: individual records and group distributions not voided or rejected."""
    query = select(func.coalesce(func.sum(Disbursement.cash_fen + Disbursement.items_value_fen), 0)).where(
        Disbursement.campaign_id == campaign_id, Disbursement.status.in_(_COMMITTED))
    if exclude_id is not None:
        query = query.where(Disbursement.id != exclude_id)
    groups = select(func.coalesce(func.sum(GroupDistribution.cash_fen + GroupDistribution.items_value_fen), 0)).where(
        GroupDistribution.campaign_id == campaign_id, GroupDistribution.status.in_(("submitted", "approved")))
    return int(session.scalar(query) or 0) + int(session.scalar(groups) or 0)


def _figures(session: Session) -> dict[int, tuple[int, int, int, int]]:
    """campaign id → (counted fen, committed fen, 人次 counted, pending records)."""
    figures: dict[int, list[int]] = {}
    amount = Disbursement.cash_fen + Disbursement.items_value_fen
    persons = func.sum(func.iif(Disbursement.reverses_id.is_(None), 1, -1))
    rows = session.execute(select(Disbursement.campaign_id, Disbursement.status, func.sum(amount), persons, func.count())
                           .where(Disbursement.campaign_id.is_not(None))
                           .group_by(Disbursement.campaign_id, Disbursement.status))
    for campaign_id, status, total, people, count in rows:
        f = figures.setdefault(campaign_id, [0, 0, 0, 0])
        if status in COUNTED_STATUSES:
            f[0] += total
            f[2] += people
        if status in _COMMITTED:
            f[1] += total
        if status == "submitted":
            f[3] += count
    group_amount = GroupDistribution.cash_fen + GroupDistribution.items_value_fen
    rows = session.execute(select(GroupDistribution.campaign_id, GroupDistribution.status, func.sum(group_amount),
                                  func.sum(GroupDistribution.people_count), func.count())
                           .group_by(GroupDistribution.campaign_id, GroupDistribution.status))
    for campaign_id, status, total, people, count in rows:
        f = figures.setdefault(campaign_id, [0, 0, 0, 0])
        if status == "approved":
            f[0] += total
            f[2] += people
        if status in ("submitted", "approved"):
            f[1] += total
        if status == "submitted":
            f[3] += count
    return {k: (v[0], v[1], v[2], v[3]) for k, v in figures.items()}


def list_campaigns(db: Database, *, include_voided: bool = False) -> list[CampaignRow]:
    """Campaigns newest first, each with its money against budget."""
    with db.read_session() as session:
        query = select(AidCampaign).order_by(AidCampaign.starts_on.desc(), AidCampaign.id.desc())
        if not include_voided:
            query = query.where(AidCampaign.voided.is_(False))
        figures = _figures(session)
        return [CampaignRow(c.id, c.uuid, _draft_of(c), c.voided, *figures.get(c.id, (0, 0, 0, 0)))
                for c in session.scalars(query)]


def get_campaign(db: Database, campaign_id: int) -> CampaignRow:
    for row in list_campaigns(db, include_voided=True):
        if row.id == campaign_id:
            return row
    raise NotFound("找不到该帮扶活动，可能已被其他操作更改，请刷新后重试。")

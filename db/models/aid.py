"""帮扶: campaigns, disbursements (with their approval workflow) and group distributions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, TimestampMixin, UTCDateTime, UuidMixin

DISBURSEMENT_STATUSES = ("draft", "submitted", "approved", "rejected", "paid", "voided")
# approved and paid money counts in totals; reversals carry negative amounts and net out
COUNTED_STATUSES = ("approved", "paid")


class AidCampaign(UuidMixin, TimestampMixin, Base):
    __tablename__ = "aid_campaign"
    __table_args__ = (
        Index("uq_aid_campaign_name", "name", unique=True, sqlite_where=text("voided = 0")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(30))  # 送温暖, 夏送清凉, 金秋助学 … (vocabulary aid_kind)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date, default=None)
    fund_source: Mapped[str] = mapped_column(String(30), default="")  # 经费来源
    budget_fen: Mapped[int | None] = mapped_column(default=None)
    description: Mapped[str] = mapped_column(String(500), default="")
    created_by: Mapped[str] = mapped_column(String(40), default="")
    voided: Mapped[bool] = mapped_column(default=False)
    void_reason: Mapped[str] = mapped_column(String(300), default="")


class Disbursement(UuidMixin, TimestampMixin, Base):
    __tablename__ = "disbursement"
    __table_args__ = (
        CheckConstraint(
            "status IN ('draft', 'submitted', 'approved', 'rejected', 'paid', 'voided')", name="status"
        ),
        # an original carries positive amounts, a reversal the negated amounts of its original
        CheckConstraint(
            "(reverses_id IS NULL AND cash_fen >= 0 AND items_value_fen >= 0 AND cash_fen + items_value_fen > 0)"
            " OR (reverses_id IS NOT NULL AND cash_fen <= 0 AND items_value_fen <= 0)",
            name="amounts",
        ),
        Index("ix_disbursement_campaign_person", "campaign_id", "person_id"),
        Index("ix_disbursement_status_date", "status", "aid_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("aid_campaign.id"), default=None)
    hardship_file_id: Mapped[int | None] = mapped_column(ForeignKey("hardship_file.id"), default=None)
    category: Mapped[str] = mapped_column(String(30))  # 类别 (vocabulary aid_kind)
    aid_date: Mapped[date] = mapped_column(Date)  # 发放日期
    cash_fen: Mapped[int] = mapped_column(default=0)
    items: Mapped[str] = mapped_column(String(200), default="")  # 物品 (米面油 …)
    items_value_fen: Mapped[int] = mapped_column(default=0)  # 物品折价
    fund_source: Mapped[str] = mapped_column(String(30), default="")
    method: Mapped[str] = mapped_column(String(20), default="")  # 发放方式
    evidence: Mapped[str] = mapped_column(String(300), default="")  # 附件 (录取通知书, 诊断证明 …)
    note: Mapped[str] = mapped_column(String(500), default="")  # 备注 / 变更说明
    status: Mapped[str] = mapped_column(String(20), default="draft")
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("disbursement.id"), default=None, index=True)
    duplicate_override: Mapped[str] = mapped_column(String(300), default="")  # the approver's reason
    duplicate_override_by: Mapped[str] = mapped_column(String(40), default="")
    created_by: Mapped[str] = mapped_column(String(40), default="")  # 经办人
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    decided_by: Mapped[str] = mapped_column(String(40), default="")  # 审核人
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    decision_comment: Mapped[str] = mapped_column(String(300), default="")
    self_approved: Mapped[bool] = mapped_column(default=False)  # approved by the person who entered it
    paid_on: Mapped[date | None] = mapped_column(Date, default=None)
    paid_method: Mapped[str] = mapped_column(String(20), default="")
    receipt: Mapped[str] = mapped_column(String(200), default="")  # 签收 / 回单号
    paid_by: Mapped[str] = mapped_column(String(40), default="")
    void_reason: Mapped[str] = mapped_column(String(300), default="")


class GroupDistribution(UuidMixin, TimestampMixin, Base):
    """走访慰问: one event that reached N organizations and M people, with totals in cash and in kind."""

    __tablename__ = "group_distribution"
    __table_args__ = (
        CheckConstraint("status IN ('submitted', 'approved', 'rejected', 'voided')", name="status"),
        # a correction is a reversal carrying the negated counts and amounts of its original
        CheckConstraint("(reverses_id IS NULL AND organization_count >= 0 AND people_count >= 1)"
                        " OR (reverses_id IS NOT NULL AND organization_count <= 0 AND people_count <= 0)",
                        name="counts"),
        CheckConstraint("(reverses_id IS NULL AND cash_fen >= 0 AND items_value_fen >= 0"
                        " AND cash_fen + items_value_fen > 0)"
                        " OR (reverses_id IS NOT NULL AND cash_fen <= 0 AND items_value_fen <= 0)",
                        name="amounts"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("aid_campaign.id"), index=True)
    category: Mapped[str] = mapped_column(String(30))  # the campaign's kind when entered (totals by 类别)
    title: Mapped[str] = mapped_column(String(200))
    event_date: Mapped[date] = mapped_column(Date)
    organization_count: Mapped[int] = mapped_column(default=0)
    people_count: Mapped[int] = mapped_column(default=1)
    cash_fen: Mapped[int] = mapped_column(default=0)
    items: Mapped[str] = mapped_column(String(200), default="")
    items_value_fen: Mapped[int] = mapped_column(default=0)
    fund_source: Mapped[str] = mapped_column(String(30), default="")
    note: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(20), default="submitted")
    created_by: Mapped[str] = mapped_column(String(40), default="")
    decided_by: Mapped[str] = mapped_column(String(40), default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    decision_comment: Mapped[str] = mapped_column(String(300), default="")
    self_approved: Mapped[bool] = mapped_column(default=False)
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("group_distribution.id"), default=None)
    void_reason: Mapped[str] = mapped_column(String(300), default="")


class GroupDistributionOrganization(Base):
    __tablename__ = "group_distribution_organization"

    id: Mapped[int] = mapped_column(primary_key=True)
    distribution_id: Mapped[int] = mapped_column(ForeignKey("group_distribution.id"), index=True)
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"), default=None)
    name: Mapped[str] = mapped_column(String(200))  # as recorded (also for units outside the register)


class GroupDistributionRecipient(Base):
    __tablename__ = "group_distribution_recipient"

    id: Mapped[int] = mapped_column(primary_key=True)
    distribution_id: Mapped[int] = mapped_column(ForeignKey("group_distribution.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)

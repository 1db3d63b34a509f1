"""会员 and 会籍变动: a person's membership and the events its status is derived from."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, TimestampMixin, UTCDateTime, UuidMixin, utcnow

MEMBER_STATUSES = ("active", "transferred_out", "withdrawn", "deceased", "voided")
EVENT_KINDS = (
    "join", "transfer_in", "transfer", "transfer_out", "withdraw", "auto_withdraw", "death", "void",
)


class Member(UuidMixin, TimestampMixin, Base):
    __tablename__ = "member"
    __table_args__ = (
        CheckConstraint(
            "status IN ('active', 'transferred_out', 'withdrawn', 'deceased', 'voided')", name="status"
        ),
        # at most one active membership per person, enforced by the database too
        Index("uq_member_active_person", "person_id", unique=True, sqlite_where=text("status = 'active'")),
        # card numbers are unique among the records that were not voided
        Index("uq_member_card_number", "card_number", unique=True,
              sqlite_where=text("status != 'voided' AND card_number IS NOT NULL")),
        Index("ix_member_card_number", "card_number"),  # for prefix search, any status
        # the organization filter, and active-member counts per organization without reading rows
        Index("ix_member_organization_status", "organization_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id"))
    join_date: Mapped[date] = mapped_column(Date, index=True)  # 入会时间
    card_number: Mapped[str | None] = mapped_column(String(40), default=None)  # 会员卡号
    is_migrant_worker: Mapped[bool] = mapped_column(default=False)  # 农民工
    new_employment_group: Mapped[str] = mapped_column(String(20), default="")  # 新就业形态群体
    employment_status: Mapped[str] = mapped_column(String(20), default="")  # 就业状况
    # derived from the events by desktop.services.membership; cached here for search and counts.
    # Not indexed on its own: most members are active, so such an index misleads the planner; counts
    # of active members use the partial index uq_member_active_person.
    status: Mapped[str] = mapped_column(String(20), default="active")
    status_date: Mapped[date | None] = mapped_column(Date, default=None)


class MembershipEvent(UuidMixin, Base):
    __tablename__ = "membership_event"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('join', 'transfer_in', 'transfer', 'transfer_out', 'withdraw', 'auto_withdraw', "
            "'death', 'void')",
            name="kind",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    event_date: Mapped[date] = mapped_column(Date, index=True)
    from_organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"), default=None)
    to_organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"), default=None)
    other_union: Mapped[str] = mapped_column(String(200), default="")  # 转入来源 / 转出去向
    reason: Mapped[str] = mapped_column(String(300), default="")
    recorded_by: Mapped[str] = mapped_column(String(40), default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

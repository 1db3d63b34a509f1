"""竞赛: competitions, their events, teams, entries with their results, and honours."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, TimestampMixin, UuidMixin

ENTRANT_KINDS = ("person", "team", "organization")  # 个人 / 团体（队伍） / 单位
DEFAULT_AWARD_TIERS = "一等奖、二等奖、三等奖、优秀奖"


class Competition(UuidMixin, TimestampMixin, Base):
    __tablename__ = "competition"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(30))  # vocabulary competition_kind
    level: Mapped[str] = mapped_column(String(20))  # vocabulary competition_level: 乡镇（街道）… 全国
    organizer: Mapped[str] = mapped_column(String(200), default="")  # 主办单位
    host: Mapped[str] = mapped_column(String(200), default="")  # 承办单位
    starts_on: Mapped[date] = mapped_column(Date, index=True)
    ends_on: Mapped[date | None] = mapped_column(Date, default=None)
    document_number: Mapped[str] = mapped_column(String(60), default="")  # 文号
    award_tiers: Mapped[str] = mapped_column(String(300), default=DEFAULT_AWARD_TIERS)  # joined by "、"
    note: Mapped[str] = mapped_column(String(500), default="")
    created_by: Mapped[str] = mapped_column(String(40), default="")
    voided: Mapped[bool] = mapped_column(default=False)
    void_reason: Mapped[str] = mapped_column(String(300), default="")


class CompetitionEvent(UuidMixin, Base):
    """比赛项目: e.g. 乒乓球男子单打 (individual), 团体赛 (team), 优秀组织奖评选 (organization)."""

    __tablename__ = "competition_event"
    __table_args__ = (
        CheckConstraint("entrant_kind IN ('person', 'team', 'organization')", name="entrant_kind"),
        Index("uq_competition_event_name", "competition_id", "name", unique=True, sqlite_where=text("voided = 0")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    competition_id: Mapped[int] = mapped_column(ForeignKey("competition.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    entrant_kind: Mapped[str] = mapped_column(String(20), default="person")
    position: Mapped[int] = mapped_column(default=0)
    note: Mapped[str] = mapped_column(String(300), default="")
    voided: Mapped[bool] = mapped_column(default=False)
    void_reason: Mapped[str] = mapped_column(String(300), default="")


class Team(UuidMixin, Base):
    """参赛队伍 / 班组 of a competition, usually representing an organization."""

    __tablename__ = "team"
    __table_args__ = (
        Index("uq_team_name", "competition_id", "name", unique=True, sqlite_where=text("voided = 0")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    competition_id: Mapped[int] = mapped_column(ForeignKey("competition.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"), default=None)
    voided: Mapped[bool] = mapped_column(default=False)
    void_reason: Mapped[str] = mapped_column(String(300), default="")


class TeamMember(Base):
    __tablename__ = "team_member"
    __table_args__ = (Index("uq_team_member", "team_id", "person_id", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[str] = mapped_column(String(20), default="队员")  # 队长 / 队员 / 教练


class Entry(UuidMixin, TimestampMixin, Base):
    """参赛: one entrant in one event, with its result (成绩, 名次, 奖项) once recorded."""

    __tablename__ = "competition_entry"
    __table_args__ = (
        CheckConstraint("entrant_kind IN ('person', 'team', 'organization')", name="entrant_kind"),
        CheckConstraint(
            "(entrant_kind = 'person' AND person_id IS NOT NULL AND team_id IS NULL)"
            " OR (entrant_kind = 'team' AND team_id IS NOT NULL AND person_id IS NULL)"
            " OR (entrant_kind = 'organization' AND organization_id IS NOT NULL AND person_id IS NULL"
            " AND team_id IS NULL)",
            name="entrant",
        ),
        CheckConstraint("rank IS NULL OR rank >= 1", name="rank"),
        # an entrant appears once per event (withdrawn entries aside)
        Index("uq_entry_person", "event_id", "person_id", unique=True,
              sqlite_where=text("withdrawn = 0 AND entrant_kind = 'person'")),
        Index("uq_entry_team", "event_id", "team_id", unique=True,
              sqlite_where=text("withdrawn = 0 AND entrant_kind = 'team'")),
        Index("uq_entry_organization", "event_id", "organization_id", unique=True,
              sqlite_where=text("withdrawn = 0 AND entrant_kind = 'organization'")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("competition_event.id"), index=True)
    entrant_kind: Mapped[str] = mapped_column(String(20))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), default=None, index=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"), default=None, index=True)
    # the organization entered (kind organization) or represented (代表单位, for a person or a team)
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"), default=None, index=True)
    score: Mapped[str] = mapped_column(String(40), default="")  # 成绩 as announced: 98.5, 3:1, 12'35"
    rank: Mapped[int | None] = mapped_column(default=None)  # 名次; ties share a rank and skip the next
    award: Mapped[str] = mapped_column(String(40), default="")  # 奖项: one of the competition's tiers
    result_on: Mapped[date | None] = mapped_column(Date, default=None)
    recorded_by: Mapped[str] = mapped_column(String(40), default="")
    withdrawn: Mapped[bool] = mapped_column(default=False)  # 退赛 / entered by mistake; kept
    withdraw_reason: Mapped[str] = mapped_column(String(300), default="")


class Honour(UuidMixin, TimestampMixin, Base):
    """荣誉: 技术能手, 五一劳动奖章, 工人先锋号, 安康杯优胜单位, 优秀组织奖 … for a person, team or organization."""

    __tablename__ = "honour"
    __table_args__ = (
        CheckConstraint("recipient_kind IN ('person', 'team', 'organization')", name="recipient_kind"),
        CheckConstraint(
            "(recipient_kind = 'person' AND person_id IS NOT NULL)"
            " OR (recipient_kind = 'team' AND team_id IS NOT NULL)"
            " OR (recipient_kind = 'organization' AND organization_id IS NOT NULL)",
            name="recipient",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(120))  # 荣誉名称
    level: Mapped[str] = mapped_column(String(20))  # 乡镇（街道）… 全国
    granting_body: Mapped[str] = mapped_column(String(200), default="")  # 授予单位
    document_number: Mapped[str] = mapped_column(String(60), default="")  # 表彰文件文号
    awarded_on: Mapped[date] = mapped_column(Date, index=True)
    recipient_kind: Mapped[str] = mapped_column(String(20))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), default=None, index=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"), default=None)
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"), default=None, index=True)
    competition_id: Mapped[int | None] = mapped_column(ForeignKey("competition.id"), default=None, index=True)
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("competition_entry.id"), default=None)
    note: Mapped[str] = mapped_column(String(300), default="")
    created_by: Mapped[str] = mapped_column(String(40), default="")
    voided: Mapped[bool] = mapped_column(default=False)
    void_reason: Mapped[str] = mapped_column(String(300), default="")

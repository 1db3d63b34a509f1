"""首页数字: this year's key figures and the work waiting, in a few aggregated queries.

Runs on the GUI thread each time the 首页 opens, so it reads counts and sums only — never rows.
Aid money comes from ``aid_totals`` (approved and paid, reversals netted) and campaign use from
``list_campaigns`` (已占用: every record not voided or rejected), so the 首页 agrees with the 帮扶 page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import extract, func, select

from db import Database
from db.models import (
    Competition,
    CompetitionEvent,
    Disbursement,
    Entry,
    GroupDistribution,
    HardshipFile,
    Honour,
)
from db.models.member import Member, MembershipEvent
from desktop.services.aid_campaigns import list_campaigns
from desktop.services.aid_totals import aid_totals
from desktop.services.hardship_queries import ON_REGISTER
from desktop.services.honours import honour_stands, in_year
from desktop.services.report_archive import MissingExport, periods_not_exported

TOP_CAMPAIGNS = 6
REVIEW_WINDOW_DAYS = 30  # as the 困难职工 page's "待复核" filter


@dataclass(frozen=True)
class CampaignUse:
    name: str
    budget_fen: int | None  # None: the campaign has no budget
    used_fen: int  # 已占用: records not voided or rejected, drafts and submissions included
    counted_fen: int  # approved and paid, reversals netted

    @property
    def over_budget(self) -> bool:
        return self.budget_fen is not None and self.used_fen > self.budget_fen


@dataclass(frozen=True)
class AidFigures:
    total_fen: int  # cash plus items value, approved and paid, reversals netted
    cash_fen: int
    persons: int  # 人次
    budget_fen: int  # the budgets of this year's campaigns added up
    campaigns: tuple[CampaignUse, ...]  # this year's campaigns, the largest first (at most TOP_CAMPAIGNS)


@dataclass(frozen=True)
class CompetitionFigures:
    competitions: int
    entrants: int  # entries across events, withdrawn ones aside
    honours: int  # honours awarded this year that still stand


@dataclass(frozen=True)
class WorkWaiting:
    approvals: int  # individual records submitted, waiting for the 负责人
    group_approvals: int  # group distributions submitted
    reviews_due: int  # hardship files whose review is overdue or due within REVIEW_WINDOW_DAYS
    missing_exports: tuple[MissingExport, ...]  # ended periods with no signed 工作汇总, newest first

    @property
    def empty(self) -> bool:
        return not (self.approvals or self.group_approvals or self.reviews_due or self.missing_exports)


@dataclass(frozen=True)
class HomeFigures:
    year: int
    today: date
    members_active: int
    members_joined_this_year: int
    new_members_by_month: tuple[int, ...]  # 12 counts: join events in January … December
    aid: AidFigures
    competitions: CompetitionFigures
    waiting: WorkWaiting


def _members(db: Database, year: int) -> tuple[int, tuple[int, ...]]:
    month = extract("month", MembershipEvent.event_date)
    with db.read_session() as session:
        active = session.scalar(select(func.count()).select_from(Member).where(Member.status == "active")) or 0
        rows = session.execute(
            select(month, func.count()).join(Member, Member.id == MembershipEvent.member_id)
            .where(MembershipEvent.kind == "join", Member.status != "voided",
                   MembershipEvent.event_date >= date(year, 1, 1), MembershipEvent.event_date <= date(year, 12, 31))
            .group_by(month)).all()
    by_month = [0] * 12
    for m, count in rows:
        by_month[int(m) - 1] = count
    return active, tuple(by_month)


def _campaign_year(starts_on: date, year: int) -> bool:
    return starts_on.year == year


def _aid(db: Database, year: int) -> AidFigures:
    totals = aid_totals(db, "category", date_from=date(year, 1, 1), date_to=date(year, 12, 31)).total
    rows = [r for r in list_campaigns(db) if _campaign_year(r.draft.starts_on, year)]
    budget = sum(r.draft.budget_fen or 0 for r in rows)
    uses = [CampaignUse(r.name, r.draft.budget_fen, r.committed_fen, r.counted_fen) for r in rows]
    uses.sort(key=lambda u: (-(u.budget_fen or 0), -u.used_fen, u.name))
    return AidFigures(totals.total_fen, totals.cash_fen, totals.persons, budget, tuple(uses[:TOP_CAMPAIGNS]))


def _competitions(db: Database, year: int) -> CompetitionFigures:
    this_year = in_year(Competition.starts_on, year) & Competition.voided.is_(False)
    with db.read_session() as session:
        count = session.scalar(select(func.count()).select_from(Competition).where(this_year)) or 0
        entrants = session.scalar(
            select(func.count()).select_from(Entry).join(CompetitionEvent, CompetitionEvent.id == Entry.event_id)
            .join(Competition, Competition.id == CompetitionEvent.competition_id)
            .where(this_year, CompetitionEvent.voided.is_(False), Entry.withdrawn.is_(False))) or 0
        honours = session.scalar(select(func.count()).select_from(Honour).where(
            Honour.voided.is_(False), honour_stands(), in_year(Honour.awarded_on, year))) or 0
    return CompetitionFigures(count, entrants, honours)


def _waiting(db: Database, today: date) -> WorkWaiting:
    until = today + timedelta(days=REVIEW_WINDOW_DAYS)
    with db.read_session() as session:
        approvals = session.scalar(select(func.count()).select_from(Disbursement)
                                   .where(Disbursement.status == "submitted")) or 0
        groups = session.scalar(select(func.count()).select_from(GroupDistribution)
                                .where(GroupDistribution.status == "submitted")) or 0
        reviews = session.scalar(select(func.count()).select_from(HardshipFile).where(
            HardshipFile.voided.is_(False), HardshipFile.status.in_(ON_REGISTER),
            HardshipFile.next_review_on <= until)) or 0
        # a ledger with nothing in it has nothing to report: no summaries to ask for
        has_records = any(session.scalar(select(model.id).limit(1)) is not None
                          for model in (Member, Disbursement, GroupDistribution))
    missing = tuple(periods_not_exported(db, today)) if has_records else ()
    return WorkWaiting(approvals, groups, reviews, missing)


def home_figures(db: Database, today: date) -> HomeFigures:
    """The 首页: members, aid and competitions of ``today``'s year, and what is waiting to be done."""
    year = today.year
    active, by_month = _members(db, year)
    return HomeFigures(year, today, active, sum(by_month), by_month, _aid(db, year), _competitions(db, year),
                       _waiting(db, today))

"""帮扶合计: what counts — approved and paid money only, reversals netted — by category, campaign, fund source.

A record counts in the period of its 发放日期; a reversal counts (negatively, one 人次 less) in the
period it was entered. Group distributions count once approved, with their head count as 人次.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from db import Database
from db.models import AidCampaign, Disbursement, GroupDistribution
from db.models.aid import COUNTED_STATUSES

DIMENSIONS = {"category": "类别", "campaign": "活动", "fund_source": "经费来源"}


@dataclass(frozen=True)
class TotalRow:
    key: str  # the category, campaign name or fund source
    persons: int  # 人次: individual records net of reversals, plus group head counts
    cash_fen: int
    items_value_fen: int
    records: int = 0  # individual records counted (reversals included)
    groups: int = 0  # group distributions counted

    @property
    def total_fen(self) -> int:
        return self.cash_fen + self.items_value_fen


@dataclass(frozen=True)
class AidTotals:
    dimension: str
    rows: tuple[TotalRow, ...]

    @property
    def total(self) -> TotalRow:
        return TotalRow("合计", sum(r.persons for r in self.rows), sum(r.cash_fen for r in self.rows),
                        sum(r.items_value_fen for r in self.rows), sum(r.records for r in self.rows),
                        sum(r.groups for r in self.rows))


def aid_totals(db: Database, dimension: str, *, date_from: date | None = None, date_to: date | None = None,
               campaign_id: int | None = None) -> AidTotals:
    """Counted money grouped by ``dimension`` ("category", "campaign" or "fund_source"), largest first."""
    if dimension not in DIMENSIONS:
        raise ValueError(dimension)
    d_key = {"category": Disbursement.category, "campaign": AidCampaign.name,
             "fund_source": Disbursement.fund_source}[dimension]
    g_key = {"category": GroupDistribution.category, "campaign": AidCampaign.name,
             "fund_source": GroupDistribution.fund_source}[dimension]
    persons = func.sum(func.iif(Disbursement.reverses_id.is_(None), 1, -1))
    individual = (select(d_key, persons, func.sum(Disbursement.cash_fen), func.sum(Disbursement.items_value_fen),
                         func.count())
                  .outerjoin(AidCampaign, AidCampaign.id == Disbursement.campaign_id)
                  .where(Disbursement.status.in_(COUNTED_STATUSES)).group_by(d_key))
    groups = (select(g_key, func.sum(GroupDistribution.people_count), func.sum(GroupDistribution.cash_fen),
                     func.sum(GroupDistribution.items_value_fen), func.count())
              .join(AidCampaign, AidCampaign.id == GroupDistribution.campaign_id)
              .where(GroupDistribution.status == "approved").group_by(g_key))
    if date_from is not None:
        individual = individual.where(Disbursement.aid_date >= date_from)
        groups = groups.where(GroupDistribution.event_date >= date_from)
    if date_to is not None:
        individual = individual.where(Disbursement.aid_date <= date_to)
        groups = groups.where(GroupDistribution.event_date <= date_to)
    if campaign_id is not None:
        individual = individual.where(Disbursement.campaign_id == campaign_id)
        groups = groups.where(GroupDistribution.campaign_id == campaign_id)
    merged: dict[str, list[int]] = {}
    with db.read_session() as session:
        for key, people, cash, items, count in session.execute(individual):
            row = merged.setdefault(key or "（未归入活动）", [0, 0, 0, 0, 0])
            row[0] += people or 0
            row[1] += cash or 0
            row[2] += items or 0
            row[3] += count
        for key, people, cash, items, count in session.execute(groups):
            row = merged.setdefault(key or "", [0, 0, 0, 0, 0])
            row[0] += people or 0
            row[1] += cash or 0
            row[2] += items or 0
            row[4] += count
    rows = [TotalRow(key, *values) for key, values in merged.items()]
    rows.sort(key=lambda r: (-r.total_fen, r.key))
    return AidTotals(dimension, tuple(rows))

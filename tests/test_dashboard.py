"""首页数字: the dashboard agrees with hand counts and with the services the other pages use."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from import_support import open_copy
from sqlalchemy import text

from db import Database
from desktop.services.aid_campaigns import list_campaigns
from desktop.services.aid_queries import approval_queue
from desktop.services.aid_totals import aid_totals
from desktop.services.dashboard import CampaignUse, home_figures
from desktop.services.demo import DEMO_UNIT, populate_demo
from desktop.services.group_distributions import list_groups
from desktop.services.hardship import files_due_for_review
from desktop.services.report_archive import periods_not_exported
from desktop.services.unit import set_up_ledger

TODAY = date.today()
YEAR = TODAY.year


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[Database]:
    db = open_copy(demo_template, tmp_path_factory.mktemp("dashboard"))
    populate_demo(db, 80)
    yield db
    db.close()


def _sql(db: Database, query: str) -> list[tuple]:  # type: ignore[type-arg]
    with db.read_session() as session:
        return [tuple(row) for row in session.execute(text(query))]


def test_members_match_a_hand_count(demo: Database) -> None:
    figures = home_figures(demo, TODAY)
    statuses = Counter(status for (status,) in _sql(demo, "SELECT status FROM member"))
    assert figures.members_active == statuses["active"] > 0
    joins = _sql(demo, "SELECT e.event_date, m.status FROM membership_event e JOIN member m ON m.id = e.member_id "
                       "WHERE e.kind = 'join'")
    by_month = Counter(date.fromisoformat(str(day)).month for day, status in joins
                       if str(day).startswith(str(YEAR)) and status != "voided")
    assert figures.new_members_by_month == tuple(by_month.get(m, 0) for m in range(1, 13))
    assert figures.members_joined_this_year == sum(by_month.values()) > 0
    assert all(n == 0 for n in figures.new_members_by_month[TODAY.month:])  # nobody joins in the future


def test_aid_equals_the_aid_totals_of_the_year(demo: Database) -> None:
    figures = home_figures(demo, TODAY)
    total = aid_totals(demo, "campaign", date_from=date(YEAR, 1, 1), date_to=date(YEAR, 12, 31)).total
    assert figures.aid.total_fen == total.total_fen > 0
    assert figures.aid.cash_fen == total.cash_fen
    assert figures.aid.persons == total.persons > 0
    this_year = [r for r in list_campaigns(demo) if r.draft.starts_on.year == YEAR]
    assert figures.aid.budget_fen == sum(r.draft.budget_fen or 0 for r in this_year) > 0
    assert 0 < len(figures.aid.campaigns) <= 6
    by_name = {r.name: r for r in this_year}
    for use in figures.aid.campaigns:  # the 活动 tab's 已占用 and 已批准, unchanged
        assert use.used_fen == by_name[use.name].committed_fen
        assert use.counted_fen == by_name[use.name].counted_fen
        assert use.budget_fen == by_name[use.name].draft.budget_fen
    budgets = [u.budget_fen or 0 for u in figures.aid.campaigns]
    assert budgets == sorted(budgets, reverse=True)


def test_competitions_of_the_year(demo: Database) -> None:
    figures = home_figures(demo, TODAY).competitions
    (count,), = _sql(demo, f"SELECT count(*) FROM competition WHERE voided = 0 AND starts_on LIKE '{YEAR}-%'")
    assert figures.competitions == count > 0
    assert figures.entrants > 0 and figures.honours > 0


def test_work_waiting_matches_the_queues(demo: Database) -> None:
    waiting = home_figures(demo, TODAY).waiting
    assert waiting.approvals == len(approval_queue(demo)) > 0
    assert waiting.group_approvals == len(list_groups(demo, status="submitted"))
    assert waiting.reviews_due == len(files_due_for_review(demo, TODAY)) > 0
    assert list(waiting.missing_exports) == periods_not_exported(demo, TODAY)
    assert not waiting.empty
    # further ahead, more files come due
    later = home_figures(demo, TODAY + timedelta(days=200)).waiting
    assert later.reviews_due == len(files_due_for_review(demo, TODAY + timedelta(days=200))) > waiting.reviews_due


def test_fast_enough_for_the_gui_thread(demo: Database) -> None:
    home_figures(demo, TODAY)
    start = time.perf_counter()
    home_figures(demo, TODAY)
    assert time.perf_counter() - start < 0.1


def test_a_new_ledger_shows_zeros_and_nothing_waiting(db: Database) -> None:
    set_up_ledger(db, DEMO_UNIT, "boss", "陈立", "Boss-2026!")
    figures = home_figures(db, TODAY)
    assert figures.year == YEAR
    assert (figures.members_active, figures.members_joined_this_year) == (0, 0)
    assert figures.new_members_by_month == (0,) * 12
    assert (figures.aid.total_fen, figures.aid.persons, figures.aid.budget_fen, figures.aid.campaigns) == (0, 0, 0, ())
    assert (figures.competitions.competitions, figures.competitions.entrants, figures.competitions.honours) == (0, 0, 0)
    assert figures.waiting.empty and figures.waiting.missing_exports == ()


def test_over_budget_is_used_money_above_the_budget() -> None:
    assert CampaignUse("夏送清凉", 100_00, 100_01, 50_00).over_budget
    assert not CampaignUse("夏送清凉", 100_00, 100_00, 100_00).over_budget
    assert not CampaignUse("无预算", None, 999_00, 999_00).over_budget

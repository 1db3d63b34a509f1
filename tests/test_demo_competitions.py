"""演示竞赛: the demo's contests have their kinds, levels, events of every entrant kind, lawful ranks with ties,
results dated within the competition and not in the future, honours, and went through the audited services."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from import_support import open_copy
from sqlalchemy import select

from db import Database
from db.models import User
from desktop.services.audit import verify_chain
from desktop.services.auth import actor_for
from desktop.services.competition_queries import (
    CompetitionRow,
    EntryRow,
    entries_of,
    events_of,
    list_competitions,
    teams_of,
)
from desktop.services.competition_rules import rank_problem
from desktop.services.demo import populate_demo
from desktop.services.demo_competitions import DemoCompetitionsResult, add_demo_competitions
from desktop.services.demo_members import add_demo_members
from desktop.services.honour_roll import honour_roll
from desktop.services.honours import list_honours

TODAY = date.today()
MEMBERS = 60


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[tuple[Database, object]]:
    db = open_copy(demo_template, tmp_path_factory.mktemp("demo-competitions"))
    result = populate_demo(db, MEMBERS)
    yield db, result
    db.close()


@pytest.fixture(scope="module")
def demo(ledger: tuple[Database, object]) -> Database:
    return ledger[0]


def _by_kind(db: Database) -> dict[str, list[CompetitionRow]]:
    found: dict[str, list[CompetitionRow]] = {}
    for row in list_competitions(db):
        found.setdefault(row.draft.kind, []).append(row)
    return found


def _events(db: Database, row: CompetitionRow) -> dict[str, str]:
    return {e.name: e.entrant_kind for e in events_of(db, row.id)}


def _all_entries(db: Database) -> list[tuple[CompetitionRow, str, list[EntryRow]]]:
    return [(row, event.name, entries_of(db, event.id))
            for row in list_competitions(db) for event in events_of(db, row.id)]


def test_the_four_contests_with_their_kinds_levels_and_events(demo: Database) -> None:
    kinds = _by_kind(demo)
    [ankang] = kinds["安康杯竞赛"]
    assert ankang.draft.level == "县（区、旗）"
    assert _events(demo, ankang) == {"安康杯优胜单位评选": "organization", "优胜班组": "team"}
    [skills] = kinds["职业技能竞赛"]
    assert skills.draft.level == "市"
    assert _events(demo, skills) == {"电工": "person", "焊工": "person", "叉车司机": "person"}
    safety = next(r for r in kinds["知识竞赛"] if "安全生产知识竞赛" in r.name)
    assert set(_events(demo, safety).values()) == {"team", "person"}
    [table_tennis] = kinds["职工文体比赛"]
    assert "乒乓球" in table_tennis.name and table_tennis.draft.level == "乡镇（街道）"
    assert _events(demo, table_tennis) == {"男子单打": "person", "女子单打": "person", "团体赛": "team",
                                           "优秀组织奖": "organization"}
    assert {"金奖", "银奖", "铜奖"} <= set(table_tennis.tiers)
    assert all(row.results > 0 for row in list_competitions(demo))


def test_competitions_in_the_previous_and_the_current_year(demo: Database) -> None:
    last_year = list_competitions(demo, year=TODAY.year - 1)
    assert last_year and list_competitions(demo, year=TODAY.year)
    law = next(r for r in last_year if "法律知识竞赛" in r.name)  # 全市职工法律知识竞赛第二名
    [teams] = events_of(demo, law.id)
    assert [(e.name, e.rank) for e in entries_of(demo, teams.id) if e.name == "星河镇代表队"] == [("星河镇代表队", 2)]


def test_every_events_ranks_follow_the_rule_with_ties(demo: Database) -> None:
    tied_events = []
    for row, event, entries in _all_entries(demo):
        ranks = [e.rank for e in entries if e.rank is not None]
        assert rank_problem(ranks) == "", (row.name, event, ranks)
        assert all(e.award in row.tiers for e in entries if e.award), (row.name, event)
        if len(ranks) != len(set(ranks)):
            tied_events.append(event)
    assert {"男子单打", "女子单打", "电工"} <= set(tied_events)
    [skills] = _by_kind(demo)["职业技能竞赛"]
    electricians = entries_of(demo, next(e.id for e in events_of(demo, skills.id) if e.name == "电工"))
    assert [e.rank for e in electricians[:3]] == [1, 1, 3] and electricians[0].score == electricians[1].score
    assert {e.award for e in electricians} == {"一等奖", "二等奖", "三等奖", "优秀奖"}
    assert all(float(e.score) > 0 for e in electricians)


def test_team_and_organization_entrants(demo: Database) -> None:
    kinds = {e.entrant_kind for _, _, entries in _all_entries(demo) for e in entries}
    assert kinds == {"person", "team", "organization"}
    [table_tennis] = _by_kind(demo)["职工文体比赛"]
    teams = teams_of(demo, table_tennis.id)
    assert len(teams) >= 3 and all(len(t.members) == 3 and t.organization_name for t in teams)
    assert all([m[2] for m in t.members].count("队长") == 1 for t in teams)
    team_event = next(e for e in events_of(demo, table_tennis.id) if e.name == "团体赛")
    assert {e.award for e in entries_of(demo, team_event.id)} >= {"金奖", "银奖", "铜奖"}
    [ankang] = _by_kind(demo)["安康杯竞赛"]
    units = next(e for e in events_of(demo, ankang.id) if e.entrant_kind == "organization")
    winners = [e for e in entries_of(demo, units.id) if e.award == "优胜单位"]
    assert winners and all(e.entrant_kind == "organization" and e.organization_name for e in winners)
    # the 优胜班组 are teams of the organizations entered, made of their members
    entered = {e.organization_id for e in entries_of(demo, units.id)}
    assert {t.organization_id for t in teams_of(demo, ankang.id)} <= entered


def test_results_never_before_the_start_nor_after_today(demo: Database) -> None:
    dated = 0
    for row, event, entries in _all_entries(demo):
        for e in entries:
            if e.rank is not None or e.award or e.score:
                assert e.result_on is not None and row.draft.starts_on <= e.result_on <= TODAY, (row.name, event)
                dated += 1
    assert dated > 40


def test_early_in_the_year_the_dates_are_squeezed_to_today(tmp_path: Path, demo_template: Path) -> None:
    early = date(TODAY.year, 1, 3)
    db = open_copy(demo_template, tmp_path / "early")
    try:
        with db.read_session() as session:
            clerk = actor_for(session.scalar(select(User).where(User.username == "clerk")))  # type: ignore[arg-type]
        add_demo_members(db, clerk, 40, seed=3, today=early)
        result = add_demo_competitions(db, clerk, seed=3, today=early)
        assert result.competitions == 5 and result.entries > 40 and result.honours >= 10
        assert all(h.draft.awarded_on <= early for h in list_honours(db))
        for row, _, entries in _all_entries(db):
            assert row.draft.starts_on <= early
            assert all(row.draft.starts_on <= e.result_on <= early for e in entries if e.result_on)
    finally:
        db.close()


def test_the_demo_reports_what_it_added(ledger: tuple[Database, object]) -> None:
    result = ledger[1].competitions  # type: ignore[attr-defined]
    assert isinstance(result, DemoCompetitionsResult)
    assert result.competitions == len(list_competitions(ledger[0])) == 5
    assert result.entries == sum(len(entries) for _, _, entries in _all_entries(ledger[0]))


def test_honours_follow_from_the_results(demo: Database) -> None:
    honours = list_honours(demo)
    titles = {h.title for h in honours}
    assert {"技术能手", "安康杯优胜单位", "优秀组织奖", "五一劳动奖章", "工人先锋号"} <= titles
    starts = {row.id: row.draft.starts_on for row in list_competitions(demo)}
    assert all(h.draft.awarded_on <= TODAY for h in honours)
    assert all(starts[h.draft.competition_id] <= h.draft.awarded_on for h in honours if h.draft.competition_id)
    # 技术能手: each skills event's winners (both of a tie), linked to the competition and the winning entry
    [skills] = _by_kind(demo)["职业技能竞赛"]
    firsts = {e.id: e.entrant_id for event in events_of(demo, skills.id) for e in entries_of(demo, event.id)
              if e.rank == 1}
    masters = [h for h in honours if h.title == "技术能手"]
    assert {h.draft.entry_id: h.draft.person_id for h in masters} == firsts and len(firsts) >= 4
    assert all(h.draft.competition_id == skills.id and h.draft.level == "市" for h in masters)
    [ankang] = _by_kind(demo)["安康杯竞赛"]
    units = next(e for e in events_of(demo, ankang.id) if e.entrant_kind == "organization")
    winning = {e.entrant_id for e in entries_of(demo, units.id) if e.award == "优胜单位"}
    assert {h.draft.organization_id for h in honours if h.title == "安康杯优胜单位"} == winning
    assert all(h.draft.recipient_kind == "organization" for h in honours if h.title == "优秀组织奖")
    [medal] = [h for h in honours if h.title == "五一劳动奖章"]
    assert (medal.draft.level, medal.draft.recipient_kind, medal.draft.competition_id) == ("市", "person", None)
    [pioneers] = [h for h in honours if h.title == "工人先锋号"]
    assert pioneers.draft.recipient_kind == "team" and pioneers.recipient_name
    # the honour roll sets an 安康杯 winner's title beside the result that won it
    roll = {r.recipient_id: r for r in honour_roll(demo, by="organization")}
    for org in winning:
        assert "安康杯优胜单位" in {h.title for h in roll[org].honours}
        assert "优胜单位" in {a.award for a in roll[org].awards}


def test_audit_chain_verifies(demo: Database) -> None:
    with demo.read_session() as session:
        report = verify_chain(session)
    assert report.ok, report.reason

"""竞赛: events, entrants of every kind, results with the ranking and tie rule, and the refusals."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from db import Database
from db.models import AuditEvent
from desktop.services.actor import Actor
from desktop.services.competition_entries import (
    ResultLine,
    add_entry,
    create_team,
    record_results,
    set_team_members,
    withdraw_entry,
)
from desktop.services.competition_queries import (
    entries_of,
    events_of,
    get_competition,
    list_competitions,
    teams_of,
)
from desktop.services.competition_rules import parse_tiers, rank_problem, ranks_for_order
from desktop.services.competitions import (
    CompetitionDraft,
    EventDraft,
    add_event,
    create_competition,
    update_competition,
    void_competition,
)
from desktop.services.errors import ServiceError
from desktop.services.honours import HonourDraft, create_honour
from desktop.services.member_rules import InvalidMember
from desktop.services.organizations import OrganizationDraft, create_organization
from desktop.services.persons import checked_identity

IDS = ["11010519491231002X", "440524188001010014", "110105198001010024", "110105198001010016"]
NAMES = ["王秀英", "李建国", "赵小梅", "孙立"]
START = date(2026, 5, 1)


@pytest.mark.parametrize(("ranks", "ok"), [
    ([1, 2, 3], True), ([1, 1, 3], True), ([1, 2, 2, 4], True), ([1, 1, 1, 4, 5], True), ([3, 1, 1], True),
    ([1], True), ([], True), ([1, 1, 2], False), ([1, 3], False), ([2], False), ([1, 2, 2, 3], False), ([0, 1], False),
])
def test_ranks_are_unique_except_ties_which_skip_the_next(ranks: list[int], ok: bool) -> None:
    assert (rank_problem(ranks) == "") is ok


def test_the_tie_message_says_which_rank_comes_next() -> None:
    assert "第 1 名有 2 个并列，下一个名次应为第 3 名" in rank_problem([1, 1, 2])


def test_ranks_typed_in_finishing_order_with_ties() -> None:
    assert ranks_for_order([False, True, False, False, True, True]) == [1, 1, 3, 4, 4, 4]
    assert parse_tiers("金奖，银奖、铜奖 优秀组织奖 金奖") == ("金奖", "银奖", "铜奖", "优秀组织奖")


@pytest.fixture
def tournament(demo_db: Database, clerk: Actor) -> tuple[int, int, int]:
    """A table-tennis tournament with a singles and a team event; returns (competition, singles, teams)."""
    cid = create_competition(demo_db, clerk, CompetitionDraft(
        "2026年星河镇职工乒乓球比赛", "职工文体比赛", "乡镇（街道）", START, START + timedelta(days=2),
        organizer="星河镇总工会", award_tiers="一等奖、二等奖、三等奖、优秀奖"),
        events=[EventDraft("男子单打"), EventDraft("团体赛", "team")])
    singles, teams = (e.id for e in events_of(demo_db, cid))
    return cid, singles, teams


def enter_people(db: Database, actor: Actor, event: int, count: int = 4) -> list[int]:
    return [add_entry(db, actor, event, "person", recipient=checked_identity(NAMES[i], IDS[i])) for i in range(count)]


def test_a_tournament_with_ties_recorded_in_rank_order(demo_db: Database, clerk: Actor,
                                                       tournament: tuple[int, int, int]) -> None:
    cid, singles, _ = tournament
    e = enter_people(demo_db, clerk, singles)
    ranks = ranks_for_order([False, True, False, False])  # 1, 1, 3, 4
    lines = [ResultLine(e[i], score=s, rank=ranks[i], award=a)
             for i, (s, a) in enumerate([("3:0", "一等奖"), ("3:0", "一等奖"), ("3:2", "三等奖"), ("", "优秀奖")])]
    assert record_results(demo_db, clerk, singles, lines, START + timedelta(days=1)) == 4
    rows = entries_of(demo_db, singles)
    assert [(r.name, r.rank, r.award) for r in rows] == [
        ("王秀英", 1, "一等奖"), ("李建国", 1, "一等奖"), ("赵小梅", 3, "三等奖"), ("孙立", 4, "优秀奖")]
    row = get_competition(demo_db, cid)
    assert (row.events, row.entries, row.results) == (2, 4, 4)


def test_a_rank_that_breaks_the_tie_rule_is_refused_and_nothing_changes(
        demo_db: Database, clerk: Actor, tournament: tuple[int, int, int]) -> None:
    _, singles, _ = tournament
    e = enter_people(demo_db, clerk, singles, 3)
    with pytest.raises(InvalidMember, match="下一个名次应为第 3 名"):
        record_results(demo_db, clerk, singles, [ResultLine(e[0], rank=1), ResultLine(e[1], rank=1),
                                                 ResultLine(e[2], rank=2)], START)
    assert all(r.rank is None for r in entries_of(demo_db, singles))
    # the rule holds for the event as it will stand: a later line cannot duplicate an earlier rank
    record_results(demo_db, clerk, singles, [ResultLine(e[0], rank=1)], START)
    with pytest.raises(InvalidMember, match="第 1 名有 2 个并列"):
        record_results(demo_db, clerk, singles, [ResultLine(e[1], rank=1), ResultLine(e[2], rank=2)], START)


def test_results_only_on_or_after_the_start_and_with_the_competitions_tiers(
        demo_db: Database, clerk: Actor, tournament: tuple[int, int, int]) -> None:
    cid, singles, _ = tournament
    e = enter_people(demo_db, clerk, singles, 1)
    with pytest.raises(InvalidMember, match="早于竞赛开始日期") as bad:
        record_results(demo_db, clerk, singles, [ResultLine(e[0], rank=1, award="金奖")], START - timedelta(days=1))
    assert {p.field for p in bad.value.problems} == {"result_on", "award"}
    assert "不在本竞赛的奖项设置中" in str(bad.value)
    row = get_competition(demo_db, cid)
    update_competition(demo_db, clerk, cid, row.draft.__class__(**{**row.draft.__dict__,
                                                                    "award_tiers": "金奖、银奖、铜奖、一等奖"}))
    record_results(demo_db, clerk, singles, [ResultLine(e[0], rank=1, award="金奖")], START)
    with pytest.raises(InvalidMember, match="已有成绩使用了奖项“金奖”"):
        update_competition(demo_db, clerk, cid, row.draft)


def test_an_entrant_appears_once_per_event_and_only_of_the_events_kind(
        demo_db: Database, clerk: Actor, tournament: tuple[int, int, int]) -> None:
    _, singles, team_event = tournament
    e = enter_people(demo_db, clerk, singles, 1)
    with pytest.raises(ServiceError, match="已经登记在项目“男子单打”中"):
        add_entry(demo_db, clerk, singles, "person", recipient=checked_identity(NAMES[0], IDS[0]))
    with pytest.raises(ServiceError, match="参赛者应为团体（队伍）"):
        add_entry(demo_db, clerk, team_event, "person", recipient=checked_identity(NAMES[1], IDS[1]))
    withdraw_entry(demo_db, clerk, e[0], "因伤退赛")
    add_entry(demo_db, clerk, singles, "person", recipient=checked_identity(NAMES[0], IDS[0]))  # entered again
    assert len(entries_of(demo_db, singles)) == 1


def test_teams_and_organizations_as_entrants(demo_db: Database, clerk: Actor, tournament: tuple[int, int, int]) -> None:
    cid, singles, team_event = tournament
    org = create_organization(demo_db, clerk, OrganizationDraft(name="星河机械厂")).id
    enter_people(demo_db, clerk, singles, 2)
    people = [r.entrant_id for r in entries_of(demo_db, singles)]
    team = create_team(demo_db, clerk, cid, "星河机械厂代表队", organization_id=org,
                       members=[(people[0], "队长"), (people[1], "队员")])
    entry = add_entry(demo_db, clerk, team_event, "team", team)
    record_results(demo_db, clerk, team_event, [ResultLine(entry, score="3:1", rank=1, award="一等奖")], START)
    [row] = entries_of(demo_db, team_event)
    assert (row.name, row.organization_name, row.rank) == ("星河机械厂代表队", "星河机械厂", 1)
    assert [(m[1], m[2]) for m in teams_of(demo_db, cid)[0].members] == [("王秀英", "队长"), ("李建国", "队员")]
    award = add_event(demo_db, clerk, cid, EventDraft("优秀组织奖", "organization"))
    add_entry(demo_db, clerk, award, "organization", org)
    with pytest.raises(ServiceError, match="已经登记"):
        add_entry(demo_db, clerk, award, "organization", org)


def test_everything_is_audited(demo_db: Database, clerk: Actor, tournament: tuple[int, int, int]) -> None:
    _, singles, _ = tournament
    e = enter_people(demo_db, clerk, singles, 1)
    record_results(demo_db, clerk, singles, [ResultLine(e[0], score="98.5", rank=1)], START)
    with demo_db.read_session() as session:
        actions = list(session.scalars(select(AuditEvent.action).where(AuditEvent.action.like("%entry%")
                                                                       | AuditEvent.action.like("competition%"))))
    assert actions == ["competition.create", "competition_event.create", "competition_event.create",
                       "entry.create", "entry.result"]
    assert [r.name for r in list_competitions(demo_db, year=2026)] == ["2026年星河镇职工乒乓球比赛"]


def test_near_duplicate_names_are_refused(demo_db: Database, clerk: Actor, tournament: tuple[int, int, int]) -> None:
    cid, _, _ = tournament
    add_event(demo_db, clerk, cid, EventDraft("象棋(男子组)"))
    with pytest.raises(InvalidMember, match="本竞赛已有项目“象棋\\(男子组\\)”"):
        add_event(demo_db, clerk, cid, EventDraft("象棋（男子组）"))
    create_team(demo_db, clerk, cid, "星河一队")
    with pytest.raises(InvalidMember, match="已有名为“星河一队”的队伍"):
        create_team(demo_db, clerk, cid, "星河 一队")
    row = get_competition(demo_db, cid)
    with pytest.raises(InvalidMember, match="已有竞赛“2026年星河镇职工乒乓球比赛”"):
        create_competition(demo_db, clerk, row.draft.__class__(**{**row.draft.__dict__,
                                                                   "name": "2026年星河镇职工乒乓球比赛 "}))


def test_one_person_cannot_play_for_two_teams_in_one_event(demo_db: Database, clerk: Actor,
                                                           tournament: tuple[int, int, int]) -> None:
    cid, singles, team_event = tournament
    enter_people(demo_db, clerk, singles, 3)
    p = [r.entrant_id for r in entries_of(demo_db, singles)]
    a = create_team(demo_db, clerk, cid, "甲队", members=[(p[0], "队长"), (p[1], "队员")])
    b = create_team(demo_db, clerk, cid, "乙队", members=[(p[0], "队长"), (p[2], "队员")])
    add_entry(demo_db, clerk, team_event, "team", a)
    with pytest.raises(ServiceError, match="同一项目中一人不能代表两支队伍"):
        add_entry(demo_db, clerk, team_event, "team", b)
    set_team_members(demo_db, clerk, b, [(p[2], "队长")])
    add_entry(demo_db, clerk, team_event, "team", b)
    with pytest.raises(InvalidMember, match="已是“甲队”的队员"):
        set_team_members(demo_db, clerk, b, [(p[2], "队长"), (p[0], "队员")])


def test_a_role_change_is_audited_and_a_voided_competition_is_closed(
        demo_db: Database, clerk: Actor, tournament: tuple[int, int, int]) -> None:
    cid, singles, _ = tournament
    enter_people(demo_db, clerk, singles, 2)
    p = [r.entrant_id for r in entries_of(demo_db, singles)]
    team = create_team(demo_db, clerk, cid, "甲队", members=[(p[0], "队长"), (p[1], "队员")])
    set_team_members(demo_db, clerk, team, [(p[0], "队员"), (p[1], "队长")])
    with demo_db.read_session() as session:
        assert session.scalar(select(AuditEvent.changes_json).where(AuditEvent.action == "team.members")) is not None
    void_competition(demo_db, clerk, cid, "重复录入")
    with pytest.raises(ServiceError, match="已作废"):
        set_team_members(demo_db, clerk, team, [(p[0], "队长")])


def test_the_start_cannot_move_past_a_linked_honour_nor_an_honoured_entry_be_withdrawn(
        demo_db: Database, clerk: Actor, tournament: tuple[int, int, int]) -> None:
    cid, singles, _ = tournament
    [entry] = enter_people(demo_db, clerk, singles, 1)
    record_results(demo_db, clerk, singles, [ResultLine(entry, rank=1, award="一等奖")], START + timedelta(days=2))
    person = entries_of(demo_db, singles)[0].entrant_id
    create_honour(demo_db, clerk, HonourDraft("技术能手", "乡镇（街道）", START, "person", person_id=person,
                                              competition_id=cid))
    row = get_competition(demo_db, cid)
    with pytest.raises(InvalidMember, match="成绩或荣誉"):
        update_competition(demo_db, clerk, cid, row.draft.__class__(**{**row.draft.__dict__,
                                                                        "starts_on": START + timedelta(days=1)}))
    linked = create_honour(demo_db, clerk, HonourDraft("优胜奖", "乡镇（街道）", START + timedelta(days=2), "person",
                                                       person_id=person, competition_id=cid, entry_id=entry))
    with pytest.raises(ServiceError, match="请先作废或改正该荣誉"):
        withdraw_entry(demo_db, clerk, entry, "录错了")
    assert linked

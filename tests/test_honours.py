"""荣誉与光荣榜: honours created, corrected and voided with their refusals; the roll by person, team and
organization compared with the results; a person's record with their team entries."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from db import Database
from db.models import AuditEvent, Honour
from desktop.domain.id_number import check_character
from desktop.services.actor import Actor
from desktop.services.competition_entries import ResultLine, add_entry, create_team, record_results
from desktop.services.competition_queries import events_of
from desktop.services.competitions import (
    CompetitionDraft,
    EventDraft,
    add_event,
    create_competition,
    void_competition,
    void_event,
)
from desktop.services.errors import ServiceError
from desktop.services.honour_roll import honour_roll, person_record
from desktop.services.honours import (
    HonourDraft,
    create_honour,
    find_teams,
    get_honour,
    list_honours,
    update_honour,
    void_honour,
)
from desktop.services.member_rules import InvalidMember
from desktop.services.organizations import OrganizationDraft, create_organization
from desktop.services.persons import checked_identity, ensure_person

TODAY = date.today()
START = TODAY - timedelta(days=60)
NAMES = ["欧阳素琴", "司马建华", "诸葛明远", "上官秀兰"]  # no demo person has these names


def resident_id(serial: int) -> str:
    first17 = f"110105197503{serial % 28 + 1:02d}{serial:03d}"
    return first17 + check_character(first17)


@dataclass(frozen=True)
class Contest:
    competition: int
    singles: int
    team_event: int
    org_event: int
    people: list[int]
    team: int
    org: int
    entries: dict[str, int]


@pytest.fixture
def contest(demo_db: Database, clerk: Actor) -> Contest:
    """A table-tennis tournament: singles (欧阳 1st, 司马 2nd, 诸葛 4th), a team event won by a team of
    司马 and 上官, and an organization award — all through the competition services."""
    cid = create_competition(demo_db, clerk, CompetitionDraft(
        "职工乒乓球比赛（荣誉测试）", "职工文体比赛", "乡镇（街道）", START, START + timedelta(days=2),
        organizer="星河镇总工会", award_tiers="一等奖、二等奖、三等奖、优秀奖、优秀组织奖"),
        events=[EventDraft("男子单打"), EventDraft("团体赛", "team"), EventDraft("优秀组织奖评选", "organization")])
    singles, team_event, org_event = (e.id for e in events_of(demo_db, cid))
    with demo_db.session() as session:
        people = [ensure_person(session, clerk, checked_identity(n, resident_id(101 + i))).id
                  for i, n in enumerate(NAMES)]
    org = create_organization(demo_db, clerk, OrganizationDraft(name="荣誉测试机械厂")).id
    e = [add_entry(demo_db, clerk, singles, "person", people[i]) for i in range(4)]
    record_results(demo_db, clerk, singles, [ResultLine(e[0], "11:3", 1, "一等奖"), ResultLine(e[1], "11:7", 2),
                                             ResultLine(e[2], "", 3), ResultLine(e[3], "", 4)],
                   START + timedelta(days=1))
    team = create_team(demo_db, clerk, cid, "荣誉测试代表队", organization_id=org,
                       members=[(people[1], "队长"), (people[3], "队员")])
    team_entry = add_entry(demo_db, clerk, team_event, "team", team)
    record_results(demo_db, clerk, team_event, [ResultLine(team_entry, "3:1", 1, "一等奖")], START + timedelta(days=2))
    org_entry = add_entry(demo_db, clerk, org_event, "organization", org)
    record_results(demo_db, clerk, org_event, [ResultLine(org_entry, award="优秀组织奖")], START + timedelta(days=2))
    return Contest(cid, singles, team_event, org_event, people, team, org,
                   {"champion": e[0], "fourth": e[3], "team": team_entry, "org": org_entry})


def person_honour(contest: Contest, **changes: object) -> HonourDraft:
    draft = HonourDraft("技术能手", "乡镇（街道）", START + timedelta(days=5), "person", person_id=contest.people[0],
                        granting_body="星河镇总工会", document_number="星工发〔2026〕8号",
                        competition_id=contest.competition, entry_id=contest.entries["champion"])
    return replace(draft, **changes)  # type: ignore[arg-type]


def test_an_honour_for_a_result_is_recorded_and_listed(demo_db: Database, clerk: Actor, contest: Contest) -> None:
    hid = create_honour(demo_db, clerk, person_honour(contest, title=" 技术能手 ", level="乡镇(街道)"))
    row = get_honour(demo_db, hid)
    assert (row.title, row.draft.level, row.recipient_name, row.kind_label, row.competition_name) == (
        "技术能手", "乡镇（街道）", "欧阳素琴", "个人", "职工乒乓球比赛（荣誉测试）")
    assert row.recipient_detail.startswith("110105") and "*" in row.recipient_detail  # the ID is masked
    assert [r.id for r in list_honours(demo_db, year=row.draft.awarded_on.year)][:1] == [hid]
    assert [r.id for r in list_honours(demo_db, competition_id=contest.competition)] == [hid]
    assert list_honours(demo_db, recipient_kind="team", competition_id=contest.competition) == []


def test_free_titles_and_a_new_person_registered_with_the_honour(demo_db: Database, clerk: Actor,
                                                                contest: Contest) -> None:
    identity = checked_identity("东方晓燕", resident_id(250))
    hid = create_honour(demo_db, clerk, HonourDraft("全镇十佳巾帼建功标兵", "乡镇（街道）", TODAY, "person"),
                        recipient=identity)
    row = get_honour(demo_db, hid)
    assert (row.title, row.recipient_name) == ("全镇十佳巾帼建功标兵", "东方晓燕")


def test_every_wrong_field_is_named(demo_db: Database, clerk: Actor, contest: Contest) -> None:
    with pytest.raises(InvalidMember) as caught:
        create_honour(demo_db, clerk, HonourDraft(" ", "村级", TODAY + timedelta(days=1), "person"))
    fields = {p.field: p.message for p in caught.value.problems}
    assert set(fields) == {"title", "level", "awarded_on", "recipient"}
    assert "村级" in fields["level"] and "晚于今天" in fields["awarded_on"]
    with pytest.raises(InvalidMember) as caught:  # before the competition started
        create_honour(demo_db, clerk, person_honour(contest, awarded_on=START - timedelta(days=1)))
    assert [p.field for p in caught.value.problems] == ["awarded_on"]
    assert "早于竞赛" in str(caught.value)
    with pytest.raises(InvalidMember, match="不是本荣誉的获奖对象"):  # someone else's result
        create_honour(demo_db, clerk, person_honour(contest, person_id=contest.people[1]))
    other = create_competition(demo_db, clerk, CompetitionDraft("另一个竞赛", "知识竞赛", "县（区、旗）", START))
    with pytest.raises(InvalidMember, match="不属于所选竞赛"):
        create_honour(demo_db, clerk, person_honour(contest, competition_id=other))
    with pytest.raises(InvalidMember, match="不属于所选竞赛"):
        create_honour(demo_db, clerk, HonourDraft("优胜班组", "县（区、旗）", TODAY, "team", team_id=contest.team,
                                                  competition_id=other))
    with pytest.raises(InvalidMember, match="请选择获奖单位"):
        create_honour(demo_db, clerk, HonourDraft("安康杯优胜单位", "市", TODAY, "organization"))
    void_competition(demo_db, clerk, other, "重复录入")
    with pytest.raises(InvalidMember, match="已作废"):
        create_honour(demo_db, clerk, HonourDraft("先进个人", "县（区、旗）", TODAY, "person",
                                                  person_id=contest.people[0], competition_id=other))
    with demo_db.read_session() as session:
        assert session.scalars(select(Honour)).all() == []


def test_the_entry_alone_links_the_competition(demo_db: Database, clerk: Actor, contest: Contest) -> None:
    hid = create_honour(demo_db, clerk, person_honour(contest, competition_id=None))
    assert get_honour(demo_db, hid).draft.competition_id == contest.competition


def test_corrected_then_voided_never_deleted_and_audited(demo_db: Database, clerk: Actor, contest: Contest) -> None:
    hid = create_honour(demo_db, clerk, person_honour(contest))
    update_honour(demo_db, clerk, hid, person_honour(contest, document_number="星工发〔2026〕9号"))
    with pytest.raises(ServiceError, match="原因"):
        void_honour(demo_db, clerk, hid, "  ")
    void_honour(demo_db, clerk, hid, "文号录错，已重新登记")
    assert list_honours(demo_db, competition_id=contest.competition) == []
    [row] = list_honours(demo_db, competition_id=contest.competition, include_voided=True)
    assert row.voided and row.void_reason == "文号录错，已重新登记" and row.draft.document_number == "星工发〔2026〕9号"
    with pytest.raises(ServiceError, match="已作废"):
        update_honour(demo_db, clerk, hid, person_honour(contest))
    with demo_db.read_session() as session:
        events = session.execute(select(AuditEvent.action, AuditEvent.changes_json).where(
            AuditEvent.entity_type == "honour").order_by(AuditEvent.id)).all()
    assert [a for a, _ in events] == ["honour.create", "honour.update", "honour.void"]
    assert "星工发〔2026〕9号" in events[1][1] and "文号录错" in events[2][1]


def test_the_roll_by_person_shows_honours_and_winning_results_team_ones_included(
        demo_db: Database, clerk: Actor, contest: Contest) -> None:
    create_honour(demo_db, clerk, person_honour(contest))
    create_honour(demo_db, clerk, person_honour(contest, title="五一劳动奖章", level="县（区、旗）", entry_id=None))
    rows = {r.name: r for r in honour_roll(demo_db, by="person") if r.name in NAMES}
    ouyang, sima, zhuge, shangguan = (rows.get(n) for n in NAMES)
    assert ouyang is not None and sorted(h.title for h in ouyang.honours) == ["五一劳动奖章", "技术能手"]
    assert [(a.event, a.rank, a.award) for a in ouyang.awards] == [("男子单打", 1, "一等奖")]
    assert "*" in ouyang.detail  # masked ID
    assert sima is not None and {(a.event, a.rank, a.team) for a in sima.awards} == {
        ("男子单打", 2, ""), ("团体赛", 1, "荣誉测试代表队")}
    assert zhuge is not None and [(a.rank, a.award) for a in zhuge.awards] == [(3, "")]
    assert shangguan is not None and [(a.event, a.team) for a in shangguan.awards] == [("团体赛", "荣誉测试代表队")]
    ordered = [r.name for r in honour_roll(demo_db, by="person") if r.name in NAMES]
    assert (ouyang.count, sima.count, zhuge.count) == (2, 2, 1)  # 技术能手 and the title it was granted for: once
    assert set(ordered[:2]) == {"欧阳素琴", "司马建华"} and ordered.index("司马建华") < ordered.index("诸葛明远")
    assert [r.name for r in honour_roll(demo_db, by="person", text="司马")] == ["司马建华"]
    assert [r.name for r in honour_roll(demo_db, by="person", text="oysq")] == ["欧阳素琴"]
    assert all(r.name != "欧阳素琴" for r in honour_roll(demo_db, by="person", level="全国"))
    assert all(r.name not in NAMES for r in honour_roll(demo_db, by="person", year=START.year - 3))


def test_the_roll_by_team_and_by_organization(demo_db: Database, clerk: Actor, contest: Contest) -> None:
    create_honour(demo_db, clerk, HonourDraft("工人先锋号", "县（区、旗）", TODAY, "team", team_id=contest.team,
                                              entry_id=contest.entries["team"]))
    create_honour(demo_db, clerk, HonourDraft("安康杯优胜单位", "市", TODAY, "organization",
                                              organization_id=contest.org))
    [team] = [r for r in honour_roll(demo_db, by="team") if r.recipient_id == contest.team]
    assert (team.name, [h.title for h in team.honours], [(a.event, a.award) for a in team.awards]) == (
        "荣誉测试代表队", ["工人先锋号"], [("团体赛", "一等奖")])
    assert "职工乒乓球比赛（荣誉测试）" in team.detail and "司马建华、上官秀兰" in team.detail
    [org] = [r for r in honour_roll(demo_db, by="organization", text="荣誉测试")]
    assert (org.name, [h.title for h in org.honours], [a.award for a in org.awards]) == (
        "荣誉测试机械厂", ["安康杯优胜单位"], ["优秀组织奖"])
    assert org.count == 2
    assert [r.name for r in honour_roll(demo_db, by="team", text="代表队")] == ["荣誉测试代表队"]


def test_voided_honours_and_voided_competitions_leave_the_roll(demo_db: Database, clerk: Actor,
                                                               contest: Contest) -> None:
    hid = create_honour(demo_db, clerk, person_honour(contest))
    void_honour(demo_db, clerk, hid, "录错")
    [ouyang] = honour_roll(demo_db, by="person", text="欧阳素琴")
    assert ouyang.honours == () and len(ouyang.awards) == 1
    void_competition(demo_db, clerk, contest.competition, "测试作废")
    assert honour_roll(demo_db, by="person", text="欧阳素琴") == []


def test_a_persons_record_includes_team_entries_and_team_honours(demo_db: Database, clerk: Actor,
                                                                 contest: Contest) -> None:
    create_honour(demo_db, clerk, HonourDraft("优胜班组", "乡镇（街道）", TODAY, "team", team_id=contest.team))
    create_honour(demo_db, clerk, HonourDraft("技术能手", "县（区、旗）", TODAY, "person", person_id=contest.people[1]))
    record = person_record(demo_db, contest.people[1])
    assert sorted((e.event, e.team, e.score, e.rank, e.award) for e in record.entries) == [
        ("团体赛", "荣誉测试代表队", "3:1", 1, "一等奖"), ("男子单打", "", "11:7", 2, "")]
    assert {(h.title, h.recipient_name) for h in record.honours} == {("优胜班组", "荣誉测试代表队"),
                                                                    ("技术能手", "司马建华")}
    fourth = person_record(demo_db, contest.people[3])  # every entry, not only winning ones
    assert [(e.event, e.rank) for e in fourth.entries if e.event == "男子单打"] == [("男子单打", 4)]


def test_teams_are_found_by_name(demo_db: Database, contest: Contest) -> None:
    [team] = find_teams(demo_db, "测试代表")
    assert (team.name, team.competition_name, team.organization_name) == (
        "荣誉测试代表队", "职工乒乓球比赛（荣誉测试）", "荣誉测试机械厂")
    assert any(t.id == contest.team for t in find_teams(demo_db, "荣誉测试机械厂"))


def test_an_organization_event_can_be_added_later(demo_db: Database, clerk: Actor, contest: Contest) -> None:
    event = add_event(demo_db, clerk, contest.competition, EventDraft("安康杯知识竞赛", "organization"))
    entry = add_entry(demo_db, clerk, event, "organization", contest.org)
    record_results(demo_db, clerk, event, [ResultLine(entry, "95", 1, "一等奖")], START + timedelta(days=1))
    [org] = honour_roll(demo_db, by="organization", text="荣誉测试机械厂")
    assert sorted(a.event for a in org.awards) == ["优秀组织奖评选", "安康杯知识竞赛"]


def test_a_competition_voided_after_its_honours_takes_them_off_the_roll_the_list_and_the_record(
        demo_db: Database, clerk: Actor, contest: Contest) -> None:
    create_honour(demo_db, clerk, person_honour(contest))  # 技术能手 for 欧阳's singles title
    medal = create_honour(demo_db, clerk, person_honour(contest, title="五一劳动奖章", level="县（区、旗）",
                                                        competition_id=None, entry_id=None))  # not from the contest
    create_honour(demo_db, clerk, HonourDraft("优胜班组", "乡镇（街道）", TODAY, "team", team_id=contest.team,
                                              competition_id=contest.competition))
    create_honour(demo_db, clerk, HonourDraft("工人先锋号", "县（区、旗）", TODAY, "team", team_id=contest.team))
    void_competition(demo_db, clerk, contest.competition, "重复录入")
    [ouyang] = honour_roll(demo_db, by="person", text="欧阳素琴")
    assert ([h.title for h in ouyang.honours], ouyang.awards, ouyang.count) == (["五一劳动奖章"], (), 1)
    assert all(r.recipient_id != contest.team for r in honour_roll(demo_db, by="team"))
    assert list_honours(demo_db, competition_id=contest.competition) == []
    assert [h.id for h in list_honours(demo_db) if h.draft.person_id == contest.people[0]] == [medal]
    assert all(h.draft.team_id != contest.team for h in list_honours(demo_db))
    shown = list_honours(demo_db, include_voided=True)  # still there when asked for, marked
    gone = [h for h in shown if h.draft.competition_id == contest.competition or h.draft.team_id == contest.team]
    assert sorted(h.title for h in gone) == ["优胜班组", "工人先锋号", "技术能手"]
    assert all(h.competition_voided and not h.voided for h in gone)
    assert [(h.title, h.competition_voided) for h in shown if h.id == medal] == [("五一劳动奖章", False)]
    assert [h.title for h in person_record(demo_db, contest.people[0]).honours] == ["五一劳动奖章"]
    assert person_record(demo_db, contest.people[1]).honours == []  # the team's honours went with the contest


def test_an_honour_in_a_voided_event_leaves_the_roll(demo_db: Database, clerk: Actor, contest: Contest) -> None:
    create_honour(demo_db, clerk, person_honour(contest))
    void_event(demo_db, clerk, contest.singles, "项目录错")
    assert honour_roll(demo_db, by="person", text="欧阳素琴") == []
    assert list_honours(demo_db, competition_id=contest.competition) == []


def test_honours_cannot_follow_from_a_voided_event_or_a_voided_competitions_team(
        demo_db: Database, clerk: Actor, contest: Contest) -> None:
    void_event(demo_db, clerk, contest.singles, "项目录错")
    with pytest.raises(InvalidMember) as caught:
        create_honour(demo_db, clerk, person_honour(contest))
    [problem] = caught.value.problems
    assert problem.field == "entry_id" and "男子单打" in problem.message and "已作废" in problem.message
    void_competition(demo_db, clerk, contest.competition, "重复录入")
    with pytest.raises(InvalidMember) as caught:
        create_honour(demo_db, clerk, HonourDraft("工人先锋号", "县（区、旗）", TODAY, "team", team_id=contest.team))
    [problem] = caught.value.problems
    assert problem.field == "recipient" and "已作废" in problem.message
    with demo_db.read_session() as session:
        assert session.scalars(select(Honour)).all() == []


def test_the_rolls_count_takes_a_result_and_the_honour_for_it_once(demo_db: Database, clerk: Actor,
                                                                    contest: Contest) -> None:
    def ouyang() -> tuple[int, int, int]:
        [row] = honour_roll(demo_db, by="person", text="欧阳素琴")
        return len(row.honours), len(row.awards), row.count

    assert ouyang() == (0, 1, 1)  # the singles title
    create_honour(demo_db, clerk, person_honour(contest))  # 技术能手 for that very title
    assert ouyang() == (1, 1, 1)
    create_honour(demo_db, clerk, person_honour(contest, title="五一劳动奖章", entry_id=None))  # for something else
    assert ouyang() == (2, 1, 2)
    [org] = honour_roll(demo_db, by="organization", text="荣誉测试机械厂")
    assert org.count == 1
    create_honour(demo_db, clerk, HonourDraft("优秀组织奖", "乡镇（街道）", TODAY, "organization",
                                              organization_id=contest.org, entry_id=contest.entries["org"]))
    [org] = honour_roll(demo_db, by="organization", text="荣誉测试机械厂")
    assert (len(org.honours), len(org.awards), org.count) == (1, 1, 1)
    assert [h.entry_id for h in org.honours] == [contest.entries["org"]]

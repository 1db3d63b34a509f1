"""荣誉 and 光荣榜 GUI: an honour recorded from the keyboard, the roll comparing honours with results, and a
member's competitions and honours in their record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_members_support import (  # noqa: F401 (fixture)
    bulk,
    clerk_context,
    draft_for,
    make_organization,
    resident_id,
    type_text,
)

from desktop.services.competition_entries import ResultLine, add_entry, create_team, record_results
from desktop.services.competition_queries import events_of
from desktop.services.competitions import CompetitionDraft, EventDraft, create_competition
from desktop.services.honours import HonourDraft, create_honour, list_honours
from desktop.services.member_search import MemberQuery, search_members
from desktop.services.persons import checked_identity, ensure_person
from desktop.ui.competitions.honour_dialog import HonourDialog
from desktop.ui.competitions.honour_roll import HonourRollTab
from desktop.ui.competitions.honours_tab import HonoursTab
from desktop.ui.members.detail_dialog import MemberDetailDialog

START = date.today() - timedelta(days=40)
PEOPLE = ["欧阳素琴", "司马建华"]  # no demo person has these names


@dataclass(frozen=True)
class Contest:
    competition: int
    people: list[int]
    team: int


@pytest.fixture
def contest(clerk_context) -> Contest:  # type: ignore[no-untyped-def]  # noqa: F811
    """欧阳 wins the singles; 司马 plays in the team that wins the team event."""
    db, clerk = clerk_context.db, clerk_context.actor
    cid = create_competition(db, clerk, CompetitionDraft(
        "全镇职工乒乓球赛", "职工文体比赛", "乡镇（街道）", START, START + timedelta(days=1)),
        events=[EventDraft("女子单打"), EventDraft("团体赛", "team")])
    singles, team_event = (e.id for e in events_of(db, cid))
    with db.session() as session:
        people = [ensure_person(session, clerk, checked_identity(n, resident_id(300 + i, serial=611 + 2 * i))).id
                  for i, n in enumerate(PEOPLE)]
    entry = add_entry(db, clerk, singles, "person", people[0])
    record_results(db, clerk, singles, [ResultLine(entry, "11:5", 1, "一等奖")], START)
    team = create_team(db, clerk, cid, "星河五金厂代表队", members=[(people[1], "队长")])
    team_entry = add_entry(db, clerk, team_event, "team", team)
    record_results(db, clerk, team_event, [ResultLine(team_entry, "3:2", 1, "一等奖")], START + timedelta(days=1))
    return Contest(cid, people, team)


def key(widget, k, times: int = 1) -> None:  # type: ignore[no-untyped-def]
    for _ in range(times):
        QTest.keyClick(widget, k)


def test_an_honour_is_recorded_from_the_keyboard(qtbot, clerk_context, contest: Contest) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    tab = HonoursTab(clerk_context)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    tab.new_button.click()
    dialog = tab._dialogs[-1]
    assert isinstance(dialog, HonourDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.title.hasFocus(), QApplication.focusWidget()
    type_text(qtbot, dialog.title.lineEdit(), "技术能手")
    key(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.level.hasFocus()
    key(dialog.level, Qt.Key.Key_Down)  # 乡镇（街道） → 县（区、旗）
    key(dialog.level, Qt.Key.Key_Tab)
    assert dialog.awarded_on.hasFocus()
    dialog.awarded_on.selectAll()
    qtbot.keyClicks(dialog.awarded_on, (START + timedelta(days=3)).strftime("%Y/%m/%d"))
    key(dialog.awarded_on, Qt.Key.Key_Tab)
    type_text(qtbot, dialog.granting_body, "县总工会")
    key(dialog.granting_body, Qt.Key.Key_Tab)
    type_text(qtbot, dialog.document_number, "县工发〔2026〕3号")
    key(dialog.document_number, Qt.Key.Key_Tab)
    assert dialog.kind_buttons.button(0).hasFocus()  # 个人, already chosen
    key(dialog.kind_buttons.button(0), Qt.Key.Key_Tab)
    assert dialog.person.search.hasFocus()
    type_text(qtbot, dialog.person.search, "欧阳素琴")
    key(dialog.person.search, Qt.Key.Key_Return)  # picks the only match
    assert dialog.person.person_id() == contest.people[0]
    assert dialog.entry.count() == 2 and "女子单打" in dialog.entry.itemText(1)
    dialog.entry.setFocus()
    key(dialog.entry, Qt.Key.Key_Down)  # link the singles title
    key(dialog.entry, Qt.Key.Key_Return)  # Enter saves
    assert not dialog.isVisible(), [dialog.errors.text(f) for f in dialog.errors.widgets]
    [honour] = list_honours(clerk_context.db, competition_id=contest.competition)
    assert (honour.title, honour.draft.level, honour.draft.awarded_on, honour.draft.granting_body,
            honour.draft.document_number, honour.recipient_name) == (
        "技术能手", "县（区、旗）", START + timedelta(days=3), "县总工会", "县工发〔2026〕3号", "欧阳素琴")
    shown = [tab.model.data(tab.model.index(0, c)) for c in range(7)]
    assert shown[:3] + shown[4:] == ["技术能手", "县（区、旗）", "欧阳素琴", "县总工会", "县工发〔2026〕3号",
                                     (START + timedelta(days=3)).isoformat()]
    assert shown[3] in ("个人", "Person")  # (until the catalogue has the word)


def test_problems_show_beside_the_fields(qtbot, clerk_context, contest: Contest) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    dialog = HonourDialog(clerk_context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.awarded_on.setText((date.today() + timedelta(days=2)).isoformat())
    key(dialog.title, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "荣誉名称" in dialog.errors.text("title")
    assert "晚于今天" in dialog.errors.text("awarded_on")
    assert "获奖个人" in dialog.errors.text("recipient")
    dialog.kind_buttons.button(2).setChecked(True)  # 单位, with a name nobody has
    dialog.organization.setEditText("没有这个单位")
    dialog.title.setEditText("安康杯优胜单位")
    key(dialog.title, Qt.Key.Key_Return)
    assert dialog.errors.text("recipient") and dialog.errors.text("title") == ""
    assert list_honours(clerk_context.db) == []
    dialog.close_without_asking()


def test_the_roll_shows_honours_and_team_results(qtbot, clerk_context, contest: Contest) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    ctx = clerk_context
    create_honour(ctx.db, ctx.actor, HonourDraft("技术能手", "县（区、旗）", START + timedelta(days=3), "person",
                                                person_id=contest.people[0], granting_body="县总工会"))
    create_honour(ctx.db, ctx.actor, HonourDraft("工人先锋号", "乡镇（街道）", START + timedelta(days=3), "team",
                                                team_id=contest.team))
    roll = HonourRollTab(ctx)
    qtbot.addWidget(roll)
    roll.show()
    type_text(qtbot, roll.search, "欧阳素琴")
    key(roll.search, Qt.Key.Key_Return)
    lines = roll.texts()
    assert lines[0][0] == "欧阳素琴" and "*" in lines[0][4]  # the ID masked beside the name
    assert ["", "★ 技术能手", "县（区、旗）", (START + timedelta(days=3)).isoformat(), "县总工会"] in lines
    assert any("1" in line[1] and "一等奖" in line[1] and "女子单打" in line[4] for line in lines), lines
    roll.search.clear()
    type_text(qtbot, roll.search, "司马建华")
    key(roll.search, Qt.Key.Key_Return)
    lines = roll.texts()
    assert lines[0][0] == "司马建华"
    assert any("团体赛" in line[4] and "星河五金厂代表队" in line[4] for line in lines), lines  # a team result
    roll.search.clear()
    roll.by_buttons.button(1).click()  # by team
    lines = roll.texts()
    assert lines[0][0] == "星河五金厂代表队" and "司马建华" in lines[0][4]
    assert lines[1][1] == "★ 工人先锋号" and "一等奖" in lines[2][1] and "团体赛" in lines[2][4]


def test_a_members_record_shows_their_competitions_and_honours(qtbot, clerk_context) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    ctx = clerk_context
    org = make_organization(ctx.db, ctx.actor, "星河安全设备厂", 71)
    bulk(ctx.db, ctx.actor, [draft_for("郑华", resident_id(1), org)])
    [member] = search_members(ctx.db, MemberQuery(text="郑华"))
    cid = create_competition(ctx.db, ctx.actor, CompetitionDraft(
        "安全知识竞赛", "知识竞赛", "县（区、旗）", START), events=[EventDraft("个人赛"), EventDraft("团体赛", "team")])
    single, team_event = (e.id for e in events_of(ctx.db, cid))
    entry = add_entry(ctx.db, ctx.actor, single, "person", member.person_id)
    record_results(ctx.db, ctx.actor, single, [ResultLine(entry, "96", 1, "一等奖")], START)
    team = create_team(ctx.db, ctx.actor, cid, "安全知识代表队", members=[(member.person_id, "队员")])
    add_entry(ctx.db, ctx.actor, team_event, "team", team)
    create_honour(ctx.db, ctx.actor, HonourDraft("先进个人", "县（区、旗）", START, "person",
                                                person_id=member.person_id, granting_body="县应急管理局"))
    dialog = MemberDetailDialog(ctx, member.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "3" in dialog.tabs.tabText(1)  # two entries and an honour
    dialog.tabs.setCurrentIndex(1)
    view = dialog.record_view
    entries = [[view.entries.data(view.entries.index(r, c)) for c in range(7)] for r in range(view.entries.rowCount())]
    assert sorted(entries) == sorted([
        [START.isoformat(), "安全知识竞赛", "个人赛", "", "96", "1", "一等奖"],
        [START.isoformat(), "安全知识竞赛", "团体赛", "安全知识代表队", "", "", ""]])
    assert view.honours.data(view.honours.index(0, 0)) == "先进个人"
    assert view.honours.data(view.honours.index(0, 3)) == "县应急管理局"

"""竞赛 page: a tournament set up from the dialog by keyboard, entrants added by typing, teams."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from aid_support import IDS, PEOPLE, register
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from test_members_support import clerk_context, resident_id, type_text  # noqa: F401 (fixture)

from desktop.services.competition_queries import entries_of, events_of, list_competitions, teams_of
from desktop.services.competitions import CompetitionDraft, EventDraft, create_competition
from desktop.services.persons import checked_identity, ensure_person
from desktop.ui.competitions.competition_dialog import CompetitionDialog
from desktop.ui.competitions.entrants import EntrantsDialog
from desktop.ui.competitions.page import CompetitionsPage
from desktop.ui.competitions.team_dialog import TeamDialog

START = date(2026, 5, 1)
NAME = "2026年星河镇职工乒乓球比赛"


def make_tournament(db, actor) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """A table-tennis tournament: (competition, singles event, team event)."""
    cid = create_competition(db, actor, CompetitionDraft(NAME, "职工文体比赛", "乡镇（街道）", START,
                                                         START + timedelta(days=2), organizer="星河镇总工会"),
                             events=[EventDraft("男子单打"), EventDraft("团体赛", "team")])
    singles, teams = (e.id for e in events_of(db, cid))
    return cid, singles, teams


def enter_key(widget) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClick(widget, Qt.Key.Key_Return)
    QApplication.processEvents()


@pytest.fixture
def page(qtbot, clerk_context):  # type: ignore[no-untyped-def]  # noqa: F811
    page = CompetitionsPage(clerk_context)
    page.resize(1300, 850)
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    page.refresh()
    yield page
    view = page.competitions.view
    for dialog in (page.competitions.dialog, view.dialog, view.teams.dialog):
        if dialog is not None and hasattr(dialog, "close_without_asking"):
            dialog.close_without_asking()
    page.close()
    page.deleteLater()


def select_event(page, name: str) -> None:  # type: ignore[no-untyped-def]
    view = page.competitions.view
    view.select_event(next(e.id for e in view._events if e.name == name))


def test_a_tournament_is_set_up_with_its_events_from_the_keyboard(qtbot, page, clerk_context,  # noqa: F811
                                                                   press_shortcut) -> None:  # type: ignore[no-untyped-def]
    tab = page.competitions
    tab.table.setFocus()
    press_shortcut(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialog
    assert isinstance(dialog, CompetitionDialog), "Ctrl+N opens a new competition"
    type_text(qtbot, dialog.name, NAME)
    QTest.keyClick(dialog.name, Qt.Key.Key_Tab)
    for _ in range(dialog.kind.findText("职工文体比赛") - dialog.kind.currentIndex()):
        QTest.keyClick(dialog.kind, Qt.Key.Key_Down)
    assert dialog.kind.currentText() == "职工文体比赛"
    type_text(qtbot, dialog.organizer, "星河镇总工会")
    dialog.starts_on.selectAll()
    qtbot.keyClicks(dialog.starts_on, "2026-5-1")
    qtbot.keyClicks(dialog.ends_on, "20260503")
    assert dialog.award_tiers.text() == "一等奖、二等奖、三等奖、优秀奖", "the usual tiers are offered"

    type_text(qtbot, dialog.event_name, "男子单打")
    enter_key(dialog.event_name)
    assert dialog.isVisible(), "Enter in the event box adds the event, it does not save"
    type_text(qtbot, dialog.event_name, "团体赛")
    QTest.keyClick(dialog.event_name, Qt.Key.Key_Tab)
    QTest.keyClick(dialog.event_kind, Qt.Key.Key_Down)
    enter_key(dialog.event_kind)
    type_text(qtbot, dialog.event_name, "男子单打")
    enter_key(dialog.event_name)
    assert dialog.events_error.isVisibleTo(dialog) and "男子单打" in dialog.events_error.text(), "no event twice"
    dialog.event_name.clear()
    assert [dialog.events.item(i).text() for i in range(dialog.events.count())] == [
        "男子单打（个人）", "团体赛（团体（队伍））"]
    enter_key(dialog.event_name)  # Enter with the event box empty saves
    assert not dialog.isVisible()

    [row] = list_competitions(clerk_context.db)
    assert (row.name, row.draft.kind, row.draft.starts_on, row.draft.ends_on, row.draft.organizer) == (
        NAME, "职工文体比赛", START, date(2026, 5, 3), "星河镇总工会")
    assert tab.selected() is not None and tab.selected().id == row.id, "the new competition is selected"
    view = tab.view
    assert [(e.name, e.kind_label) for e in view._events] == [("男子单打", "个人"), ("团体赛", "团体（队伍）")]
    assert NAME in view.header.text()
    assert [tab.model.data(tab.model.index(0, c)) for c in (0, 6, 7, 8)] == [NAME, "2", "0", "0"]


def test_the_dialog_shows_problems_beside_the_fields_and_asks_before_discarding(
        qtbot, page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = page.competitions.new_competition()
    dialog.award_tiers.clear()
    dialog.ends_on.setText("2020-01-01")
    enter_key(dialog.name)
    assert dialog.isVisible()
    assert "竞赛名称" in dialog.errors.text("name")
    assert "奖项设置" in dialog.errors.text("award_tiers")
    assert "结束日期早于开始日期" in dialog.errors.text("ends_on")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible(), "Esc asks before discarding what was typed"
    dialog.close_without_asking()


def test_four_persons_are_entered_by_typing(qtbot, page, clerk_context) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    ctx = clerk_context
    _, singles, _ = make_tournament(ctx.db, ctx.actor)
    for key in ("ouyang", "sima"):
        register(ctx.db, ctx.actor, key)
    with ctx.db.session() as session:  # a namesake: typing the name offers a choice
        namesake = ensure_person(session, ctx.actor, checked_identity(
            PEOPLE["zhuge"], resident_id(11, born=date(1990, 1, 1), serial=155))).id
    register(ctx.db, ctx.actor, "zhuge")
    page.refresh()
    select_event(page, "男子单打")
    dialog = page.competitions.view.add_entrants()
    assert isinstance(dialog, EntrantsDialog)
    box = dialog.search

    type_text(qtbot, box, PEOPLE["ouyang"])
    enter_key(box)
    assert box.text() == "" and dialog.entered_names() == [PEOPLE["ouyang"]], "entered; the box clears"
    qtbot.keyClicks(box, IDS["sima"][-6:])  # the tail of an ID number
    enter_key(box)
    type_text(qtbot, box, PEOPLE["zhuge"])
    enter_key(box)
    popup = dialog.popup
    assert popup is not None and popup.list.count() == 2, "two people share the name: a chooser"
    target = next(i for i in range(2) if popup.values[i].id != namesake)
    for _ in range(target):
        QTest.keyClick(popup.list, Qt.Key.Key_Down)
    enter_key(popup.list)
    type_text(qtbot, box, f"{PEOPLE['new']} {IDS['new']}")  # someone new: registered and entered
    enter_key(box)
    assert dialog.entered_names() == [PEOPLE[k] for k in ("ouyang", "sima", "zhuge", "new")]

    type_text(qtbot, box, PEOPLE["ouyang"])
    enter_key(box)
    assert "同一项目不能重复登记" in dialog.message.text(), "already entered: said beside the box"
    QTest.keyClick(box, Qt.Key.Key_Escape)
    view = page.competitions.view
    rows = entries_of(ctx.db, singles)
    assert {r.id_number for r in rows if r.name == PEOPLE["zhuge"]} == {IDS["zhuge"]}
    assert [r.name for r in view.entry_rows()] == [PEOPLE[k] for k in ("ouyang", "sima", "zhuge", "new")]
    shown = [view.model.data(view.model.index(i, 2)) for i in range(4)]
    assert IDS["ouyang"] not in shown and shown[0].endswith(IDS["ouyang"][-4:]), "ID numbers masked"
    assert page.competitions.model.data(page.competitions.model.index(0, 7)) == "4"


def test_a_team_is_made_with_two_members_by_keyboard(qtbot, page, clerk_context) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    ctx = clerk_context
    cid, _, team_event = make_tournament(ctx.db, ctx.actor)
    for key in ("ouyang", "sima"):
        register(ctx.db, ctx.actor, key)
    page.refresh()
    dialog = page.competitions.view.teams.new_team()
    assert isinstance(dialog, TeamDialog)
    type_text(qtbot, dialog.name, "星河机械厂代表队")
    dialog.role.setCurrentText("队长")
    type_text(qtbot, dialog.search, PEOPLE["ouyang"])
    enter_key(dialog.search)
    dialog.role.setCurrentText("队员")
    qtbot.keyClicks(dialog.search, IDS["sima"][-6:])
    enter_key(dialog.search)
    assert dialog.isVisible() and dialog.members.rowCount() == 2
    enter_key(dialog.search)  # Enter with the member box empty saves
    assert not dialog.isVisible(), [dialog.errors.text(f) for f in ("name", "organization_id", "members")]
    [team] = teams_of(ctx.db, cid)
    assert [(name, role) for _p, name, role in team.members] == [(PEOPLE["ouyang"], "队长"), (PEOPLE["sima"], "队员")]
    panel = page.competitions.view.teams
    assert panel.table.item(0, 0).text() == "星河机械厂代表队"
    assert PEOPLE["sima"] in panel.table.item(0, 2).text()

    select_event(page, "团体赛")
    entrants = page.competitions.view.add_entrants()
    assert entrants.candidates.count() == 1, "a team event offers the competition's teams"
    type_text(qtbot, entrants.search, "星河")
    enter_key(entrants.search)
    assert entrants.entered_names() == ["星河机械厂代表队"]
    assert entrants.candidates.count() == 0, "an entered team is no longer offered"
    QTest.keyClick(entrants.search, Qt.Key.Key_Escape)
    assert [r.name for r in entries_of(ctx.db, team_event)] == ["星河机械厂代表队"]

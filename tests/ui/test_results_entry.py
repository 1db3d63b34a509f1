"""成绩录入 by keyboard: results typed in rank order with a tie, a team's result, the tie rule refused."""

from __future__ import annotations

from datetime import date

import pytest
from aid_support import IDS, PEOPLE, register, type_in_cell
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox
from test_competitions_page import START, make_tournament, page, select_event  # noqa: F401 (fixture)
from test_members_support import clerk_context, resident_id, type_text  # noqa: F401 (fixture)

from desktop.services.competition_entries import add_entry, create_team
from desktop.services.competition_queries import entries_of
from desktop.services.persons import checked_identity
from desktop.ui.competitions.results_grid import ResultsGrid
from desktop.ui.competitions.results_table import AWARD, ENTRANT, PROBLEM, RANK, SCORE, TIE

ORDER = ("ouyang", "sima", "zhuge", "new")
NEWCOMER = resident_id(12, female=True, born=date(1992, 6, 6), serial=268)


@pytest.fixture
def tournament(clerk_context):  # type: ignore[no-untyped-def]  # noqa: F811
    """The tournament with four persons entered in the singles (one of them registered on entering)."""
    ctx = clerk_context
    cid, singles, team_event = make_tournament(ctx.db, ctx.actor)
    for key in ORDER[:3]:
        add_entry(ctx.db, ctx.actor, singles, "person", register(ctx.db, ctx.actor, key))
    add_entry(ctx.db, ctx.actor, singles, "person", recipient=checked_identity(PEOPLE["new"], IDS["new"]))
    return cid, singles, team_event


def open_grid(qtbot, page, event: str) -> ResultsGrid:  # type: ignore[no-untyped-def]  # noqa: F811
    page.refresh()
    select_event(page, event)
    grid = page.competitions.view.enter_results()
    assert isinstance(grid, ResultsGrid)
    grid.raise_()
    grid.activateWindow()
    qtbot.waitUntil(grid.isActiveWindow)
    return grid


def type_award(qtbot, grid, row: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """The award cell opens a combo of the tiers; type into it and press Enter."""
    grid.setCurrentCell(row, AWARD)
    grid.setFocus()
    QTest.keyClick(grid, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox) and editor.isEditable(), "a combo of the tiers, typed into"
    assert [editor.itemText(i) for i in range(editor.count())] == ["", "一等奖", "二等奖", "三等奖", "优秀奖"]
    editor.lineEdit().selectAll()
    type_text(qtbot, editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(1)


def ranks(grid) -> list[str]:  # type: ignore[no-untyped-def]
    return [grid.text(row, RANK) for row in grid.used_rows()]


def test_results_typed_in_rank_order_with_a_tie(qtbot, page, tournament, clerk_context,  # noqa: F811
                                                press_shortcut) -> None:  # type: ignore[no-untyped-def]
    assert tournament
    dialog = open_grid(qtbot, page, "男子单打")
    grid = dialog.grid
    assert dialog.result_on.text() == "2026-05-03", "the competition's last day (it is over)"

    type_in_cell(qtbot, grid, 0, ENTRANT, PEOPLE["ouyang"])
    assert (grid.currentRow(), grid.currentColumn()) == (0, SCORE), "Enter: entrant → score"
    assert IDS["ouyang"][-4:] in grid.text(0, 3) and IDS["ouyang"] not in grid.text(0, 3), "masked ID"
    type_in_cell(qtbot, grid, 0, SCORE, "3:0")
    assert (grid.currentRow(), grid.currentColumn()) == (0, AWARD)
    type_award(qtbot, grid, 0, "1")  # 1 = the first tier
    assert grid.text(0, AWARD) == "一等奖"
    assert (grid.currentRow(), grid.currentColumn()) == (1, ENTRANT), "award → the next row"

    QTest.keyClick(grid, Qt.Key.Key_Equal)  # "=" on the row: tied with the row above
    assert grid.item(1, TIE).checkState() == Qt.CheckState.Checked
    type_in_cell(qtbot, grid, 1, ENTRANT, IDS["sima"][-6:])  # only this event's entrants are offered
    type_in_cell(qtbot, grid, 1, SCORE, "3:0")
    type_award(qtbot, grid, 1, "一等")
    type_in_cell(qtbot, grid, 2, ENTRANT, PEOPLE["zhuge"])
    type_in_cell(qtbot, grid, 2, SCORE, "3:2")
    type_award(qtbot, grid, 2, "3")
    type_in_cell(qtbot, grid, 3, ENTRANT, PEOPLE["new"])
    QTest.keyClick(grid, Qt.Key.Key_Return)  # no score
    type_award(qtbot, grid, 3, "优秀")
    assert ranks(grid) == ["1", "1", "3", "4"], "ties share a rank and skip the next"
    assert [grid.text(r, AWARD) for r in range(4)] == ["一等奖", "一等奖", "三等奖", "优秀奖"]
    assert not any(grid.text(r, PROBLEM) for r in range(4))
    assert not any(PEOPLE[k] in dialog.remaining.text() for k in ORDER), "nobody left out of the grid"

    press_shortcut(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible(), dialog.status.text()
    view = page.competitions.view
    shown = [(r.name, r.rank, r.score, r.award) for r in view.entry_rows()]
    assert shown == [(PEOPLE["ouyang"], 1, "3:0", "一等奖"), (PEOPLE["sima"], 1, "3:0", "一等奖"),
                     (PEOPLE["zhuge"], 3, "3:2", "三等奖"), (PEOPLE["new"], 4, "", "优秀奖")]
    assert [view.model.data(view.model.index(i, 0)) for i in range(4)] == ["1", "1", "3", "4"]

    again = open_grid(qtbot, page, "男子单打")  # the grid edits what was saved
    assert [again.grid.text(r, ENTRANT) for r in again.grid.used_rows()] == [PEOPLE[k] for k in ORDER]
    assert ranks(again.grid) == ["1", "1", "3", "4"] and again.grid.tied(1) and not again.grid.tied(2)
    assert not again.has_unsaved_changes()
    again.close_without_asking()


def test_a_rank_breaking_the_tie_rule_is_refused_and_nothing_saved(
        qtbot, page, tournament, clerk_context) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    ctx = clerk_context
    _, singles, _ = tournament
    dialog = open_grid(qtbot, page, "男子单打")
    grid = dialog.grid
    type_in_cell(qtbot, grid, 0, ENTRANT, PEOPLE["ouyang"])
    type_in_cell(qtbot, grid, 1, ENTRANT, f"={PEOPLE['sima']}")  # "=" before the name ties the row
    type_in_cell(qtbot, grid, 2, ENTRANT, PEOPLE["zhuge"])
    assert ranks(grid) == ["1", "1", "3"]
    type_in_cell(qtbot, grid, 2, RANK, "2")  # the clerk overrides: 1, 1, 2 breaks the rule
    assert ranks(grid) == ["1", "1", "2"]
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "下一个名次应为第 3 名" in dialog.status.text()
    assert all(r.rank is None for r in entries_of(ctx.db, singles)), "nothing saved"

    grid.setCurrentCell(2, RANK)
    QTest.keyClick(grid, Qt.Key.Key_Delete)  # the typed rank cleared: back to the worked-out one
    assert ranks(grid) == ["1", "1", "3"]
    type_in_cell(qtbot, grid, 3, ENTRANT, "慕容雪")  # not entered in this event (nor in the ledger)
    assert grid.text(3, PROBLEM), "someone not entered in the event is flagged"
    entrants = dialog.entrants_dialog
    assert entrants is not None and entrants.search.text() == "慕容雪", "Enter offers to enter them here"
    entrants.search.setText(f"慕容雪 {NEWCOMER}")  # someone new: name and ID number
    QTest.keyClick(entrants.search, Qt.Key.Key_Return)
    assert not entrants.isVisible() and grid.text(3, ENTRANT) == "慕容雪" and not grid.text(3, PROBLEM)
    assert (grid.currentRow(), grid.currentColumn()) == (3, SCORE)
    assert ranks(grid) == ["1", "1", "3", "4"]
    grid.setCurrentCell(3, ENTRANT)
    dialog.remove_selected_rows()
    dialog.save_button.click()
    assert not dialog.isVisible(), dialog.status.text()
    assert [r.rank for r in entries_of(ctx.db, singles)] == [1, 1, 3, None, None]


def test_a_team_event_result(qtbot, page, tournament, clerk_context, press_shortcut) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    ctx = clerk_context
    cid, singles, team_event = tournament
    people = [r.entrant_id for r in entries_of(ctx.db, singles)][:2]
    team = create_team(ctx.db, ctx.actor, cid, "星河机械厂代表队", members=[(people[0], "队长"), (people[1], "队员")])
    create_team(ctx.db, ctx.actor, cid, "云溪快递队", members=[])
    add_entry(ctx.db, ctx.actor, team_event, "team", team)
    dialog = open_grid(qtbot, page, "团体赛")
    grid = dialog.grid
    type_in_cell(qtbot, grid, 0, ENTRANT, "机械")
    assert grid.text(0, ENTRANT) == "星河机械厂代表队" and PEOPLE["ouyang"] in grid.text(0, 3), "members shown"
    type_in_cell(qtbot, grid, 0, SCORE, "3:1")
    type_award(qtbot, grid, 0, "1")
    press_shortcut(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible(), dialog.status.text()
    [row] = entries_of(ctx.db, team_event)
    assert (row.name, row.rank, row.score, row.award, row.result_on) == ("星河机械厂代表队", 1, "3:1", "一等奖",
                                                                          START.replace(day=3))
    assert [r.name for r in page.competitions.view.entry_rows()] == ["星河机械厂代表队"]

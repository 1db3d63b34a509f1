"""批量录入: recipients typed by keyboard or pasted from Excel, checked row by row, saved and submitted."""

from __future__ import annotations

from datetime import date

import pytest
from aid_support import IDS, PEOPLE, make_campaign, only_match, register, type_in_cell
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QTableWidgetSelectionRange
from test_members_support import clerk_context, resident_id  # noqa: F401 (fixture)

from desktop.services.aid_campaigns import get_campaign
from desktop.services.aid_queries import DisbursementQuery, list_disbursements
from desktop.services.disbursements import DisbursementDraft, create_disbursement
from desktop.services.persons import checked_identity, ensure_person
from desktop.ui.aid.batch_grid import BatchGridDialog
from desktop.ui.aid.batch_table import CASH, ITEMS, LOOKUP, NOTE, PERSON, VALUE


@pytest.fixture
def campaign(clerk_context) -> int:  # type: ignore[no-untyped-def]  # noqa: F811
    return make_campaign(clerk_context.db, clerk_context.actor)


@pytest.fixture
def dialog(qtbot, clerk_context, campaign):  # type: ignore[no-untyped-def]  # noqa: F811
    dialog = BatchGridDialog(clerk_context, campaign)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    yield dialog
    dialog.close_without_asking()
    dialog.deleteLater()


def select_row(grid, row: int) -> None:  # type: ignore[no-untyped-def]
    """The clerk selects one whole row (as by clicking its number)."""
    grid.clearSelection()
    grid.setRangeSelected(QTableWidgetSelectionRange(row, 0, row, grid.columnCount() - 1), True)


def records(db, campaign: int):  # type: ignore[no-untyped-def]
    return {r.name: r for r in list_disbursements(db, DisbursementQuery(campaign_id=campaign))}


def test_three_recipients_by_keyboard_one_already_aided_is_flagged(qtbot, dialog, clerk_context,  # noqa: F811
                                                                   campaign, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx = clerk_context
    register(ctx.db, ctx.actor, "ouyang")
    register(ctx.db, ctx.actor, "sima")
    zhuge = register(ctx.db, ctx.actor, "zhuge")
    earlier = create_disbursement(ctx.db, ctx.actor, DisbursementDraft(zhuge, "送温暖", date.today(), 30_000,
                                                                         campaign_id=campaign), submit=True)
    assert only_match(ctx.db, PEOPLE["ouyang"]) and only_match(ctx.db, IDS["sima"][-6:])
    grid = dialog.grid

    type_in_cell(qtbot, grid, 0, LOOKUP, PEOPLE["ouyang"])
    assert PEOPLE["ouyang"] in grid.text(0, PERSON) and IDS["ouyang"] not in grid.text(0, PERSON), "masked ID"
    assert (grid.currentRow(), grid.currentColumn()) == (0, CASH), "no amount yet: Enter goes to the cash"
    type_in_cell(qtbot, grid, 0, CASH, "500")
    assert (grid.currentRow(), grid.currentColumn()) == (0, ITEMS)
    type_in_cell(qtbot, grid, 0, ITEMS, "米、面、油")
    type_in_cell(qtbot, grid, 0, VALUE, "120")
    assert (grid.currentRow(), grid.currentColumn()) == (0, NOTE)
    QTest.keyClick(grid, Qt.Key.Key_Return)
    assert (grid.currentRow(), grid.currentColumn()) == (1, LOOKUP), "a new row appears at the end"

    type_in_cell(qtbot, grid, 1, LOOKUP, IDS["sima"][-6:])  # the ID's tail
    assert PEOPLE["sima"] in grid.text(1, PERSON)
    assert (grid.text(1, CASH), grid.text(1, ITEMS), grid.text(1, VALUE)) == ("500", "米、面、油", "120")
    assert (grid.currentRow(), grid.currentColumn()) == (2, LOOKUP), "amounts copied from above: Enter = next row"

    type_in_cell(qtbot, grid, 2, LOOKUP, f"{PEOPLE['new']} {IDS['new']}")  # not in the ledger: registered
    assert PEOPLE["new"] in grid.text(2, PERSON) and grid.problem(2) == ""
    type_in_cell(qtbot, grid, 3, LOOKUP, PEOPLE["zhuge"])
    assert date.today().isoformat() in grid.problem(3), "already aided in this campaign: flagged before saving"
    type_in_cell(qtbot, grid, 4, LOOKUP, PEOPLE["ouyang"])
    assert "1" in grid.problem(4) and grid.problem(4) != "", "the same person twice in the grid"
    assert "¥2,500.00" in dialog.footer.text() and "¥600.00" in dialog.footer.text(), "footer totals, 5 rows"

    assert dialog.save_all() == 0, "nothing is saved while a row has a problem"
    assert set(records(ctx.db, campaign)) == {PEOPLE["zhuge"]}
    assert "4" in dialog.status.text() and "5" in dialog.status.text()

    select_row(grid, 3)
    QTest.keyClick(grid, Qt.Key.Key_Delete)  # Delete clears the cells of the row
    assert grid.text(3, LOOKUP) == "" and grid.problem(3) == ""
    select_row(grid, 4)
    dialog.remove_button.click()
    assert len(grid.used_rows()) == 3 and grid.problem(3) == ""

    assert dialog.save_all() == 3
    saved = records(ctx.db, campaign)
    assert set(saved) == {PEOPLE["ouyang"], PEOPLE["sima"], PEOPLE["new"], PEOPLE["zhuge"]}
    for name in ("ouyang", "sima", "new"):
        row = saved[PEOPLE[name]]
        assert (row.status, row.cash_fen, row.items, row.items_value_fen) == ("submitted", 50_000, "米、面、油", 12_000)
        assert row.category == "送温暖" and row.fund_source == "上级下拨" and row.aid_date == date.today()
    assert saved[PEOPLE["new"]].id_number == IDS["new"]
    assert earlier not in dialog.saved_ids
    assert saved[PEOPLE["zhuge"]].cash_fen == 30_000
    assert dialog.saved_count == 3 and grid.used_rows() == [], "saved rows leave the grid"
    assert not dialog.has_unsaved_changes()


def test_paste_rows_from_excel(qtbot, dialog, clerk_context, campaign) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    ctx = clerk_context
    register(ctx.db, ctx.actor, "ouyang")
    register(ctx.db, ctx.actor, "sima")
    QApplication.clipboard().setText(
        "姓名\t现金\t物品\t折价\t备注\r\n"
        f"{PEOPLE['ouyang']}\t300\t\t\t\r\n"
        f"{IDS['sima']}\t1,000.50\t月饼\t80\t病休\r\n"
        f"{PEOPLE['new']} {IDS['new']}\t\t\t\t\r\n"
        "查无此人\t200\t\t\t\r\n")
    grid = dialog.grid
    grid.setFocus()
    QTest.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(grid.used_rows()) == 4, "the header line is skipped"
    assert [grid.text(r, CASH) for r in range(4)] == ["300", "1,000.50", "1,000.50", "200"], \
        "a row pasted without amounts takes those above"
    assert grid.text(2, ITEMS) == "月饼" and PEOPLE["new"] in grid.text(2, PERSON)
    assert grid.problem(3) != "" and all(grid.problem(r) == "" for r in range(3))
    assert "¥2,501.00" in dialog.footer.text(), "footer: total cash"
    assert "¥160.00" in dialog.footer.text(), "footer: total items value"
    select_row(grid, 3)
    dialog.remove_button.click()
    assert dialog.save_all() == 3, dialog.status.text()
    saved = records(ctx.db, campaign)
    assert saved[PEOPLE["ouyang"]].cash_fen == 30_000
    assert (saved[PEOPLE["sima"]].cash_fen, saved[PEOPLE["sima"]].items_value_fen) == (100_050, 8_000)
    assert saved[PEOPLE["sima"]].note == "病休"


def test_several_matches_open_a_chooser(qtbot, dialog, clerk_context, campaign) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    ctx = clerk_context
    with ctx.db.session() as session:
        first = ensure_person(session, ctx.actor, checked_identity("欧阳明", resident_id(20, serial=811))).id
        second = ensure_person(session, ctx.actor, checked_identity("欧阳明", resident_id(21, serial=813))).id
    grid = dialog.grid
    type_in_cell(qtbot, grid, 0, LOOKUP, "欧阳明")
    chooser = grid.chooser
    assert chooser is not None and chooser.list.count() == 2
    QTest.keyClick(chooser.list, Qt.Key.Key_Down)
    QTest.keyClick(chooser.list, Qt.Key.Key_Return)
    assert grid.chooser is None
    chosen = grid.row_state(0).resolution.person
    assert chosen is not None and chosen.id == chooser.candidates[1].id and {first, second} >= {chosen.id}
    assert grid.problem(0) != "", "still needs an amount"


def test_over_budget_is_asked_once_for_the_batch(qtbot, clerk_context, monkeypatch) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    ctx = clerk_context
    campaign = make_campaign(ctx.db, ctx.actor, budget_fen=60_000, name="小预算活动")
    register(ctx.db, ctx.actor, "ouyang")
    register(ctx.db, ctx.actor, "sima")
    dialog = BatchGridDialog(ctx, campaign)
    asked: list[str] = []

    def answer(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.grid.paste_text(f"{PEOPLE['ouyang']}\t500\n{PEOPLE['sima']}\t500\n")
    assert dialog.save_all() == 0 and len(asked) == 1, "declined: nothing saved"
    assert "¥1,000.00" in asked[0] and "¥600.00" in asked[0], "the question shows the batch total and the budget"
    assert dialog.save_all() == 2 and len(asked) == 2, "asked once for the whole batch"
    assert get_campaign(ctx.db, campaign).committed_fen == 100_000
    dialog.close_without_asking()


def test_closing_with_unsaved_rows_asks(qtbot, dialog, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.No)
    dialog.grid.paste_text("查无此人\t100\n")
    dialog.reject()
    assert asked and dialog.isVisible(), "No keeps the grid open"


def test_a_row_refused_while_saving_leaves_nothing_half_saved(qtbot, dialog, clerk_context,  # noqa: F811
                                                              campaign) -> None:  # type: ignore[no-untyped-def]
    ctx = clerk_context
    register(ctx.db, ctx.actor, "ouyang")
    sima = register(ctx.db, ctx.actor, "sima")
    grid = dialog.grid
    type_in_cell(qtbot, grid, 0, LOOKUP, PEOPLE["ouyang"])
    type_in_cell(qtbot, grid, 0, CASH, "500")
    QTest.keyClick(grid, Qt.Key.Key_Return)
    QTest.keyClick(grid, Qt.Key.Key_Return)
    QTest.keyClick(grid, Qt.Key.Key_Return)
    type_in_cell(qtbot, grid, 1, LOOKUP, PEOPLE["sima"])
    assert grid.problem(1) == ""
    # meanwhile, at another desk, 司马 is paid in the same campaign
    create_disbursement(ctx.db, ctx.actor, DisbursementDraft(sima, "送温暖", date.today(), 20_000, campaign_id=campaign))
    assert dialog.save_all() == 0
    assert set(records(ctx.db, campaign)) == {PEOPLE["sima"]}, "the first row was not saved alone"
    assert "发放过" in grid.problem(1) and grid.rowCount() >= 2, "both rows stay, the refused one says why"

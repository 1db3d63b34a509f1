"""活动 tab: campaigns created and corrected through the dialog; the table shows counted against committed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from aid_support import context_for, make_campaign, register
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from test_members_support import clerk_context, type_text  # noqa: F401 (fixture)

from desktop.services.aid_approval import approve
from desktop.services.aid_campaigns import list_campaigns
from desktop.services.disbursements import DisbursementDraft, create_disbursement
from desktop.ui.aid.batch_grid import BatchGridDialog
from desktop.ui.aid.campaign_dialog import CampaignDialog
from desktop.ui.aid.campaigns_tab import OVER_BUDGET_COLOR, REMAINING_COLUMN, CampaignsTab


def cell(tab: CampaignsTab, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    return tab.model.data(tab.model.index(row, column), role)


def test_a_campaign_with_a_budget_is_created_from_the_dialog(qtbot, clerk_context) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    tab = CampaignsTab(clerk_context)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    tab.new_button.click()
    dialog = tab._dialogs[-1]
    assert isinstance(dialog, CampaignDialog)
    type_text(qtbot, dialog.name, "2026年夏送清凉")
    dialog.kind.setCurrentText("夏送清凉")
    dialog.starts_on.clear()
    qtbot.keyClicks(dialog.starts_on, "2026/6/1")
    dialog.fund_source.setCurrentText("本级经费")
    qtbot.keyClicks(dialog.budget, "30,000")
    QTest.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter saves
    assert not dialog.isVisible(), [dialog.errors.text(f) for f in dialog.errors.widgets]
    [row] = [c for c in list_campaigns(clerk_context.db) if c.name == "2026年夏送清凉"]
    assert (row.draft.kind, row.draft.starts_on, row.draft.fund_source, row.draft.budget_fen) == (
        "夏送清凉", date(2026, 6, 1), "本级经费", 3_000_000)
    assert cell(tab, 0, 0) == "2026年夏送清凉" and cell(tab, 0, 5) == "¥30,000.00"
    assert tab.selected() is not None and tab.selected().id == row.id  # type: ignore[union-attr]


@pytest.fixture
def dialog(qtbot, clerk_context):  # type: ignore[no-untyped-def]  # noqa: F811
    dialog = CampaignDialog(clerk_context)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    yield dialog
    dialog.close_without_asking()
    dialog.deleteLater()


def test_problems_show_beside_the_fields_and_nothing_is_saved(qtbot, dialog, clerk_context) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    type_text(qtbot, dialog.budget, "三千")
    assert not dialog.save()
    assert dialog.errors.text("budget_fen") != "" and dialog.budget.hasFocus()
    dialog.budget.clear()
    qtbot.keyClicks(dialog.budget, "0")
    assert not dialog.save()
    assert "活动名称" in dialog.errors.text("name"), "the service's own sentence"
    assert "预算" in dialog.errors.text("budget_fen")
    assert list_campaigns(clerk_context.db) == []


def test_escape_asks_before_discarding_edits(qtbot, dialog, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.No)
    type_text(qtbot, dialog.name, "临时救助")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible(), "No keeps the dialog and what was typed"
    assert dialog.name.text() == "临时救助"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_table_shows_counted_against_committed_and_over_budget(qtbot, clerk_context, ui_paths) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    ctx = clerk_context
    campaign = make_campaign(ctx.db, ctx.actor, budget_fen=80_000)
    a = create_disbursement(ctx.db, ctx.actor, DisbursementDraft(register(ctx.db, ctx.actor, "ouyang"), "送温暖",
                                                                 date.today(), 50_000, campaign_id=campaign), submit=True)
    create_disbursement(ctx.db, ctx.actor, DisbursementDraft(register(ctx.db, ctx.actor, "sima"), "送温暖", date.today(),
                                                             50_000, campaign_id=campaign), submit=True,
                        confirm=frozenset({"over_budget"}))
    approve(ctx.db, context_for(ctx.db, ui_paths, "approver").actor, [a])
    tab = CampaignsTab(ctx)
    qtbot.addWidget(tab)
    tab.refresh()
    assert cell(tab, 0, 6) == "¥1,000.00", "committed: both records"
    assert cell(tab, 0, 7) == "¥500.00", "counted: only the approved one"
    assert (cell(tab, 0, 8), cell(tab, 0, 9)) == ("1", "1"), "persons counted, awaiting approval"
    assert "¥200.00" in cell(tab, 0, REMAINING_COLUMN)
    assert cell(tab, 0, REMAINING_COLUMN, Qt.ItemDataRole.ForegroundRole).color() == OVER_BUDGET_COLOR


def test_batch_entry_opens_for_the_selected_campaign(qtbot, clerk_context) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    ctx = clerk_context
    make_campaign(ctx.db, ctx.actor, name="较早的活动")
    later = make_campaign(ctx.db, ctx.actor, name="较晚的活动")
    tab = CampaignsTab(ctx)
    qtbot.addWidget(tab)
    tab.refresh()
    assert not tab.batch_button.isEnabled(), "nothing selected yet"
    tab.select(later)
    tab.batch_button.click()
    dialog = tab._dialogs[-1]
    assert isinstance(dialog, BatchGridDialog) and dialog.campaign_id == later
    assert dialog.aid_date.value() == date.today() and dialog.campaign.draft.starts_on == date.today() - timedelta(30)
    dialog.close_without_asking()

"""帮扶发放 by keyboard: find the recipient, Enter saves and submits, the 负责人 decides, the totals follow."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from test_members_support import clerk_context, resident_id, type_text  # noqa: F401 (fixtures)

from desktop.services.aid_campaigns import CampaignDraft, create_campaign
from desktop.services.aid_queries import DisbursementQuery, list_disbursements
from desktop.services.auth import login
from desktop.services.disbursements import DisbursementDraft, create_disbursement
from desktop.services.persons import checked_identity, ensure_person, search_persons
from desktop.ui.aid.disbursement_dialog import DisbursementDialog
from desktop.ui.aid.page import AidPage
from desktop.ui.context import UiContext

THIS_YEAR = date.today().year
CAMPAIGN = f"{THIS_YEAR}年元旦春节送温暖"


@pytest.fixture
def approver_context(ui_db, ui_paths) -> UiContext:  # type: ignore[no-untyped-def]
    return UiContext(ui_db, login(ui_db, "approver", "demo1234"), ui_paths)


@pytest.fixture
def campaign(clerk_context) -> int:  # type: ignore[no-untyped-def]  # noqa: F811
    ctx = clerk_context
    return create_campaign(ctx.db, ctx.actor, CampaignDraft(CAMPAIGN, "送温暖", date(THIS_YEAR, 1, 1), None,
                                                            "上级下拨"))


@pytest.fixture
def people(clerk_context) -> dict[str, int]:  # type: ignore[no-untyped-def]  # noqa: F811
    """Two persons in the ledger (not members): 李秀英 and 周建华."""
    ctx = clerk_context
    found = {}
    with ctx.db.session() as session:
        for index, name in enumerate(("李秀英", "周建华"), start=1):
            found[name] = ensure_person(session, ctx.actor, checked_identity(name, resident_id(index))).id
    return found


def records(db) -> dict[str, tuple[str, int]]:  # type: ignore[no-untyped-def]
    """name → (status, total fen) of every record not voided."""
    return {r.name: (r.status, r.total_fen) for r in list_disbursements(db, DisbursementQuery())}


def open_entry(qtbot, context: UiContext) -> DisbursementDialog:  # type: ignore[no-untyped-def]
    dialog = DisbursementDialog(context)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


@pytest.fixture
def close_dialogs():  # type: ignore[no-untyped-def]
    opened: list[DisbursementDialog] = []
    yield opened
    for dialog in opened:  # not by qtbot: its close would (rightly) ask about unsaved edits
        dialog.close_without_asking()


def pick_person(qtbot, dialog: DisbursementDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    type_text(qtbot, dialog.finder.search, text)
    QTest.keyClick(dialog.finder.search, Qt.Key.Key_Return)


def test_two_records_by_keyboard_then_one_approved_one_returned(qtbot, clerk_context, approver_context,  # noqa: F811
                                                                campaign, people, close_dialogs) -> None:
    page = AidPage(clerk_context)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    dialog = page.new_record()
    close_dialogs.append(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.finder.search.hasFocus(), "the recipient comes first"

    pick_person(qtbot, dialog, "李秀英")
    assert dialog.finder.person_id() == people["李秀英"]
    assert "非会员" in dialog.finder.chosen.text(), "a non-member may receive aid, and is shown as such"
    assert dialog.campaign.hasFocus(), "the first record goes on to the campaign"
    QTest.keyClick(dialog.campaign, Qt.Key.Key_Down)
    assert dialog.campaign.currentText() == CAMPAIGN
    assert dialog.category.currentText() == "送温暖" and dialog.fund_source.currentText() == "上级下拨", \
        "the campaign fills in its category and fund source"
    qtbot.keyClicks(dialog.cash, "500")
    QTest.keyClick(dialog.cash, Qt.Key.Key_Return)

    assert "李秀英" in dialog.status_line.text() and "¥500.00" in dialog.status_line.text()
    assert dialog.finder.person_id() is None and dialog.cash.text() == "", "cleared for the next recipient"
    assert dialog.campaign.currentText() == CAMPAIGN and dialog.category.currentText() == "送温暖", \
        "the campaign and category stay (连续录入)"
    assert dialog.finder.search.hasFocus()
    assert not dialog.has_unsaved_changes()

    pick_person(qtbot, dialog, "周建华")
    assert dialog.cash.hasFocus(), "with the campaign kept, the next stop is the amount"
    qtbot.keyClicks(dialog.cash, "300")
    type_text(qtbot, dialog.items, "米、面、油")
    qtbot.keyClicks(dialog.items_value, "120.5")
    QTest.keyClick(dialog.items_value, Qt.Key.Key_Enter)
    assert "周建华" in dialog.status_line.text() and "¥420.50" in dialog.status_line.text()
    assert records(clerk_context.db) == {"李秀英": ("submitted", 50_000), "周建华": ("submitted", 42_050)}
    assert "2" in page.tabs.tabText(page.tabs.indexOf(page.approvals)), "the pending count is on the tab"

    # the 负责人 decides
    boss = AidPage(approver_context)
    qtbot.addWidget(boss)
    boss.refresh()
    queue = boss.approvals
    queue.refresh()
    assert queue.approve_button.isEnabled()
    names = [queue.model.row_at(i).name for i in range(queue.model.rowCount())]
    assert names == ["李秀英", "周建华"], "oldest first"
    queue.table.selectRow(0)
    assert queue.approve_selected() == 1, "no question: the clerk entered it, not the approver"
    queue.table.selectRow(0)
    assert queue.model.row_at(0).name == "周建华"
    reject = queue.reject_selected()
    assert reject is not None
    assert not reject.submit(), "a comment is required"
    assert "意见" in reject.message.text()
    type_text(qtbot, reject.text, "请补充物品清单")
    assert reject.submit()
    assert records(clerk_context.db) == {"李秀英": ("approved", 50_000), "周建华": ("rejected", 42_050)}
    assert queue.model.rowCount() == 0
    assert "2" not in boss.tabs.tabText(boss.tabs.indexOf(boss.approvals))

    assert boss.totals.total_text() == "¥500.00", "only the approved record counts"
    last = boss.totals.model.rowCount() - 1
    assert boss.totals.model.index(last, 4).data() == "¥500.00"
    assert boss.totals.model.index(0, 0).data() == "送温暖"


def test_double_aid_is_refused_beside_the_person_and_an_approver_may_override(
        qtbot, clerk_context, approver_context, campaign, people, close_dialogs) -> None:  # noqa: F811
    ctx = clerk_context
    create_disbursement(ctx.db, ctx.actor, DisbursementDraft(people["李秀英"], "送温暖", date.today(), 40_000,
                                                             campaign_id=campaign))
    dialog = open_entry(qtbot, ctx)
    close_dialogs.append(dialog)
    pick_person(qtbot, dialog, "李秀英")
    dialog.campaign.setCurrentIndex(dialog.campaign.findData(campaign))
    qtbot.keyClicks(dialog.cash, "200")
    assert not dialog.save()
    assert "不能重复发放" in dialog.problem("person_id")
    assert not dialog.form.isRowVisible(dialog.duplicate_reason), "a clerk cannot override"
    assert len(list_disbursements(ctx.db, DisbursementQuery())) == 1

    boss = open_entry(qtbot, approver_context)
    close_dialogs.append(boss)
    pick_person(qtbot, boss, "李秀英")
    boss.campaign.setCurrentIndex(boss.campaign.findData(campaign))
    qtbot.keyClicks(boss.cash, "200")
    assert not boss.save()
    assert "不能重复发放" in boss.problem("person_id")
    assert boss.form.isRowVisible(boss.duplicate_reason) and boss.duplicate_reason.hasFocus()
    type_text(qtbot, boss.duplicate_reason, "家中突发火灾，再次救助")
    assert boss.save()
    rows = list_disbursements(ctx.db, DisbursementQuery(person_id=people["李秀英"]))
    assert [r.duplicate_override for r in rows] == ["家中突发火灾，再次救助", ""]


def test_a_new_person_is_registered_with_the_record(qtbot, clerk_context, campaign, close_dialogs) -> None:  # noqa: F811
    dialog = open_entry(qtbot, clerk_context)
    close_dialogs.append(dialog)
    pick_person(qtbot, dialog, "孙丽梅")
    assert dialog.finder.is_new_person(), "nobody matched: the new-person fields appear"
    assert dialog.finder.new_name.text() == "孙丽梅"
    qtbot.keyClicks(dialog.finder.new_id_number, "110105198001010")
    dialog.campaign.setCurrentIndex(dialog.campaign.findData(campaign))
    qtbot.keyClicks(dialog.cash, "300")
    assert not dialog.save()
    assert dialog.finder._errors["id_number"].text(), "a wrong ID is named beside the field"
    dialog.finder.new_id_number.setText(resident_id(9, female=True))
    assert dialog.save()
    [person] = search_persons(clerk_context.db, "孙丽梅")
    assert person.member_label == "非会员"
    assert records(clerk_context.db) == {"孙丽梅": ("submitted", 30_000)}


def test_problems_inline_and_over_budget_asks(qtbot, monkeypatch, clerk_context, people, close_dialogs) -> None:  # noqa: F811
    ctx = clerk_context
    small = create_campaign(ctx.db, ctx.actor, CampaignDraft("夏送清凉", "夏送清凉", date(THIS_YEAR, 1, 1), None,
                                                             "本级经费", 10_000))
    dialog = open_entry(qtbot, ctx)
    close_dialogs.append(dialog)
    qtbot.keyClicks(dialog.cash, "abc")
    assert not dialog.save()
    assert dialog.problem("person_id"), "no recipient chosen"
    assert dialog.problem("cash_fen"), "an unreadable amount"
    pick_person(qtbot, dialog, "周建华")
    dialog.campaign.setCurrentIndex(dialog.campaign.findData(small))
    dialog.cash.setText("150")
    questions: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (questions.append(a[2]),
                                                                   QMessageBox.StandardButton.No)[1])
    assert not dialog.save()
    assert "预算" in questions[0]
    assert records(ctx.db) == {}
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert dialog.save()
    assert records(ctx.db) == {"周建华": ("submitted", 15_000)}


def test_escape_with_unsaved_edits_asks_first(qtbot, monkeypatch, clerk_context, people, close_dialogs) -> None:  # noqa: F811
    dialog = open_entry(qtbot, clerk_context)
    close_dialogs.append(dialog)
    qtbot.keyClicks(dialog.cash, "100")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[1]),
                                                                   QMessageBox.StandardButton.No)[1])
    QTest.keyClick(dialog.cash, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible(), "nothing typed is lost without asking"

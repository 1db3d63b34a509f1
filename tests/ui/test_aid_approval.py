"""审批 and the record's life after it: a clerk cannot approve, own entries ask first, paid records only reverse."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from test_aid_entry import approver_context, campaign, people, records  # noqa: F401 (fixtures)
from test_members_support import clerk_context, type_text  # noqa: F401 (fixtures)

from desktop.services.aid_approval import approve, mark_paid
from desktop.services.aid_queries import DisbursementQuery, disbursement, list_disbursements
from desktop.services.disbursements import DisbursementDraft, create_disbursement
from desktop.ui.aid.approval_tab import ApprovalTab
from desktop.ui.aid.disbursement_list import DisbursementListTab
from desktop.ui.aid.record_dialog import RecordDialog


def enter(ctx, person: int, campaign_id: int, cash: int = 50_000, submit: bool = True, **changes) -> int:  # type: ignore[no-untyped-def]
    draft = DisbursementDraft(person, changes.pop("category", "送温暖"), date.today(), cash, campaign_id=campaign_id,
                              **changes)
    return create_disbursement(ctx.db, ctx.actor, draft, submit=submit)


def test_a_clerk_sees_the_queue_but_cannot_approve(qtbot, clerk_context, campaign, people) -> None:  # noqa: F811
    enter(clerk_context, people["李秀英"], campaign)
    tab = ApprovalTab(clerk_context, lambda _id: None)
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.model.rowCount() == 1, "the clerk sees what is waiting"
    assert not tab.approve_button.isEnabled() and not tab.reject_button.isEnabled()
    assert not tab.role_line.isHidden() and "负责人" in tab.role_line.text()
    tab.table.selectAll()
    assert tab.approve_selected() == 0
    assert records(clerk_context.db) == {"李秀英": ("submitted", 50_000)}


def test_approving_own_entries_asks_and_marks_them(qtbot, monkeypatch, clerk_context, approver_context,  # noqa: F811
                                                   campaign, people) -> None:  # noqa: F811
    first = enter(clerk_context, people["李秀英"], campaign)
    own = create_disbursement(approver_context.db, approver_context.actor, DisbursementDraft(
        people["李秀英"], "送温暖", date.today(), 20_000, campaign_id=campaign), submit=True,
        duplicate_reason="家中突发火灾，再次救助")
    tab = ApprovalTab(approver_context, lambda _id: None)
    qtbot.addWidget(tab)
    tab.refresh()
    warnings = tab.model.columnCount() - 1
    assert tab.model.index(0, warnings).data() == ""
    assert "家中突发火灾" in tab.model.index(1, warnings).data(), "the override reason is shown to the approver"
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[2]),
                                                                   QMessageBox.StandardButton.No)[1])
    tab.table.selectRow(1)
    assert tab.approve_selected() == 0
    assert "本人录入" in asked[0]
    assert disbursement(approver_context.db, own).status == "submitted"  # type: ignore[union-attr]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert tab.approve_selected() == 1
    row = disbursement(approver_context.db, own)
    assert row is not None and row.status == "approved" and row.self_approved
    assert disbursement(approver_context.db, first).status == "submitted"  # type: ignore[union-attr]
    assert tab.model.rowCount() == 1

    listing = DisbursementListTab(approver_context, lambda _id: None, lambda: None)
    qtbot.addWidget(listing)
    listing.refresh()
    status_column = 9
    assert listing.model.index(0, status_column).data().startswith("已批准")
    assert listing.model.index(0, status_column).data() != "已批准", "the self-approval is marked in the list"


@pytest.fixture
def paid(clerk_context, approver_context, campaign, people) -> int:  # type: ignore[no-untyped-def]  # noqa: F811
    record = enter(clerk_context, people["周建华"], campaign, 80_000)
    approve(approver_context.db, approver_context.actor, [record])
    mark_paid(clerk_context.db, clerk_context.actor, [record], date.today(), "现金", "本人签字")
    return record


def test_a_paid_record_opens_read_only_and_offers_reverse(qtbot, clerk_context, paid) -> None:  # noqa: F811
    dialog = RecordDialog(clerk_context, paid)
    qtbot.addWidget(dialog)
    assert not dialog.edit_button.isEnabled() and not dialog.void_button.isEnabled()
    assert not dialog.paid_button.isEnabled(), "already paid"
    assert "冲销" in dialog.hint.text() and not dialog.hint.isHidden(), "the clerk is told why not, and what to do"
    assert dialog.edit() is None
    assert "本人签字" in dialog.history.text() and "现金" in dialog.history.text()
    assert dialog.reverse_button.isEnabled()

    reverse = dialog.reverse()
    assert not reverse.submit(), "a reason is required"
    assert "原因" in reverse.message.text()
    type_text(qtbot, reverse.text, "金额录入错误")
    assert reverse.submit()
    reversal = next(r for r in list_disbursements(clerk_context.db, DisbursementQuery()) if r.reverses_id == paid)
    assert reversal.status == "submitted" and reversal.total_fen == -80_000
    assert f"#{reversal.id}" in dialog.history.text(), "the reversal is linked from the original"
    assert not dialog.reverse_button.isEnabled(), "a record is reversed once"

    other = RecordDialog(clerk_context, reversal.id)
    qtbot.addWidget(other)
    assert f"#{paid}" in other.history.text(), "and the original from the reversal"
    assert not other.edit_button.isEnabled() and other.void_button.isEnabled()


def test_an_approved_record_is_marked_paid_from_its_dialog(qtbot, clerk_context, approver_context, campaign,  # noqa: F811
                                                           people) -> None:  # noqa: F811
    record = enter(clerk_context, people["李秀英"], campaign)
    approve(approver_context.db, approver_context.actor, [record])
    dialog = RecordDialog(clerk_context, record)
    qtbot.addWidget(dialog)
    assert dialog.paid_button.isEnabled() and dialog.reverse_button.isEnabled()
    pay = dialog.mark_paid()
    assert not pay.submit(), "the receipt or sign-off is required"
    assert "签收" in pay.message.text()
    pay.method.setCurrentText("现金")
    type_text(qtbot, pay.receipt, "本人签字")
    assert pay.submit()
    assert records(clerk_context.db) == {"李秀英": ("paid", 50_000)}
    assert dialog.values["status"].text() == "已发放"


def test_a_draft_is_edited_submitted_and_recalled(qtbot, clerk_context, campaign, people) -> None:  # noqa: F811
    record = enter(clerk_context, people["李秀英"], campaign, submit=False)
    dialog = RecordDialog(clerk_context, record)
    qtbot.addWidget(dialog)
    assert dialog.edit_button.isEnabled() and dialog.submit_button.isEnabled()
    assert not dialog.recall_button.isEnabled()
    editor = dialog.edit()
    assert editor is not None and editor.cash.text() == "500"
    editor.cash.setText("650")
    assert editor.save(submit=False)
    assert records(clerk_context.db) == {"李秀英": ("draft", 65_000)}
    dialog.submit()
    assert records(clerk_context.db) == {"李秀英": ("submitted", 65_000)}
    assert dialog.recall_button.isEnabled() and not dialog.edit_button.isEnabled()
    dialog.recall()
    assert records(clerk_context.db) == {"李秀英": ("draft", 65_000)}


def test_selected_drafts_are_submitted_from_the_list(qtbot, clerk_context, campaign, people) -> None:  # noqa: F811
    enter(clerk_context, people["李秀英"], campaign, submit=False)
    enter(clerk_context, people["周建华"], campaign, submit=False)
    listing = DisbursementListTab(clerk_context, lambda _id: None, lambda: None)
    qtbot.addWidget(listing)
    listing.refresh()
    assert listing.model.rowCount() == 2
    listing.table.selectAll()
    assert listing.submit_selected() == 2
    assert records(clerk_context.db) == {"李秀英": ("submitted", 50_000), "周建华": ("submitted", 50_000)}
    listing.table.selectAll()
    assert listing.submit_selected() == 0, "nothing left to submit"
    assert listing.message.text()
    type_text(qtbot, listing.search, "zjh")
    listing.apply_filters()
    assert [listing.model.row_at(i).name for i in range(listing.model.rowCount())] == ["周建华"]

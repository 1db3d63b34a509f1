"""集体慰问: entered through the dialog (organizations ticked and typed, a named recipient), approved by a 负责人."""

from __future__ import annotations

import pytest
from aid_support import PEOPLE, context_for, make_campaign, register
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from test_members_support import clerk_context, two_orgs, type_text  # noqa: F401 (fixtures)

from desktop.services.aid_campaigns import get_campaign
from desktop.services.group_distributions import GroupDraft, create_group_distribution, list_groups
from desktop.ui.aid.group_dialog import GroupDetailDialog, GroupDialog
from desktop.ui.aid.groups_tab import GroupsTab


@pytest.fixture
def campaign(clerk_context) -> int:  # type: ignore[no-untyped-def]  # noqa: F811
    return make_campaign(clerk_context.db, clerk_context.actor, budget_fen=1_000_000)


@pytest.fixture
def approver_context(ui_db, ui_paths):  # type: ignore[no-untyped-def]
    return context_for(ui_db, ui_paths, "approver")


@pytest.fixture
def dialog(qtbot, clerk_context, campaign):  # type: ignore[no-untyped-def]  # noqa: F811
    dialog = GroupDialog(clerk_context, campaign)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    yield dialog
    dialog.close_without_asking()
    dialog.deleteLater()


def test_a_group_distribution_is_entered_through_the_dialog(qtbot, two_orgs, dialog, clerk_context,  # noqa: F811
                                                            campaign) -> None:  # type: ignore[no-untyped-def]
    register(clerk_context.db, clerk_context.actor, "ouyang")
    type_text(qtbot, dialog.title, "春节走访慰问一线职工")
    type_text(qtbot, dialog.org_filter, "星河机械")
    QTest.keyClick(dialog.org_filter, Qt.Key.Key_Return)  # the only match is ticked, not the form saved
    assert dialog.isVisible() and dialog.checked_organizations() == [two_orgs[0]]
    dialog.check_organization(two_orgs[1])
    type_text(qtbot, dialog.others, "城东社区服务中心\n\n")
    assert "3" in dialog.organization_count.placeholderText(), "the count defaults to the number listed"
    qtbot.keyClicks(dialog.people_count, "40")
    type_text(qtbot, dialog.recipient_search, PEOPLE["ouyang"])
    QTest.keyClick(dialog.recipient_search, Qt.Key.Key_Return)  # adds the recipient
    assert dialog.isVisible() and dialog.recipients.count() == 1
    qtbot.keyClicks(dialog.cash, "4,000")
    type_text(qtbot, dialog.items, "米面油")
    qtbot.keyClicks(dialog.items_value, "1200")
    QTest.keyClick(dialog.note, Qt.Key.Key_Return)  # Enter saves
    assert not dialog.isVisible()
    [group] = list_groups(clerk_context.db, campaign_id=campaign)
    assert (group.title, group.organization_count, group.people_count, group.cash_fen, group.items_value_fen) == (
        "春节走访慰问一线职工", 3, 40, 400_000, 120_000)
    assert set(group.organizations) == {"星河机械有限公司", "云溪快递服务站", "城东社区服务中心"}
    assert group.recipients == (PEOPLE["ouyang"],) and group.status == "submitted"
    assert group.fund_source == "上级下拨", "the campaign's fund source by default"


def test_problems_show_beside_the_fields(qtbot, dialog, clerk_context, campaign) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    qtbot.keyClicks(dialog.cash, "12.345")
    assert not dialog.save()
    assert "两位小数" in dialog.errors.text("cash_fen") and dialog.errors.text("people_count") != ""
    dialog.cash.clear()
    qtbot.keyClicks(dialog.people_count, "5")
    qtbot.keyClicks(dialog.organization_count, "0")
    dialog.others.setPlainText("甲单位\n乙单位")
    assert not dialog.save()
    assert "请填写慰问活动的名称" in dialog.errors.text("title")
    assert "少于列出的单位数 2" in dialog.errors.text("organization_count")
    assert "不能都为零" in dialog.errors.text("cash_fen")
    assert list_groups(clerk_context.db, campaign_id=campaign) == []


def test_the_approver_approves_and_rejects_with_a_comment(qtbot, clerk_context, approver_context,  # noqa: F811
                                                          campaign, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    clerk = clerk_context
    first = create_group_distribution(clerk.db, clerk.actor, GroupDraft(campaign, "夏季送清凉", date_today(), 120,
                                                                         cash_fen=300_000, other_organizations=("某工地",)))
    second = create_group_distribution(clerk.db, clerk.actor, GroupDraft(campaign, "中秋慰问", date_today(), 10,
                                                                          cash_fen=50_000))
    clerk_tab = GroupsTab(clerk)
    qtbot.addWidget(clerk_tab)
    assert not clerk_tab.approve_button.isVisibleTo(clerk_tab), "a clerk cannot approve"
    tab = GroupsTab(approver_context)
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.model.rowCount() == 2
    select(tab, first)
    tab.approve_button.click()  # entered by the clerk: no question asked
    select(tab, second)
    dialog = tab.reject_selected()
    assert dialog is not None
    dialog.submit()
    assert "意见" in dialog.message.text(), "a rejection needs a comment"
    dialog.reason.setText("人数与签收表不符")
    assert dialog.submit()
    status = {g.id: (g.status, g.decided_by, g.decision_comment) for g in list_groups(clerk.db, status=None)}
    assert status[first] == ("approved", "approver", "")
    assert status[second] == ("rejected", "approver", "人数与签收表不符")
    row = get_campaign(clerk.db, campaign)
    assert (row.counted_fen, row.persons) == (300_000, 120), "the approved one counts"
    select(tab, first)
    detail = tab.open_selected()
    assert isinstance(detail, GroupDetailDialog) and "某工地" in detail.labels[detail.tr("Listed:")].text()
    detail.close()


def test_approving_ones_own_entry_asks_first(qtbot, approver_context, campaign, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx = approver_context
    own = create_group_distribution(ctx.db, ctx.actor, GroupDraft(campaign, "走访慰问", date_today(), 3, cash_fen=900))
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or answers[len(asked) - 1])
    tab = GroupsTab(ctx)
    qtbot.addWidget(tab)
    tab.refresh()
    select(tab, own)
    assert not tab.approve_selected() and list_groups(ctx.db)[0].status == "submitted"
    assert tab.approve_selected()
    [group] = list_groups(ctx.db)
    assert len(asked) == 2 and group.status == "approved" and group.self_approved
    assert tab.model.rowCount() == 1


def select(tab: GroupsTab, group_id: int) -> None:
    tab.table.clearSelection()
    tab.select(group_id)


def date_today():  # type: ignore[no-untyped-def]
    from datetime import date

    return date.today()

"""A member's detail: history, and the lifecycle actions with the service's refusals shown."""

from __future__ import annotations

from datetime import date

import pytest
from test_members_support import (  # noqa: F401 (fixtures)
    bulk,
    clerk_context,
    draft_for,
    resident_id,
    two_orgs,
    type_text,
)

from desktop.services.member_search import MemberQuery, search_members
from desktop.services.membership import get_member
from desktop.ui.members.detail_dialog import MemberDetailDialog
from desktop.ui.members.page import MembersPage


@pytest.fixture
def page(qtbot, clerk_context, two_orgs):  # type: ignore[no-untyped-def]  # noqa: F811
    ctx = clerk_context
    bulk(ctx.db, ctx.actor, [
        draft_for("郑华", resident_id(1), two_orgs[0], join_date=date(2021, 3, 1), phone="13700001234"),
        draft_for("冯丽", resident_id(2, female=True), two_orgs[0], join_date=date(2022, 4, 1)),
    ])
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def open_member(page: MembersPage, name: str) -> MemberDetailDialog:
    row = next(i for i in range(page.model.rowCount()) if page.model.row_at(i).name == name)
    dialog = page.open_member_at(page.model.index(row, 0))
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_detail_shows_person_membership_and_history(page: MembersPage) -> None:
    detail = open_member(page, "郑华")
    assert detail.values["id_number"].text() == resident_id(1), "the full number in the member's own record"
    assert detail.values["phone"].text() == "13700001234"
    assert detail.values["organization"].text() == "星河机械有限公司"
    assert detail.values["status"].text() == "在会"
    assert detail.history.rowCount() == 1
    assert [detail.history.index(0, c).data() for c in range(3)] == ["2021-03-01", "入会", ""]
    assert detail.history.index(0, 5).data() == "周文静（演示经办人）", "who recorded it, by name"
    detail.close()


def test_withdrawing_from_the_detail_updates_history_and_the_table(page: MembersPage) -> None:
    detail = open_member(page, "郑华")
    action = detail.open_action("withdraw")
    action.when.setText("2024-02-01")
    action.automatic.setChecked(True)
    assert action.submit()
    assert detail.values["status"].text() == "退会（2024-02-01 起）"
    assert detail.history.rowCount() == 2
    assert detail.history.index(1, 1).data() == "自动退会"
    assert detail.history.index(1, 4).data() == "连续六个月未缴纳会费"
    assert not detail.transfer_button.isEnabled() and not detail.withdraw_button.isEnabled()
    assert "在会会员" in detail.action_hint.text()
    row = next(page.model.row_at(i) for i in range(page.model.rowCount()) if page.model.row_at(i).name == "郑华")
    assert row.status == "withdrawn", "the table row is updated in place"
    assert page.count_label.text() == "共 1 名在会会员"
    detail.close()


def test_an_impossible_move_shows_the_services_reason(page: MembersPage, two_orgs) -> None:  # noqa: F811
    detail = open_member(page, "冯丽")
    action = detail.open_action("transfer")
    assert action.target.findData(two_orgs[0]) < 0, "the current employer is not offered"
    action.target.setCurrentIndex(action.target.findData(two_orgs[1]))
    action.when.setText("2020-01-01")
    assert not action.submit()
    assert "早于" in action.message.text(), action.message.text()
    assert action.isVisible(), "the dialog stays open to correct the date"
    action.when.setText(date.today().replace(year=date.today().year + 1).isoformat())
    assert not action.submit() and "晚于今天" in action.message.text()
    action.when.setText("2024-05-01")
    action.reason.setText("调动")
    assert action.submit()
    assert detail.values["organization"].text() == "云溪快递服务站"
    assert detail.history.index(1, 1).data() == "内部转移"
    assert detail.history.index(1, 2).data() == "星河机械有限公司"
    assert detail.history.index(1, 3).data() == "云溪快递服务站"
    detail.close()


def test_transfer_out_to_another_union_and_death(page: MembersPage) -> None:
    detail = open_member(page, "冯丽")
    action = detail.open_action("transfer")
    action.outside.setChecked(True)
    assert action.other_union.isEnabled() and not action.target.isEnabled()
    action.when.setText("2024-05-01")
    assert not action.submit() and "其他工会" in action.message.text(), "a destination is needed"
    action.other_union.setText("云溪县建筑业工会")
    assert action.submit()
    assert detail.values["status"].text() == "转出（2024-05-01 起）"
    assert detail.history.index(1, 3).data() == "云溪县建筑业工会"
    action.deleteLater()
    other = open_member(page, "郑华")
    death = other.open_action("death")
    death.when.setText("2024-06-01")
    assert death.submit()
    assert other.values["status"].text() == "去世（2024-06-01 起）"
    detail.close()
    other.close()


def test_void_needs_a_reason(page: MembersPage, clerk_context) -> None:  # noqa: F811
    detail = open_member(page, "冯丽")
    dialog = detail.void()
    assert not dialog.submit()
    assert "原因" in dialog.message.text()
    dialog.reason.setText("重复录入")
    assert dialog.submit()
    assert detail.values["status"].text().startswith("作废")
    assert not detail.edit_button.isEnabled() and not detail.void_button.isEnabled()
    assert search_members(clerk_context.db, MemberQuery(text="冯丽", status=None)) == [], "voided leave the lists"
    detail.close()


def test_edit_from_the_detail_corrects_the_record(page: MembersPage, clerk_context) -> None:  # noqa: F811
    detail = open_member(page, "郑华")
    editor = detail.edit()
    assert editor.form.name.text() == "郑华" and not editor.form.organization.isEnabled()
    assert not editor.has_unsaved_changes()
    editor.form.phone.setText("13700005678")
    editor.form.card_number.setText("XH-9")
    assert editor.save()
    assert not editor.isVisible()
    assert detail.values["phone"].text() == "13700005678"
    assert get_member(clerk_context.db, detail.member_id).draft.card_number == "XH-9"
    row = next(page.model.row_at(i) for i in range(page.model.rowCount()) if page.model.row_at(i).name == "郑华")
    assert row.card_number == "XH-9"
    detail.close()

"""建会单位 page: create with the credit code checked, duplicates refused, edit, void, show members."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from test_members_support import (  # noqa: F401 (fixtures)
    bulk,
    clerk_context,
    credit_code,
    draft_for,
    resident_id,
    two_orgs,
    type_text,
)

from desktop.services.organizations import list_organizations
from desktop.ui.organizations.form_dialog import OrganizationDialog
from desktop.ui.organizations.page import OrganizationsPage


@pytest.fixture
def page(qtbot, clerk_context, two_orgs):  # type: ignore[no-untyped-def]  # noqa: F811
    bulk(clerk_context.db, clerk_context.actor, [draft_for("郑华", resident_id(1), two_orgs[0])])
    page = OrganizationsPage(clerk_context)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    yield page
    for dialog in page.findChildren(OrganizationDialog):
        dialog._baseline = dialog._snapshot()


def names(page: OrganizationsPage) -> list[str]:
    return [page.model.row_at(i).name for i in range(page.model.rowCount())]


def test_organization_model_passes_the_model_tester(qtmodeltester, page: OrganizationsPage) -> None:
    qtmodeltester.check(page.model, force_py=True)


def test_list_shows_member_counts_and_searches(qtbot, page: OrganizationsPage) -> None:
    assert names(page) == ["云溪快递服务站", "星河机械有限公司"]
    counts = {page.model.row_at(i).name: page.model.index(i, 8).data() for i in range(2)}
    assert counts == {"星河机械有限公司": "1", "云溪快递服务站": "0"}
    assert page.count_label.text() == "共 2 家建会单位"
    type_text(qtbot, page.search, "快递")
    qtbot.waitUntil(lambda: names(page) == ["云溪快递服务站"], timeout=1000)
    assert page.count_label.text() == "找到 1 家单位"
    page.search.setText(credit_code(1).lower())
    page.refresh()
    assert names(page) == ["星河机械有限公司"], "found by credit code too"


def test_create_checks_the_credit_code_inline(qtbot, page: OrganizationsPage, clerk_context) -> None:  # noqa: F811
    dialog = page.new_organization()
    type_text(qtbot, dialog.name, "青禾食品厂")
    bad = credit_code(3)[:17] + ("1" if credit_code(3)[17] != "1" else "2")
    qtbot.keyClicks(dialog.credit_code, bad)
    assert "校验位" in dialog.code_status.text(), "checked as it is typed"
    QTest.keyClick(dialog.credit_code, Qt.Key.Key_Return)
    assert "校验位" in dialog.problem("credit_code") and dialog.isVisible()
    assert len(list_organizations(clerk_context.db)) == 2, "nothing saved"
    dialog.credit_code.setText(credit_code(3))
    assert dialog.code_status.text().startswith("✓")
    dialog.nature.setCurrentText("企业")
    dialog.employee_count.setText("120")
    dialog.founded_on.setText("2019/6/1")
    QTest.keyClick(dialog.credit_code, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert names(page) == ["云溪快递服务站", "星河机械有限公司", "青禾食品厂"]
    assert page.selected() is not None and page.selected().name == "青禾食品厂"
    saved = page.selected()
    assert (saved.nature, saved.employee_count, saved.founded_on.isoformat()) == ("企业", 120, "2019-06-01")


def test_duplicates_are_refused_beside_the_field(qtbot, page: OrganizationsPage) -> None:
    dialog = page.new_organization()
    dialog.name.setText("星河机械有限公司")
    assert not dialog.save()
    assert "同名" in dialog.problem("name")
    dialog.name.setText("另一家公司")
    dialog.credit_code.setText(credit_code(2))
    assert not dialog.save()
    assert "云溪快递服务站" in dialog.problem("credit_code")


def test_edit_and_cancel_with_unsaved_changes_asks(qtbot, page: OrganizationsPage, monkeypatch) -> None:
    page.table.selectRow(names(page).index("星河机械有限公司"))
    dialog = page.edit_at(page.table.currentIndex())
    assert dialog is not None and dialog.name.text() == "星河机械有限公司"
    type_text(qtbot, dialog.chairman, "李建国")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.No)
    QTest.keyClick(dialog.chairman, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
    assert dialog.save()
    row = page.selected()
    assert row is not None and row.chairman == "李建国"
    assert page.model.index(names(page).index("星河机械有限公司"), 5).data() == "李建国"


def test_void_needs_a_reason_and_no_active_members(page: OrganizationsPage) -> None:
    page.table.selectRow(names(page).index("星河机械有限公司"))
    refused = page.void_selected()
    assert refused is not None
    refused.reason.setText("已注销")
    assert not refused.submit()
    assert "在会会员" in refused.message.text(), "the service's refusal is shown"
    refused.reject()

    page.table.selectRow(names(page).index("云溪快递服务站"))
    dialog = page.void_selected()
    assert dialog is not None
    assert not dialog.submit() and "原因" in dialog.message.text()
    dialog.reason.setText("重复录入")
    assert dialog.submit()
    assert names(page) == ["星河机械有限公司"], "voided organizations leave the list"
    page.show_voided.setChecked(True)
    assert "云溪快递服务站" in names(page)
    row = names(page).index("云溪快递服务站")
    assert page.model.index(row, 9).data() == "已作废：重复录入"
    page.table.selectRow(row)
    assert not page.void_button.isEnabled()
    viewer = page.edit_at(page.table.currentIndex())
    assert viewer is not None and not viewer.name.isEnabled(), "a voided organization opens read-only"
    viewer.reject()


def test_show_its_members_opens_the_members_page_filtered(make_window, ui_db) -> None:
    from test_members_support import make_organization

    from desktop.services.auth import login

    admin = login(ui_db, "admin", "demo1234")
    first = make_organization(ui_db, admin, "星河机械有限公司", 1)
    second = make_organization(ui_db, admin, "云溪快递服务站", 2)
    bulk(ui_db, admin, [draft_for("郑华", resident_id(1), first), draft_for("冯丽", resident_id(2), second)])
    window = make_window()
    window.nav.setCurrentRow(2)
    organizations = window.workspace.organizations
    organizations.table.selectRow(names(organizations).index("云溪快递服务站"))
    organizations.members_button.click()
    members = window.workspace.members
    assert window.stack.currentWidget() is members
    assert members.filters.organization.currentText() == "云溪快递服务站"
    assert [members.model.row_at(i).name for i in range(members.model.rowCount())] == ["冯丽"]
    assert members.count_label.text() == "找到 1 名会员"

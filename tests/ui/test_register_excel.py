"""The Excel button on the register pages: export and template files a clerk can open and re-import."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from test_members_support import (  # noqa: F401 (fixtures)
    bulk,
    clerk_context,
    draft_for,
    filler_names,
    resident_id,
    two_orgs,
)

from desktop.services.member_import import plan_member_import
from desktop.ui.members.page import MembersPage
from desktop.ui.organizations.page import OrganizationsPage


def test_members_export_from_the_page_reimports(qtbot, clerk_context, two_orgs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    ctx = clerk_context
    bulk(ctx.db, ctx.actor, [draft_for(name, resident_id(i), two_orgs[i % 2]) for i, name in
                             enumerate(filler_names(5))])
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    target = tmp_path / "会员"  # the suffix is added
    operation = page.excel_button.export_file(target)
    assert operation is not None
    qtbot.waitUntil(lambda: page.excel_button.last_export is not None, timeout=10_000)
    exported = tmp_path / "会员.xlsx"
    sheet = openpyxl.load_workbook(exported)["数据"]
    names = {row[0] for row in sheet.iter_rows(min_row=3, values_only=True) if row[0]}
    assert names == set(filler_names(5))
    plan = plan_member_import(ctx.db, exported, update=True)
    assert (plan.count("update"), len(plan.invalid_rows)) == (5, 0)  # the same ledger: all known, unchanged


def test_organization_template_from_the_page(qtbot, clerk_context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    page = OrganizationsPage(clerk_context)
    qtbot.addWidget(page)
    page.excel_button.save_template(tmp_path / "模板.xlsx")
    book = openpyxl.load_workbook(tmp_path / "模板.xlsx")
    assert [c.value for c in book["数据"][2]][:3] == ["*单位名称", "工会名称", "统一社会信用代码"]
    assert "模板.xlsx" in page.excel_button.toolTip()

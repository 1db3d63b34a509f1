"""会员 page: lazy paging, search as you type, filters, counts, columns, opening a member."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_members_support import (  # noqa: F401 (fixtures)
    bulk,
    clerk_context,
    draft_for,
    filler_names,
    resident_id,
    two_orgs,
    type_text,
)

from desktop.services.member_lifecycle import withdraw_member
from desktop.services.member_search import MemberQuery
from desktop.ui.members.detail_dialog import MemberDetailDialog
from desktop.ui.members.page import MembersPage
from desktop.ui.members.table_model import MemberTableModel

ZHANG_ID = resident_id(0, born=date(1975, 6, 15), serial=901)
WANG_ID = resident_id(0, female=True, born=date(1988, 2, 29), serial=902)


@pytest.fixture
def register(clerk_context, two_orgs):  # type: ignore[no-untyped-def]  # noqa: F811
    """450 filler members at the first organization, plus three named ones."""
    ctx = clerk_context
    first, second = two_orgs
    drafts = [draft_for(name, resident_id(i), first) for i, name in enumerate(filler_names(450))]
    drafts += [
        draft_for("张三丰", ZHANG_ID, first, phone="13912345678", card_number="HY2024001"),
        draft_for("王伟", WANG_ID, second, is_migrant_worker=True, new_employment_group="快递员"),
        draft_for("欧阳小明", resident_id(1, born=date(1999, 9, 9), serial=903), second),
    ]
    bulk(ctx.db, ctx.actor, drafts)
    return ctx


@pytest.fixture
def page(qtbot, register):  # type: ignore[no-untyped-def]
    page = MembersPage(register)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    page.refresh()
    return page


def search(qtbot, page: MembersPage, text: str) -> int:  # type: ignore[no-untyped-def]
    """Type into the search box like a clerk and wait for the debounced search."""
    page.filters.search.clear()
    type_text(qtbot, page.filters.search, text)
    with qtbot.waitSignal(page.filters.changed, timeout=1000):
        pass
    return page.model.rowCount()


def test_member_model_passes_the_model_tester(qtmodeltester, register) -> None:
    model = MemberTableModel(register.db, page_size=50)
    model.set_query(MemberQuery(status=None))
    assert model.rowCount() == 50 and model.canFetchMore()
    qtmodeltester.check(model, force_py=True)


def test_the_register_loads_in_pages_of_200_as_the_clerk_scrolls(qtbot, page: MembersPage) -> None:
    assert page.model.rowCount() == 200, "only the first page is loaded at first"
    assert page.model.canFetchMore()
    assert page.count_label.text() == "共 453 名在会会员"
    first = page.model.row_at(0)
    assert first.name == "欧阳小明", "newest entries first"
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 400, timeout=2000)
    page.model.fetchMore()
    assert page.model.rowCount() == 453
    assert not page.model.canFetchMore()
    assert len({page.model.row_at(i).id for i in range(453)}) == 453, "no row twice across pages"


SEARCHES = [
    ("张三丰", ["张三丰"]),  # whole name
    ("zsf", ["张三丰"]),  # pinyin initials
    ("王伟", ["王伟"]),  # a 2-character name
    ("三丰", ["张三丰"]),  # part of a name
    (ZHANG_ID[-4:], ["张三丰"]),  # last 4 of the ID
    (ZHANG_ID, ["张三丰"]),  # whole ID
    ("1391234", ["张三丰"]),  # phone prefix
    ("HY2024", ["张三丰"]),  # card number
    ("欧阳", ["欧阳小明"]),
]


def test_search_as_you_type_finds_by_every_kind(qtbot, page: MembersPage) -> None:
    for text, expected in SEARCHES:
        assert search(qtbot, page, text) == len(expected), text
        assert [page.model.row_at(i).name for i in range(page.model.rowCount())] == expected, text
        assert page.count_label.text() == f"找到 {len(expected)} 名会员"
    page.filters.search.clear()
    page.filters.search_now()
    assert page.model.rowCount() == 200 and page.count_label.text() == "共 453 名在会会员"


def test_filters_by_organization_group_status_and_join_date(qtbot, page: MembersPage, register, two_orgs) -> None:  # noqa: F811
    _first, second = two_orgs
    with qtbot.waitSignal(page.filters.changed):
        page.filters.organization.setCurrentIndex(page.filters.organization.findData(second))
    assert page.model.rowCount() == 2 and page.count_label.text() == "找到 2 名会员"
    page.filters.clear()
    page.filters.group.setCurrentIndex(page.filters.group.findText("农民工"))
    assert [page.model.row_at(i).name for i in range(page.model.rowCount())] == ["王伟"]
    page.filters.group.setCurrentIndex(page.filters.group.findText("快递员"))
    assert page.model.rowCount() == 1
    page.filters.clear()

    zhang = next(page.model.row_at(i) for i in range(page.model.rowCount()) if page.model.row_at(i).name == "张三丰")
    withdraw_member(register.db, register.actor, zhang.id, date(2024, 1, 2), reason="本人申请")
    page.apply_filters()
    assert page.count_label.text() == "共 452 名在会会员", "the default shows active members only"
    page.filters.status.setCurrentIndex(page.filters.status.findText("退会"))
    assert [page.model.row_at(i).name for i in range(page.model.rowCount())] == ["张三丰"]
    page.filters.status.setCurrentIndex(page.filters.status.findText("全部状态"))
    assert page.count_label.text() == "找到 453 名会员"
    page.filters.clear()

    page.filters.joined_from.setText("2020-05-02")
    page.filters.search_now()
    assert page.model.rowCount() == 0 and page.count_label.text() == "找到 0 名会员"
    page.filters.joined_from.setText("2020/5/1")
    page.filters.joined_to.setText("2020年5月1日")
    page.filters.search_now()
    assert page.count_label.text() == "找到 452 名会员"


def test_ids_and_phones_are_masked_and_columns_can_be_chosen(page: MembersPage) -> None:
    search_row = next(i for i in range(page.model.rowCount()) if page.model.row_at(i).name == "欧阳小明")
    assert search_row == 0
    model = page.model
    zhang = MemberTableModel(model._db)
    zhang.set_query(MemberQuery(text="张三丰"))
    id_text = zhang.index(0, zhang.column_index("id_number")).data()
    phone_text = zhang.index(0, zhang.column_index("phone")).data()
    assert id_text == ZHANG_ID[:6] + "********" + ZHANG_ID[-4:]
    assert phone_text == "139****5678"
    titles = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())
              if not page.table.isColumnHidden(i)]
    assert titles == ["姓名", "性别", "证件号码", "手机", "工作单位", "入会时间", "会员卡号", "状态", "群体"]

    menu = page.column_menu()
    actions = {a.text(): a for a in menu.actions() if a.isCheckable()}
    assert not actions["民族"].isChecked()
    actions["民族"].trigger()
    actions["手机"].trigger()
    assert not page.table.isColumnHidden(model.column_index("ethnicity"))
    assert page.table.isColumnHidden(model.column_index("phone"))

    again = MembersPage(page._context)  # the choice is remembered for the next time
    assert "ethnicity" in again.visible_columns() and "phone" not in again.visible_columns()
    again.deleteLater()


def test_enter_or_double_click_opens_the_member(qtbot, page: MembersPage) -> None:
    page.table.setFocus()
    page.table.selectRow(0)
    page.table.setCurrentIndex(page.model.index(0, 0))
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    dialogs = page.findChildren(MemberDetailDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert "欧阳小明" in dialogs[0].heading.text()
    dialogs[0].close()


def test_the_group_column_names_migrant_workers_and_new_forms(page: MembersPage) -> None:
    model = MemberTableModel(page._context.db)
    model.set_query(MemberQuery(text="王伟"))
    assert model.index(0, model.column_index("groups")).data() == "农民工、快递员"
    assert model.index(0, model.column_index("status")).data() == "在会"

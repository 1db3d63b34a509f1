"""困难职工档案 by keyboard: the ID fills in, the category follows the figures, problems show beside fields."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from test_members_support import clerk_context, resident_id, type_text  # noqa: F401 (fixtures)

from desktop.services.auth import login
from desktop.services.hardship import add_year, create_file, get_file, list_files
from desktop.services.hardship_rules import HardshipDraft
from desktop.services.person_rules import Identity
from desktop.services.persons import ensure_person
from desktop.services.settings import load_settings, save_settings
from desktop.ui.context import UiContext
from desktop.ui.hardship import HardshipTab
from desktop.ui.hardship.form_dialog import HardshipFormDialog
from desktop.ui.settings.general_tab import GeneralTab

WORKER_ID = resident_id(3, born=date(1980, 5, 6))  # a man born 1980-05-06


@pytest.fixture
def context(clerk_context, ui_db):  # type: ignore[no-untyped-def]  # noqa: F811
    save_settings(ui_db, login(ui_db, "admin", "demo1234"), dibao_monthly_fen=80_000)  # 800.00 元
    return clerk_context


@pytest.fixture
def tab(qtbot, context):  # type: ignore[no-untyped-def]
    tab = HardshipTab(context)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    yield tab
    for dialog in list(tab._entries):
        dialog.close_without_asking()


def answer(monkeypatch, reply) -> list[str]:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def file_for(context, name: str, number: str, opened_on: date) -> int:  # type: ignore[no-untyped-def]
    return create_file(context.db, context.actor, HardshipDraft(
        name=name, id_number=number, main_reason="下岗失业", opened_on=opened_on, own_monthly_income_fen=100_000,
        household_size=2)).id


def test_typing_a_file_fills_in_classifies_live_and_saves(qtbot, tab: HardshipTab, context) -> None:
    dialog = tab.new_file()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    form = dialog.form
    assert form.opened_on.text() == date.today().isoformat(), "opened today unless the clerk says otherwise"
    type_text(qtbot, form.name, "赵建华")
    QTest.keyClick(form.name, Qt.Key.Key_Tab)
    assert form.id_number.hasFocus(), "Tab goes from the name to the ID number"
    qtbot.keyClicks(form.id_number, WORKER_ID)
    assert form.birth_date.text() == "1980-05-06" and form.gender.currentData() == "男"
    assert not form.birth_date.isEnabled(), "read-only for a resident ID"

    form.main_reason.setCurrentText("下岗失业")
    qtbot.keyClicks(form.own_monthly_income, "1500")
    qtbot.keyClicks(form.other_annual_income, "6,000")
    form.household_size.setValue(2)
    form.family.add_row()
    assert form.household_size.value() == 2, "the worker plus one family member"
    form.family.set_cell(0, form.family.NAME, "赵小华")
    form.family.set_cell(0, form.family.RELATION, "子女")
    form.family.add_row()
    assert form.household_size.value() == 3, "a second family member makes the household bigger"
    form.family.remove_selected()
    # (18,000 + 6,000) ÷ 12 ÷ 3 = 666.67 < 800: deep hardship, and the sentence says why
    assert form.classification is not None and form.classification.category == "deep"
    assert "= 666.67 元，低于当地低保标准 800.00 元：深度困难" in form.category_reason.text()
    assert form.annual_total.text().startswith("24,000.00")
    form.own_monthly_income.setText("15,000")
    assert form.classification is not None and form.classification.category == "none"
    assert "不符合建档标准" in form.category_reason.text(), "the category follows the figures as they change"
    form.own_monthly_income.setText("1,500.00")

    QTest.keyClick(form.other_annual_income, Qt.Key.Key_Return)
    assert "赵建华" in dialog.status_line.text()
    assert form.name.text() == "" and form.id_number.text() == "", "the form clears for the next file"
    assert not dialog.has_unsaved_changes()
    assert tab.model.rowCount() == 1
    row = tab.model.row_at(0)
    assert (row.name, row.category) == ("赵建华", "deep")
    shown = tab.model.index(0, 1).data()
    assert shown == WORKER_ID[:6] + "********" + WORKER_ID[-4:], "the list masks the ID number"
    detail = get_file(context.db, row.id)
    assert [m.name for m in detail.draft.family] == ["赵小华"]
    assert detail.next_review_on == add_year(date.today()), "reviewed yearly"


def test_problems_are_shown_beside_their_fields_and_nothing_is_saved(qtbot, tab: HardshipTab, context) -> None:
    dialog = tab.new_file()
    form = dialog.form
    type_text(qtbot, form.name, "赵建华")
    qtbot.keyClicks(form.id_number, WORKER_ID[:17] + ("1" if WORKER_ID[17] != "1" else "2"))
    assert "校验位" in form.problem("id_number"), "shown while typing"
    qtbot.keyClicks(form.own_monthly_income, "12.345")
    assert "两位小数" in form.problem("own_monthly_income_fen"), "shown while typing"
    assert form.classification is None
    form.opened_on.setText(str(date.today() + timedelta(days=3)))
    assert not dialog.save()
    assert "校验位" in form.problem("id_number")
    assert "两位小数" in form.problem("own_monthly_income_fen")
    assert "主要致困原因" in form.problem("main_reason"), "every problem at once"
    form.own_monthly_income.setText("1200")
    form.id_number.setText(WORKER_ID)
    form.main_reason.setCurrentText("下岗失业")
    assert not dialog.save()
    assert "晚于今天" in form.problem("opened_on")
    assert form.problem("id_number") == "" and form.problem("main_reason") == ""
    assert list_files(context.db) == [] and form.name.text() == "赵建华", "nothing typed is lost"


def test_a_question_from_the_service_is_asked_and_no_keeps_the_form(qtbot, tab: HardshipTab, context,
                                                                    monkeypatch) -> None:
    dialog = tab.new_file()
    form = dialog.form
    type_text(qtbot, form.name, "孙秀英")
    qtbot.keyClicks(form.id_number, resident_id(5, female=True, born=date(1950, 2, 3)))
    form.main_reason.setCurrentText("患重特大疾病")
    qtbot.keyClicks(form.own_monthly_income, "500")
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    assert not dialog.save()
    assert len(asked) == 1 and "周岁" in asked[0]
    assert list_files(context.db) == [] and form.name.text() == "孙秀英"
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert dialog.save()
    assert [r.name for r in list_files(context.db)] == ["孙秀英"]


def test_a_known_person_is_filled_in_and_a_second_file_refused(qtbot, tab: HardshipTab, context) -> None:
    known, filed = resident_id(7), resident_id(8)
    with context.db.session() as session:
        ensure_person(session, context.actor, Identity("钱丽", "居民身份证", known, "男", date(1980, 1, 1),
                                                       "13800001111"))
    file_for(context, "吴刚", filed, date.today() - timedelta(days=10))
    dialog = tab.new_file()
    form = dialog.form
    qtbot.keyClicks(form.id_number, known)
    assert form.name.text() == "钱丽" and form.phone.text() == "13800001111"
    assert "钱丽" in form.id_hint.text() and form.problem("id_number") == ""
    form.load(HardshipDraft(name="", id_number="", opened_on=date.today()))
    qtbot.keyClicks(form.id_number, filed)
    assert form.name.text() == "吴刚"
    assert "吴刚" in form.problem("id_number"), "already has a file: said before anything is typed in vain"
    form.main_reason.setCurrentText("下岗失业")
    assert not dialog.save()
    assert "不能重复建档" in form.problem("id_number")


def test_the_review_due_filter(qtbot, tab: HardshipTab, context) -> None:
    today = date.today()
    file_for(context, "郑芳", resident_id(11), today - timedelta(days=400))  # review was due 35 days ago
    file_for(context, "冯春", resident_id(12), today - timedelta(days=10))
    tab.refresh()
    assert tab.model.rowCount() == 2
    assert re.search(r"[(（]1[)）]", tab.review_due.text()), "the button shows how many reviews are due"
    tab.review_due.click()
    assert [tab.model.row_at(i).name for i in range(tab.model.rowCount())] == ["郑芳"]
    assert tab.model.index(0, 5).data(Qt.ItemDataRole.ForegroundRole) is not None, "an overdue review stands out"
    review = tab.review_selected()
    assert review is not None
    review.own_monthly_income.setText("3,000")
    assert "相对困难" in review.reason.text()
    review.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert tab.model.rowCount() == 0 and re.search(r"[(（]0[)）]", tab.review_due.text()), "reviewed: due again in a year"
    tab.review_due.click()
    assert tab.model.rowCount() == 2


def test_status_change_from_the_list(qtbot, tab: HardshipTab, context) -> None:
    file_id = file_for(context, "郑芳", resident_id(11), date.today() - timedelta(days=30))
    tab.refresh()
    dialog = tab.change_status_of_selected()
    assert dialog is not None
    dialog.status.setCurrentIndex(dialog.status.findData("out"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "原因" in dialog.error.text() and dialog.isVisible(), "the reason is required"
    type_text(qtbot, dialog.reason, "稳定就业")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert get_file(context.db, file_id).status == "out"
    assert tab.model.rowCount() == 0, "the default list shows files still in hardship"


def test_escape_with_edits_asks_before_discarding(qtbot, tab: HardshipTab, monkeypatch) -> None:
    dialog = tab.new_file()
    QTest.keyClick(dialog.form.name, Qt.Key.Key_Escape)  # nothing typed: closes without asking
    assert not dialog.isVisible()
    dialog = tab.new_file()
    type_text(qtbot, dialog.form.name, "赵建华")
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    QTest.keyClick(dialog.form.name, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()
    assert tab.has_unsaved_changes()
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.close()
    assert not dialog.isVisible()


def test_opening_a_file_loads_it_for_correction(qtbot, tab: HardshipTab, context) -> None:
    file_id = file_for(context, "郑芳", resident_id(11), date.today() - timedelta(days=30))
    tab.refresh()
    dialog = tab.open_file_at(tab.model.index(0, 0))
    assert isinstance(dialog, HardshipFormDialog)
    assert dialog.form.name.text() == "郑芳" and dialog.form.own_monthly_income.text() == "1,000.00"
    dialog.form.rigid_spending.setText("2000")
    assert dialog.save()
    assert get_file(context.db, file_id).draft.rigid_spending_fen == 200_000


def test_the_admin_sets_the_dibao_line(qtbot, ui_db, ui_paths) -> None:
    admin = login(ui_db, "admin", "demo1234")
    save_settings(ui_db, admin, dibao_monthly_fen=0)
    admin_tab = GeneralTab(UiContext(ui_db, admin, ui_paths))
    qtbot.addWidget(admin_tab)
    admin_tab.refresh()
    assert admin_tab.dibao.text() == ""
    qtbot.keyClicks(admin_tab.dibao, "865.5")
    admin_tab.save_button.click()
    assert load_settings(ui_db).dibao_monthly_fen == 86_550
    clerk_tab = GeneralTab(UiContext(ui_db, login(ui_db, "clerk", "demo1234"), ui_paths))
    qtbot.addWidget(clerk_tab)
    clerk_tab.refresh()
    assert clerk_tab.dibao.text() == "865.50" and not clerk_tab.dibao.isEnabled()

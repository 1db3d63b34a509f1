"""会员登记 by keyboard: the ID fills in, Enter saves and starts the next, problems show beside fields."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from test_members_support import (  # noqa: F401 (fixtures)
    bulk,
    clerk_context,
    draft_for,
    resident_id,
    two_orgs,
    type_text,
)

from desktop.services.member_lifecycle import withdraw_member
from desktop.services.member_search import MemberQuery, count_members, search_members
from desktop.ui.members.entry_dialog import MemberEntryDialog
from desktop.ui.members.page import MembersPage

NEW_ID = "11010519491231002X"  # the standard's own example: a woman born 1949-12-31


@pytest.fixture
def dialog(qtbot, clerk_context, two_orgs):  # type: ignore[no-untyped-def]  # noqa: F811
    dialog = MemberEntryDialog(clerk_context)
    dialog.show()
    yield dialog
    dialog.close_without_asking()  # not by qtbot: its close would (rightly) ask about unsaved edits
    dialog.deleteLater()


def everyone(db) -> int:  # type: ignore[no-untyped-def]
    return count_members(db, MemberQuery(status=None))


def test_a_valid_id_fills_birth_date_and_gender_read_only(qtbot, dialog: MemberEntryDialog) -> None:
    form = dialog.form
    qtbot.keyClicks(form.id_number, NEW_ID[:17])
    assert form.birth_date.text() == "" and form.gender.currentText() == ""
    qtbot.keyClicks(form.id_number, NEW_ID[17].lower())
    assert form.birth_date.text() == "1949-12-31"
    assert form.gender.currentText() == "女"
    assert not form.gender.isEnabled() and not form.birth_date.isEnabled(), "read-only for a resident ID"
    assert form.problem("id_number") == ""
    form.id_type.setCurrentText("护照")
    assert form.gender.isEnabled() and form.birth_date.isEnabled(), "typed by hand for other documents"


def test_enter_saves_and_clears_for_the_next_member(qtbot, dialog: MemberEntryDialog, clerk_context,  # noqa: F811
                                                    two_orgs) -> None:  # noqa: F811
    form = dialog.form
    type_text(qtbot, form.name, "李秀英")
    QTest.keyClick(form.name, Qt.Key.Key_Tab)
    assert form.id_number.hasFocus(), "Tab goes from the name to the ID number"
    qtbot.keyClicks(form.id_number, NEW_ID)
    qtbot.keyClicks(form.phone, "139 1234 5678")
    type_text(qtbot, form.organization.lineEdit(), "星河")
    form.organization.lineEdit().editingFinished.emit()  # leaving the box picks the one match
    assert form.organization.current_id() == two_orgs[0]
    qtbot.keyClicks(form.join_date, "2024.3.5")
    qtbot.keyClicks(form.card_number, "hy-0001")
    QTest.keyClick(form.card_number, Qt.Key.Key_Return)

    assert dialog.status_line.text().startswith("已保存：李秀英")
    assert form.name.text() == "" and form.id_number.text() == "" and form.phone.text() == ""
    assert form.birth_date.text() == "" and form.card_number.text() == ""
    assert form.organization.current_id() == two_orgs[0], "the employer stays for the next record"
    assert form.join_date.text() == "2024-03-05", "so does the join date"
    assert form.name.hasFocus()
    assert not dialog.has_unsaved_changes()
    [row] = search_members(clerk_context.db, MemberQuery(text="李秀英"))
    assert (row.gender, row.birth_date, row.phone, row.card_number) == ("女", date(1949, 12, 31), "13912345678",
                                                                        "HY-0001")
    assert row.organization_id == two_orgs[0] and row.join_date == date(2024, 3, 5)

    type_text(qtbot, form.name, "周建华")
    qtbot.keyClicks(form.id_number, resident_id(7))
    QTest.keyClick(form.id_number, Qt.Key.Key_Enter)
    assert dialog.status_line.text().startswith("已保存：周建华")
    assert everyone(clerk_context.db) == 2


def test_an_invalid_id_is_shown_beside_the_field_and_nothing_is_saved(qtbot, dialog: MemberEntryDialog,
                                                                       clerk_context) -> None:  # noqa: F811
    form = dialog.form
    type_text(qtbot, form.name, "李秀英")
    qtbot.keyClicks(form.id_number, NEW_ID[:17] + "1")
    assert "校验位" in form.problem("id_number"), "shown while typing"
    qtbot.keyClicks(form.join_date, "2024-03-05")
    QTest.keyClick(form.join_date, Qt.Key.Key_Return)
    assert everyone(clerk_context.db) == 0
    assert "校验位" in form.problem("id_number")
    assert "工作单位" in form.problem("organization_id"), "every problem at once, each beside its field"
    assert form.id_number.hasFocus()
    assert dialog.status_line.text() == ""
    assert form.name.text() == "李秀英", "nothing typed is lost"


def test_missing_and_unreadable_fields_are_named(qtbot, dialog: MemberEntryDialog, clerk_context) -> None:  # noqa: F811
    form = dialog.form
    type_text(qtbot, form.name, "李秀英")
    type_text(qtbot, form.join_date, "去年")
    assert not dialog.save()
    assert "证件号码" in form.problem("id_number")
    assert "2024-03-05" in form.problem("join_date")
    form.entry_kind.setCurrentIndex(form.entry_kind.findData("transfer_in"))
    assert form.other_union.isEnabled()
    form.join_date.setText("2021-01-01")
    qtbot.keyClicks(form.id_number, NEW_ID)
    form.organization.setCurrentIndex(0)
    assert not dialog.save()
    assert "转入前" in form.problem("other_union")
    type_text(qtbot, form.other_union, "云溪县建筑业工会")
    assert dialog.save()
    assert everyone(clerk_context.db) == 1


def test_escape_with_edits_asks_before_discarding(qtbot, dialog: MemberEntryDialog, monkeypatch) -> None:
    asked: list[str] = []

    def answer(reply):  # type: ignore[no-untyped-def]
        def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
            asked.append(text)
            return reply
        return question

    type_text(qtbot, dialog.form.name, "李秀英")
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    QTest.keyClick(dialog.form.name, Qt.Key.Key_Escape)
    assert asked and "没有保存" in asked[0]
    assert dialog.isVisible(), "No keeps the form open with the typing"
    dialog.close()
    assert dialog.isVisible() and len(asked) == 2, "the close box asks too"
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    QTest.keyClick(dialog.form.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_escape_on_an_empty_form_closes_without_asking(qtbot, dialog: MemberEntryDialog) -> None:
    QTest.keyClick(dialog.form.name, Qt.Key.Key_Escape)  # any question box would fail the test
    assert not dialog.isVisible()


def test_a_known_person_is_prefilled_and_an_active_one_refused(qtbot, dialog: MemberEntryDialog, clerk_context,  # noqa: F811
                                                               two_orgs) -> None:  # noqa: F811
    ctx = clerk_context
    left, active = resident_id(1, born=date(1970, 1, 1)), resident_id(2, born=date(1971, 1, 1))
    bulk(ctx.db, ctx.actor, [
        draft_for("陈春梅", left, two_orgs[0], phone="13800001111", ethnicity="回族", political_status="群众"),
        draft_for("褚刚", active, two_orgs[1]),
    ])
    [row] = search_members(ctx.db, MemberQuery(text="陈春梅"))
    withdraw_member(ctx.db, ctx.actor, row.id, date(2023, 1, 1), reason="调离")
    form = dialog.form
    qtbot.keyClicks(form.id_number, left)
    assert form.name.text() == "陈春梅" and form.phone.text() == "13800001111"
    assert form.ethnicity.currentText() == "回族" and form.political_status.currentText() == "群众"
    assert "已在台账中" in form.id_hint.text()
    assert form.problem("id_number") == ""

    form.clear_for_next()
    qtbot.keyClicks(form.id_number, active)
    assert "在会会员" in form.problem("id_number") and "云溪快递服务站" in form.problem("id_number")


def test_the_page_warns_about_an_open_entry_with_edits(qtbot, clerk_context, two_orgs) -> None:  # noqa: F811
    page = MembersPage(clerk_context)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.filters.organization.setCurrentIndex(page.filters.organization.findData(two_orgs[1]))
    entry = page.new_member()
    assert entry.form.organization.current_id() == two_orgs[1], "the filtered organization is preset"
    assert not page.has_unsaved_changes()
    type_text(qtbot, entry.form.name, "吴丽")
    assert page.has_unsaved_changes()
    qtbot.keyClicks(entry.form.id_number, resident_id(9, female=True))
    entry.form.join_date.setText("2024-06-01")
    assert entry.save()
    assert page.model.rowCount() == 1 and page.model.row_at(0).name == "吴丽", "the table shows the new member"
    assert not page.has_unsaved_changes()
    entry.close_without_asking()

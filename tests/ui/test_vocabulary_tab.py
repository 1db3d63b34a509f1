"""设置 → 词表: an admin adds and retires terms; the entry form offers what is in use; clerks only look."""

from __future__ import annotations

from desktop.ui.members.entry_dialog import MemberEntryDialog


def terms(tab) -> list[str]:  # type: ignore[no-untyped-def]
    return [tab.terms.item(i).text() for i in range(tab.terms.count())]


def test_admin_adds_and_retires_a_term(qtbot, make_window) -> None:
    window = make_window("admin")
    window.nav.setCurrentRow(6)
    settings = window.settings
    tab = settings.vocabulary_tab
    settings.tabs.setCurrentWidget(tab)
    assert settings.tabs.tabText(settings.tabs.indexOf(tab)) == "词表"
    tab.kind.setCurrentIndex(tab.kind.findData("new_employment_group"))
    assert tab.kind.currentText() == "新就业形态群体"
    assert "快递员" in terms(tab)
    tab.new_term.setText("网约配送员")
    tab.add_button.click()
    assert terms(tab)[-1] == "网约配送员" and tab.message.text() == "已添加：网约配送员"
    tab.new_term.setText("快递员")
    tab.add()
    assert "已有" in tab.message.text(), "a duplicate is refused with the service's reason"

    entry = MemberEntryDialog(window.context)
    assert entry.form.new_employment_group.findText("网约配送员") >= 0, "new terms are offered in the form"
    entry.close_without_asking()

    tab.terms.setCurrentRow(terms(tab).index("快递员"))
    tab.retire_button.click()
    assert "快递员" not in terms(tab) and tab.message.text() == "已停用：快递员"
    entry = MemberEntryDialog(window.context)
    assert entry.form.new_employment_group.findText("快递员") < 0, "retired terms are no longer offered"
    entry.close_without_asking()


def test_clerk_sees_the_vocabularies_but_cannot_change_them(make_window) -> None:
    window = make_window("clerk")
    window.nav.setCurrentRow(6)
    tab = window.settings.vocabulary_tab
    tab.refresh()
    assert terms(tab), "the terms are listed"
    assert not tab.add_button.isEnabled() and not tab.retire_button.isEnabled() and not tab.new_term.isEnabled()

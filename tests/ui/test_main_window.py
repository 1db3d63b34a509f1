"""Navigation, status bar, settings pages and the unsaved-changes guard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.services.backups import list_backups
from desktop.services.unit import get_unit
from desktop.services.users import list_users
from desktop.ui.reports import ReportsPage

EXPECTED_PAGES = ["首页", "会员", "建会单位", "帮扶", "竞赛", "报表", "设置"]


def test_navigation_reaches_every_page_in_chinese(make_window, press_shortcut) -> None:
    window = make_window()
    assert window.page_titles() == EXPECTED_PAGES
    for row, (_title, page) in enumerate(window.pages):
        window.nav.setCurrentRow(row)
        assert window.stack.currentWidget() is page
    assert isinstance(dict(window.pages)["报表"], ReportsPage)
    window.nav.setCurrentRow(0)
    press_shortcut(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.settings
    press_shortcut(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 1


def test_a_waiting_line_on_the_home_page_opens_where_the_work_is_done(make_window) -> None:
    window = make_window("approver")
    window.workspace.home.navigate_requested.emit("aid")
    assert window.stack.currentWidget() is window.workspace.aid
    assert window.workspace.aid.tabs.currentWidget() is window.workspace.aid.approvals
    window.workspace.home.navigate_requested.emit("hardship")
    assert window.workspace.aid.tabs.currentWidget() is window.workspace.aid.hardship
    window.workspace.home.navigate_requested.emit("reports")
    assert window.stack.currentWidget() is window.workspace.reports


def test_status_bar_shows_user_role_and_unit(make_window) -> None:
    window = make_window("clerk")
    assert "周文静" in window.user_label.text() and "经办人" in window.user_label.text()
    assert "星河镇总工会" in window.unit_label.text()


def test_clerk_cannot_manage_users_or_edit_the_unit(make_window) -> None:
    window = make_window("clerk")
    window.nav.setCurrentRow(6)
    assert not window.settings.users_tab.add_button.isEnabled()
    assert not window.settings.unit_tab.form.isEnabled()
    assert not window.settings.backups_tab.restore_button.isEnabled()
    assert window.settings.backups_tab.backup_button.isEnabled()


def test_admin_adds_a_user_through_the_dialog(make_window, ui_db) -> None:
    from desktop.ui.settings.users_tab import UserDialog

    window = make_window()
    window.nav.setCurrentRow(6)
    dialog = UserDialog(window.context, None, window)
    dialog.username.setText("zhaoli")
    dialog.display_name.setText("赵丽")
    dialog.role.setCurrentIndex(dialog.role.findData("clerk"))
    dialog.password.setText("short")
    dialog.submit()
    assert "8" in dialog.message.text(), "a too-short password is refused with a reason"
    dialog.password.setText("long-enough-1")
    dialog.submit()
    assert dialog.result() == UserDialog.DialogCode.Accepted
    window.settings.users_tab.refresh()
    names = [window.settings.users_tab.model.row_at(r).username
             for r in range(window.settings.users_tab.model.rowCount())]
    assert "zhaoli" in names
    assert any(u.username == "zhaoli" and u.role == "clerk" for u in list_users(ui_db))


def test_unit_edits_are_saved_and_audited(make_window, ui_db) -> None:
    window = make_window()
    window.nav.setCurrentRow(6)
    tab = window.settings.unit_tab
    assert not tab.save_button.isEnabled()
    tab.form.leader.setText("陈刚")
    assert tab.has_unsaved_changes() and tab.save_button.isEnabled()
    assert tab.save()
    assert get_unit(ui_db).leader_name == "陈刚"
    assert not tab.has_unsaved_changes()


def test_closing_with_unsaved_edits_asks_first(make_window, monkeypatch) -> None:
    window = make_window()
    window.nav.setCurrentRow(6)
    window.settings.unit_tab.form.address.setText("新地址")
    asked: list[str] = []

    def answer(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.close()
    assert asked and "设置" in asked[0]
    assert window.isVisible(), "cancel keeps the window and the edits"
    assert window.settings.unit_tab.form.address.text() == "新地址"


def test_back_up_now_runs_in_the_background(make_window, ui_db, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    window = make_window()
    before = len(list_backups(ui_db.backup_dir))
    window.settings.backups_tab.back_up_now()
    qtbot.waitUntil(lambda: len(list_backups(ui_db.backup_dir)) == before + 1, timeout=10_000)
    qtbot.waitUntil(lambda: window.settings.backups_tab.model.rowCount() == before + 1, timeout=5_000)


def test_audit_tab_lists_events_and_checks_the_chain(make_window, qtbot) -> None:
    window = make_window()
    window.nav.setCurrentRow(6)
    tab = window.settings.audit_tab
    window.settings.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() >= 5
    actions = {tab.model.index(r, 3).data() for r in range(tab.model.rowCount())}
    assert {"登录", "新增操作员", "创建本单位"} <= actions
    tab.verify()
    qtbot.waitUntil(lambda: "完整" in tab.result.text(), timeout=10_000)

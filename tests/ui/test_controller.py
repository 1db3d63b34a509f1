"""A whole session as the clerk lives it: window first, login over it, lock, log out."""

from __future__ import annotations

import pytest

from desktop.services.backups import list_backups
from desktop.ui.controller import AppController
from desktop.ui.dialogs.login_dialog import LoginDialog
from desktop.ui.main_window import MainWindow


@pytest.fixture
def typed_logins(monkeypatch):  # type: ignore[no-untyped-def]
    """Answers each login dialog as a user would type: (username or None for locked, password)."""
    answers: list[tuple[str | None, str]] = []
    seen: list[LoginDialog] = []

    def fake_exec(dialog: LoginDialog) -> int:
        seen.append(dialog)
        if not answers:
            dialog.reject()
            return 0
        username, password = answers.pop(0)
        if username is not None:
            dialog.username.setText(username)
        dialog.password.setText(password)
        dialog.try_login()
        return 1 if dialog.actor is not None else 0

    monkeypatch.setattr(LoginDialog, "exec", fake_exec)
    return answers, seen


@pytest.fixture
def session(qapp, qtbot, ui_paths):  # type: ignore[no-untyped-def]
    window = MainWindow()  # closed below, not by qtbot: its close would ask about unsaved edits
    window.show()
    controller = AppController(qapp, ui_paths, window)
    yield window, controller
    window.close_without_asking()
    window.deleteLater()
    if controller.db is not None:
        controller.db.close()


def test_window_first_then_login_then_workspace(session, typed_logins) -> None:
    window, controller = session
    answers, seen = typed_logins
    assert window.workspace is None and "工会台账" in window.cover.text()
    answers.append(("clerk", "demo1234"))
    assert controller.start()
    assert seen[0].parent() is window, "the login dialog sits over the main window"
    assert window.context is not None and window.context.actor.username == "clerk"
    assert window.page_titles()[0] == "首页"
    assert "周文静" in window.user_label.text()
    assert any(b.kind == "auto" for b in list_backups(controller.db.backup_dir)), "daily start-up backup"


def test_cancelled_login_does_not_open_the_workspace(session, typed_logins) -> None:
    window, controller = session
    assert not controller.start()
    assert window.workspace is None


def test_lock_hides_the_work_and_keeps_unsaved_edits(session, typed_logins) -> None:
    window, controller = session
    answers, seen = typed_logins
    answers.append(("admin", "demo1234"))
    controller.start()
    window.go_to(6)
    window.settings.unit_tab.form.address.setText("未保存的地址")
    answers.append((None, "demo1234"))
    controller.lock()
    locked_dialog = seen[-1]
    assert locked_dialog.username.text() == "admin" and locked_dialog.username.isReadOnly()
    assert window.central.currentWidget() is window.workspace
    assert window.settings.unit_tab.form.address.text() == "未保存的地址"


def test_wrong_password_at_the_lock_screen_quits_without_showing_data(session, typed_logins,
                                                                     monkeypatch) -> None:
    window, controller = session
    answers, _seen = typed_logins
    answers.append(("admin", "demo1234"))
    controller.start()
    quits: list[bool] = []
    monkeypatch.setattr(controller.app, "quit", lambda: quits.append(True))
    answers.append((None, "not-the-password"))
    controller.lock()
    assert quits and window.workspace is None


def test_logout_and_in_as_someone_else(session, typed_logins) -> None:
    window, controller = session
    answers, _seen = typed_logins
    answers.append(("admin", "demo1234"))
    controller.start()
    answers.append(("approver", "demo1234"))
    controller.logout()
    assert window.context is not None and window.context.actor.role == "approver"
    assert "负责人" in window.user_label.text()

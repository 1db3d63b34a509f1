"""First run and login, as a clerk meets them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard

from db import open_database
from desktop.paths import LedgerPaths
from desktop.services.audit import recent_events
from desktop.services.unit import get_unit
from desktop.ui.dialogs.login_dialog import LoginDialog
from desktop.ui.dialogs.setup_wizard import SetupWizard


def _fill_unit(wizard: SetupWizard, code: str) -> None:
    form = wizard.unit_page.form
    form.name.setText("青石镇总工会")
    form.code.setText(code)
    form.leader.setText("李红")


def test_wizard_creates_the_database_with_unit_and_admin(qtbot, tmp_path: Path) -> None:
    paths = LedgerPaths.from_options(tmp_path / "new")
    wizard = SetupWizard(paths)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    _fill_unit(wizard, "91350100M000100Y43")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    page = wizard.admin_page
    page.username.setText("lihong")
    page.display_name.setText("李红")
    page.password.setText("s3cret-pass")
    page.repeat.setText("s3cret-pass")
    assert not paths.exists, "nothing is written before Finish"
    wizard.button(QWizard.WizardButton.FinishButton).click()

    assert wizard.actor is not None and wizard.actor.role == "admin"
    wizard.db.close()
    db = open_database(paths.db_file, paths.backup_dir)
    try:
        unit = get_unit(db)
        assert unit is not None and unit.name == "青石镇总工会" and unit.leader_name == "李红"
        with db.session() as session:
            actions = [e.action for e in recent_events(session)]
        assert "unit.create" in actions and "user.create" in actions
    finally:
        db.close()


def test_wizard_will_not_go_on_with_a_wrong_check_digit(qtbot, tmp_path: Path) -> None:
    wizard = SetupWizard(LedgerPaths.from_options(tmp_path / "new"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    _fill_unit(wizard, "91350100M000100Y44")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "校验位" in wizard.unit_page.form.code_status.text()


def test_wizard_mismatched_passwords_create_nothing(qtbot, tmp_path: Path) -> None:
    paths = LedgerPaths.from_options(tmp_path / "new")
    wizard = SetupWizard(paths)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    _fill_unit(wizard, "91350100M000100Y43")
    wizard.next()
    page = wizard.admin_page
    page.display_name.setText("李红")
    page.password.setText("s3cret-pass")
    page.repeat.setText("s3cret-pasz")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert "不一致" in page.message.text()
    assert not paths.exists


def test_login_fails_with_a_reason_then_succeeds(qtbot, ui_db) -> None:
    dialog = LoginDialog(ui_db, "星河镇总工会（演示）", demo_hint=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("clerk")
    dialog.password.setText("wrong-password")
    dialog.ok_button.click()
    assert dialog.actor is None
    assert "再错 4 次" in dialog.message.text()
    assert dialog.password.text() == "", "a wrong password is cleared for the next try"

    dialog.password.setText("demo1234")
    dialog.ok_button.click()
    assert dialog.actor is not None and dialog.actor.role == "clerk"
    assert dialog.result() == LoginDialog.DialogCode.Accepted


def test_lock_mode_fixes_the_username(qtbot, ui_db) -> None:
    dialog = LoginDialog(ui_db, "星河镇总工会（演示）", locked_user="approver")
    qtbot.addWidget(dialog)
    assert dialog.username.isReadOnly() and dialog.username.text() == "approver"
    assert dialog.windowTitle() == "已锁定"
    dialog.password.setText("demo1234")
    dialog.ok_button.click()
    assert dialog.actor is not None and dialog.actor.username == "approver"

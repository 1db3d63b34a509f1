"""首次设置: the unit and its first administrator, before any database exists."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget, QWizard, QWizardPage

from db import Database
from desktop.paths import LedgerPaths
from desktop.services.actor import Actor
from desktop.services.errors import ServiceError
from desktop.services.setup import create_ledger
from desktop.ui.messages import error_text
from desktop.ui.unit_form import UnitForm


class UnitPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your union"))
        self.setSubTitle(self.tr("The union that keeps this ledger. The code is checked as you type."))
        layout = QVBoxLayout(self)
        self.form = UnitForm()
        layout.addWidget(self.form)
        self.form.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return self.form.is_complete()


class AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("First administrator"))
        self.setSubTitle(self.tr("The administrator manages users, backups and settings. "
                                 "Clerks and the responsible person are added later under Settings."))
        form = QFormLayout(self)
        self.username = QLineEdit("admin")
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Username:"), self.username)
        form.addRow(self.tr("&Full name:"), self.display_name)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Repeat password:"), self.repeat)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        form.addRow(self.message)
        for field in (self.username, self.display_name, self.password, self.repeat):
            field.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return all(f.text().strip() for f in (self.username, self.display_name, self.password, self.repeat))

    def validatePage(self) -> bool:
        if self.password.text() != self.repeat.text():
            self.message.setText(self.tr("The two passwords are different."))
            return False
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        return wizard.create()


class SetupWizard(QWizard):
    """Creates the database only when the clerk presses Finish; cancelling leaves nothing."""

    def __init__(self, paths: LedgerPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.db: Database | None = None
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Union Ledger — first-time set-up"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(620, 520)
        intro = QWizardPage()
        intro.setTitle(self.tr("Welcome"))
        text = QLabel(self.tr(
            "This computer has no ledger yet. Enter your union's details and create the first "
            "administrator account. The data is stored on this computer in:\n{0}"
        ).format(paths.db_file))
        text.setWordWrap(True)
        QVBoxLayout(intro).addWidget(text)
        self.unit_page = UnitPage()
        self.admin_page = AdminPage()
        for page in (intro, self.unit_page, self.admin_page):
            self.addPage(page)

    def create(self) -> bool:
        try:
            self.db, self.actor = create_ledger(
                self.paths, self.unit_page.form.value(), self.admin_page.username.text(),
                self.admin_page.display_name.text(), self.admin_page.password.text())
        except ServiceError as exc:
            self.admin_page.message.setText(str(exc))
            if exc.field in {"name", "code", "level", "contact_phone"}:
                self.back()
                self.unit_page.form.focus_field(exc.field)
            return False
        except Exception as exc:
            self.admin_page.message.setText(error_text(exc))
            return False
        return True

"""导出PDF…: where to save the report, and — for an approver — whether to sign it (password)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.periods import Period
from desktop.services.actor import Actor
from desktop.services.reports import SIGNERS
from desktop.ui.messages import confirm
from desktop.ui.reports.kinds import default_file_name, file_label


class ExportDialog(QDialog):
    """Asks for the file and the signing choice; ``path()``, ``sign()`` and ``password()`` after accept."""

    def __init__(self, actor: Actor, unit_name: str, kind: str, period: Period, folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export report as PDF"))
        self.setMinimumWidth(560)
        self._actor = actor
        self.can_sign = actor.role in SIGNERS
        what = QLabel(f"<b>{file_label(kind)}</b>　{period.label}")
        self.file = QLineEdit(str(folder / default_file_name(unit_name, kind, period)))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.sign_box = QCheckBox(self.tr("&Sign (needs the approver's password)"))
        self.sign_box.setChecked(self.can_sign)
        self.sign_box.setEnabled(self.can_sign)
        if not self.can_sign:
            self.sign_box.setToolTip(self.tr(
                "Only an approver can sign a report; you can export it unsigned and an approver signs it later."))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Your login password"))
        self.password_label = QLabel(self.tr("&Password:"))
        self.password_label.setBuddy(self.password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        note = QLabel(self.tr("The report gets its serial number when it is exported; every export is kept "
                              "in the archive. Exporting the same period again replaces the earlier report."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555;")

        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("Report:"), what)
        file_label_widget = QLabel(self.tr("&File:"))
        file_label_widget.setBuddy(self.file)
        form.addRow(file_label_widget, file_row)
        form.addRow("", self.sign_box)
        form.addRow(self.password_label, self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self.choose_file)
        self.sign_box.toggled.connect(lambda _on: self._sign_changed())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._sign_changed()

    def _sign_changed(self) -> None:
        signing = self.sign()
        self.password.setVisible(signing)
        self.password_label.setVisible(signing)
        if signing:
            self.password.setFocus()

    def choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export report as PDF"), self.file.text(),
                                              self.tr("PDF document (*.pdf)"))
        if name:
            self.file.setText(name)

    def path(self) -> Path:
        path = Path(self.file.text().strip()).expanduser()
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def sign(self) -> bool:
        return self.can_sign and self.sign_box.isChecked()

    def password_text(self) -> str | None:
        return self.password.text() if self.sign() else None

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        if not self.file.text().strip():
            self._fail(self.tr("Choose where to save the PDF."))
            self.file.setFocus()
            return
        path = self.path()
        if not path.parent.is_dir():
            self._fail(self.tr("The folder {0} does not exist.").format(path.parent))
            self.file.setFocus()
            return
        if self.sign() and not self.password.text():
            self._fail(self.tr("Enter your password to sign the report."))
            self.password.setFocus()
            return
        if path.exists() and not confirm(self, self.tr("Replace file"),
                                         self.tr("{0} already exists. Replace it?").format(path.name)):
            return
        super().accept()

"""Step 4: what was imported, and the rows that were not, ready to save, correct and import again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWizardPage

from desktop.ui.import_wizard.widgets import message_label, show_message

if TYPE_CHECKING:
    from desktop.ui.import_wizard.wizard import ImportWizard


class ImportResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Import finished"))
        self.setSubTitle(" ")  # set for the file in initializePage; keeps the page header like the others
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        font = QFont(self.summary.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.summary.setFont(font)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.hint = QLabel(self.tr("The rows not imported can be saved to a file with the reason for each; "
                                   "correct them there and import that file."))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save rows not imported…"))
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = message_label()
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.save_button.clicked.connect(lambda: wizard.save_error_rows(self, self.message))

    def initializePage(self) -> None:
        result, plan = self._wizard.result, self._wizard.plan
        assert result is not None and plan is not None
        self.setSubTitle(self.tr("The records from {0} are now in the ledger.").format(plan.file_name))
        self.summary.setText(self.tr("Imported {0} new records, updated {1}, not imported {2} rows.").format(
            f"{result.created:,}", f"{result.updated:,}", f"{result.skipped_invalid:,}"))
        self.hint.setVisible(bool(result.skipped_invalid))
        self.save_button.setVisible(bool(result.skipped_invalid))
        show_message(self.message, "")

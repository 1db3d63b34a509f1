"""Step 1: which file (browse, type or drop it), a blank template, and for members "update existing"."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from desktop.services.register_kinds import write_template
from desktop.ui.import_wizard.widgets import message_label, show_message
from desktop.ui.messages import error_text

if TYPE_CHECKING:
    from desktop.ui.import_wizard.wizard import ImportWizard

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv", ".txt")


def dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local spreadsheet being dragged, if that is what it is."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in SUFFIXES else None


class ImportFilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        from desktop.ui.import_wizard.wizard import UPDATE_KINDS

        can_update = wizard.kind in UPDATE_KINDS
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("An Excel (.xlsx, .xls) or CSV file with a header row and one record per row. "
                                 "You can also drag the file onto this window."))
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel(self.tr("&File:"))
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Choose or drop the file to import"))
        self.path_edit.setClearButtonEnabled(True)
        label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        row.addWidget(label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout.addLayout(row)
        self.update_box = QCheckBox(self.tr("&Update recorded results") if wizard.kind == "results"
                                    else self.tr("&Update existing persons"))
        hints = {"members": self.tr("Members already in the ledger (same ID number, same employer) get the file's "
                                    "details. Unticked, such rows are marked as errors."),
                 "hardship": self.tr("Workers who already have a current hardship file get that file corrected with "
                                     "the row (its family members are kept). Unticked, such rows are marked as errors."),
                 "results": self.tr("Entrants whose recorded score, rank or award differs from the row get the row's "
                                    "result (blank cells keep what is recorded). Unticked, such rows are marked as "
                                    "errors; results not yet recorded are filled in either way.")}
        update_hint = QLabel(hints.get(wizard.kind, ""))
        update_hint.setWordWrap(True)
        update_hint.setStyleSheet("color: #5c5c5c; margin-left: 22px;")
        for widget in (self.update_box, update_hint):
            widget.setVisible(can_update)
            layout.addWidget(widget)
        self.message = message_label()
        layout.addWidget(self.message)
        layout.addStretch(1)
        template = QGroupBox(self.tr("No file yet?"))
        template_row = QHBoxLayout(template)
        hint = QLabel(self.tr("Save the blank template, fill it in (one record per row, keep the header) and "
                              "choose it above. The ID column is already formatted as text."))
        hint.setWordWrap(True)
        self.template_button = QPushButton(self.tr("Save blank &template…"))
        template_row.addWidget(hint, 1)
        template_row.addWidget(self.template_button)
        layout.addWidget(template)
        self.path_edit.textChanged.connect(self.completeChanged)
        self.browse_button.clicked.connect(self.browse)
        self.template_button.clicked.connect(self.save_template)

    def path(self) -> Path | None:
        value = self.path_edit.text().strip().strip('"')
        return Path(value).expanduser() if value else None

    def set_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        show_message(self.message, "")

    def isComplete(self) -> bool:
        return self.path() is not None and not self._wizard.busy

    def validatePage(self) -> bool:
        path = self.path()
        if path is None:
            return False
        self._wizard.choose_file(path)
        self._wizard.update_existing = self.update_box.isChecked()
        return self._wizard.ensure_plan(path, self, self.message)

    def nextId(self) -> int:
        wizard = self._wizard
        return wizard.MAPPING if wizard.needs_mapping() else wizard.PREVIEW

    # --- choosing ----------------------------------------------------------------------------------
    def browse(self) -> None:
        start = str(self.path().parent) if self.path() else self._wizard.last_dir
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the file to import"), start, self.tr(
            "Spreadsheets (*.xlsx *.xlsm *.xls *.csv);;All files (*)"))
        if chosen:
            self.set_path(Path(chosen))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_file(event)
        if path is not None:
            self.set_path(path)
            event.acceptProposedAction()

    def template_name(self, kind: str) -> str:
        names = {"members": self.tr("Member import template.xlsx"),
                 "organizations": self.tr("Organization import template.xlsx"),
                 "aid": self.tr("Aid records import template.xlsx"),
                 "hardship": self.tr("Hardship files import template.xlsx"),
                 "results": self.tr("Competition results import template.xlsx")}
        return names[kind]

    def save_template(self) -> None:
        wizard = self._wizard
        name = self.template_name(wizard.kind)
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save blank template"),
                                                str(Path(wizard.last_dir) / name), self.tr("Excel workbook (*.xlsx)"))
        if not chosen:
            return
        out = Path(chosen).with_suffix(".xlsx")
        wizard.last_dir = str(out.parent)
        try:
            write_template(wizard.context.db, wizard.kind, out)
        except Exception as exc:
            show_message(self.message, error_text(exc))
            return
        show_message(self.message, self.tr("The template was saved to {0}. Fill it in, then choose it above.")
                     .format(out), error=False)

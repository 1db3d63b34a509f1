"""Step 3: every row of the file as it will be imported; bad rows in red with the reason; then import."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from desktop.services.import_plan import ImportPlan
from desktop.services.register_kinds import plan_warnings
from desktop.tabular import SkippedRow, column_letter
from desktop.ui.import_wizard.preview_model import (
    COLUMN_REASON,
    COLUMN_ROW,
    COLUMN_STATUS,
    FIRST_FILE_COLUMN,
    ImportPreviewModel,
)
from desktop.ui.import_wizard.widgets import message_label, show_message
from desktop.ui.table_model import Column, RowTableModel

if TYPE_CHECKING:
    from desktop.ui.import_wizard.wizard import ImportWizard


def read_only_table() -> QTableView:
    table = QTableView()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # 100 000 rows: never measure them
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    return table


class ImportPreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(self.tr("Nothing is written yet. Rows in red will not be imported: the Reason column "
                                 "says why, and pointing at a red cell shows the problem with it."))
        self.setCommitPage(True)  # after the import there is no going back
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        bold = QFont(self.summary.font())
        bold.setBold(True)
        self.summary.setFont(bold)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.details = QLabel()
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        tools = QHBoxLayout()
        self.only_invalid = QCheckBox(self.tr("&Only rows with errors"))
        self.save_errors_button = QPushButton(self.tr("&Save rows with errors…"))
        tools.addWidget(self.only_invalid)
        tools.addStretch(1)
        tools.addWidget(self.save_errors_button)
        layout.addLayout(tools)
        self.model = ImportPreviewModel(self)
        self.table = read_only_table()
        self.table.setModel(self.model)
        self.skipped_model: RowTableModel[SkippedRow] = RowTableModel([
            Column(self.tr("Row"), lambda s: str(s.number), align_right=True),
            Column(self.tr("Why it was skipped"), lambda s: s.reason),
        ], self)
        self.skipped_table = read_only_table()
        self.skipped_table.setModel(self.skipped_model)
        self.skipped_table.horizontalHeader().setStretchLastSection(True)
        self.notices_model: RowTableModel[tuple[int, str]] = RowTableModel([
            Column(self.tr("Row"), lambda n: str(n[0]), align_right=True),
            Column(self.tr("Notice"), lambda n: n[1]),
        ], self)
        self.notices_table = read_only_table()
        self.notices_table.setModel(self.notices_model)
        self.notices_table.horizontalHeader().setStretchLastSection(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(self.skipped_table, "")
        self.tabs.addTab(self.notices_table, "")
        layout.addWidget(self.tabs, 1)
        self.message = message_label()
        layout.addWidget(self.message)
        self.only_invalid.toggled.connect(self.model.set_only_invalid)
        self.save_errors_button.clicked.connect(lambda: wizard.save_error_rows(self, self.message))

    def initializePage(self) -> None:
        plan = self._wizard.plan
        assert plan is not None
        self.only_invalid.setChecked(False)
        self.model.set_plan(plan)
        self._size_columns()
        skipped = sorted(plan.skipped, key=lambda s: s.number)
        notices = [(row.number, notice) for row in plan.rows for notice in row.notices]
        self.skipped_model.set_rows(skipped)
        self.notices_model.set_rows(notices)
        for table in (self.skipped_table, self.notices_table):
            table.setColumnWidth(0, 70)
        valid, invalid = len(plan.valid_rows), len(plan.invalid_rows)
        self.tabs.setTabText(0, self.tr("Rows ({0})").format(f"{len(plan.rows):,}"))
        self.tabs.setTabText(1, self.tr("Skipped rows ({0})").format(f"{len(skipped):,}"))
        self.tabs.setTabText(2, self.tr("Notices ({0})").format(f"{len(notices):,}"))
        self.tabs.setTabEnabled(1, bool(skipped))
        self.tabs.setTabEnabled(2, bool(notices))
        self.tabs.setCurrentIndex(0)
        self.summary.setText(self.summary_text(plan))
        self.details.setText(self._details(plan))
        self.only_invalid.setEnabled(bool(invalid))
        self.save_errors_button.setEnabled(bool(invalid))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.import_button_text(valid, invalid))
        if valid:
            show_message(self.message, "")
        else:
            show_message(self.message, self.tr("No row can be imported. Correct the file as the Reason column "
                                               "says and choose it again."))

    def summary_text(self, plan: ImportPlan) -> str:
        valid, invalid, skipped = len(plan.valid_rows), len(plan.invalid_rows), len(plan.skipped)
        text = self.tr("{0} rows: {1} can be imported, {2} with errors, {3} skipped (totals, blank rows "
                       "and the like).").format(*(f"{n:,}" for n in (valid + invalid + skipped, valid, invalid,
                                                                      skipped)))
        updates = plan.count("update")
        if updates:
            text += " " + self.tr("{0} of them update persons already in the ledger.").format(f"{updates:,}")
        return text

    def import_button_text(self, valid: int, invalid: int) -> str:
        if not valid:
            return self.tr("Import")
        if invalid:
            return self.tr("&Import the {0} valid rows").format(f"{valid:,}")
        return self.tr("&Import all {0} rows").format(f"{valid:,}")

    def _details(self, plan: ImportPlan) -> str:
        header_row = plan.header.row_number if plan.header else 0
        text = self.tr("File {0}, sheet “{1}”, header in row {2}.").format(plan.file_name, plan.sheet_name, header_row)
        used = set(plan.header.columns.values()) if plan.header else set()
        ignored = [self.tr("column {0} “{1}”").format(column_letter(i), h)
                   for i, h in sorted(self._wizard.file_headers.items()) if i not in used]
        if ignored:
            text += " " + self.tr("Not imported: {0}.").format(self.tr(", ").join(ignored))
        for warning in plan_warnings(plan):  # e.g. a campaign the import takes over budget
            text += "\n" + self.tr("Note: {0}").format(warning)
        return text

    def _size_columns(self) -> None:
        char = self.table.fontMetrics().horizontalAdvance("0")
        self.table.setColumnWidth(COLUMN_ROW, char * 6 + 16)
        self.table.setColumnWidth(COLUMN_STATUS, char * 6 + 16)
        self.table.setColumnWidth(COLUMN_REASON, char * 48)
        for offset, spec in enumerate(self.model.specs()):
            self.table.setColumnWidth(FIRST_FILE_COLUMN + offset, char * min(max(spec.width, 8), 24) + 16)

    def isComplete(self) -> bool:
        plan = self._wizard.plan
        return plan is not None and bool(plan.valid_rows) and not self._wizard.busy

    def validatePage(self) -> bool:
        return self._wizard.ensure_imported(self, self.message)

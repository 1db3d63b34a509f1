"""Step 2 (only when needed): which column of the file holds which field.

Shown when a required column was not found or some headers were not recognised. Every
header cell of the file gets a combo; choosing a field that another column holds moves it
(that column becomes "ignore"), so two columns never claim one field. The file is checked
again with the clerk's choices when they press Next.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from desktop.services.import_plan import ImportPlan
from desktop.tabular import ColumnSpec, column_letter
from desktop.ui.import_wizard.widgets import message_label, show_message

if TYPE_CHECKING:
    from desktop.ui.import_wizard.wizard import ImportWizard


def current_mapping(plan: ImportPlan, file_headers: dict[int, str]) -> dict[int, str]:
    """Column index → spec key ("" = ignored) as the plan read the file."""
    found = {index: key for key, index in (plan.header.columns if plan.header else {}).items()}
    return {index: found.get(index, "") for index in sorted(set(file_headers) | set(found))}


class ImportMappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.combos: dict[int, QComboBox] = {}
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Tell the ledger which field each column of the file holds. "
                                 "Columns set to “(ignore)” are not imported."))
        layout = QVBoxLayout(self)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        layout.addWidget(self.scroll, 1)
        self.message = message_label()
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        wizard = self._wizard
        plan = wizard.plan
        assert plan is not None
        mapping = current_mapping(plan, wizard.file_headers)
        self.combos = {}
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setColumnStretch(3, 1)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        bold = QFont()
        bold.setBold(True)
        for column, title in enumerate((self.tr("Column"), self.tr("Header in the file"), self.tr("Import as"))):
            heading = QLabel(title)
            heading.setFont(bold)
            grid.addWidget(heading, 0, column)
        for line, (index, key) in enumerate(mapping.items(), start=1):
            header = wizard.file_headers.get(index, "")
            grid.addWidget(QLabel(column_letter(index)), line, 0)
            grid.addWidget(QLabel(header), line, 1)
            combo = self._combo(plan.columns, key)
            combo.setAccessibleName(self.tr("Import column {0} as").format(header or column_letter(index)))
            combo.currentIndexChanged.connect(lambda _i, index=index: self._chosen(index))
            grid.addWidget(combo, line, 2)
            self.combos[index] = combo
        grid.setRowStretch(len(mapping) + 1, 1)
        self.scroll.setWidget(grid_host)
        show_message(self.message, "")
        self._show_problem(plan.problem)

    def _combo(self, specs: list[ColumnSpec], key: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("(ignore)"), "")
        for spec in specs:
            combo.addItem(self.tr("{0} (required)").format(spec.header) if spec.required else spec.header, spec.key)
        combo.setCurrentIndex(max(combo.findData(key), 0))
        combo.setMinimumWidth(220)
        return combo

    def mapping(self) -> dict[int, str]:
        return {index: str(combo.currentData() or "") for index, combo in self.combos.items()}

    def _chosen(self, index: int) -> None:
        key = self.mapping()[index]
        if key:
            for other, combo in self.combos.items():
                if other != index and combo.currentData() == key:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self._show_problem("")
        self.completeChanged.emit()

    def missing_required(self) -> list[ColumnSpec]:
        plan = self._wizard.plan
        chosen = set(self.mapping().values())
        return [spec for spec in (plan.columns if plan else []) if spec.required and spec.key not in chosen]

    def _show_problem(self, problem: str) -> None:
        missing = self.missing_required()
        if missing:
            names = self.tr(", ").join(spec.header for spec in missing)
            text = problem or self.tr("Still missing: {0}. Choose the column of the file that holds it.").format(names)
            self.problem.setStyleSheet("color: #b00020;")
        else:
            text = self.tr("Every required column is matched. Press Next to check the rows.")
            self.problem.setStyleSheet("")
        self.problem.setText(text)

    def isComplete(self) -> bool:
        return bool(self.combos) and not self.missing_required() and not self._wizard.busy

    def validatePage(self) -> bool:
        wizard = self._wizard
        plan = wizard.plan
        if plan is None:
            return False
        chosen = self.mapping()
        if chosen != current_mapping(plan, wizard.file_headers) or plan.problem:
            wizard.manual = chosen
        return wizard.ensure_plan(plan.path, self, self.message)

    def nextId(self) -> int:
        return self._wizard.PREVIEW

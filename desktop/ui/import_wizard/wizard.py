"""导入向导: choose a file → match its columns (when needed) → check the rows → import → result.

Reading, checking and writing all run as background operations with progress and cancel;
nothing is written before the clerk presses the import button, and a cancelled import
leaves the ledger as it was (the services guarantee it).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget, QWizard, QWizardPage

from desktop.services import register_kinds
from desktop.services.errors import ConfirmationNeeded
from desktop.services.import_plan import ImportPlan, write_error_file
from desktop.services.member_import import ImportResult
from desktop.tasks import TaskControl
from desktop.ui.context import UiContext
from desktop.ui.import_wizard.file_page import ImportFilePage
from desktop.ui.import_wizard.mapping_page import ImportMappingPage
from desktop.ui.import_wizard.preview_page import ImportPreviewPage
from desktop.ui.import_wizard.result_page import ImportResultPage
from desktop.ui.import_wizard.widgets import show_message
from desktop.ui.messages import error_text
from desktop.ui.operations import BackgroundOperation

KINDS = register_kinds.KINDS
UPDATE_KINDS = ("members", "hardship", "results")  # kinds whose import can update records already in the ledger
PlanKey = tuple[str, bool, tuple[tuple[int, str], ...]]


def plan_import(context: UiContext, kind: str, path: Path, *, update: bool, manual: Mapping[int, str] | None,
                control: TaskControl) -> ImportPlan:
    return register_kinds.plan_import(context.db, kind, path, update=update and kind in UPDATE_KINDS, manual=manual,
                                      control=control)


def apply_import(context: UiContext, plan: ImportPlan, *, update: bool, control: TaskControl,
                 confirm: frozenset[str] = frozenset()) -> ImportResult:
    return register_kinds.apply_import(context.db, context.actor, plan, skip_invalid=bool(plan.invalid_rows),
                                       update=update and plan.kind in UPDATE_KINDS, confirm=confirm, control=control)


class ImportWizard(QWizard):
    FILE, MAPPING, PREVIEW, RESULT = range(4)
    SKIP_IMPORT, SKIP_SAVE, SKIP_CANCEL = "import", "save", "cancel"

    def __init__(self, context: UiContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if kind not in KINDS:
            raise ValueError(f"unknown import kind {kind!r}")
        self.context, self.kind = context, kind
        self.plan: ImportPlan | None = None
        self.plan_key: PlanKey | None = None
        self.file_headers: dict[int, str] = {}  # every header cell of the chosen file, by column index
        self.manual: dict[int, str] | None = None  # the clerk's column choices for the chosen file
        self.update_existing = False
        self.result: ImportResult | None = None
        self.imported = False  # something was written: the page behind should refresh
        self.operation: BackgroundOperation | None = None
        self._close_when_done = False
        self.last_dir = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.setWindowTitle(self.window_title(kind))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setMinimumSize(960, 640)
        self.file_page = ImportFilePage(self)
        self.mapping_page = ImportMappingPage(self)
        self.preview_page = ImportPreviewPage(self)
        self.result_page = ImportResultPage(self)
        for page_id, page in ((self.FILE, self.file_page), (self.MAPPING, self.mapping_page),
                              (self.PREVIEW, self.preview_page), (self.RESULT, self.result_page)):
            self.setPage(page_id, page)
        self.setStartId(self.FILE)

    def window_title(self, kind: str) -> str:
        titles = {"members": self.tr("Import members"), "organizations": self.tr("Import organizations"),
                  "aid": self.tr("Import aid records"), "hardship": self.tr("Import hardship files"),
                  "results": self.tr("Import competition results")}
        return titles[kind]

    # --- state -------------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.operation is not None

    def choose_file(self, path: Path) -> None:
        """A different file: forget the column choices made for the previous one."""
        if self.plan is None or self.plan.path != path:
            self.plan, self.plan_key, self.manual, self.file_headers = None, None, None, {}
        self.last_dir = str(path.parent)

    def needs_mapping(self) -> bool:
        plan = self.plan
        if plan is None:
            return False
        return bool(plan.problem or (plan.header and plan.header.unrecognised) or self.manual is not None)

    # --- planning ----------------------------------------------------------------------------------
    def ensure_plan(self, path: Path, page: QWizardPage, message: QLabel) -> bool:
        """True when the plan for (file, options, column choices) is ready; else start making it."""
        manual = dict(self.manual) if self.manual else None
        key: PlanKey = (str(path), self.update_existing, tuple(sorted((manual or {}).items())))
        if self.plan is not None and self.plan_key == key:
            return True
        if self.busy:
            return False
        show_message(message, "")
        context, kind, update = self.context, self.kind, self.update_existing

        def done(plan: ImportPlan) -> None:
            self.plan, self.plan_key, self.result = plan, key, None
            if manual is None and plan.header is not None:
                self.file_headers = {i: h for i, h in plan.header.unrecognised}
                self.file_headers.update({i: plan.header.headers[k] for k, i in plan.header.columns.items()})
            self.next()

        self._run(page, self.tr("Reading and checking the file…"),
                  lambda control: plan_import(context, kind, path, update=update, manual=manual, control=control),
                  done, lambda exc: show_message(message, error_text(exc)))
        return False

    # --- importing ---------------------------------------------------------------------------------
    def ensure_imported(self, page: QWizardPage, message: QLabel) -> bool:
        """True once the import is done; else confirm and start it (validatePage of the preview)."""
        if self.result is not None:
            return True
        plan = self.plan
        if plan is None or self.busy or not plan.valid_rows:
            return False
        if plan.invalid_rows:
            answer = self.confirm_skip(len(plan.invalid_rows), len(plan.valid_rows))
            if answer == self.SKIP_SAVE:
                self.save_error_rows(page, message)
            if answer != self.SKIP_IMPORT:
                return False
        confirm: frozenset[str] = frozenset()
        warnings = register_kinds.plan_warnings(plan)
        if warnings:
            if not self.confirm_warnings(warnings):
                return False
            confirm = frozenset({"over_budget"})
        self._start_import(page, message, plan, confirm)
        return False

    def _start_import(self, page: QWizardPage, message: QLabel, plan: ImportPlan, confirm: frozenset[str]) -> None:
        show_message(message, "")
        context, update = self.context, self.update_existing

        def done(result: ImportResult) -> None:
            self.result = result
            self.imported = bool(result.created or result.updated)
            self.next()

        def cancelled() -> None:
            show_message(message, self.tr("The import was cancelled; nothing was written."))

        def failed(exc: Exception) -> None:
            # the ledger changed since the check (another record now takes the campaign over budget): ask now
            if isinstance(exc, ConfirmationNeeded) and exc.key not in confirm and self.confirm_warnings([exc.message]):
                self._start_import(page, message, plan, confirm | {exc.key})
                return
            show_message(message, error_text(exc))

        self._run(page, self.tr("Importing…"), lambda control: apply_import(context, plan, update=update,
                                                                            control=control, confirm=confirm),
                  done, failed, cancelled)

    def confirm_warnings(self, warnings: list[str]) -> bool:
        """Ask before importing what the plan warns about (a campaign over budget); True to go on."""
        text = "\n".join(warnings)
        if not text.rstrip().endswith(("?", "？")):
            text += "\n\n" + self.tr("Import anyway?")
        answer = QMessageBox.question(
            self, self.tr("Import anyway?"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def confirm_skip(self, invalid: int, valid: int) -> str:
        """Ask before leaving out the rows with errors: SKIP_IMPORT, SKIP_SAVE or SKIP_CANCEL."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Leave out the rows with errors?"), self.tr(
            "{0} rows have errors and will not be imported. Import the other {1} rows now?\n\n"
            "You can save the rows with errors to a file, correct them there and import that file later."
        ).format(f"{invalid:,}", f"{valid:,}"), parent=self)
        do_import = box.addButton(self.tr("Import {0} rows").format(f"{valid:,}"), QMessageBox.ButtonRole.AcceptRole)
        save = box.addButton(self.tr("Save rows with errors…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(do_import)
        box.exec()
        clicked = box.clickedButton()
        return self.SKIP_IMPORT if clicked is do_import else self.SKIP_SAVE if clicked is save else self.SKIP_CANCEL

    # --- files -------------------------------------------------------------------------------------
    def save_error_rows(self, page: QWizardPage, message: QLabel) -> None:
        plan = self.plan
        if plan is None or not plan.invalid_rows or self.busy:
            return
        suggested = Path(self.last_dir) / self.tr("{0} - rows not imported.xlsx").format(plan.path.stem)
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save rows with errors"), str(suggested),
                                                self.tr("Excel workbook (*.xlsx)"))
        if not chosen:
            return
        out = Path(chosen).with_suffix(".xlsx")
        self.last_dir = str(out.parent)
        self._run(page, self.tr("Saving the rows with errors…"), lambda _c: write_error_file(plan, out),
                  lambda count: show_message(message, self.tr(
                      "{0} rows with their reasons were saved to {1}. Correct them there and import that file."
                  ).format(f"{count:,}", out), error=False),
                  lambda exc: show_message(message, error_text(exc)), cancellable=False)

    # --- running in the background -----------------------------------------------------------------
    def _run(self, page: QWizardPage, title: str, work: Callable[[TaskControl], Any],
             on_success: Callable[[Any], None], on_error: Callable[[Exception], None],
             on_cancel: Callable[[], None] | None = None, *, cancellable: bool = True) -> None:
        def finished(callback: Callable[..., None]) -> Callable[..., None]:
            def call(*args: Any) -> None:
                self.operation = None
                self._set_busy(page, False)
                if self._close_when_done:
                    super(ImportWizard, self).reject()
                    return
                callback(*args)
            return call

        self.operation = BackgroundOperation(self, title, work, on_success=finished(on_success),
                                             on_error=finished(on_error),
                                             on_cancel=finished(on_cancel or (lambda: None)), cancellable=cancellable)
        self._set_busy(page, True)
        self.operation.start()

    def _set_busy(self, page: QWizardPage, busy: bool) -> None:
        page.setEnabled(not busy)
        page.completeChanged.emit()
        back = self.button(QWizard.WizardButton.BackButton)
        if busy:
            back.setEnabled(False)

    def reject(self) -> None:
        """Cancel (or Esc, or closing the window) while work runs stops the work first, then closes."""
        if self.operation is not None:
            self._close_when_done = True
            self.operation.control.cancel()
            return
        super().reject()


def open_import_wizard(parent: QWidget, context: UiContext, kind: str) -> bool:
    """Run the import wizard for a register kind (members … results); True when something was imported."""
    wizard = ImportWizard(context, kind, parent)
    try:
        wizard.exec()
        return wizard.imported
    finally:
        wizard.deleteLater()

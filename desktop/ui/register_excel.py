"""The Excel button of the register pages (会员, 建会单位, 帮扶发放, 困难职工档案, 竞赛): import (wizard), export, template."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QPushButton, QWidget

from desktop.domain.periods import Period
from desktop.tasks import TaskControl
from desktop.ui.context import UiContext
from desktop.ui.messages import show_error
from desktop.ui.operations import BackgroundOperation


class RegisterExcelButton(QPushButton):
    """A "Excel" button with a menu; ``imported`` is called after an import wrote something.

    ``kind``: "members", "organizations", "aid", "hardship" or "results". For aid, hardship and results a page
    may set ``period`` to export only that period (results: competitions starting in it; None: everything).
    """

    def __init__(self, parent: QWidget, context: UiContext, kind: str, imported: Callable[[], None]) -> None:
        super().__init__(self.tr("E&xcel"), parent)
        self._context, self._kind, self._imported = context, kind, imported
        self.last_export: Path | None = None
        self.period: Period | None = None
        menu = QMenu(self)
        self.import_action = menu.addAction(self.tr("&Import from Excel or CSV…"), self.import_file)
        self.export_action = menu.addAction(self.tr("&Export to Excel…"), self.export_file)
        self.template_action = menu.addAction(self.tr("Save blank &template…"), self.save_template)
        self.setMenu(menu)

    def _default_name(self, what: str) -> str:
        names = {("members", "export"): self.tr("Members.xlsx"), ("organizations", "export"): self.tr("Organizations.xlsx"),
                 ("aid", "export"): self.tr("Aid records.xlsx"), ("hardship", "export"): self.tr("Hardship files.xlsx"),
                 ("members", "template"): self.tr("Member import template.xlsx"),
                 ("organizations", "template"): self.tr("Organization import template.xlsx"),
                 ("aid", "template"): self.tr("Aid records import template.xlsx"),
                 ("hardship", "template"): self.tr("Hardship files import template.xlsx"),
                 ("results", "export"): self.tr("Competition results.xlsx"),
                 ("results", "template"): self.tr("Competition results import template.xlsx")}
        return str(Path.home() / names[(self._kind, what)])

    def import_file(self) -> None:
        from desktop.ui.import_wizard import open_import_wizard

        if open_import_wizard(self.window(), self._context, self._kind):
            self._imported()

    def export_file(self, target: Path | None = None) -> BackgroundOperation | None:
        if target is None:
            name, _ = QFileDialog.getSaveFileName(self.window(), self.tr("Export to Excel"), self._default_name("export"),
                                                  self.tr("Excel workbook (*.xlsx)"))
            if not name:
                return None
            target = Path(name)
        if target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        context, kind, period = self._context, self._kind, self.period

        def work(control: TaskControl) -> int:
            from desktop.services.register_kinds import PERIOD_KINDS, export

            return export(context.db, context.actor, kind, target, period=period if kind in PERIOD_KINDS else None,
                          control=control)

        def done(count: object) -> None:
            self.last_export = target
            self._say(self.tr("Exported {0} rows to {1}").format(count, target))

        return BackgroundOperation(self.window(), self.tr("Exporting…"), work, on_success=done,
                                   on_error=lambda exc: show_error(self.window(), exc)).start()

    def save_template(self, target: Path | None = None) -> None:
        from desktop.services.register_kinds import write_template

        if target is None:
            name, _ = QFileDialog.getSaveFileName(self.window(), self.tr("Save blank template"),
                                                  self._default_name("template"), self.tr("Excel workbook (*.xlsx)"))
            if not name:
                return
            target = Path(name)
        try:
            write_template(self._context.db, self._kind, target)
        except Exception as exc:
            show_error(self.window(), exc)
            return
        self._say(self.tr("Template saved to {0}").format(target))

    def _say(self, text: str) -> None:
        self.setToolTip(text)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)

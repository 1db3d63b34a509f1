"""报表 page: choose a report and a period, see its figures, preview the pages, export, print.

Generating runs off the GUI thread (``BackgroundOperation``): the figures tab fills first
with the numbers, the preview tab with the pages; exporting records a serial in the archive.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
)

from desktop.domain.periods import Period
from desktop.services.reports import ExportedReport, ReportPreview, export_report, preview_report
from desktop.services.unit import get_unit
from desktop.tasks import TaskControl
from desktop.ui.context import UiContext
from desktop.ui.messages import show_error
from desktop.ui.operations import BackgroundOperation
from desktop.ui.pages.base import Page
from desktop.ui.reports.archive_view import ArchiveView
from desktop.ui.reports.export_dialog import ExportDialog
from desktop.ui.reports.figures_view import FiguresView
from desktop.ui.reports.kinds import KINDS
from desktop.ui.reports.pdf_view import PdfView
from desktop.ui.reports.period_chooser import PeriodChooser


class ReportsPage(Page):
    """``ReportsPage(context)`` — the 报表 page."""

    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self._context = context
        self.preview: ReportPreview | None = None
        self.operation: BackgroundOperation | None = None
        self.export_dialog: ExportDialog | None = None
        self.last_export: ExportedReport | None = None
        self.folder = Path.home()
        names = {"summary": self.tr("Work summary"), "members": self.tr("Membership"),
                 "aid": self.tr("Aid funds"), "competitions": self.tr("Competitions")}
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(names[kind], kind)
        self.period = PeriodChooser()
        self.generate_button = QPushButton(self.tr("&Generate preview (F5)"))
        self.generate_button.setDefault(True)
        self.export_button = QPushButton(self.tr("&Export PDF…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.status = QLabel()
        self.status.setStyleSheet("color: #555555;")
        self.figures = FiguresView()
        self.pages = PdfView()
        self.archive = ArchiveView(context)
        self.archive.print_file = self.print_file
        self.tabs = QTabWidget()
        self.tabs.addTab(self.figures, self.tr("Figures"))
        self.tabs.addTab(self.pages, self.tr("Preview"))
        self.tabs.addTab(self.archive, self.tr("Archive"))

        bar = QHBoxLayout()
        kind_label = QLabel(self.tr("&Report:"))
        kind_label.setBuddy(self.kind)
        period_label = QLabel(self.tr("P&eriod:"))
        period_label.setBuddy(self.period.kind)
        bar.addWidget(kind_label)
        bar.addWidget(self.kind)
        bar.addSpacing(12)
        bar.addWidget(period_label)
        bar.addWidget(self.period)
        bar.addStretch(1)
        for button in (self.generate_button, self.export_button, self.print_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)

        for keys in ("Ctrl+R", "F5"):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(self.generate)
            self.addAction(action)
        self.generate_button.clicked.connect(self.generate)
        self.export_button.clicked.connect(self.export)
        self.print_button.clicked.connect(self.print_preview)
        self.kind.currentIndexChanged.connect(lambda _i: self._choice_changed())
        self.period.changed.connect(self._choice_changed)
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())
        self._choice_changed()

    # ------------------------------------------------------------ state

    def refresh(self) -> None:
        self.archive.refresh()

    def chosen(self) -> tuple[str, Period] | None:
        """(kind, period) as chosen; shows the error and returns None for an impossible range."""
        try:
            return self.kind.currentData(), self.period.period()
        except Exception as exc:
            show_error(self, exc)
            return None

    def _preview_is_current(self) -> bool:
        if self.preview is None:
            return False
        try:
            period = self.period.period()
        except Exception:
            return False
        return self.preview.kind == self.kind.currentData() and self.preview.period.code == period.code

    def _choice_changed(self) -> None:
        if self.preview is None:
            self.status.setText(self.tr("Choose a report and a period, then press Generate preview (F5)."))
        elif not self._preview_is_current():
            self.status.setText(self.tr("The figures below are for {0}; press Generate preview (F5) for the "
                                        "report you have chosen.").format(self.preview.period.label))
        self.print_button.setToolTip(self.tr("Prints the preview (without a serial number); to print an exported "
                                             "report, select it on the Archive tab."))

    def _tab_changed(self) -> None:
        if self.tabs.currentWidget() is self.archive:
            self.archive.refresh()

    def _busy(self, busy: bool) -> None:
        for widget in (self.generate_button, self.export_button, self.print_button, self.kind, self.period):
            widget.setEnabled(not busy)

    # ------------------------------------------------------------ generate

    def generate(self, then: Any = None) -> BackgroundOperation | None:
        """Build the preview off the GUI thread; ``then()`` runs after it is shown."""
        if self.operation is not None and self.operation.running:
            return None
        chosen = self.chosen()
        if chosen is None:
            return None
        kind, period = chosen
        db, actor = self._context.db, self._context.actor
        message = self.tr("Reading the ledger and drawing the pages…")

        def work(control: TaskControl) -> ReportPreview:
            control.report(0, 0, message)
            return preview_report(db, actor, kind, period)

        def done(result: object) -> None:
            assert isinstance(result, ReportPreview)
            self._busy(False)
            self.show_preview(result)
            if callable(then):
                then()

        def failed(exc: Exception) -> None:
            self._busy(False)
            self.status.setText("")
            show_error(self, exc)

        self._busy(True)
        self.status.setText(self.tr("Generating {0}…").format(period.label))
        self.operation = BackgroundOperation(self.window(), self.tr("Generating the report…"), work,
                                             on_success=done, on_error=failed,
                                             on_cancel=lambda: self._busy(False), cancellable=False)
        return self.operation.start()

    def show_preview(self, preview: ReportPreview) -> None:
        self.preview = preview
        self.figures.set_document(preview.document)
        self.pages.set_pdf(preview.pdf)
        if self.tabs.currentWidget() is self.archive:
            self.tabs.setCurrentWidget(self.figures)
        self.status.setText(self.tr("{0}: %n page(s); not numbered until exported.", "", preview.pages)
                            .format(preview.document.title))

    # ------------------------------------------------------------ export

    def export(self) -> ExportDialog | None:
        """Open the export dialog (non-modal in tests: ``self.export_dialog``); export on accept."""
        chosen = self.chosen()
        if chosen is None:
            return None
        kind, period = chosen
        unit = get_unit(self._context.db)
        dialog = ExportDialog(self._context.actor, unit.name if unit else "", kind, period, self.folder, self)
        dialog.accepted.connect(lambda: self._export_accepted(dialog, kind, period))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _export_accepted(self, dialog: ExportDialog, kind: str, period: Period) -> None:
        out, sign, password = dialog.path(), dialog.sign(), dialog.password_text()
        self.folder = out.parent
        self.run_export(kind, period, out, sign=sign, password=password)

    def run_export(self, kind: str, period: Period, out: Path, *, sign: bool,
                   password: str | None) -> BackgroundOperation:
        db, actor = self._context.db, self._context.actor

        def work(control: TaskControl) -> ExportedReport:
            return export_report(db, actor, kind, period, out, sign=sign, password=password)

        def failed(exc: Exception) -> None:
            self._busy(False)
            show_error(self, exc, self.tr("Export failed"))

        self._busy(True)
        self.operation = BackgroundOperation(self.window(), self.tr("Exporting the report…"), work,
                                             on_success=self._exported, on_error=failed, cancellable=False)
        return self.operation.start()

    def _exported(self, result: object) -> None:
        assert isinstance(result, ExportedReport)
        self._busy(False)
        self.last_export = result
        self.archive.refresh()
        self.status.setText(self.tr("Exported {0} to {1}").format(result.serial, result.path))
        QMessageBox.information(self, self.tr("Report exported"), self.export_summary(result))

    def export_summary(self, result: ExportedReport) -> str:
        lines = [self.tr("Serial: {0}").format(result.serial),
                 self.tr("Pages: {0}").format(result.pages),
                 self.tr("Signed by {0}").format(self._context.actor.display_name) if result.signed
                 else self.tr("Not signed")]
        if result.supersedes:
            lines.append(self.tr("Replaces the earlier report {0}").format(result.supersedes))
        lines.append(self.tr("Saved to {0}").format(result.path))
        return "\n".join(lines)

    # ------------------------------------------------------------ print

    def print_preview(self) -> None:
        if self._preview_is_current() and self.preview is not None:
            self._print(self.preview.pdf, self.preview.document.title)
        else:
            self.generate(then=self.print_preview)

    def print_file(self, path: Path, title: str) -> None:
        try:
            pdf = path.read_bytes()
        except OSError as exc:
            show_error(self, self.tr("Cannot read {0}: {1}").format(path, exc.strerror))
            return
        self._print(pdf, title)

    def _print(self, pdf: bytes, title: str) -> None:
        from desktop.ui.reports.printing import print_pdf

        try:
            print_pdf(self, pdf, title)
        except Exception as exc:
            show_error(self, exc, self.tr("Printing failed"))

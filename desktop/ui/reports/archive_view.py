"""The 存档 tab: every exported report, newest first, with what replaced what."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.report_archive import ArchivedReport, list_exports
from desktop.ui.context import UiContext
from desktop.ui.messages import show_error
from desktop.ui.reports.kinds import file_label
from desktop.ui.table_model import Column, RowTableModel


class ArchiveView(QWidget):
    """The archive table; open the file or its folder, or print it (``print_file`` is set by the page)."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.print_file: Callable[[Path, str], None] | None = None
        self.model: RowTableModel[ArchivedReport] = RowTableModel([
            Column(self.tr("Serial"), lambda r: r.serial),
            Column(self.tr("Report"), lambda r: file_label(r.kind)),
            Column(self.tr("Period"), lambda r: r.period_label),
            Column(self.tr("Pages"), lambda r: str(r.pages), align_right=True),
            Column(self.tr("Signature"), lambda r: self.tr("Signed") if r.signed else self.tr("Unsigned")),
            Column(self.tr("Signed by"), lambda r: r.signer_name),
            Column(self.tr("Prepared by"), lambda r: r.created_by_name),
            Column(self.tr("Exported at"), lambda r: r.created_at),
            Column(self.tr("Replaces / replaced by"), self._replacement),
            Column(self.tr("File"), lambda r: Path(r.file_name).name),
        ], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.count_label = QLabel()
        self.open_button = QPushButton(self.tr("&Open file"))
        self.folder_button = QPushButton(self.tr("Open &folder"))
        self.print_button = QPushButton(self.tr("P&rint file…"))
        self.verify_button = QPushButton(self.tr("&Verify file"))
        self.verify_button.setToolTip(self.tr("Checks that the file is the one exported and, when signed, "
                                              "that its signature, data and QR code agree."))
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        bar = QHBoxLayout()
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        for button in (self.refresh_button, self.open_button, self.folder_button, self.verify_button,
                       self.print_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.open_folder)
        self.print_button.clicked.connect(self._print_selected)
        self.verify_button.clicked.connect(self.verify_selected)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.activated.connect(lambda _i: self.open_file())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._update_buttons()

    def _replacement(self, row: ArchivedReport) -> str:
        parts = []
        if row.supersedes:
            parts.append(self.tr("Replaces {0}").format(row.supersedes))
        if row.superseded_by:
            parts.append(self.tr("Replaced by {0}").format(row.superseded_by))
        return "; ".join(parts)

    def refresh(self) -> None:
        try:
            rows = list_exports(self._context.db)
        except Exception as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.count_label.setText(self.tr("%n report(s) exported", "", len(rows)))
        self._update_buttons()

    def selected(self) -> ArchivedReport | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        exists = chosen is not None and Path(chosen.file_name).is_file()
        for button in (self.open_button, self.folder_button, self.print_button, self.verify_button):
            button.setEnabled(exists)
        if chosen is not None and not exists:
            self.open_button.setToolTip(self.tr("The file is no longer at {0}.").format(chosen.file_name))
        else:
            self.open_button.setToolTip("")

    def open_file(self) -> None:
        chosen = self.selected()
        if chosen is not None and Path(chosen.file_name).is_file():
            QDesktopServices.openUrl(QUrl.fromLocalFile(chosen.file_name))

    def open_folder(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(chosen.file_name).parent)))

    def _print_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None and self.print_file is not None:
            self.print_file(Path(chosen.file_name), chosen.title)

    def verify_selected(self) -> bool | None:
        """Check the selected file against the archive (and its signature); shows the outcome."""
        chosen = self.selected()
        if chosen is None:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            ok, lines = check_archived_file(self._context, chosen)
        except Exception as exc:
            QApplication.restoreOverrideCursor()
            show_error(self, exc)
            return None
        QApplication.restoreOverrideCursor()
        title = self.tr("Verify {0}").format(chosen.serial)
        (QMessageBox.information if ok else QMessageBox.warning)(self, title, "\n".join(lines))
        return ok


def check_archived_file(context: UiContext, report: ArchivedReport) -> tuple[bool, list[str]]:
    """(all good, one line per check): the file's hash against the archive; for a signed report the
    signature, embedded data and QR code (``verify_pdf``) and that the key is one of this ledger's."""
    content = Path(report.file_name).read_bytes()
    same = hashlib.sha256(content).hexdigest() == report.pdf_sha256
    lines = ["✓ " + QCoreApplication.translate("ArchiveView", "The file is exactly the one exported.") if same else
             "✗ " + QCoreApplication.translate("ArchiveView", "The file differs from the one exported (changed or replaced).")]
    if not report.signed:
        lines.append(QCoreApplication.translate("ArchiveView", "The report was exported unsigned."))
        return same, lines
    from desktop.services.signing_identity import certificate_for_key_id
    from desktop.signing.verify import verify_pdf

    result = verify_pdf(content)
    certificate = certificate_for_key_id(context.db, result.signer_key_id) if result.signer_key_id else None
    if certificate is not None:  # check again, now trusting this ledger's own certificate
        from cryptography.hazmat.primitives.serialization import Encoding

        result = verify_pdf(content, trust=[certificate.public_bytes(Encoding.PEM)])
    lines += [("✓ " if check.ok else "✗ ") + check.message for check in result.checks]
    ours = certificate is not None
    if not ours:
        lines.append("✗ " + QCoreApplication.translate("ArchiveView", "Not signed with a signing key of this ledger."))
    return same and result.ok and ours, lines

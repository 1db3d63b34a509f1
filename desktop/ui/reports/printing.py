"""Printing a report PDF: one PDF page per sheet, at its true size, never stretched.

Each page is rendered with pdfium at the printer's resolution (at most 300 dpi — enough for
text and the QR code, and it keeps the spool small) and drawn with QPainter. The printer is
set to full-page mode so the PDF's own margins are the margins on paper; a page that does not
fit the sheet (another paper size) is scaled down uniformly and centred.
"""

from __future__ import annotations

from collections.abc import Callable

import pypdfium2
from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop.ui.reports.pdf_view import render_page

MAX_DPI = 300


def make_printer(title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(True)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    return printer


def target_rect(paper: QRectF, width_pt: float, height_pt: float, dpi_x: float, dpi_y: float) -> QRectF:
    """Where a page of ``width_pt`` × ``height_pt`` points goes on ``paper`` (device pixels):
    true size when it fits, else scaled down keeping its proportions; centred."""
    width, height = width_pt / 72 * dpi_x, height_pt / 72 * dpi_y
    shrink = min(1.0, paper.width() / width, paper.height() / height)
    width, height = width * shrink, height * shrink
    return QRectF(paper.x() + (paper.width() - width) / 2, paper.y() + (paper.height() - height) / 2,
                  width, height)


def print_pdf_to(printer: QPrinter, pdf: bytes, progress: Callable[[int, int], None] | None = None) -> int:
    """Print every page of ``pdf`` on ``printer`` (already set up); returns the number of sheets."""
    document = pypdfium2.PdfDocument(pdf)
    painter = QPainter()
    try:
        count = len(document)
        dpi = min(printer.resolution(), MAX_DPI)
        for index in range(count):
            width_pt, height_pt = document.get_page_size(index)
            orientation = (QPageLayout.Orientation.Landscape if width_pt > height_pt
                           else QPageLayout.Orientation.Portrait)
            if index == 0:
                printer.setPageOrientation(orientation)
                if not painter.begin(printer):
                    raise OSError("the printer could not be started")
            else:
                printer.setPageOrientation(orientation)
                printer.newPage()
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            paper.moveTo(0, 0)  # full-page mode: painter coordinates start at the paper's corner
            resolution = printer.resolution()
            rect = target_rect(paper, width_pt, height_pt, resolution, resolution)
            image = render_page(document, index, round(width_pt / 72 * dpi))
            painter.drawImage(rect, image)
            if progress is not None:
                progress(index + 1, count)
        return count
    finally:
        if painter.isActive():
            painter.end()
        document.close()


def print_pdf(parent: QWidget | None, pdf: bytes, title: str) -> int:
    """Ask which printer (QPrintDialog), then print; returns sheets printed, 0 when cancelled."""
    printer = make_printer(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QApplication.translate("printing", "Print report"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return print_pdf_to(printer, pdf)
    finally:
        QApplication.restoreOverrideCursor()

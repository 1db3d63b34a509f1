"""The 预览 tab: the PDF's pages, drawn with pdfium only when they scroll into view.

Pages are laid out at their true proportions straight away (from the page sizes, without
rendering), so the scroll bar is right from the start; each page is rendered at the current
width the first time it becomes visible, and again only when the zoom changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

FIT_WIDTH = 0.0
ZOOMS = (FIT_WIDTH, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
PAGE_GAP = 12
MARGIN = 16
SCREEN_DPI = 96.0

if TYPE_CHECKING:
    import pypdfium2


def open_pdf(pdf: bytes) -> pypdfium2.PdfDocument:
    """A pdfium document; pypdfium2 is imported on first use, not when the workspace is built at login."""
    import pypdfium2

    return pypdfium2.PdfDocument(pdf)


def render_page(document: pypdfium2.PdfDocument, index: int, width_px: int) -> QImage:
    """Page ``index`` as an RGB image ``width_px`` pixels wide."""
    page = document[index]
    try:
        points_wide, _ = page.get_size()
        bitmap = page.render(scale=max(width_px, 1) / points_wide, rev_byteorder=True)
        image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGB888 if bitmap.n_channels == 3 else QImage.Format.Format_RGBA8888)
        return image.copy()  # own the pixels: the pdfium buffer is freed with the bitmap
    finally:
        page.close()


class PageWidget(QWidget):
    """One page: grey until rendered, then the image; a thin frame and a shadow-like border."""

    def __init__(self, index: int, ratio: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.ratio = ratio  # height / width
        self.pixmap: QPixmap | None = None
        self.rendered_width = 0

    def set_page_width(self, width: int) -> None:
        self.setFixedSize(QSize(width, round(width * self.ratio)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.rect()
        if self.pixmap is not None:
            painter.drawPixmap(rect, self.pixmap)
        else:
            painter.fillRect(rect, QColor("#f4f4f4"))
        painter.setPen(QColor("#b8b8b8"))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.end()


class PdfView(QWidget):
    """Shows every page of a PDF (bytes) stacked vertically; zoom "fit width" by default."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pdf: bytes | None = None  # opened only while rendering: no pdfium handle outlives a call
        self._sizes: list[tuple[float, float]] = []  # page sizes in points
        self.pages: list[PageWidget] = []
        self.renders = 0  # how many page renders were done (tests check laziness)
        self.zoom = QComboBox()
        for zoom in ZOOMS:
            self.zoom.addItem(self.tr("Fit width") if zoom == FIT_WIDTH else f"{round(zoom * 100)}%", zoom)
        self.page_count = QLabel()
        self.page_count.setStyleSheet("color: #555555;")
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(False)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: #8a8f96; }")
        self._canvas = QWidget()  # pages are placed by hand: their positions are known at once
        self.empty = QLabel(self.tr("No preview yet."), self._canvas)
        self.empty.setStyleSheet("color: #f0f0f0;")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setWidget(self._canvas)
        bar = QHBoxLayout()
        zoom_label = QLabel(self.tr("&Zoom:"))
        zoom_label.setBuddy(self.zoom)
        bar.addWidget(zoom_label)
        bar.addWidget(self.zoom)
        bar.addStretch(1)
        bar.addWidget(self.page_count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        self._update_timer = QTimer(self)
        self._update_timer.setSingleShot(True)
        self._update_timer.setInterval(0)
        self._update_timer.timeout.connect(self.render_visible)
        self.zoom.currentIndexChanged.connect(lambda _i: self._relayout())
        self.scroll.verticalScrollBar().valueChanged.connect(lambda _v: self._update_timer.start())
        self.page_count.setText(self.tr("No pages"))

    # ------------------------------------------------------------ content

    def set_pdf(self, pdf: bytes | None) -> None:
        """Show ``pdf`` (or nothing); pages are rendered when they become visible."""
        self._clear()
        if pdf:
            document = open_pdf(pdf)
            try:
                self._sizes = [document.get_page_size(i) for i in range(len(document))]
            finally:
                document.close()
            self._pdf = pdf
            for index, (width, height) in enumerate(self._sizes):
                page = PageWidget(index, height / width if width else 1.414, self._canvas)
                page.show()
                self.pages.append(page)
        self.empty.setVisible(not self.pages)
        self.page_count.setText(self.tr("%n page(s)", "", len(self.pages)) if self.pages else self.tr("No pages"))
        self.scroll.verticalScrollBar().setValue(0)
        self._relayout()

    def _clear(self) -> None:
        for page in self.pages:
            page.hide()
            page.deleteLater()
        self.pages = []
        self._pdf, self._sizes = None, []

    def page_width(self) -> int:
        zoom = self.zoom.currentData() or FIT_WIDTH
        if zoom == FIT_WIDTH:
            # the vertical scroll bar is counted as always there, so it never forces a horizontal one
            available = self.scroll.width() - self.scroll.verticalScrollBar().sizeHint().width() - 2 * MARGIN
            return max(available, 200)
        if not self._sizes:
            return 600
        points, _ = self._sizes[0]
        return max(round(points / 72 * SCREEN_DPI * zoom), 100)

    def _relayout(self) -> None:
        width = self.page_width()
        viewport = self.scroll.viewport()
        canvas_width = max(width + 2 * MARGIN, viewport.width())
        y = MARGIN
        for page in self.pages:
            page.set_page_width(width)
            page.move((canvas_width - width) // 2, y)
            y += page.height() + PAGE_GAP
        if self.pages:
            self._canvas.resize(canvas_width, y - PAGE_GAP + MARGIN)
        else:
            self._canvas.resize(viewport.width(), viewport.height())
            self.empty.setGeometry(0, 0, viewport.width(), viewport.height())
        self._update_timer.start()

    # ------------------------------------------------------------ lazy rendering

    def visible_pages(self) -> list[PageWidget]:
        viewport = self.scroll.viewport()
        top = self.scroll.verticalScrollBar().value()
        bottom = top + viewport.height()
        return [p for p in self.pages if p.y() + p.height() >= top and p.y() <= bottom and p.height() > 0]

    def render_visible(self) -> None:
        if self._pdf is None:
            return
        ratio = self.devicePixelRatioF()
        wanted = [(page, round(page.width() * ratio)) for page in self.visible_pages()]
        wanted = [(page, width) for page, width in wanted if page.pixmap is None or page.rendered_width != width]
        if not wanted:
            return
        document = open_pdf(self._pdf)
        try:
            for page, width in wanted:
                pixmap = QPixmap.fromImage(render_page(document, page.index, width))
                pixmap.setDevicePixelRatio(ratio)
                page.pixmap, page.rendered_width = pixmap, width
                self.renders += 1
                page.update()
        finally:
            document.close()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if (self.zoom.currentData() or FIT_WIDTH) == FIT_WIDTH:
            self._relayout()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self._relayout()

    def rendered_pages(self) -> list[int]:
        return [p.index for p in self.pages if p.pixmap is not None]

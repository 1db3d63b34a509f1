"""The fixed parts of the form: page geometry, the running header and footer, the signature
block with the 单位盖章 box, and the QR code drawn as a 1-bit image."""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.reports.model import ReportDocument
from desktop.reports.render_text import TextKit

__all__ = [
    "BOTTOM_Y",
    "CONTENT_W",
    "LEFT_X",
    "PAGE_H",
    "PAGE_W",
    "RIGHT_X",
    "SEAL_SIZE",
    "TOP_Y",
    "QrImage",
    "draw_page_frame",
    "draw_qr",
    "draw_signature_lines",
    "make_qr",
]

PAGE_W, PAGE_H = A4
LEFT_X = 28 * mm  # binding margin
RIGHT_X = PAGE_W - 18 * mm
TOP_Y = PAGE_H - 22 * mm
BOTTOM_Y = 20 * mm
CONTENT_W = RIGHT_X - LEFT_X

SEAL_SIZE = 45 * mm
# ≥ 0.5 mm for a 150 dpi scan (DESIGN.md §7), and ≥ 4 device pixels at 150 dpi: poppler smooths
# (interpolates) an image scaled up less than 4×, which blurred a 0.6 mm code until zbar failed.
QR_MODULE = 0.7 * mm
QR_QUIET = 4  # modules of white border on every side


def draw_page_frame(c: Canvas, kit: TextKit, doc: ReportDocument, page_no: int, pages: int) -> None:
    """Running header (unit, serial — so a loose page is identifiable) and the page footer."""
    c.setFillGray(0.35)
    y = PAGE_H - 14 * mm
    kit.draw(c, LEFT_X, y, kit.fit(doc.unit_name, CONTENT_W / 2, 8), 8)
    kit.draw(c, RIGHT_X, y, f"编号：{doc.serial}", 8, align="right")
    c.setStrokeGray(0.6)
    c.setLineWidth(0.4)
    c.line(LEFT_X, y - 2.5 * mm, RIGHT_X, y - 2.5 * mm)
    c.setStrokeGray(0)
    c.setFillGray(0)
    kit.draw(c, (LEFT_X + RIGHT_X) / 2, 11 * mm, f"第  {page_no}  页  共  {pages}  页", 9, align="center")


def draw_signature_lines(
    c: Canvas, kit: TextKit, doc: ReportDocument, top: float
) -> tuple[float, float, float, float]:
    """经办人 / 负责人 / 日期 lines on the left and the seal box on the right; returns the box."""
    sig = doc.signature
    size = 11.0
    label_w = kit.width("负责人（签字）：", size)
    line_w = 48 * mm
    rows = (
        ("经办人（签字）：", sig.clerk_name),
        ("负责人（签字）：", sig.approver_name),
    )
    step = 15 * mm
    y = top - 12 * mm
    c.setLineWidth(0.6)
    for label, name in rows:
        kit.draw(c, LEFT_X, y, label, size)
        x = LEFT_X + label_w
        name_w = min(kit.width(name, size), 50 * mm)
        kit.draw(c, x, y, kit.fit(name, 50 * mm, size), size)
        x += name_w + 3 * mm if name else 0
        # the hand-signature line ends well before the seal box, however long the printed name
        c.line(x, y - 2, x + max(line_w - name_w, 28 * mm), y - 2)
        y -= step
    kit.draw(c, LEFT_X, y, "日        期：", size)
    x = LEFT_X + label_w
    if sig.date_text:
        kit.draw(c, x, y, sig.date_text, size)
    else:
        kit.draw(c, x, y, "        年        月        日", size)
    # the seal box, right-aligned with the content edge
    x1, y1 = RIGHT_X, top
    x0, y0 = x1 - SEAL_SIZE, y1 - SEAL_SIZE
    c.setLineWidth(0.5)
    c.setStrokeGray(0.45)
    c.rect(x0, y0, SEAL_SIZE, SEAL_SIZE, stroke=1, fill=0)
    c.setStrokeGray(0)
    c.setFillGray(0.45)
    # the label sits under the box: the digital seal's appearance fills the box itself
    kit.draw(c, (x0 + x1) / 2, y0 - 4.5 * mm, "（单位盖章）", 9, align="center")
    c.setFillGray(0)
    return x0, y0, x1, y1


@dataclass(frozen=True)
class QrImage:
    modules: int  # per side, quiet zone included
    bits: bytes  # packed 1-bit rows, 1 = white, as PIL mode "1" writes them

    @property
    def size(self) -> float:
        return self.modules * QR_MODULE


def make_qr(payload: str) -> QrImage:
    """The payload as a QR code (ECC M, never Micro QR) with its quiet zone, one bit per module."""
    import segno
    from PIL import Image

    qr = segno.make_qr(payload, error="m")
    matrix = qr.matrix
    n = len(matrix) + 2 * QR_QUIET
    img = Image.new("1", (n, n), 1)
    px = img.load()
    assert px is not None
    for r, row in enumerate(matrix):
        for col, dark in enumerate(row):
            if dark:
                px[col + QR_QUIET, r + QR_QUIET] = 0
    return QrImage(n, img.tobytes())


def draw_qr(c: Canvas, qr: QrImage, x: float, y: float) -> None:
    """Draw the code as one image XObject (1 bit per component, no interpolation), scaled up."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase.pdfdoc import PDFImageXObject

    img = Image.frombytes("1", (qr.modules, qr.modules), qr.bits).convert("L")
    before = {id(o) for o in c._doc.idToObject.values()}
    c.drawImage(ImageReader(img), x, y, qr.size, qr.size)
    for obj in c._doc.idToObject.values():
        # reportlab writes every image as 8-bit samples; rewrite this one as the 1-bit code.
        if id(obj) not in before and isinstance(obj, PDFImageXObject) and obj.width == qr.modules:
            obj.streamContent = zlib.compress(qr.bits)
            obj._filters = ("FlateDecode",)
            obj.bitsPerComponent = 1
            obj.colorSpace = "DeviceGray"
            obj.mask = None

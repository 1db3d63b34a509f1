"""Draw a ``ReportDocument`` as an official Chinese A4 form with reportlab (no Qt).

Layout happens first and drawing second: every part is measured and placed on a page as a
drawing operation, so the page count is known before anything is drawn and each footer can say
``第 X 页 共 N 页``. The same document always gives the same pages. Tables are ruled and
paginated by ``render_tables`` (the header row repeated on each page); the head, the signature
block with its 单位盖章 box and the QR code come from ``render_parts``. Only the embedded
TrueType report font is used (plus, for rare characters it lacks, an embedded TrueType fallback,
see ``render_text``), and ``unicode_fix`` makes characters outside the BMP extract correctly.

``render_report`` returns where the seal box and the QR code landed, in PDF user space
(points, origin at the bottom left), so the signer can put the visible signature in the box.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.reports.model import AmountLine, Column, ReportDocument, Table
from desktop.reports.render_parts import (
    BOTTOM_Y,
    CONTENT_W,
    LEFT_X,
    PAGE_H,
    PAGE_W,
    RIGHT_X,
    SEAL_SIZE,
    TOP_Y,
    QrImage,
    draw_page_frame,
    draw_qr,
    draw_signature_lines,
    make_qr,
)
from desktop.reports.render_tables import TableGeometry, measure_table, paginate
from desktop.reports.render_text import TextKit

__all__ = ["Box", "RenderResult", "missing_glyphs", "render_report"]

Op = Callable[[Canvas], None]

TITLE_SIZE = 16.0
TEXT_SIZE = 10.5
TABLE_TITLE_SIZE = 10.5
TABLE_TITLE_H = 7 * mm
NOTE_SIZE = 8.5
GAP = 4 * mm


@dataclass(frozen=True)
class Box:
    """A rectangle on one page, PDF user space: points, origin bottom-left; page_index from 0."""

    page_index: int
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class RenderResult:
    pages: int
    seal_box: Box  # the 单位盖章 box on the last page — the visible signature goes here
    qr_box: Box | None  # the QR code with its quiet zone, when the document has a payload


_kit: TextKit | None = None


def _text_kit() -> TextKit:
    global _kit
    if _kit is None:
        _kit = TextKit.create()
    return _kit


class _Flow:
    """Pages of drawing operations and the cursor (top of the free space) on the last page."""

    def __init__(self) -> None:
        self.pages: list[list[Op]] = [[]]
        self.y = TOP_Y

    def new_page(self) -> None:
        self.pages.append([])
        self.y = TOP_Y

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` fits under the cursor (or the page is still empty)."""
        if self.y - height < BOTTOM_Y and self.y < TOP_Y:
            self.new_page()

    def add(self, op: Op) -> None:
        self.pages[-1].append(op)

    def text(self, kit: TextKit, text: str, size: float, align: str = "left", bold: bool = False) -> None:
        """A line (wrapped when too long) at the cursor; moves the cursor down."""
        lead = size * 1.45
        for line in kit.wrap(text, CONTENT_W, size, max_lines=20):
            self.ensure(lead)
            x = {"left": LEFT_X, "center": (LEFT_X + RIGHT_X) / 2, "right": RIGHT_X}[align]
            y = self.y - size
            self.add(lambda c, x=x, y=y, t=line: kit.draw(c, x, y, t, size, align, bold))
            self.y -= lead


def _place_table(flow: _Flow, kit: TextKit, table: Table) -> None:
    geo: TableGeometry = measure_table(kit, table, LEFT_X, CONTENT_W)
    title_h = TABLE_TITLE_H if table.title else 0.0
    flow.ensure(title_h + geo.header.height + geo.rows[0].height)
    chunks = paginate(geo, flow.y - title_h, BOTTOM_Y, TOP_Y - title_h)
    for k, chunk in enumerate(chunks):
        if k:
            flow.new_page()
        if table.title:
            title = table.title if k == 0 else f"{table.title}（续）"
            base = chunk.top + 2 * mm
            flow.add(lambda c, t=title, b=base: kit.draw(c, LEFT_X, b, t, TABLE_TITLE_SIZE, bold=True))
        flow.add(lambda c, ch=chunk: ch.draw(c, kit))
        flow.y = chunk.top - chunk.height
    if table.note:
        flow.y -= 1 * mm
        flow.text(kit, table.note, NOTE_SIZE)
    flow.y -= GAP


def _amount_table(lines: tuple[AmountLine, ...]) -> Table:
    return Table(
        title="金额汇总",
        columns=(Column("项目", 1.3), Column("金额", 1.0, "right"), Column("金额（大写）", 1.9)),
        rows=tuple((a.label, a.amount, a.in_words) for a in lines),
    )


def _head(flow: _Flow, kit: TextKit, doc: ReportDocument) -> None:
    flow.y -= 2 * mm
    flow.text(kit, doc.title, TITLE_SIZE, align="center", bold=True)
    flow.y -= 3 * mm
    size = TEXT_SIZE
    lead = size * 1.6
    pairs = [
        (f"填报单位：{doc.unit_name}", f"统一社会信用代码：{doc.unit_code}"),
        (f"统计期间：{doc.period_label}", f"编号：{doc.serial}"),
    ]
    if doc.supersedes:
        pairs.append(("", f"本表替代 {doc.supersedes}"))
    for left, right in pairs:
        right_w = kit.width(right, size)
        left_fit = kit.fit(left, CONTENT_W - right_w - 6 * mm, size)
        y = flow.y - size
        flow.add(
            lambda c, y=y, a=left_fit, b=right: (
                kit.draw(c, LEFT_X, y, a, size),
                kit.draw(c, RIGHT_X, y, b, size, "right"),
            )
        )
        flow.y -= lead
    if doc.generated_text:
        flow.text(kit, doc.generated_text, 9)
    flow.y -= GAP


def _remarks(flow: _Flow, kit: TextKit, remarks: tuple[str, ...]) -> None:
    flow.ensure(TEXT_SIZE * 3)
    flow.text(kit, "说明：", TEXT_SIZE, bold=True)
    numbered = len(remarks) > 1
    for i, line in enumerate(remarks, 1):
        flow.text(kit, f"{i}. {line}" if numbered else line, TEXT_SIZE)
    flow.y -= GAP


def _signature(flow: _Flow, kit: TextKit, doc: ReportDocument) -> tuple[Box, Box | None]:
    qr: QrImage | None = make_qr(doc.qr_payload) if doc.qr_payload else None
    caption_h = 6 * mm if qr and doc.qr_caption else 0.0
    height = SEAL_SIZE + 4 * mm + ((qr.size + caption_h + 4 * mm) if qr else 0.0)
    flow.y -= 2 * mm
    flow.ensure(height)
    top = flow.y - 2 * mm
    page = len(flow.pages) - 1
    seal = Box(page, RIGHT_X - SEAL_SIZE, top - SEAL_SIZE, RIGHT_X, top)
    flow.add(lambda c: draw_signature_lines(c, kit, doc, top))
    qr_box = None
    if qr is not None:
        qy1 = top - SEAL_SIZE - 4 * mm
        qr_box = Box(page, LEFT_X, qy1 - qr.size, LEFT_X + qr.size, qy1)
        flow.add(lambda c: draw_qr(c, qr, qr_box.x0, qr_box.y0))
        if doc.qr_caption:
            cap = kit.fit(doc.qr_caption, CONTENT_W - SEAL_SIZE, 8)
            flow.add(lambda c: kit.draw(c, LEFT_X + 1.5 * mm, qr_box.y0 - 4 * mm, cap, 8))
    flow.y = top - height
    return seal, qr_box


def _layout(doc: ReportDocument, kit: TextKit) -> tuple[_Flow, Box, Box | None]:
    flow = _Flow()
    _head(flow, kit, doc)
    for table in doc.sections:
        _place_table(flow, kit, table)
    if doc.amount_lines:
        _place_table(flow, kit, _amount_table(doc.amount_lines))
    if doc.remarks:
        _remarks(flow, kit, doc.remarks)
    if doc.annex:
        flow.new_page()
        flow.text(kit, "附表：明细", 14, align="center", bold=True)
        flow.y -= 2 * mm
        for table in doc.annex:
            _place_table(flow, kit, table)
    seal, qr_box = _signature(flow, kit, doc)
    return flow, seal, qr_box


def _all_text(doc: ReportDocument) -> list[str]:
    texts = [doc.title, doc.unit_name, doc.unit_code, doc.period_label, doc.serial, doc.generated_text]
    texts += [doc.supersedes, *doc.remarks, doc.qr_caption]
    sig = doc.signature
    texts += [sig.clerk_name, sig.approver_name, sig.date_text]
    texts += [f"{a.label}{a.amount}{a.in_words}" for a in doc.amount_lines]
    for table in (*doc.sections, *doc.annex):
        texts += [table.title, table.note, table.empty_text, *(c.title for c in table.columns)]
        texts += ["".join(row) for row in table.rows]
        texts.append("".join(table.total or ()))
    return texts


def missing_glyphs(doc: ReportDocument) -> str:
    """Characters of the document that no available font can draw — they would not print.

    Empty on a machine with the fallback font; the caller may warn the clerk before exporting
    (the text still extracts and the embedded data still holds them).
    """
    kit = _text_kit()
    seen: dict[str, None] = {}
    for text in _all_text(doc):
        if not text.isascii():
            for ch in kit.missing(text):
                seen.setdefault(ch)
    return "".join(seen)


def render_report(doc: ReportDocument, out: Path | BinaryIO) -> RenderResult:
    """Write the form as a PDF to ``out`` (a path or a binary file); return pages and boxes."""
    kit = _text_kit()
    flow, seal, qr_box = _layout(doc, kit)
    # Binary streams: reportlab's default ASCII85 wrapping (pure Python without rl_accel) was
    # a quarter of the render time and makes the file 25 % larger; restored afterwards.
    from reportlab import rl_config

    saved_a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        target = str(out) if isinstance(out, Path) else out
        c = Canvas(
            target, pagesize=(PAGE_W, PAGE_H), initialFontName=kit.font, initialFontSize=9, initialLeading=11
        )
        c.setTitle(doc.title)
        c.setAuthor(doc.unit_name)
        c.setSubject(doc.serial)
        c.setCreator("Union Ledger 工会台账")
        total = len(flow.pages)
        for number, ops in enumerate(flow.pages, 1):
            c.setFont(kit.font, 9)
            draw_page_frame(c, kit, doc, number, total)
            for op in ops:
                op(c)
            c.showPage()
        c.save()
    finally:
        rl_config.useA85 = saved_a85
    return RenderResult(pages=total, seal_box=seal, qr_box=qr_box)

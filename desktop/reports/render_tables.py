"""Ruled tables drawn straight on the canvas, paginated by measured row heights.

platypus ``LongTable`` re-measures the remaining rows at every split, which is quadratic for a
10 000-row annex; here each row is measured once (cells wrapped to their column width), rows are
cut into page-sized chunks, and each chunk is drawn as one text object plus one set of rules,
with the header row repeated on every page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from reportlab.pdfgen.canvas import Canvas

from desktop.reports.model import Table
from desktop.reports.render_text import TextEmitter, TextKit

__all__ = ["CELL_SIZE", "Line", "TableChunk", "TableGeometry", "measure_table"]

CELL_SIZE = 9.0
LEADING = 11.5
PAD_X = 3.0
PAD_Y = 2.5
MAX_CELL_LINES = 3
HEADER_GRAY = 0.88
TOTAL_GRAY = 0.95
RULE = 0.5
FRAME_RULE = 0.9

Line = tuple[str, float]  # text, width in points


@dataclass(frozen=True)
class Row:
    cells: tuple[tuple[Line, ...], ...]  # per column, its lines
    height: float
    kind: str = "body"  # body | header | total | empty


@dataclass(frozen=True)
class TableGeometry:
    """A table measured for one width: column edges and every row's wrapped cells."""

    x0: float
    edges: tuple[float, ...]  # len(columns) + 1 x positions
    aligns: tuple[str, ...]
    header: Row
    rows: tuple[Row, ...]  # body rows (or the single empty row), then the total row

    @property
    def width(self) -> float:
        return self.edges[-1] - self.edges[0]


def _row(kit: TextKit, texts: Sequence[str], widths: Sequence[float], kind: str) -> Row:
    cells: list[tuple[Line, ...]] = []
    n = 1
    for text, w in zip(texts, widths, strict=False):
        avail = w - 2 * PAD_X
        text = text or ""
        tw = kit.width(text, CELL_SIZE) if "\n" not in text else avail + 1
        if tw <= avail:
            lines: tuple[Line, ...] = ((text, tw),)
        else:
            lines = tuple(
                (t, kit.width(t, CELL_SIZE)) for t in kit.wrap(text, avail, CELL_SIZE, MAX_CELL_LINES)
            )
        n = max(n, len(lines))
        cells.append(lines)
    while len(cells) < len(widths):
        cells.append((("", 0.0),))
    return Row(tuple(cells), n * LEADING + 2 * PAD_Y, kind)


def measure_table(kit: TextKit, table: Table, x0: float, width: float) -> TableGeometry:
    shares = [max(col.width, 0.01) for col in table.columns] or [1.0]
    total_share = sum(shares)
    edges = [x0]
    for s in shares:
        edges.append(edges[-1] + width * s / total_share)
    widths = [b - a for a, b in pairwise(edges)]
    header = _row(kit, [c.title for c in table.columns], widths, "header")
    if table.rows:
        rows = [_row(kit, r, widths, "body") for r in table.rows]
    else:
        rows = [_row(kit, [table.empty_text], [width], "empty")]
    if table.total is not None:
        rows.append(_row(kit, table.total, widths, "total"))
    aligns = tuple(c.align for c in table.columns) or ("left",)
    return TableGeometry(x0, tuple(edges), aligns, header, tuple(rows))


@dataclass(frozen=True)
class TableChunk:
    """The header and a run of rows of one table, drawn on one page from ``top`` downwards."""

    geo: TableGeometry
    start: int
    stop: int
    top: float

    @property
    def height(self) -> float:
        return self.geo.header.height + sum(r.height for r in self.geo.rows[self.start : self.stop])

    def draw(self, c: Canvas, kit: TextKit) -> None:
        geo = self.geo
        x0, x1 = geo.edges[0], geo.edges[-1]
        rows = (geo.header, *geo.rows[self.start : self.stop])
        bottoms: list[float] = []
        y = self.top
        for r in rows:
            y -= r.height
            bottoms.append(y)
        # shading first, text over it
        c.setFillGray(HEADER_GRAY)
        c.rect(x0, bottoms[0], x1 - x0, geo.header.height, stroke=0, fill=1)
        if rows[-1].kind == "total":
            c.setFillGray(TOTAL_GRAY)
            c.rect(x0, bottoms[-1], x1 - x0, rows[-1].height, stroke=0, fill=1)
        c.setFillGray(0)
        self._draw_text(c, kit, rows, bottoms)
        # rules
        rules: list[tuple[float, float, float, float]] = []
        for b in bottoms[:-1]:
            rules.append((x0, b, x1, b))
        empty_bottoms = {b for r, b in zip(rows, bottoms, strict=False) if r.kind == "empty"}
        for xe in geo.edges[1:-1]:
            seg_top = self.top
            for r, b in zip(rows, bottoms, strict=False):
                if b in empty_bottoms:  # the empty-text row spans all columns
                    if seg_top > b + r.height:
                        rules.append((xe, seg_top, xe, b + r.height))
                    seg_top = b
            if seg_top > bottoms[-1]:
                rules.append((xe, seg_top, xe, bottoms[-1]))
        c.setLineWidth(RULE)
        # one path for all inner rules (canvas.lines formats each number through fp_str: slow)
        if rules:
            c._code.append(" ".join(f"{a:.2f} {b:.2f} m {x:.2f} {y:.2f} l" for a, b, x, y in rules) + " S")
        c.setLineWidth(FRAME_RULE)
        c.rect(x0, bottoms[-1], x1 - x0, self.top - bottoms[-1], stroke=1, fill=0)
        c.line(x0, bottoms[0], x1, bottoms[0])
        if rows[-1].kind == "total":
            top_of_total = bottoms[-1] + rows[-1].height
            c.line(x0, top_of_total, x1, top_of_total)

    def _draw_text(self, c: Canvas, kit: TextKit, rows: Sequence[Row], bottoms: Sequence[float]) -> None:
        geo = self.geo
        out = TextEmitter(c, kit, CELL_SIZE)
        bold_cells: list[tuple[float, float, str]] = []
        descent = CELL_SIZE * 0.24
        for r, bottom in zip(rows, bottoms, strict=False):
            inner = r.height - 2 * PAD_Y
            for ci, lines in enumerate(r.cells):
                if r.kind == "empty":
                    left, right, align = geo.edges[0], geo.edges[-1], "center"
                else:
                    left, right = geo.edges[ci], geo.edges[ci + 1]
                    align = "center" if r.kind == "header" else geo.aligns[ci]
                block = len(lines) * LEADING
                y = bottom + PAD_Y + (inner + block) / 2  # top of the centred text block
                for text, w in lines:
                    y -= LEADING
                    if not text:
                        continue
                    base = y + (LEADING - CELL_SIZE) / 2 + descent
                    if align == "right":
                        x = right - PAD_X - w
                    elif align == "center":
                        x = (left + right - w) / 2
                    else:
                        x = left + PAD_X
                    if r.kind in ("total", "header"):
                        bold_cells.append((x, base, text))
                        continue
                    out.line(x, base, text)
        out.finish()
        for x, base, text in bold_cells:
            kit.draw(c, x, base, text, CELL_SIZE, bold=True)


def paginate(geo: TableGeometry, top: float, bottom: float, page_top: float) -> list[TableChunk]:
    """Cut the rows into chunks: the first drawn from ``top``, each later one from ``page_top``.

    Every chunk carries the header and at least one row; the caller makes sure the header and
    the first row fit under ``top`` (or starts the table on a new page).
    """
    chunks: list[TableChunk] = []
    rows = geo.rows
    i, n, y = 0, len(rows), top
    while i < n:
        room = y - bottom - geo.header.height
        j = i
        while j < n and rows[j].height <= room:
            room -= rows[j].height
            j += 1
        j = max(j, i + 1)
        chunks.append(TableChunk(geo, i, j, y))
        i, y = j, page_top
    return chunks

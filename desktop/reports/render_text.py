"""Measuring, wrapping and drawing text in the report font, with a fallback for rare characters.

WenQuanYi Micro Hei covers GBK but nothing outside the BMP: a rare name character such as 𠮷
(U+20BB7, CJK Extension B) has no glyph, and its .notdef glyph is blank: the character would
silently vanish from the printed name. Such characters are
drawn, run by run, in a fallback TrueType font that has them — HanaMinB (花園明朝 B, the Debian
package ``fonts-hanazono``, free licence) when ``resources/fonts/HanaMinB.ttf`` or the system copy
exists. The fallback is looked for only when a document holds a character the main font lacks.
Without it the character still extracts correctly (see ``unicode_fix``) but is not printed;
``missing_glyphs`` in ``render`` tells the caller which characters those are.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from desktop.paths import resources_dir
from desktop.reports import unicode_fix
from desktop.reports.fonts import register_fonts

__all__ = ["ELLIPSIS", "TextEmitter", "TextKit", "fallback_font_file"]

ELLIPSIS = "…"
FALLBACK_NAME = "ReportFallbackExtB"
_FALLBACK_FILE = "HanaMinB.ttf"
_SYSTEM_FALLBACKS = (
    Path("/usr/share/fonts/truetype/hanazono") / _FALLBACK_FILE,
    # Every Chinese Windows has SimSun-ExtB (TrueType, CJK Extension B) beside SimSun.
    Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts" / "simsunb.ttf",
)


def fallback_font_file() -> Path | None:
    """The font drawn for characters outside the main font (bundled first), or None."""
    for path in (resources_dir() / "fonts" / _FALLBACK_FILE, *_SYSTEM_FALLBACKS):
        if path.is_file():
            return path
    return None


@dataclass
class TextKit:
    """The report font, its coverage and the optional fallback; one per process is enough."""

    font: str = ""
    covered: frozenset[int] = frozenset()
    fallback: str | None = None
    fallback_covered: frozenset[int] = frozenset()
    _fallback_tried: bool = False
    _ok_strings: set[str] = field(default_factory=set)
    _widths: dict[str, float] = field(default_factory=dict)
    _cw: dict[str, dict[int, float]] = field(default_factory=dict)

    @classmethod
    def create(cls) -> TextKit:
        unicode_fix.apply()
        name = register_fonts()
        face = pdfmetrics.getFont(name).face  # type: ignore[attr-defined]
        return cls(font=name, covered=frozenset(face.charToGlyph))

    # --- coverage -------------------------------------------------------------------------
    def _load_fallback(self) -> None:
        self._fallback_tried = True
        path = fallback_font_file()
        if path is None:
            return
        from reportlab.pdfbase.ttfonts import TTFont

        if FALLBACK_NAME not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(FALLBACK_NAME, str(path)))
        face = pdfmetrics.getFont(FALLBACK_NAME).face  # type: ignore[attr-defined]
        self.fallback = FALLBACK_NAME
        self.fallback_covered = frozenset(face.charToGlyph)

    def runs(self, text: str) -> list[tuple[str, str]]:
        """``text`` split into (font, piece) runs; a single run in the main font when it covers all."""
        if text in self._ok_strings or text.isascii():
            return [(self.font, text)]
        covered = self.covered
        if all(ord(c) in covered for c in text):
            if len(self._ok_strings) < 50_000:
                self._ok_strings.add(text)
            return [(self.font, text)]
        if not self._fallback_tried:
            self._load_fallback()
        out: list[tuple[str, str]] = []
        for ch in text:
            cp = ord(ch)
            font = self.font
            if cp not in covered and self.fallback and cp in self.fallback_covered:
                font = self.fallback
            if out and out[-1][0] == font:
                out[-1] = (font, out[-1][1] + ch)
            else:
                out.append((font, ch))
        return out

    def missing(self, text: str) -> str:
        """The characters of ``text`` that no available font can draw (they would not print)."""
        self.runs(text)
        fb = self.fallback_covered
        return "".join(c for c in text if ord(c) not in self.covered and ord(c) not in fb)

    # --- measuring ------------------------------------------------------------------------
    def width(self, text: str, size: float) -> float:
        """Width in points. Per-string cache: reportlab's C accelerator (``rl_accel``) is not
        installed, and its pure-Python stringWidth was a third of a 10 000-row render."""
        units = self._widths.get(text)
        if units is None:
            units = 0.0
            for font, piece in self.runs(text):
                cw = self._char_widths(font)
                dw = cw.get(-1, 1000.0)
                units += sum([cw.get(ord(ch), dw) for ch in piece])
            if len(self._widths) < 200_000:
                self._widths[text] = units
        return units * size / 1000.0

    def _char_widths(self, font: str) -> dict[int, float]:
        cw = self._cw.get(font)
        if cw is None:
            face = pdfmetrics.getFont(font).face  # type: ignore[attr-defined]
            cw = dict(face.charWidths)
            cw[-1] = face.defaultWidth
            self._cw[font] = cw
        return cw

    def wrap(self, text: str, avail: float, size: float, max_lines: int = 3) -> list[str]:
        """Lines of at most ``avail`` points; breaks at any character (Chinese has no spaces).

        More than ``max_lines`` lines are cut and the last one ends with "…", so a long text is
        visibly truncated and never runs into the next cell.
        """
        lines: list[str] = []
        for para in text.split("\n"):
            if self.width(para, size) <= avail:
                lines.append(para)
                continue
            line = ""
            for ch in para:
                if line and self.width(line + ch, size) > avail:
                    lines.append(line.rstrip() if ch != " " else line)
                    line = "" if ch == " " else ch
                else:
                    line += ch
            lines.append(line)
        if len(lines) > max_lines:
            last = lines[max_lines - 1]
            while last and self.width(last + ELLIPSIS, size) > avail:
                last = last[:-1]
            lines = [*lines[: max_lines - 1], last + ELLIPSIS]
        return lines

    def fit(self, text: str, avail: float, size: float) -> str:
        """One line of ``text``, cut with "…" when it is wider than ``avail``."""
        return self.wrap(text.replace("\n", " "), avail, size, max_lines=1)[0]

    # --- drawing --------------------------------------------------------------------------
    def draw(
        self, c: Canvas, x: float, y: float, text: str, size: float, align: str = "left", bold: bool = False
    ) -> None:
        """Draw one line with its baseline at ``y``; ``x`` is the left, centre or right edge."""
        if not text:
            return
        runs = self.runs(text)
        if align != "left":
            w = self.width(text, size)
            x -= w if align == "right" else w / 2
        if bold:
            # The font has no bold face: fill and stroke the outlines for a heavier line.
            c.saveState()
            c.setLineWidth(size * 0.035)
            t = c.beginText(x, y)
            t.setTextRenderMode(2)
            for font, piece in runs:
                t.setFont(font, size)
                t.textOut(piece)
            c.drawText(t)
            c.restoreState()
            return
        if len(runs) == 1:
            c.setFont(runs[0][0], size)
            c.drawString(x, y, text)
            return
        for font, piece in runs:
            c.setFont(font, size)
            c.drawString(x, y, piece)
            x += pdfmetrics.stringWidth(piece, font, size)


# A byte in a literal string: printable ASCII as itself, the rest as an octal escape (as
# reportlab's escapePDF does), so the page content stays ASCII.
_ESC = [chr(b) if 32 <= b < 127 and b not in b"\\()" else f"\\{b:03o}" for b in range(256)]


def _escape(raw: bytes) -> str:
    return "".join(map(_ESC.__getitem__, raw))


class TextEmitter:
    """Writes many short lines as one BT … ET block, the way reportlab's text object does
    (``TTFont.splitString`` + ``getSubsetInternalName``, as documented in ``ttfonts``), but without
    re-measuring each string and formatting every number through ``fp_str``: those made the
    annex of 10 000 rows three times slower."""

    def __init__(self, c: Canvas, kit: TextKit, size: float) -> None:
        self.c, self.kit, self.size = c, kit, size
        self.doc = c._doc
        self.code: list[str] = ["BT"]
        self.current: tuple[str, int] | None = None
        self._fonts: dict[str, object] = {}
        self._encoded: dict[tuple[str, str], list[tuple[int, str]]] = {}

    def line(self, x: float, y: float, text: str) -> None:
        code = self.code
        code.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        for font, piece in self.kit.runs(text):
            for subset, literal in self._encode(font, piece):
                if self.current != (font, subset):
                    f = self._fonts[font]
                    code.append(f"{f.getSubsetInternalName(subset, self.doc)} {self.size:g} Tf")  # type: ignore[attr-defined]
                    self.current = (font, subset)
                code.append(literal)

    def _encode(self, font: str, piece: str) -> list[tuple[int, str]]:
        key = (font, piece)
        out = self._encoded.get(key)
        if out is None:
            f = self._fonts.get(font)
            if f is None:
                f = self._fonts[font] = pdfmetrics.getFont(font)
            out = [
                (subset, "(" + _escape(raw) + ") Tj")
                for subset, raw in f.splitString(piece, self.doc)  # type: ignore[attr-defined]
            ]
            self._encoded[key] = out
        return out

    def finish(self) -> None:
        """Append the block to the page (canvas internals: ``_code`` is the page's content list)."""
        self.code.append("ET")
        if len(self.code) > 2:
            self.c._code.append("\n".join(self.code))
        self.code = ["BT"]
        self.current = None

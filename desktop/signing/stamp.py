"""The visible signature's appearance: a red seal-like stamp with the unit name, 电子签章,
the signer and the signing time (Beijing time).

It is drawn with reportlab as a one-page PDF exactly the size of the seal box, in the
report's embedded TrueType font, and imported by pyHanko as a form XObject. This avoids
``pyhanko[opentype]`` (fontTools + uharfbuzz), which pyHanko's own text stamps need for CJK.
"""

from __future__ import annotations

import math
from datetime import datetime
from io import BytesIO
from typing import Any

from desktop.domain.china_time import format_datetime

SEAL_RED = (0.80, 0.07, 0.07)
INK = (0.12, 0.12, 0.16)


def _star(canvas: Any, cx: float, cy: float, radius: float) -> None:
    path = canvas.beginPath()
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.382
        angle = math.pi / 2 + i * math.pi / 5
        x, y = cx + r * math.cos(angle), cy + r * math.sin(angle)
        if i == 0:
            path.moveTo(x, y)
        else:
            path.lineTo(x, y)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def _arc_text(canvas: Any, text: str, cx: float, cy: float, radius: float, font: str, size: float) -> None:
    """Characters along the upper arc of the seal, read left to right, each upright to the centre."""
    if not text:
        return
    span = min(math.radians(250), len(text) * (size * 1.08) / radius)
    step = span / max(len(text) - 1, 1)
    start = math.pi / 2 + span / 2
    canvas.setFont(font, size)
    for i, char in enumerate(text):
        angle = start - i * step if len(text) > 1 else math.pi / 2
        canvas.saveState()
        canvas.translate(cx + radius * math.cos(angle), cy + radius * math.sin(angle))
        canvas.rotate(math.degrees(angle) - 90)
        canvas.drawCentredString(0, -size * 0.35, char)
        canvas.restoreState()


def _fit(canvas: Any, text: str, font: str, size: float, width: float) -> float:
    """The largest size ≤ ``size`` at which ``text`` fits in ``width``."""
    measured = canvas.stringWidth(text, font, size)
    return size if measured <= width else max(4.0, size * width / measured)


def _seal(canvas: Any, font: str, cx: float, cy: float, radius: float, unit_name: str) -> None:
    canvas.setStrokeColorRGB(*SEAL_RED)
    canvas.setFillColorRGB(*SEAL_RED)
    canvas.setLineWidth(max(1.2, radius * 0.055))
    canvas.circle(cx, cy, radius, stroke=1, fill=0)
    canvas.setLineWidth(max(0.4, radius * 0.015))
    canvas.circle(cx, cy, radius * 0.90, stroke=1, fill=0)
    size = min(radius * 0.24, 2 * math.pi * radius * 0.62 / max(len(unit_name), 1) / 1.1)
    _arc_text(canvas, unit_name, cx, cy, radius * 0.70, font, size)
    _star(canvas, cx, cy + radius * 0.02, radius * 0.26)
    label_size = radius * 0.19
    canvas.setFont(font, label_size)
    canvas.drawCentredString(cx, cy - radius * 0.52, "电子签章")


def stamp_pdf(width: float, height: float, *, unit_name: str, signer_name: str, signed_at: datetime) -> bytes:
    """A one-page PDF of ``width`` × ``height`` points: the seal, and who signed when."""
    from reportlab.pdfgen.canvas import Canvas

    from desktop.reports.fonts import register_fonts

    font = register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), initialFontName=font, initialFontSize=8)
    canvas.setTitle("电子签章")
    lines = [f"签章人：{signer_name}", f"时间：{format_datetime(signed_at)}", "（北京时间）"]
    if width >= 1.6 * height:  # the seal on the left, the words on the right
        radius = height / 2 - 2
        _seal(canvas, font, radius + 2, height / 2, radius, unit_name)
        left = 2 * radius + 8
        room = width - left - 3
        size = min(height / 6.5, 11.0)
        size = min(_fit(canvas, line, font, size, room) for line in lines)
        canvas.setFillColorRGB(*INK)
        canvas.setFont(font, size)
        top = height / 2 + size * 1.3
        for i, line in enumerate(lines):
            canvas.drawString(left, top - i * size * 1.45, line)
    else:  # a round seal filling the box, the words underneath
        size = min(max(height / 14, 5.0), 9.0)
        text_height = 2 * size * 1.3
        radius = max(8.0, min(width, height - text_height) / 2 - 2)
        _seal(canvas, font, width / 2, height - radius - 2, radius, unit_name)
        canvas.setFillColorRGB(*INK)
        for i, line in enumerate(lines[:2]):
            fitted = _fit(canvas, line, font, size, width - 4)
            canvas.setFont(font, fitted)
            canvas.drawCentredString(width / 2, text_height - (i + 1) * size * 1.25, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()

"""The one font every report uses: WenQuanYi Micro Hei, embedded as TrueType.

reportlab embeds only TrueType outlines (DESIGN.md §7): this font covers GB2312, GBK and
Latin digits. It ships in ``resources/fonts`` (Apache-2.0) so reports look the same on
every machine; a system copy is used only when the bundled file is missing.
"""

from __future__ import annotations

from pathlib import Path

from desktop.paths import resources_dir

__all__ = ["FONT_BOLD", "FONT_NAME", "font_file", "register_fonts"]

FONT_NAME = "WQYMicroHei"
FONT_BOLD = "WQYMicroHei-Bold"  # the same face drawn bold by reportlab's fake-bold is not used: see register_fonts

_SYSTEM_COPIES = (
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
)
_registered = False


def font_file() -> Path:
    """The font file, bundled first; raise FileNotFoundError naming where it was looked for."""
    candidates = (resources_dir() / "fonts" / "wqy-microhei.ttc", *_SYSTEM_COPIES)
    for path in candidates:
        if path.is_file():
            return path
    raise FileNotFoundError("找不到报表字体 wqy-microhei.ttc（查找了：" + "、".join(map(str, candidates)) + "）。")


def register_fonts() -> str:
    """Register the font with reportlab once; return its name for setFont / TableStyle."""
    global _registered
    if not _registered:
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        path = str(font_file())
        pdfmetrics.registerFont(TTFont(FONT_NAME, path, subfontIndex=0))
        # No bold face exists; map bold to the regular face so <b> never falls back to Helvetica.
        pdfmetrics.registerFont(TTFont(FONT_BOLD, path, subfontIndex=0))
        addMapping(FONT_NAME, 0, 0, FONT_NAME)
        addMapping(FONT_NAME, 1, 0, FONT_BOLD)
        addMapping(FONT_NAME, 0, 1, FONT_NAME)
        addMapping(FONT_NAME, 1, 1, FONT_BOLD)
        _registered = True
    return FONT_NAME

"""Correct text extraction for characters outside the BMP in reportlab's TrueType fonts.

The cause (reportlab 5.1, ``reportlab/pdfbase/ttfonts.py``): a TrueType font is embedded as
subsets of up to 256 glyphs, each with a ToUnicode CMap made by ``makeToUnicodeCMap(fontname,
subset)``, where ``subset`` is the list of code points the subset's one-byte codes stand for.
Each entry is written as ``"<%02X> <%04X>" % (code, codepoint)``: for a code point above
U+FFFF that prints five or six hex digits (𠮷 U+20BB7 → ``<20BB7>``), which is not UTF-16BE:
poppler's pdftotext reads the first four digits and gives U+20BB "₻" (measured), so copying or
searching the name "𠮷祥" finds "₻祥".

The fix: ``apply()`` replaces the module-level ``makeToUnicodeCMap`` (``TTFont.addObjects``
looks it up by name in that module at each call) with one that writes each destination as
UTF-16BE, i.e. a surrogate pair ``<D842DFB7>`` for U+20BB7 (PDF 1.7 §9.10.3). Entries inside the
BMP are byte-for-byte what reportlab writes. It is idempotent and applied by
``desktop.reports.render`` before any PDF is built; if reportlab ever changes the function's
signature the original is left alone (``apply()`` returns False) and the test catches it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

__all__ = ["apply", "original", "to_unicode_cmap", "utf16_hex"]

_applied = False
_original: Callable[[str, Sequence[int]], str] | None = None


def utf16_hex(codepoint: int) -> str:
    """The code point as UTF-16BE hex: four digits in the BMP, a surrogate pair (eight) above."""
    if codepoint <= 0xFFFF:
        return f"{codepoint:04X}"
    v = codepoint - 0x10000
    return f"{0xD800 + (v >> 10):04X}{0xDC00 + (v & 0x3FF):04X}"


def to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode CMap for one subset, with destinations written as UTF-16BE."""
    cmap = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
    ]
    # A bfchar block holds at most 100 entries (PDF reference); reportlab writes one block of
    # up to 256, which readers accept — keep its layout, only the destinations change.
    cmap.append(f"{len(subset)} beginbfchar")
    cmap.extend(f"<{i:02X}> <{utf16_hex(v)}>" for i, v in enumerate(subset))
    cmap += [
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(cmap)


def apply() -> bool:
    """Install the fixed CMap writer into reportlab once; True when it is in place."""
    global _applied, _original
    if _applied:
        return True
    import inspect

    from reportlab.pdfbase import ttfonts

    found = getattr(ttfonts, "makeToUnicodeCMap", None)
    if found is None or list(inspect.signature(found).parameters) != ["fontname", "subset"]:
        return False
    _original = found
    ttfonts.makeToUnicodeCMap = to_unicode_cmap
    _applied = True
    return True


def original() -> Callable[[str, Sequence[int]], str]:
    """reportlab's own CMap writer (for tests comparing the two)."""
    if _original is not None:
        return _original
    from reportlab.pdfbase import ttfonts

    return ttfonts.makeToUnicodeCMap

"""Small text-normalisation helpers shared by the domain modules."""

from __future__ import annotations

ASCII_DIGITS = frozenset("0123456789")

# U+FF01..U+FF5E are full-width forms of ASCII 0x21..0x7E;
# U+3000 is the ideographic space.
_HALFWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_HALFWIDTH[0x3000] = 0x20


def to_halfwidth(text: str) -> str:
    """Convert full-width ASCII forms (digits, letters, punctuation) to half-width."""
    return text.translate(_HALFWIDTH)


def compact(text: str) -> str:
    """Half-width conversion plus removal of all whitespace."""
    return "".join(to_halfwidth(text).split())


def is_ascii_digits(text: str) -> bool:
    """True if ``text`` is non-empty and consists only of ASCII digits."""
    return text.isascii() and text.isdigit()  # isdigit alone accepts other scripts' digits

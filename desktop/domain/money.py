"""Money as integer fen: parsing, display formatting and 大写 (capital) amounts."""

from __future__ import annotations

import re
from decimal import Decimal

from ._text import compact
from .errors import DomainError

__all__ = [
    "MAX_WORDS_FEN",
    "InvalidAmount",
    "amount_in_words",
    "format_amount",
    "parse_amount",
]

# 大写 covers up to 9999万亿 (just under 10**16 yuan).
MAX_WORDS_FEN = 10**18 - 1

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_PREFIXES = ("人民币", "RMB", "CNY", "¥", "￥")
_NUMBER = re.compile(r"(?P<int>\d{1,3}(?:,\d{3})+|\d+)?(?:\.(?P<frac>\d*))?")


class InvalidAmount(DomainError):
    """The value is not an acceptable money amount."""


def _strip_affixes(text: str) -> tuple[bool, str]:
    """Remove sign, currency prefixes and a trailing 元; return (negative, rest)."""
    body = compact(text).replace("−", "-")
    negative = False
    changed = True
    while changed:
        changed = False
        if body[:1] in ("-", "+"):
            negative ^= body[0] == "-"
            body = body[1:]
            changed = True
        for prefix in _PREFIXES:
            if body.upper().startswith(prefix):
                body = body[len(prefix) :]
                changed = True
    return negative, body.removesuffix("元")


def _parse_text(text: str) -> tuple[bool, int]:
    negative, body = _strip_affixes(text)
    shown = text.strip()
    if not shown:
        raise InvalidAmount("金额为空，请输入数字，如1234.50。")
    if not body:
        raise InvalidAmount(f"“{shown}”不是有效金额，请输入数字，如1234.50。")
    match = _NUMBER.fullmatch(body)
    if match is None or (match["int"] is None and not match["frac"]):
        if "," in body and re.fullmatch(r"[\d,]+(\.\d*)?", body):
            raise InvalidAmount(f"金额“{shown}”的千位分隔符位置不正确，请核对。")
        raise InvalidAmount(f"“{shown}”不是有效金额，请输入数字，如1234.50。")
    frac = match["frac"] or ""
    if len(frac) > 2:
        raise InvalidAmount(f"金额最多两位小数，“{shown}”有{len(frac)}位小数，请核对。")
    yuan = int((match["int"] or "0").replace(",", ""))
    return negative, yuan * 100 + int(frac.ljust(2, "0"))


def _parse_decimal(value: Decimal) -> tuple[bool, int]:
    if not value.is_finite():
        raise InvalidAmount(f"“{value}”不是有效金额，请输入数字。")
    fen = value * 100
    if fen != fen.to_integral_value():
        raise InvalidAmount(f"金额最多两位小数，“{value}”超出了分位，请核对。")
    return value < 0, abs(int(fen))


def parse_amount(text: str | int | Decimal, *, allow_negative: bool = False) -> int:
    """Parse a yuan amount and return integer fen.

    Strings may carry ¥/￥/人民币, a trailing 元, thousands commas and
    full-width characters. ``int`` and ``Decimal`` values are also yuan.
    Floats are refused: money never goes through binary floating point.
    """
    if isinstance(text, bool | float):
        raise TypeError(
            "parse_amount() does not accept bool or float; use str, int or Decimal"
        )
    if isinstance(text, int):
        negative, fen = text < 0, abs(text) * 100
    elif isinstance(text, Decimal):
        negative, fen = _parse_decimal(text)
    elif isinstance(text, str):
        negative, fen = _parse_text(text)
    else:
        raise TypeError(
            f"parse_amount() expects str, int or Decimal, not {type(text).__name__}"
        )
    if negative and fen and not allow_negative:
        raise InvalidAmount(f"金额不能为负数，“{text}”有误，请输入不小于0的金额。")
    return -fen if negative else fen


def format_amount(fen: int) -> str:
    """Format fen for display: 123456 → "¥1,234.56", negatives as "-¥1,234.56"."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError(f"format_amount() expects int fen, not {type(fen).__name__}")
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}¥{yuan:,}.{cents:02d}"


def _four_digits(n: int) -> str:
    """Words for 1 ≤ n ≤ 9999, with 零 for inner zero runs (壹拾 kept)."""
    out: list[str] = []
    pending_zero = False
    for power in (3, 2, 1, 0):
        digit = n // 10**power % 10
        if digit == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append("零")
            pending_zero = False
        out.append(_DIGITS[digit] + _SMALL_UNITS[power])
    return "".join(out)


def _join(high: str, unit: str, low: int, low_words: str, low_width: int) -> str:
    """Join a higher and a lower section, with 零 if the lower has a leading gap."""
    if not low:
        return high + unit
    gap = "零" if low < 10 ** (low_width - 1) else ""
    return high + unit + gap + low_words


def _eight_digits(n: int) -> str:
    """Words for 1 ≤ n ≤ 99999999."""
    high, low = divmod(n, 10_000)
    if not high:
        return _four_digits(low)
    return _join(_four_digits(high), "万", low, _four_digits(low), 4)


def _integer_words(n: int) -> str:
    """Words for 1 ≤ n < 10**16 (亿 sections reuse the 万 rules, so 万亿 works)."""
    high, low = divmod(n, 10**8)
    if not high:
        return _eight_digits(low)
    return _join(_eight_digits(high), "亿", low, _eight_digits(low), 8)


def amount_in_words(fen: int) -> str:
    """Return the 大写 amount, e.g. 10005 → "人民币壹佰元零伍分"."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError(f"amount_in_words() expects int fen, not {type(fen).__name__}")
    if fen < 0:
        raise InvalidAmount(
            f"大写金额不支持负数（{format_amount(fen)}），请输入不小于0的金额。"
        )
    if fen > MAX_WORDS_FEN:
        raise InvalidAmount(
            f"金额{format_amount(fen)}过大，大写金额最多支持到万亿位，请核对。"
        )
    yuan, rest = divmod(fen, 100)
    jiao, cent = divmod(rest, 10)
    if fen == 0:
        return "人民币零元整"
    parts = ["人民币"]
    if yuan:
        parts.append(_integer_words(yuan) + "元")
    if jiao:
        parts.append(_DIGITS[jiao] + "角")
    elif yuan and cent:
        parts.append("零")
    if cent:
        parts.append(_DIGITS[cent] + "分")
    else:
        parts.append("整")
    return "".join(parts)

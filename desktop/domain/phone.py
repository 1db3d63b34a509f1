"""Mainland China mobile phone numbers."""

from __future__ import annotations

from ._text import compact, is_ascii_digits
from .errors import DomainError

__all__ = ["InvalidPhone", "normalize_mobile"]

# Separators people type or paste between digit groups.
_SEPARATORS = str.maketrans("", "", "-‐‑‒–—―−")


class InvalidPhone(DomainError):
    """The text is not a valid mainland mobile number."""


def normalize_mobile(text: str) -> str:
    """Return the bare 11-digit mobile number or raise InvalidPhone.

    Spaces and dashes are removed, full-width digits accepted, and an
    optional +86 / 86 / 0086 country prefix dropped.
    """
    digits = compact(text).translate(_SEPARATORS)
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086") and len(digits) == 15:
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if not digits:
        raise InvalidPhone("手机号码为空，请输入以1开头的11位数字。")
    if not is_ascii_digits(digits):
        raise InvalidPhone(
            f"手机号码“{text.strip()}”含有非数字字符，应为以1开头的11位数字，请核对。"
        )
    if len(digits) != 11:
        raise InvalidPhone(
            f"手机号码应为以1开头的11位数字，现为{len(digits)}位，请核对。"
        )
    if digits[0] != "1" or digits[1] not in "3456789":
        raise InvalidPhone(
            f"手机号码应为以1开头的11位数字且第二位为3至9，“{digits}”不符合，请核对。"
        )
    return digits

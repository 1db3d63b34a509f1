"""Masking of personal numbers for display; these functions never raise."""

from __future__ import annotations

from ._text import compact
from .phone import InvalidPhone, normalize_mobile

__all__ = ["mask_bank_account", "mask_id_number", "mask_phone"]


def _keep(text: str, head: int, tail: int) -> str:
    """Keep ``head`` leading and ``tail`` trailing characters, star the middle."""
    if len(text) <= head + tail:
        return "*" * len(text)
    return text[:head] + "*" * (len(text) - head - tail) + text[len(text) - tail :]


def mask_id_number(number: str) -> str:
    """Mask an ID number: "11010519491231002X" → "110105********002X"."""
    text = compact(number)
    if len(text) == 18:
        return _keep(text.upper(), 6, 4)
    if len(text) == 15:
        return _keep(text, 6, 3)
    return _keep(text, 1, 1)


def mask_phone(phone: str) -> str:
    """Mask a phone number: "13812348000" → "138****8000"."""
    try:
        text = normalize_mobile(phone)
    except InvalidPhone:
        text = compact(phone)
    if len(text) >= 11:
        return _keep(text, 3, 4)
    return _keep(text, 1, 1)


def mask_bank_account(account: str) -> str:
    """Keep only the last 4 digits: "6222020200112345678" → "**** **** **** 5678"."""
    text = compact(account).replace("-", "")
    if len(text) <= 4:
        return "*" * len(text)
    return "**** **** **** " + text[-4:]

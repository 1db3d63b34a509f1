"""Phone numbers as clerks type them: mobiles normalised, landlines kept in a tidy form."""

from __future__ import annotations

import re

from desktop.domain._text import to_halfwidth
from desktop.domain.errors import DomainError
from desktop.domain.phone import normalize_mobile
from desktop.services.errors import ServiceError

_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")


def normalize_phone(text: str, *, field: str = "phone") -> str:
    """"" stays ""; a mobile becomes 11 digits; a landline such as 0571-88886666 is kept; else an error."""
    raw = to_halfwidth(text or "").strip()
    if not raw:
        return ""
    try:
        return normalize_mobile(raw)
    except DomainError as exc:
        compact = re.sub(r"[\s()（）]", "", raw).replace("—", "-").replace("－", "-")
        if _LANDLINE.match(compact):
            return compact
        raise ServiceError(f"联系电话有误：{exc}（座机请写成 0571-88886666 的形式）", field=field) from exc

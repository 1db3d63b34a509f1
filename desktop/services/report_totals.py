"""The key totals of a report's data, printed in its QR code and compared by the verifier.

Kept apart from ``report_figures`` so that ``union-ledger verify`` does not import the database layer.
"""

from __future__ import annotations

from typing import Any

__all__ = ["key_totals"]


def key_totals(data: dict[str, Any]) -> dict[str, int]:
    """2–5 small integers for the QR payload: the figures a reader checks first on the paper copy."""
    out: dict[str, int] = {}
    kind = data["kind"]
    members, aid, comps = data.get("members"), data.get("aid"), data.get("competitions")
    if members is not None:
        out["m_end"] = members["at_end"]
        if kind == "members":
            out["m_join"] = members["joined"]
            out["m_in"] = members["transferred_in"]
    if aid is not None:
        out["aid_persons"] = aid["total"]["persons"]
        out["aid_cash"] = aid["total"]["cash_fen"]
        if kind == "aid":
            out["aid_items"] = aid["total"]["items_value_fen"]
    if comps is not None:
        out["comp"] = comps["competitions_held"]
        out["honours"] = comps["honours"]
        if kind == "competitions":
            out["entries"] = comps["entries"]
    return out

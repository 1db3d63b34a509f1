"""报表数据: the figures of a period for one report kind, as JSON-able data enough to rebuild every table.

The data holds only str / int / bool / None / list / dict (money in integer fen, dates as ISO strings), in a
deterministic order, so ``canonical_json`` gives the same bytes for the same ledger state. ID numbers are
masked in the data itself. ``summary`` carries the three sections without their long annexes (the record
lists are in the ``members`` / ``aid`` / ``competitions`` reports); it keeps the short lists of newly
unionized organizations and of competitions held.
"""

from __future__ import annotations

from typing import Any

from db import Database
from desktop.domain.periods import Period
from desktop.services.errors import ServiceError
from desktop.services.figures_aid import aid_figures
from desktop.services.figures_competitions import competition_figures
from desktop.services.figures_members import member_figures
from desktop.services.report_totals import key_totals
from desktop.services.unit import UnitInfo, get_unit
from desktop.signing.conventions import DATA_SCHEMA, DATA_VERSION

REPORT_KINDS = ("summary", "members", "aid", "competitions")
KIND_LABELS = {"summary": "工作汇总", "members": "会员发展情况", "aid": "帮扶资金发放", "competitions": "劳动和技能竞赛"}
__all__ = ["KIND_LABELS", "REPORT_KINDS", "check_kind", "key_totals", "report_data"]

SECTIONS = {"summary": ("members", "aid", "competitions"), "members": ("members",), "aid": ("aid",),
            "competitions": ("competitions",)}


def check_kind(kind: str) -> str:
    if kind not in REPORT_KINDS:
        labels = "、".join(f"{k}（{KIND_LABELS[k]}）" for k in REPORT_KINDS)
        raise ServiceError(f"没有“{kind}”这种报表，可选：{labels}。", field="kind")
    return kind


def report_data(db: Database, kind: str, period: Period, *, unit: UnitInfo | None = None) -> dict[str, Any]:
    """The report data of ``kind`` for ``period``, read from the ledger in one pass per section
    (``unit``: the 本单位 when the caller has read it already)."""
    check_kind(kind)
    unit = unit or get_unit(db)
    if unit is None:
        raise ServiceError("尚未设置本单位信息，请先完成初始设置。")
    detail = kind != "summary"
    data: dict[str, Any] = {
        "schema": DATA_SCHEMA, "version": DATA_VERSION, "kind": kind,
        "period": {"code": period.code, "start": period.start.isoformat(), "end": period.end.isoformat(),
                   "label": period.label},
        "unit": {"name": unit.name, "code": unit.code},
    }
    sections = SECTIONS[kind]
    if "members" in sections:
        with db.read_session() as session:
            data["members"] = member_figures(session, period, detail=detail)
    if "aid" in sections:
        data["aid"] = aid_figures(db, period, detail=detail)
    if "competitions" in sections:
        with db.read_session() as session:
            data["competitions"] = competition_figures(session, period, detail=detail)
    return data

"""报表版式: the report data (``report_figures.report_data``) → a ``ReportDocument`` for the renderer.

Reads only the data dict, never the database, so a verifier can rebuild every table from the JSON
embedded in a signed file and compare.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from desktop.domain.money import amount_in_words
from desktop.domain.periods import cn_date
from desktop.reports.model import AmountLine, ReportDocument, SignatureBlock, Table
from desktop.services.report_layout_tables import (
    SHORT_ID,
    aid_annex,
    aid_tables,
    competition_annex,
    competition_tables,
    member_annex,
    member_tables,
    yuan,
)

TITLE_ENDINGS = {"summary": "工会工作情况汇总表", "members": "会员发展情况统计表", "aid": "帮扶资金发放汇总表",
                 "competitions": "劳动和技能竞赛情况统计表"}
NUMERALS = "一二三四五六七八九十"
REMARKS = {
    "members": "会员：期末会员数＝期初会员数＋本期入会＋本期转入－本期转出－本期退会－本期去世；作废的记录不统计。",
    "aid": "帮扶：只统计已批准和已发放的资金，冲销在录入期间扣减；走访慰问按慰问人数计人次；作废、驳回和待审的记录不统计。",
    "competitions": "竞赛：统计与本期有时间重叠的竞赛，作废的竞赛、项目、队伍和退赛记录不计；荣誉按授予日期统计。",
}


def report_title(unit_name: str, kind: str, period_label: str) -> str:
    """e.g. 星河镇总工会2026年第三季度帮扶资金发放汇总表."""
    return f"{unit_name}{period_label}{TITLE_ENDINGS[kind]}"


def period_text(period: dict[str, Any]) -> str:
    """2026年第三季度（2026年7月1日至2026年9月30日）; an explicit range is its own label."""
    span = f"{cn_date(date.fromisoformat(period['start']))}至{cn_date(date.fromisoformat(period['end']))}"
    return period["label"] if period["label"] == span else f"{period['label']}（{span}）"


def _numeral(n: int) -> str:
    if n <= 10:
        return NUMERALS[n - 1]
    tens, ones = divmod(n, 10)
    return (NUMERALS[tens - 1] if tens > 1 else "") + "十" + (NUMERALS[ones - 1] if ones else "")


def _words(fen: int) -> str:
    return ("负" + amount_in_words(-fen)) if fen < 0 else amount_in_words(fen)


def _amount_lines(aid: dict[str, Any]) -> tuple[AmountLine, ...]:
    total = aid["total"]
    lines = [("本期帮扶资金合计", total["total_fen"]), ("其中：现金", total["cash_fen"]),
             ("其中：物品折价", total["items_value_fen"])]
    return tuple(AmountLine(label, f"{yuan(fen)} 元", _words(fen)) for label, fen in lines)


def document_tables(data: dict[str, Any]) -> tuple[tuple[Table, ...], tuple[Table, ...]]:
    """(sections, annex) of the data, numbered: 一、… and 附表1 …."""
    detail = data["kind"] != "summary"
    sections: list[Table] = []
    annex: list[Table] = []
    if "members" in data:
        sections += member_tables(data["members"], detail=detail)
        annex += member_annex(data["members"])
    if "aid" in data:
        sections += aid_tables(data["aid"], detail=detail)
        annex += aid_annex(data["aid"])
    if "competitions" in data:
        sections += competition_tables(data["competitions"], detail=detail)
        annex += competition_annex(data["competitions"])
    numbered = tuple(replace(t, title=f"{_numeral(i)}、{t.title}") for i, t in enumerate(sections, 1))
    annexed = tuple(replace(t, title=f"附表{i}  {t.title}") for i, t in enumerate(annex, 1))
    return numbered, annexed


def build_document(data: dict[str, Any], *, unit_name: str, unit_code: str, serial: str, generated_text: str,
                   clerk_name: str = "", approver_name: str = "", date_text: str = "", supersedes: str = "",
                   qr_payload: str = "") -> ReportDocument:
    """The official form for ``data`` (any of the four kinds), from the data alone."""
    kind = data["kind"]
    sections, annex = document_tables(data)
    remarks = [REMARKS[name] for name in ("members", "aid", "competitions") if name in data]
    if kind == "summary":
        remarks.append("各项明细见同期的会员、帮扶、竞赛分项报表。")
    if annex:
        remarks.append(f"附表中的证件号码已隐去中间位；记录号为记录标识的前{SHORT_ID}位，"
                       "完整标识见报表内嵌数据（report-data.json）。")
    return ReportDocument(
        title=report_title(unit_name, kind, data["period"]["label"]),
        unit_name=unit_name,
        unit_code=unit_code,
        period_label=period_text(data["period"]),
        serial=serial,
        generated_text=generated_text,
        sections=sections,
        amount_lines=_amount_lines(data["aid"]) if "aid" in data else (),
        annex=annex,
        signature=SignatureBlock(clerk_name, approver_name, date_text),
        supersedes=supersedes,
        remarks=tuple(remarks),  # the renderer heads them 说明 and numbers them
        qr_payload=qr_payload,
    )

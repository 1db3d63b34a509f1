"""The tables of each report section, built from the report data alone (never the database).

Titles here carry no number; ``report_layout`` numbers the sections (一、二、…) and the annexes (附表1 …).
"""

from __future__ import annotations

from typing import Any

from desktop.domain.money import format_amount
from desktop.reports.model import Column, Table

MONEY_NOTE = "金额单位：元"
SHORT_ID = 8  # the annexes show the first 8 characters of a record's identifier; the data holds all of it
# annex column widths in points (the shares of the 164 mm A4 portrait text width, about 465 pt), wide enough
# that a masked ID number, a date and a record number each stay on one line at the 9 pt cell size
DATE_W, NAME_W, ID_W, RID_W = 52, 52, 100, 50  # ID_W: a masked 18-digit number on one line


def yuan(fen: int) -> str:
    """12345 → "123.45" (the unit is in the table's note)."""
    return format_amount(fen).replace("¥", "")


def rid(uuid: str) -> str:
    return uuid[:SHORT_ID]


def _c(title: str, width: float = 1.0, align: str = "left") -> Column:
    return Column(title, width, align)  # type: ignore[arg-type]


def _n(title: str, width: float = 1.0) -> Column:
    return Column(title, width, "right")


# ------------------------------------------------------------------ 会员

def member_tables(m: dict[str, Any], *, detail: bool) -> list[Table]:
    withdrawn = str(m["withdrawn"]) + (f"（含自动退会{m['auto_withdrawn']}）" if m["auto_withdrawn"] else "")
    balance = Table("会员增减情况", (
        _n("期初会员数"), _n("本期入会"), _n("本期转入"), _n("本期转出"), _n("本期退会", 1.4), _n("本期去世"),
        _n("期末会员数")),
        ((str(m["at_start"]), str(m["joined"]), str(m["transferred_in"]), str(m["transferred_out"]), withdrawn,
          str(m["died"]), str(m["at_end"])),),
        note=f"单位：人。本期单位内部转移{m['moved_within']}人次，不影响会员总数。")
    new_form = [g for g in m["groups"] if g["new_employment_form"]]
    rows = []
    for g in m["groups"]:
        if g["group"] == "女职工" and new_form:
            rows.append(("新就业形态劳动者小计", str(sum(x["at_end"] for x in new_form)),
                         str(sum(x["entered"] for x in new_form))))
        label = f"  其中：{g['group']}" if g["new_employment_form"] else g["group"]
        rows.append((label, str(g["at_end"]), str(g["entered"])))
    groups = Table("重点群体会员", (_c("群体", 2), _n("期末会员数"), _n("本期新增（入会及转入）")), tuple(rows),
                   note="单位：人。各群体之间有交叉，不合计。")
    organizations = Table("建会情况", (_c("项目", 2), _n("数量")), (
        ("期末建会单位总数（个）", str(m["organizations_total"])),
        ("其中本期新建会单位（个）", str(m["organizations_new"])),
        ("本期新建会单位期末会员数（人）", str(m["new_organizations_members"]))))
    new_orgs = Table("本期新建会单位", (_c("单位名称", 3), _c("统一社会信用代码", 2), _c("建会日期", 1.2),
                                      _n("期末会员数")),
                     tuple((o["name"], o["credit_code"], o["founded_on"], str(o["members"]))
                           for o in m["new_organizations"]),
                     total=("合计", f"{len(m['new_organizations'])}个", "", str(m["new_organizations_members"])))
    tables = [balance, groups, organizations, new_orgs]
    if detail and "by_organization" in m:
        rows_o = m["by_organization"]
        tables.append(Table("按建会单位", (_c("单位名称", 3), _n("期初会员数"), _n("期末会员数"), _n("增减")),
                            tuple((o["name"], str(o["at_start"]), str(o["at_end"]),
                                   f"{o['at_end'] - o['at_start']:+d}") for o in rows_o),
                            total=("合计", str(sum(o["at_start"] for o in rows_o)),
                                   str(sum(o["at_end"] for o in rows_o)),
                                   f"{sum(o['at_end'] - o['at_start'] for o in rows_o):+d}")))
    return tables


def member_annex(m: dict[str, Any]) -> list[Table]:
    if "events" not in m:
        return []
    return [Table("本期会籍变动明细", (_c("日期", DATE_W), _c("变动", 40), _c("姓名", NAME_W), _c("证件号码", ID_W),
                                      _c("单位 / 去向", 112), _c("原因", 57), _c("记录号", RID_W)),
                  tuple((e["date"], e["kind_label"], e["name"], e["id_number"], e["organization"], e["reason"],
                         rid(e["uuid"])) for e in m["events"]),
                  total=("合计", f"{len(m['events'])}条", "", "", "", "", ""))]


# ------------------------------------------------------------------ 帮扶

def _money_table(title: str, key_title: str, rows: list[dict[str, Any]], total: dict[str, Any]) -> Table:
    return Table(title, (_c(key_title, 2.2), _n("人次"), _n("现金", 1.4), _n("物品折价", 1.4), _n("合计", 1.4)),
                 tuple((r["key"] or "（未填写）", str(r["persons"]), yuan(r["cash_fen"]), yuan(r["items_value_fen"]),
                        yuan(r["total_fen"])) for r in rows),
                 total=("合计", str(total["persons"]), yuan(total["cash_fen"]), yuan(total["items_value_fen"]),
                        yuan(total["total_fen"])),
                 note=MONEY_NOTE)


def aid_tables(a: dict[str, Any], *, detail: bool) -> list[Table]:
    total = a["total"]
    tables = [_money_table("帮扶资金按类别", "帮扶类别", a["by_category"], total),
              _money_table("帮扶资金按经费来源", "经费来源", a["by_fund_source"], total)]
    if detail:
        tables.append(_money_table("帮扶资金按活动", "帮扶活动", a["by_campaign"], total))
    g = a["group_summary"]
    tables.append(Table("走访慰问（集体发放）", (_n("慰问次数"), _n("覆盖单位（个）"), _n("慰问人数"), _n("现金", 1.3),
                                            _n("物品折价", 1.3), _n("合计", 1.3)),
                        ((str(g["events"]), str(g["organizations"]), str(g["people"]), yuan(g["cash_fen"]),
                          yuan(g["items_value_fen"]), yuan(g["total_fen"])),),
                        note=MONEY_NOTE + "。已计入以上各表的人次和金额。"))
    files = a["hardship_on_register"]
    tables.append(Table("困难职工档案", (_c("困难类别", 2), _n("期末在档（户）")),
                        tuple((f["label"], str(f["files"])) for f in files),
                        total=("合计", str(sum(f["files"] for f in files))),
                        note=f"本期新建档{a['hardship_opened']}户，脱困或销档{a['hardship_closed']}户；在档含渐退。"))
    return tables


def _record_ref(d: dict[str, Any]) -> str:
    """The record number; a reversal also names the record it reverses, so the paper shows the pair."""
    if d.get("reversal") and d.get("reverses_uuid"):
        return f"{rid(d['uuid'])}\n冲{rid(d['reverses_uuid'])}"
    return rid(d["uuid"])


def aid_annex(a: dict[str, Any]) -> list[Table]:
    if "disbursements" not in a:
        return []
    ds = a["disbursements"]
    annex = [Table("帮扶资金发放明细", (_c("发放日期", DATE_W), _c("姓名", NAME_W), _c("证件号码", ID_W), _c("类别", 52),
                                       _c("经费来源", 52), _n("现金", 56), _n("物品折价", 50), _c("记录号", RID_W)),
                   tuple((d["date"], d["name"], d["id_number"], d["category"] + ("（冲销）" if d["reversal"] else ""),
                          d["fund_source"], yuan(d["cash_fen"]), yuan(d["items_value_fen"]), _record_ref(d))
                         for d in ds),
                   total=("合计", f"{len(ds)}笔", "", "", "", yuan(sum(d["cash_fen"] for d in ds)),
                          yuan(sum(d["items_value_fen"] for d in ds)), ""),
                   note=MONEY_NOTE + "。冲销记录金额为负数，其记录号下方“冲”后为被冲销的原记录号。")]
    gs = a["groups"]
    annex.append(Table("走访慰问明细", (_c("日期", DATE_W), _c("活动名称", 110), _c("类别", 52), _n("单位数", 40),
                                      _n("人数", 40), _n("现金", 56), _n("物品折价", 56), _c("记录号", RID_W)),
                       tuple((g["date"], g["title"] + ("（冲销）" if g["reversal"] else ""), g["category"],
                              str(g["organizations"]), str(g["people"]), yuan(g["cash_fen"]),
                              yuan(g["items_value_fen"]), rid(g["uuid"])) for g in gs),
                       total=("合计", f"{len(gs)}次", "", str(sum(g["organizations"] for g in gs)),
                              str(sum(g["people"] for g in gs)), yuan(sum(g["cash_fen"] for g in gs)),
                              yuan(sum(g["items_value_fen"] for g in gs)), ""),
                       note=MONEY_NOTE))
    files = ([("建档", f) for f in a["hardship_opened_files"]]
             + [(f["status_label"], f) for f in a["hardship_closed_files"]])
    annex.append(Table("困难职工建档及脱困、销档明细", (
        _c("日期", DATE_W), _c("事项", 40), _c("档案编号", 80), _c("姓名", NAME_W), _c("证件号码", ID_W),
        _c("困难类别", 60), _c("记录号", RID_W)),
        tuple((f["date"], what, f["file_number"], f["name"], f["id_number"], f["category_label"], rid(f["uuid"]))
              for what, f in files),
        total=("合计", f"建档{len(a['hardship_opened_files'])}户",
               f"脱困或销档{len(a['hardship_closed_files'])}户", "", "", "", "")))
    return annex


# ------------------------------------------------------------------ 竞赛

def _span(start: str, end: str) -> str:
    """2026-04-20至04-22 within a year, 2025-11-18至2026-01-10 across years, the start alone without an end."""
    if not end or end == start:
        return start
    return f"{start}至{end[5:] if end[:4] == start[:4] else end}"


def _count_table(title: str, key_title: str, rows: list[dict[str, Any]]) -> Table:
    return Table(title, (_c(key_title, 2), _n("竞赛数"), _n("参赛数"), _n("已录成绩")),
                 tuple((r["key"], str(r["competitions"]), str(r["entries"]), str(r["results"])) for r in rows),
                 total=("合计", str(sum(r["competitions"] for r in rows)), str(sum(r["entries"] for r in rows)),
                        str(sum(r["results"] for r in rows))),
                 note="参赛数：个人、队伍和单位的参赛人次（退赛不计）。")


def competition_tables(c: dict[str, Any], *, detail: bool) -> list[Table]:
    comps = c["competitions"]
    tables = [_count_table("竞赛开展情况（按类别）", "竞赛类别", c["by_kind"]),
              _count_table("竞赛开展情况（按级别）", "级别", c["by_level"]),
              Table("本期竞赛", (_c("竞赛名称", 120), _c("类别", 66), _c("级别", 62), _c("起止日期", 105),
                                _n("项目数", 36), _n("参赛", 38), _n("成绩", 38)),
                    tuple((x["name"], x["kind"], x["level"],
                           _span(x["starts_on"], x["ends_on"]), str(x["events"]),
                           str(x["entries"]), str(x["results"])) for x in comps),
                    total=("合计", f"{len(comps)}项", "", "", str(sum(x["events"] for x in comps)),
                           str(sum(x["entries"] for x in comps)), str(sum(x["results"] for x in comps)))),
              Table("获得荣誉（按荣誉名称）", (_c("荣誉名称", 3), _n("数量")),
                    tuple((h["title"], str(h["count"])) for h in c["honours_by_title"]),
                    total=("合计", str(sum(h["count"] for h in c["honours_by_title"]))))]
    del detail  # the same tables with or without the annexes
    return tables


def competition_annex(c: dict[str, Any]) -> list[Table]:
    if "entries_list" not in c:
        return []
    es, hs = c["entries_list"], c["honours_list"]

    def result(e: dict[str, Any]) -> str:
        rank = f"第{e['rank']}名" if e["rank"] is not None else ""
        return "，".join(x for x in (e["score"], rank) if x)

    tables = []
    for competition in c["competitions"]:
        rows = [e for e in es if e["competition_uuid"] == competition["uuid"]]
        if not rows:
            continue
        tables.append(Table(
            f"参赛及成绩明细：{competition['name']}",
            (_c("项目", 62), _c("参赛者", 63), _c("证件号码", ID_W), _c("代表单位", 82), _c("成绩、名次", 58),
             _c("奖项", 50), _c("记录号", RID_W)),
            tuple((e["event"], e["name"], e["id_number"], e["organization"], result(e), e["award"], rid(e["uuid"]))
                  for e in rows),
            total=("合计", f"{len(rows)}条", "", "", f"已录成绩{sum(e['has_result'] for e in rows)}条", "", "")))
    return [
        *tables,
        Table("荣誉明细", (_c("授予日期", DATE_W), _c("荣誉名称", 75), _c("级别", 52), _c("获得者", 76),
                          _c("证件号码", ID_W), _c("授予单位", 60), _c("记录号", RID_W)),
              tuple((h["date"], h["title"], h["level"], h["name"], h["id_number"], h["granting_body"], rid(h["uuid"]))
                    for h in hs),
              total=("合计", f"{len(hs)}项", "", "", "", "", "")),
    ]

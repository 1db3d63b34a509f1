"""The report document (desktop.services.report_layout) rebuilt from the report data alone."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from import_support import open_copy

from db import Database
from desktop.domain.money import amount_in_words
from desktop.domain.periods import parse_period
from desktop.reports.model import ReportDocument, Table
from desktop.services.demo import populate_demo
from desktop.services.report_figures import REPORT_KINDS, report_data
from desktop.services.report_layout import build_document, period_text, report_title
from desktop.signing.conventions import DATA_SCHEMA, DATA_VERSION, canonical_json

YEAR = date.today().year


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[Database]:
    database = open_copy(demo_template, tmp_path_factory.mktemp("layout"))
    populate_demo(database, 120)
    yield database
    database.close()


def _build(data: dict[str, Any], **extra: str) -> ReportDocument:
    return build_document(data, unit_name="星河镇总工会", unit_code="81330100MA1DEM015R", serial="ZGH-BF-2026Q3-0001",
                          generated_text="制表时间：2026年10月8日 14:05", **extra)


def _table(doc: ReportDocument, ending: str, *, annex: bool = False) -> Table:
    tables = doc.annex if annex else doc.sections
    found = [t for t in tables if t.title.endswith(ending)]
    assert len(found) == 1, [t.title for t in tables]
    return found[0]


def _yuan(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    return f"{sign}{abs(fen) // 100:,}.{abs(fen) % 100:02d}"


def test_title_and_period() -> None:
    assert report_title("星河镇总工会", "aid", "2026年第三季度") == "星河镇总工会2026年第三季度帮扶资金发放汇总表"
    p = parse_period("2026Q3")
    assert period_text({"label": p.label, "start": "2026-07-01", "end": "2026-09-30"}) == \
        "2026年第三季度（2026年7月1日至2026年9月30日）"
    r = parse_period("2026-07-05..2026-08-01")
    assert period_text({"label": r.label, "start": "2026-07-05", "end": "2026-08-01"}) == r.label


def _rebuilt(ledger: Database, kind: str, code: str) -> tuple[dict[str, Any], ReportDocument]:
    """The document built from the data as a verifier would have it: parsed back from the canonical bytes."""
    data = json.loads(canonical_json(report_data(ledger, kind, parse_period(code))))
    return data, _build(data, clerk_name="周文静", approver_name="林晓梅", date_text="2026年10月8日")


@pytest.mark.parametrize("code", [f"{YEAR}", f"{YEAR - 1}Q4"])
def test_every_kind_builds_and_fits_a4_portrait(ledger: Database, code: str) -> None:
    for kind in REPORT_KINDS:
        data, doc = _rebuilt(ledger, kind, code)
        assert doc.title.startswith("星河镇总工会" + data["period"]["label"])
        assert doc.signature.clerk_name == "周文静" and doc.signature.date_text == "2026年10月8日"
        assert doc.sections and all(t.title[1] == "、" or t.title[2] == "、" for t in doc.sections)
        assert bool(doc.annex) == (kind != "summary")
        for table in doc.sections + doc.annex:
            assert len(table.columns) <= 8, table.title
            assert all(len(row) == len(table.columns) for row in table.rows), table.title
            assert table.total is None or len(table.total) == len(table.columns)
            assert all(isinstance(cell, str) for row in table.rows for cell in row)
        assert any("作废" in line for line in doc.remarks)  # what does not count is said on the form


def test_member_tables_match_the_data(ledger: Database) -> None:
    data, doc = _rebuilt(ledger, "members", f"{YEAR}")
    m = data["members"]
    balance = _table(doc, "会员增减情况").rows[0]
    assert (balance[0], balance[1], balance[-1]) == (str(m["at_start"]), str(m["joined"]), str(m["at_end"]))
    by_org = _table(doc, "按建会单位")
    assert by_org.total is not None and by_org.total[1:3] == (str(m["at_start"]), str(m["at_end"]))
    new = _table(doc, "本期新建会单位")
    assert new.total is not None and new.total[-1] == str(m["new_organizations_members"])
    annex = _table(doc, "本期会籍变动明细", annex=True)
    assert len(annex.rows) == len(m["events"]) > 0
    assert sum(row[1] == "入会" for row in annex.rows) == m["joined"]


def test_aid_tables_and_amounts_match_the_data(ledger: Database) -> None:
    data, doc = _rebuilt(ledger, "aid", f"{YEAR - 1}")
    a = data["aid"]
    total = a["total"]
    by_category = _table(doc, "帮扶资金按类别")
    assert by_category.total == ("合计", str(total["persons"]), _yuan(total["cash_fen"]),
                                 _yuan(total["items_value_fen"]), _yuan(total["total_fen"]))
    assert by_category.note == "金额单位：元"
    assert _table(doc, "帮扶资金按经费来源").total == by_category.total
    assert [row[0] for row in by_category.rows] == [r["key"] for r in a["by_category"]]
    detail = _table(doc, "帮扶资金发放明细", annex=True)
    groups = _table(doc, "走访慰问明细", annex=True)
    assert detail.total is not None and groups.total is not None
    assert detail.total[5] == _yuan(sum(d["cash_fen"] for d in a["disbursements"]))
    assert sum(d["cash_fen"] for d in a["disbursements"]) + sum(g["cash_fen"] for g in a["groups"]) \
        == total["cash_fen"]
    reversals = [row for row in detail.rows if row[3].endswith("（冲销）")]
    assert reversals and all(row[5].startswith("-") or row[6].startswith("-") for row in reversals)
    lines = {line.label: line for line in doc.amount_lines}
    assert lines["本期帮扶资金合计"].amount == f"{_yuan(total['total_fen'])} 元"
    assert lines["本期帮扶资金合计"].in_words == amount_in_words(total["total_fen"])
    assert any("冲销在录入期间扣减" in line for line in doc.remarks)


def test_the_hardship_annex_totals_match_the_section(ledger: Database) -> None:
    data, doc = _rebuilt(ledger, "aid", f"{YEAR}")
    a = data["aid"]
    annex = _table(doc, "困难职工建档及脱困、销档明细", annex=True)
    assert a["hardship_opened"] and a["hardship_closed"], "the demo year opens and closes files"
    assert len(annex.rows) == a["hardship_opened"] + a["hardship_closed"]
    assert annex.total == ("合计", f"建档{a['hardship_opened']}户", f"脱困或销档{a['hardship_closed']}户",
                           "", "", "", "")
    note = _table(doc, "困难职工档案").note
    assert f"本期新建档{a['hardship_opened']}户，脱困或销档{a['hardship_closed']}户" in note


def test_competition_tables_match_the_data(ledger: Database) -> None:
    data, doc = _rebuilt(ledger, "competitions", f"{YEAR}")
    c = data["competitions"]
    kinds = _table(doc, "竞赛开展情况（按类别）")
    assert kinds.total == ("合计", str(c["competitions_held"]), str(c["entries"]), str(c["results"]))
    assert _table(doc, "获得荣誉（按荣誉名称）").total == ("合计", str(c["honours"]))
    assert len(_table(doc, "荣誉明细", annex=True).rows) == c["honours"] > 0
    per_competition = [t for t in doc.annex if "参赛及成绩明细：" in t.title]
    assert len(per_competition) == sum(1 for x in c["competitions"] if x["entries"]) > 1
    assert sum(len(t.rows) for t in per_competition) == c["entries"] > 0
    assert all(t.total is not None and t.total[1] == f"{len(t.rows)}条" for t in per_competition)


def test_annex_shows_only_masked_numbers(ledger: Database) -> None:
    for kind in ("members", "aid", "competitions"):
        _, doc = _rebuilt(ledger, kind, f"{YEAR}")
        for table in doc.annex:
            column = next((i for i, c in enumerate(table.columns) if c.title == "证件号码"), None)
            if column is None:
                continue
            numbers = [row[column] for row in table.rows if row[column]]
            assert all("********" in n and len(n) == 18 for n in numbers), table.title


def _tiny_aid_data() -> dict[str, Any]:
    row = {"key": "生活救助", "persons": 1, "cash_fen": 50_000, "items_value_fen": 0, "total_fen": 50_000,
           "records": 3, "groups": 0}
    zero = {"events": 0, "organizations": 0, "people": 0, "cash_fen": 0, "items_value_fen": 0, "total_fen": 0}
    person = {"name": "张𠮷", "id_number": "110105********002X", "category": "生活救助", "fund_source": "本级经费",
              "campaign": "", "items": "", "status": "paid", "items_value_fen": 0}
    return {
        "schema": DATA_SCHEMA, "version": DATA_VERSION, "kind": "aid",
        "period": {"code": "2026Q3", "start": "2026-07-01", "end": "2026-09-30", "label": "2026年第三季度"},
        "unit": {"name": "星河镇总工会", "code": "81330100MA1DEM015R"},
        "aid": {"by_category": [row], "by_fund_source": [{**row, "key": "本级经费"}], "by_campaign": [row],
                "total": {**row, "key": "合计"}, "group_summary": zero,
                "hardship_on_register": [{"category": "deep", "label": "深度困难", "files": 2}],
                "hardship_opened": 0, "hardship_closed": 0, "groups": [], "hardship_opened_files": [],
                "hardship_closed_files": [],
                "disbursements": [
                    {**person, "uuid": "aaaaaaaa-1", "date": "2026-07-02", "cash_fen": 80_000, "reversal": False,
                     "reverses_uuid": ""},
                    {**person, "uuid": "bbbbbbbb-2", "date": "2026-08-02", "cash_fen": -80_000, "reversal": True,
                     "reverses_uuid": "aaaaaaaa-1"},
                    {**person, "uuid": "cccccccc-3", "date": "2026-08-02", "cash_fen": 50_000, "reversal": False,
                     "reverses_uuid": ""}]},
    }


def test_a_hand_written_dataset_builds_without_a_database() -> None:
    doc = _build(_tiny_aid_data(), qr_payload="UL1:xyz", supersedes="ZGH-BF-2026Q3-0000")
    assert doc.title == "星河镇总工会2026年第三季度帮扶资金发放汇总表"
    assert doc.qr_payload == "UL1:xyz" and doc.supersedes == "ZGH-BF-2026Q3-0000"
    detail = _table(doc, "帮扶资金发放明细", annex=True)
    assert detail.rows[1][3] == "生活救助（冲销）" and detail.rows[1][5] == "-800.00"
    assert detail.rows[1][7] == "bbbbbbbb\n冲aaaaaaaa"  # the reversal names the record it reverses
    assert detail.total is not None and detail.total[5] == "500.00"
    assert doc.amount_lines[0].in_words == "人民币伍佰元整"
    assert _table(doc, "走访慰问明细", annex=True).rows == ()  # drawn as 本期无记录


def test_the_document_renders(ledger: Database, tmp_path: Path) -> None:
    render = pytest.importorskip("desktop.reports.render", reason="the renderer is not in this checkout")
    _, doc = _rebuilt(ledger, "aid", f"{YEAR}")
    out = tmp_path / "aid.pdf"
    with out.open("wb") as handle:
        result = render.render_report(doc, handle)
    assert result.pages >= 2
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    import subprocess

    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "帮扶资金发放汇总表" in text.replace(" ", "") and "合计" in text


def test_masked_id_numbers_fit_their_column_on_one_line(demo_db) -> None:  # type: ignore[no-untyped-def]
    """A wrapped 230102********307 / 2 is hard to read on paper; every annex column for IDs is wide enough."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from desktop.domain.periods import parse_period
    from desktop.reports.fonts import register_fonts
    from desktop.reports.render_parts import CONTENT_W
    from desktop.reports.render_tables import CELL_SIZE, PAD_X
    from desktop.services.demo import populate_demo
    from desktop.services.report_figures import report_data
    from desktop.services.report_layout import build_document

    populate_demo(demo_db, 30)
    needed = stringWidth("230102********3072", register_fonts(), CELL_SIZE) + 2 * PAD_X
    checked = 0
    for kind in ("members", "aid", "competitions"):
        data = report_data(demo_db, kind, parse_period("2026"))
        doc = build_document(data, unit_name="u", unit_code="c", serial="s", generated_text="g")
        for table in doc.annex:
            total = sum(c.width for c in table.columns)
            for column in table.columns:
                if column.title == "证件号码":
                    assert column.width / total * CONTENT_W >= needed, table.title
                    checked += 1
    assert checked >= 3


def test_a_reversal_row_names_the_record_it_reverses_on_paper(demo_db) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain.periods import parse_period
    from desktop.services.demo import populate_demo
    from desktop.services.report_figures import report_data
    from desktop.services.report_layout import build_document

    populate_demo(demo_db, 30)
    reversals = 0
    for year in ("2025", "2026"):
        data = report_data(demo_db, "aid", parse_period(year))
        doc = build_document(data, unit_name="u", unit_code="c", serial="s", generated_text="g")
        annex = next(t for t in doc.annex if t.title.endswith("帮扶资金发放明细"))
        by_uuid = {d["uuid"]: d for d in data["aid"]["disbursements"]}
        for row, d in zip(annex.rows, data["aid"]["disbursements"], strict=True):
            if d["reversal"]:
                reversals += 1
                assert row[-1] == f"{d['uuid'][:8]}\n冲{d['reverses_uuid'][:8]}"
            else:
                assert "冲" not in row[-1] and row[-1] == by_uuid[d["uuid"]]["uuid"][:8]
    assert reversals >= 1, "the demo has approved reversals"

"""Importing and exporting 发放记录 as clerks really do it: messy sheets, every bad row named, nothing half imported."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from import_support import copy_ledger, run, workbook
from sqlalchemy import select

from db import Database, open_database
from db.models import AuditEvent
from desktop.domain.id_number import check_character
from desktop.services.aid_campaigns import CampaignDraft, create_campaign, list_campaigns, void_campaign
from desktop.services.aid_import import plan_aid_import
from desktop.services.aid_import_apply import apply_aid_import
from desktop.services.aid_queries import DisbursementQuery, list_disbursements
from desktop.services.auth import login
from desktop.services.disbursements import DisbursementDraft, create_disbursement
from desktop.services.errors import ConfirmationNeeded, ServiceError
from desktop.services.persons import checked_identity, search_persons

CAMPAIGN = "2026年元旦春节送温暖"
HEADER = ["序号", "姓名", "身份证号码", "帮扶活动", "发放日期", "慰问金", "物品", "物品折价", "发放方式"]


def resident_id(n: int, *, born: str = "19800101", female: bool = False) -> str:
    seq = 2 * n + (2 if female else 1)
    first17 = f"110105{born}{seq:03d}"
    return first17 + check_character(first17)


@pytest.fixture
def data_dir(tmp_path: Path, demo_template: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = copy_ledger(demo_template, tmp_path / "ledger")
    monkeypatch.setenv("UNION_LEDGER_PASSWORD", "demo1234")
    db = open_database(folder / "ledger.sqlite3")
    try:
        clerk = login(db, "clerk", "demo1234")
        create_campaign(db, clerk, CampaignDraft(CAMPAIGN, "送温暖", date(2026, 1, 5), date(2026, 2, 20), "上级下拨",
                                                 1_000_000))
        create_campaign(db, clerk, CampaignDraft("2026年金秋助学", "金秋助学", date(2026, 1, 1), None, "社会捐助"))
        old = create_campaign(db, clerk, CampaignDraft("2025年夏送清凉", "夏送清凉", date(2025, 7, 1), None, "本级经费"))
        void_campaign(db, clerk, old, "重复建立")
    finally:
        db.close()
    return folder


def records(data_dir: Path) -> list[tuple[str, str, int, int, str]]:
    db = open_database(data_dir / "ledger.sqlite3")
    try:
        rows = list_disbursements(db, DisbursementQuery(), limit=10_000)
        return sorted((r.name, r.campaign_name, r.cash_fen, r.items_value_fen, r.status) for r in rows)
    finally:
        db.close()


def good_row(n: int, name: str, cash: object = 500, **extra: object) -> list[object]:
    row: list[object] = [n, name, resident_id(n), CAMPAIGN, "2026-01-20", cash, None, None, "现金"]
    for index, value in extra.items():
        row[int(index[1:])] = value
    return row


def test_a_messy_aid_sheet_names_every_bad_row_and_writes_nothing(data_dir: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    sheet = workbook(tmp_path / "送温暖.xlsx", HEADER, [
        [1, "王秀英", resident_id(1, female=True), CAMPAIGN, "2026/1/20", "1,234.50", None, None, "现金"],
        [2, "李建国", resident_id(2), CAMPAIGN, "2026.1.21", "¥1234.5", "米、面、油", "1234元", "实物"],
        [3, "赵小梅", resident_id(3, female=True), CAMPAIGN, date(2026, 1, 22), 800.5, None, None, "银行转账"],
        [4, "孙大成", resident_id(4), CAMPAIGN, "2026年1月22日", "-200", None, None, "现金"],
        [5, "周一", resident_id(5), CAMPAIGN, "2026-01-22", 0, None, None, "现金"],
        [6, "吴二", resident_id(6), "2026年送温暖X", "2026-01-22", 300, None, None, "现金"],
        [7, "郑三", 110105198001010000, CAMPAIGN, "2026-01-22", 300, None, None, "现金"],  # Excel ate the digits
        [8, "冯四", resident_id(8), "2025年夏送清凉", "2026-01-22", 300, None, None, "现金"],
        [9, "王秀英", resident_id(1, female=True), CAMPAIGN, "2026-01-23", 100, None, None, "现金"],  # double
        [None, "合计", None, None, None, 3769, None, 1234, None],
    ], title="星河镇总工会2026年元旦春节送温暖发放表")
    code, out, err = run(capsys, data_dir, "--user", "clerk", "import", "aid", sheet)
    assert code == 1
    assert "共 9 行数据，3 行通过检查，6 行未通过，跳过 1 行" in out
    assert "文件“送温暖.xlsx”第6行“慰问金”列：金额不能为负数" in err
    assert "第7行“慰问金”列：现金金额和物品折价不能都为零" in err
    assert ("第8行“帮扶活动”列：帮扶活动“2026年送温暖X”不存在，请先在 帮扶 → 活动 中建立，"
            f"或改成相近的已有活动：“{CAMPAIGN}”") in err  # the near name suggested first
    assert "第9行“身份证号码”列：证件号码被 Excel 存成了数字（1.10105E+17），后几位已丢失" in err
    assert "第10行“帮扶活动”列：帮扶活动“2025年夏送清凉”已作废" in err
    assert f"第11行“身份证号码”列：与第3行是同一人在同一活动“{CAMPAIGN}”中的发放" in err
    assert "未导入任何数据" in err
    assert records(data_dir) == []


def test_amounts_and_defaults_from_the_campaign(data_dir: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    sheet = workbook(tmp_path / "a.xlsx", HEADER, [
        [1, "王秀英", resident_id(1, female=True), CAMPAIGN, "2026/1/20", "1,234.50", None, None, "现金"],
        [2, "李建国", resident_id(2), CAMPAIGN, "2026.1.21", "¥1234.5", "米、面、油", "1234元", "实物"],
        [3, "赵小梅", resident_id(3, female=True), CAMPAIGN, date(2026, 1, 22), 800.5, None, None, "银行转账"],
    ])
    code, out, err = run(capsys, data_dir, "--user", "clerk", "import", "aid", sheet)
    assert code == 0, err
    assert "已导入发放记录 3 条，其中 3 人为新登记的非会员，等待负责人审批" in out
    assert records(data_dir) == [("李建国", CAMPAIGN, 123_450, 123_400, "submitted"),
                                 ("王秀英", CAMPAIGN, 123_450, 0, "submitted"),
                                 ("赵小梅", CAMPAIGN, 80_050, 0, "submitted")]
    db = open_database(data_dir / "ledger.sqlite3")
    try:
        row = list_disbursements(db, DisbursementQuery(text="李建国"))[0]
        assert (row.category, row.fund_source, row.method, row.items) == ("送温暖", "上级下拨", "实物", "米、面、油")
        assert [p.member_label for p in search_persons(db, "李建国")] == ["非会员"]
        with db.read_session() as session:
            events = list(session.scalars(select(AuditEvent).where(AuditEvent.action == "disbursement.import")))
        assert len(events) == 1
        changes = json.loads(events[0].changes_json)
        assert changes["records"] == 3 and changes["source"] == "a.xlsx" and len(changes["disbursement_uuids_sha256"]) == 64
    finally:
        db.close()


def test_unknown_category_and_name_clash_are_named(data_dir: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(data_dir / "ledger.sqlite3")
    try:
        clerk = login(db, "clerk", "demo1234")
        campaign = next(c for c in list_campaigns(db) if c.name == "2026年金秋助学")
        create_disbursement(db, clerk, DisbursementDraft(0, "金秋助学", date(2026, 1, 3), 100_000,
                                                         campaign_id=campaign.id, evidence="录取通知书"),
                            recipient=checked_identity("陈静", resident_id(20, female=True)))
    finally:
        db.close()
    sheet = workbook(tmp_path / "b.xlsx", ["姓名", "证件号码", "帮扶活动", "帮扶类别", "发放日期", "金额", "附件说明"], [
        ["陈晶", resident_id(20, female=True), CAMPAIGN, "送温暖", "2026-01-20", 300, None],  # name differs
        ["吴二", resident_id(6), CAMPAIGN, "送凉爽", "2026-01-20", 300, None],
        ["陈静", resident_id(20, female=True), "2026年金秋助学", None, "2026-01-20", 300, "录取通知书"],  # ledger double
        [None, resident_id(21), CAMPAIGN, None, "2026-01-20", 300, None],  # unknown person, no name
        ["郑三", resident_id(22), "2026年金秋助学", None, "2026-01-20", 300, None],  # study aid without the letter
    ])
    code, out, err = run(capsys, data_dir, "--user", "clerk", "import", "aid", sheet)
    assert code == 1 and "5 行未通过" in out
    assert (f"第2行“姓名”列：证件号码 {resident_id(20, female=True)} 在台账中登记的姓名是“陈静”，与填写的“陈晶”不一致") in err
    assert "第3行“帮扶类别”列：帮扶类别“送凉爽”不在可选范围内，可选：送温暖、夏送清凉、金秋助学" in err
    assert "第4行“证件号码”列：陈静在活动“2026年金秋助学”中已有一笔发放（2026-01-03，¥1,000.00，草稿）" in err
    assert f"第5行“姓名”列：证件号码 {resident_id(21)} 的人员尚未登记，登记新人员须填写姓名" in err
    assert "第6行“附件说明”列：金秋助学须附录取通知书" in err


def test_gbk_csv_with_a_subtotal_and_full_width_digits(data_dir: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "wps.csv"
    number = resident_id(7)
    full_width = number.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})
    csv.write_bytes((f"姓名,公民身份号码,活动名称,慰问日期,发放金额,联系电话\r\n"
                     f"欧阳小明,{full_width},{CAMPAIGN},２０２６年１月２０日,５００,139 0001 2222\r\n"
                     f"小计,,,,500,\r\n").encode("gbk"))
    code, out, err = run(capsys, data_dir, "--user", "clerk", "import", "aid", csv)
    assert code == 0, err
    assert "跳过 1 行" in out
    assert records(data_dir) == [("欧阳小明", CAMPAIGN, 50_000, 0, "submitted")]


def test_errors_file_reimports_after_fixing(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = workbook(tmp_path / "c.xlsx", HEADER, [
        good_row(1, "王秀英"),
        [2, "李建国", resident_id(2), CAMPAIGN, "2026-01-20", "-50", None, None, "现金"],
    ])
    errors = tmp_path / "errors.xlsx"
    code, out, _ = run(capsys, data_dir, "--user", "clerk", "import", "aid", sheet, "--skip-invalid", "--errors", errors)
    assert code == 0 and "已导入发放记录 1 条" in out and "跳过未通过检查的 1 行" in out
    book = openpyxl.load_workbook(errors)
    data = book["数据"]
    rows = [[c.value for c in row] for row in data.iter_rows() if any(c.value for c in row)]
    header = rows[0]
    assert header[-1] == "错误原因" and "第3行" in rows[1][-1] and "负数" in rows[1][-1]
    assert rows[1][header.index("*证件号码")] == resident_id(2)
    header_row = next(row[0].row for row in data.iter_rows() if row[0].value == "姓名")
    data.cell(row=header_row + 1, column=header.index("现金金额") + 1, value="50")
    book.save(errors)
    code, out, err = run(capsys, data_dir, "--user", "clerk", "import", "aid", errors)
    assert code == 0, err
    assert [r[:3] for r in records(data_dir)] == [("李建国", CAMPAIGN, 5_000), ("王秀英", CAMPAIGN, 50_000)]


def test_dry_run_update_and_usage(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = workbook(tmp_path / "d.xlsx", HEADER, [good_row(1, "王秀英")])
    code, out, _ = run(capsys, data_dir, "import", "aid", sheet, "--dry-run")
    assert code == 0 and "1 行通过检查" in out and "未写入任何数据" in out
    code, _, err = run(capsys, data_dir, "--user", "clerk", "import", "aid", sheet, "--update")
    assert code == 2 and "已审批、已发放的记录永远不会被覆盖" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, data_dir, "import", "aid", sheet)
    assert code == 2 and "--user" in err
    code, _, err = run(capsys, data_dir, "--user", "clerk", "export", "aid", "--out", tmp_path / "x.xlsx",
                       "--period", "2026Q5")
    assert code == 2 and "2026Q5" in err
    code, _, err = run(capsys, data_dir, "--user", "clerk", "export", "members", "--out", tmp_path / "x.xlsx",
                       "--period", "2026")
    assert code == 2
    assert records(data_dir) == []


def test_over_budget_warns_on_the_command_line(data_dir: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    sheet = workbook(tmp_path / "e.xlsx", HEADER, [good_row(1, "王秀英", 6000), good_row(2, "李建国", 4500)])
    code, out, err = run(capsys, data_dir, "--user", "clerk", "import", "aid", sheet)
    assert code == 0, err
    assert f"注意：导入后活动“{CAMPAIGN}”的发放合计 ¥10,500.00 将超出预算 ¥10,000.00（超出 ¥500.00）" in out
    assert len(records(data_dir)) == 2


def test_the_service_asks_before_going_over_budget(demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clerk = login(demo_db, "clerk", "demo1234")
    create_campaign(demo_db, clerk, CampaignDraft(CAMPAIGN, "送温暖", date(2026, 1, 5), None, "上级下拨", 50_000))
    sheet = workbook(tmp_path / "f.xlsx", HEADER, [good_row(1, "王秀英", 300), good_row(2, "李建国", 300)])
    plan = plan_aid_import(demo_db, sheet)
    assert plan.budget_warnings and not plan.invalid_rows
    with pytest.raises(ConfirmationNeeded) as asked:
        apply_aid_import(demo_db, clerk, plan)
    assert asked.value.key == "over_budget" and "超出预算" in str(asked.value)
    assert list_disbursements(demo_db, DisbursementQuery()) == []
    result = apply_aid_import(demo_db, clerk, plan, confirm=frozenset({"over_budget"}))
    assert (result.created, result.new_persons) == (2, 2)
    # the same plan again: the records now in the ledger stop it, nothing doubles
    with pytest.raises(ServiceError, match="已有一笔发放"):
        apply_aid_import(demo_db, clerk, plan, confirm=frozenset({"over_budget"}))
    assert len(list_disbursements(demo_db, DisbursementQuery())) == 2


def test_template_has_text_ids_and_the_campaigns_dropdown(data_dir: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "template.xlsx"
    code, _, _ = run(capsys, data_dir, "template", "aid", "--out", out)
    assert code == 0
    book = openpyxl.load_workbook(out)
    sheet = book["数据"]
    headers = [c.value for c in sheet[2]]
    assert headers[:5] == ["姓名", "证件类型", "*证件号码", "手机号码", "帮扶活动"] and "状态" not in headers
    assert sheet.cell(row=3, column=3).number_format == "@"
    formulas = " ".join(str(v.formula1) for v in sheet.data_validations.dataValidation)
    assert CAMPAIGN in formulas and "2025年夏送清凉" not in formulas and "银行转账" in formulas
    guide = " ".join(str(c.value) for row in book["填写说明"].iter_rows() for c in row if c.value)
    assert "同一人在同一活动中只能发放一次" in guide


def test_export_reimports_into_another_ledger_unchanged(data_dir: Path, tmp_path: Path, demo_template: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    sheet = workbook(tmp_path / "g.xlsx", HEADER, [
        good_row(1, "王秀英", "1,234.50"),
        [2, "李建国", resident_id(2), CAMPAIGN, "2026-01-21", None, "米、面、油", 120, "实物"],
        [3, "𠮷田花子", resident_id(3, female=True), CAMPAIGN, "2026-02-01", 300, None, None, "现金"],
    ])
    assert run(capsys, data_dir, "--user", "clerk", "import", "aid", sheet)[0] == 0
    db = open_database(data_dir / "ledger.sqlite3")
    try:
        from desktop.services.aid_approval import approve

        approver = login(db, "approver", "demo1234")
        first = list_disbursements(db, DisbursementQuery(text="王秀英"))[0]
        approve(db, approver, [first.id])
    finally:
        db.close()
    exported = tmp_path / "export.xlsx"
    code, out, _ = run(capsys, data_dir, "--user", "clerk", "export", "aid", "--out", exported, "--period", "2026-01")
    assert code == 0 and "已导出发放记录（2026年1月） 2 条" in out
    header = [c.value for c in openpyxl.load_workbook(exported)["数据"][2]]
    assert header[-3:] == ["状态", "经办人", "审核人"]
    everything = tmp_path / "all.xlsx"
    assert run(capsys, data_dir, "--user", "clerk", "export", "aid", "--out", everything)[0] == 0
    fresh = copy_ledger(demo_template, tmp_path / "fresh")
    db = open_database(fresh / "ledger.sqlite3")
    try:
        create_campaign(db, login(db, "clerk", "demo1234"),
                        CampaignDraft(CAMPAIGN, "送温暖", date(2026, 1, 5), date(2026, 2, 20), "上级下拨"))
    finally:
        db.close()
    code, out, err = run(capsys, fresh, "--user", "clerk", "import", "aid", everything)
    assert code == 0, err
    # the same ledger refuses them all as doubles
    code, _, err = run(capsys, data_dir, "--user", "clerk", "import", "aid", everything, "--dry-run")
    assert code == 1 and err.count("同一活动不能重复发放") == 3

    def strip(folder: Path) -> list[tuple[object, ...]]:
        db = open_database(folder / "ledger.sqlite3")
        try:
            return sorted((r.name, r.id_number, r.campaign_name, r.category, r.aid_date, r.cash_fen, r.items,
                           r.items_value_fen, r.fund_source, r.method)
                          for r in list_disbursements(db, DisbursementQuery()))
        finally:
            db.close()

    assert strip(fresh) == strip(data_dir) and len(strip(fresh)) == 3

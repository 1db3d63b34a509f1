"""Importing and exporting 困难职工档案: warnings that still import, one current file per person, round trip."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from import_support import copy_ledger, run, workbook

from db import open_database
from desktop.domain.id_number import check_character
from desktop.services.auth import login
from desktop.services.hardship import get_file, list_files
from desktop.services.hardship_import import split_reasons
from desktop.services.settings import save_settings

HEADER = ["序号", "姓名", "身份证号码", "工作单位", "健康状况", "工作状态", "主要致困原因", "其他致困原因",
          "本人月收入", "家庭其他年收入", "刚性支出", "家庭人口", "建档日期", "银行账号", "是否单亲"]


def rid(serial: int, born: str = "19800101") -> str:
    first17 = f"110105{born}{serial:03d}"
    return first17 + check_character(first17)


def prepare(folder: Path, template: Path, dibao: int = 80_000) -> Path:
    copy_ledger(template, folder)
    db = open_database(folder / "ledger.sqlite3")
    try:
        if dibao:
            save_settings(db, login(db, "admin", "demo1234"), dibao_monthly_fen=dibao)
    finally:
        db.close()
    return folder


@pytest.fixture
def data_dir(tmp_path: Path, demo_template: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("UNION_LEDGER_PASSWORD", "demo1234")
    return prepare(tmp_path / "ledger", demo_template)


def files(data_dir: Path) -> list[tuple[str, str, str]]:
    db = open_database(data_dir / "ledger.sqlite3")
    try:
        return sorted((r.name, r.category_label, r.status_label) for r in list_files(db))
    finally:
        db.close()


def row(n: int, name: str, serial: int, **changes: object) -> list[object]:
    values: dict[str, object] = {
        "序号": n, "姓名": name, "身份证号码": rid(serial), "工作单位": "星河机械厂", "健康状况": "长期慢性病",
        "工作状态": "在岗", "主要致困原因": "患重特大疾病", "其他致困原因": "子女上学", "本人月收入": "1,500",
        "家庭其他年收入": "6000元", "刚性支出": 20000, "家庭人口": 3, "建档日期": "2026/3/1",
        "银行账号": "6222 0212 3456 7890 123", "是否单亲": "否"}
    values.update(changes)
    return [values[h] for h in HEADER]


def test_split_reasons() -> None:
    assert split_reasons("患重特大疾病、子女上学") == ("患重特大疾病", "子女上学")
    assert split_reasons("患重特大疾病, 子女上学，下岗失业") == ("患重特大疾病", "子女上学", "下岗失业")


def test_a_messy_sheet_names_every_bad_row_warns_and_writes_nothing(data_dir: Path, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    sheet = workbook(tmp_path / "困难职工.xlsx", HEADER, [
        row(1, "赵建华", 11),
        row(2, "钱老汉", 13, 身份证号码=rid(13, "19500101")),  # 76 on the day: a warning, still imported
        row(3, "孙富裕", 15, 本人月收入=9000, 刚性支出=0),  # 不符合: a warning, still imported
        row(4, "李四", 17, 主要致困原因="太穷了"),
        row(5, "周五", 19, 其他致困原因="子女上学、下岗失业、遭受自然灾害、其他"),  # four
        row(6, "吴六", 21, 本人月收入="-100"),
        row(7, "郑七", 23, 银行账号=6222021234567890123),  # Excel turned the account into a number
        row(8, "赵建华", 11),  # the same person twice
        [None, "合计", None, None, None, None, None, None, None, None, None, 9, None, None, None],
    ], title="星河镇困难职工档案")
    code, out, err = run(capsys, data_dir, "--user", "clerk", "import", "hardship", sheet)
    assert code == 1, err
    assert "共 8 行数据，3 行通过检查，5 行未通过，跳过 1 行" in out
    assert "第4行：注意：建档时年龄 76 岁，超过 60 周岁" in out
    assert "第5行：注意：按填写的数字" in out and "不符合建档标准；仍会导入" in out
    assert "第6行“主要致困原因”列：致困原因“太穷了”不在可选范围内" in err
    assert "第7行“其他致困原因”列：其他致困原因最多 3 项，现填了 4 项" in err
    assert "第8行“本人月收入”列：金额不能为负数" in err
    assert "第9行“银行账号”列：银行账号被 Excel 存成了数字" in err
    assert "第10行“身份证号码”列：与第3行是同一人" in err
    assert files(data_dir) == []


def test_warnings_import_and_a_second_current_file_is_an_error(data_dir: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    sheet = workbook(tmp_path / "a.xlsx", HEADER, [
        row(1, "赵建华", 11),
        row(2, "钱老汉", 13, 身份证号码=rid(13, "19500101")),
        row(3, "孙富裕", 15, 本人月收入=9000, 刚性支出=0),
    ])
    code, out, err = run(capsys, data_dir, "--user", "clerk", "import", "hardship", sheet)
    assert code == 0, err
    assert "已导入困难职工档案 3 条" in out
    assert files(data_dir) == [("孙富裕", "不符合建档标准", "在档"), ("赵建华", "深度困难", "在档"),
                               ("钱老汉", "深度困难", "在档")]
    again = workbook(tmp_path / "b.xlsx", HEADER, [row(1, "赵建华", 11, 家庭人口=4)])
    code, _, err = run(capsys, data_dir, "--user", "clerk", "import", "hardship", again)
    assert code == 1 and "第2行“身份证号码”列：赵建华" in err and "不能重复建档" in err
    # --update corrects the current file instead (the family members stay)
    code, out, err = run(capsys, data_dir, "--user", "clerk", "import", "hardship", again, "--update")
    assert code == 0 and "更新 1" in out, err
    db = open_database(data_dir / "ledger.sqlite3")
    try:
        detail = get_file(db, next(r.id for r in list_files(db) if r.name == "赵建华"))
        assert detail.draft.household_size == 4 and detail.draft.other_reasons == ("子女上学",)
        assert detail.draft.bank_account == "6222021234567890123" and detail.draft.work_unit == "星河机械厂"
    finally:
        db.close()


def test_no_dibao_line_is_one_sentence(tmp_path: Path, demo_template: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("UNION_LEDGER_PASSWORD", "demo1234")
    folder = prepare(tmp_path / "plain", demo_template, dibao=0)
    sheet = workbook(tmp_path / "a.xlsx", HEADER, [row(1, "赵建华", 11)])
    code, _, err = run(capsys, folder, "--user", "clerk", "import", "hardship", sheet)
    assert code == 1 and "低保标准" in err and len(err.strip().splitlines()) == 1


def test_template_and_gbk_csv(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "template.xlsx"
    assert run(capsys, data_dir, "template", "hardship", "--out", out)[0] == 0
    book = openpyxl.load_workbook(out)
    sheet = book["数据"]
    headers = [c.value for c in sheet[2]]
    assert headers[:3] == ["*姓名", "证件类型", "*证件号码"] and "困难类别" not in headers
    for column in ("*证件号码", "银行账号"):
        assert sheet.cell(row=3, column=headers.index(column) + 1).number_format == "@"
    formulas = " ".join(str(v.formula1) for v in sheet.data_validations.dataValidation)
    assert "患重特大疾病" in formulas and "长期慢性病" in formulas and "省部级" in formulas
    guide = " ".join(str(c.value) for r in book["填写说明"].iter_rows() for c in r if c.value)
    assert "家庭成员不从表格导入" in guide
    csv = tmp_path / "wps.csv"
    csv.write_bytes(("姓名,公民身份号码,致困原因,月收入,家庭人数,建档时间\r\n"
                     f"欧阳小明,{rid(31)},下岗失业,８００,2,２０２６年３月１日\r\n"
                     "小计,,,800,2,\r\n").encode("gbk"))
    code, out, err = run(capsys, data_dir, "--user", "clerk", "import", "hardship", csv)
    assert code == 0 and "跳过 1 行" in out, err
    assert files(data_dir) == [("欧阳小明", "深度困难", "在档")]


def test_export_reimports_into_another_ledger(data_dir: Path, tmp_path: Path, demo_template: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    sheet = workbook(tmp_path / "a.xlsx", HEADER, [row(1, "赵建华", 11), row(2, "𠮷田花子", 12, 建档日期="2025-11-02")])
    assert run(capsys, data_dir, "--user", "clerk", "import", "hardship", sheet)[0] == 0
    exported = tmp_path / "export.xlsx"
    code, out, _ = run(capsys, data_dir, "--user", "clerk", "export", "hardship", "--out", exported, "--period", "2026")
    assert code == 0 and " 1 条" in out
    everything = tmp_path / "all.xlsx"
    assert run(capsys, data_dir, "--user", "clerk", "export", "hardship", "--out", everything)[0] == 0
    header = [c.value for c in openpyxl.load_workbook(everything)["数据"][2]]
    assert header[-2:] == ["困难类别", "状态"]
    fresh = prepare(tmp_path / "fresh", demo_template)
    code, _, err = run(capsys, fresh, "--user", "clerk", "import", "hardship", everything)
    assert code == 0, err

    def strip(folder: Path) -> list[tuple[object, ...]]:
        db = open_database(folder / "ledger.sqlite3")
        try:
            return sorted((d.draft.name, d.draft.id_number, d.draft.opened_on, d.draft.main_reason, d.draft.other_reasons,
                           d.draft.own_monthly_income_fen, d.draft.household_size, d.draft.bank_account, d.category)
                          for d in (get_file(db, r.id) for r in list_files(db)))
        finally:
            db.close()

    assert strip(fresh) == strip(data_dir) and len(strip(fresh)) == 2
    assert date(2025, 11, 2) in [r[2] for r in strip(fresh)]

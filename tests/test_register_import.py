"""Importing and exporting rosters as clerks really do it: every bad row named, nothing half imported."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from import_support import copy_ledger, run, workbook

from db import Database, open_database
from desktop.services.member_search import MemberQuery, count_members, search_members
from desktop.services.organizations import list_organizations

ORG_HEADER = ["单位名称", "统一社会信用代码", "单位性质", "职工人数"]
HEADER = ["序号", "姓名", "身份证号码", "工作单位", "入会日期", "手机", "性别", "是否农民工", "新就业形态"]


@pytest.fixture
def data_dir(tmp_path: Path, demo_template: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = copy_ledger(demo_template, tmp_path / "ledger")
    monkeypatch.setenv("UNION_LEDGER_PASSWORD", "demo1234")
    return folder


@pytest.fixture
def with_orgs(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    orgs = workbook(tmp_path / "orgs.xlsx", ORG_HEADER, [
        ["星河机械厂", "91350100M000100Y43", "企业", 120],
        ["星河快递站", "", "企业", 15],
    ])
    code, out, _ = run(capsys, data_dir, "--user", "clerk", "import", "organizations", orgs)
    assert code == 0 and "已导入建会单位 2 条" in out
    return data_dir


def members(data_dir: Path) -> list[tuple[str, str]]:
    db = open_database(data_dir / "ledger.sqlite3")
    try:
        return sorted((r.name, r.organization_name) for r in search_members(db, MemberQuery(status=None), limit=10_000))
    finally:
        db.close()


def test_a_messy_roster_names_every_bad_row_and_writes_nothing(with_orgs: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    roster = workbook(tmp_path / "花名册.xlsx", HEADER, [
        [1, "张三丰", "11010519491231002X", "星河机械厂", "2021/3/5", "138 0013 8000", "女", "是", "快递员"],
        [2, "王伟", 110105194912310000, "星河机械厂", "2021.3.5", None, None, None, None],  # Excel ate the digits
        [3, "李四", "440524188001010014", "不存在的厂", "2021年3月5日", None, "女", None, None],
        [4, "赵六", "11010519491231002x", "91350100M000100Y43", date(2020, 1, 2), None, None, None, None],
        [5, "孙七", "34052419800101001X", "星河快递站", "2021-02-30", None, None, None, None],
        [None, "合计", None, None, None, None, None, None, None],
    ], title="星河镇总工会会员花名册")
    code, out, err = run(capsys, with_orgs, "--user", "clerk", "import", "members", roster)
    assert code == 1
    assert "共 5 行数据，1 行通过检查，4 行未通过，跳过 1 行" in out
    assert "文件“花名册.xlsx”第4行“身份证号码”列：证件号码被 Excel 存成了数字（1.10105E+17）" in err
    assert "第5行“工作单位”列：工作单位“不存在的厂”尚未登记" in err
    assert "第5行“性别”列：性别“女”与身份证号码不符（号码显示为男）" in err
    assert "第6行“身份证号码”列：与第3行的证件号码重复" in err
    assert "第7行“入会日期”列：日期“2021-02-30”不存在" in err
    assert "未导入任何数据" in err
    assert members(with_orgs) == []


def test_skip_invalid_imports_the_good_rows_and_the_error_file_reimports(
        with_orgs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    roster = workbook(tmp_path / "r.xlsx", HEADER, [
        [1, "张三丰", "11010519491231002X", "星河机械厂", "2021-03-05", None, None, None, None],
        [2, "王伟", "440524188001010015", "星河快递站", "2021-03-05", None, None, None, None],  # wrong check digit
    ])
    errors = tmp_path / "errors.xlsx"
    code, out, _ = run(capsys, with_orgs, "--user", "clerk", "import", "members", roster, "--skip-invalid",
                       "--errors", errors)
    assert code == 0 and "已导入会员 1 条，跳过未通过检查的 1 行" in out
    assert members(with_orgs) == [("张三丰", "星河机械厂")]
    sheet = openpyxl.load_workbook(errors)["数据"]
    rows = [[c.value for c in row] for row in sheet.iter_rows() if any(c.value for c in row)]
    header = rows[0]
    id_column = header.index("*证件号码")
    assert header[-1] == "错误原因" and (rows[1][header.index("*姓名")], rows[1][id_column]) == (
        "王伟", "440524188001010015")
    assert "第3行" in rows[1][-1] and "校验位" in rows[1][-1]
    header_row = next(row[0].row for row in sheet.iter_rows() if row[0].value == "*姓名")
    sheet.cell(row=header_row + 1, column=id_column + 1, value="440524188001010014")  # the clerk fixes it
    sheet.parent.save(errors)
    code, out, _ = run(capsys, with_orgs, "--user", "clerk", "import", "members", errors)
    assert code == 0, out
    assert members(with_orgs) == [("张三丰", "星河机械厂"), ("王伟", "星河快递站")]


def test_gbk_csv_from_wps_with_full_width_digits(with_orgs: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "wps.csv"
    csv.write_bytes("姓名,公民身份号码,单位名称,入会时间,联系电话\r\n"
                    "欧阳小明,３４０５２４１９８００１０１００１Ｘ,星河机械厂,２０２１年３月５日,１３９ ０００１ ２２２２\r\n"
                    "小计,,,,\r\n".encode("gbk"))
    code, _out, err = run(capsys, with_orgs, "--user", "clerk", "import", "members", csv)
    assert code == 0, err
    db = open_database(with_orgs / "ledger.sqlite3")
    try:
        row = search_members(db, MemberQuery(text="oyxm"))[0]
    finally:
        db.close()
    assert (row.name, row.id_number, row.phone, row.join_date) == (
        "欧阳小明", "34052419800101001X", "13900012222", date(2021, 3, 5))


def test_dry_run_writes_nothing(with_orgs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    roster = workbook(tmp_path / "r.xlsx", HEADER, [
        [1, "张三丰", "11010519491231002X", "星河机械厂", "2021-03-05", None, None, None, None]])
    code, out, _ = run(capsys, with_orgs, "import", "members", roster, "--dry-run")
    assert code == 0 and "1 行通过检查" in out and "未写入任何数据" in out
    assert members(with_orgs) == []


def test_importing_needs_a_user_and_a_readable_file(with_orgs: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    roster = workbook(tmp_path / "r.xlsx", HEADER, [])
    code, _, err = run(capsys, with_orgs, "import", "members", roster)
    assert code == 2 and "--user" in err
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04 not a roster")
    code, _, err = run(capsys, with_orgs, "--user", "clerk", "import", "members", tmp_path / "notes.docx")
    assert code == 1 and "notes.docx" in err and len(err.strip().splitlines()) == 1


def test_missing_required_columns_are_named(with_orgs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    roster = workbook(tmp_path / "r.xlsx", ["姓名", "身份证号", "电话"], [["张三丰", "11010519491231002X", ""]])
    code, _, err = run(capsys, with_orgs, "--user", "clerk", "import", "members", roster)
    assert code == 1 and "“工作单位”" in err and "“入会时间”" in err


def test_export_reimports_unchanged(with_orgs: Path, tmp_path: Path, demo_template: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    roster = workbook(tmp_path / "r.xlsx", HEADER, [
        [1, "张三丰", "11010519491231002X", "星河机械厂", "2021-03-05", "13800138000", "女", "是", "快递员"],
        [2, "𠮷田花子", "440524188001010014", "星河快递站", "2019-12-31", None, None, None, None],
    ])
    assert run(capsys, with_orgs, "--user", "clerk", "import", "members", roster)[0] == 0
    exported, orgs_out = tmp_path / "export.xlsx", tmp_path / "orgs-export.xlsx"
    assert run(capsys, with_orgs, "--user", "clerk", "export", "members", "--out", exported)[0] == 0
    assert run(capsys, with_orgs, "--user", "clerk", "export", "organizations", "--out", orgs_out)[0] == 0
    # the same ledger: every row is already there; with --update they are all (unchanged) updates
    code, out, err = run(capsys, with_orgs, "import", "members", exported, "--dry-run", "--update")
    assert code == 0 and "2 行通过检查" in out, err
    # a fresh ledger takes both files as they are
    fresh = copy_ledger(demo_template, tmp_path / "fresh")
    assert run(capsys, fresh, "--user", "clerk", "import", "organizations", orgs_out)[0] == 0
    assert run(capsys, fresh, "--user", "clerk", "import", "members", exported)[0] == 0
    assert members(fresh) == members(with_orgs)
    db_a, db_b = open_database(with_orgs / "ledger.sqlite3"), open_database(fresh / "ledger.sqlite3")
    try:
        strip = lambda db: sorted(  # noqa: E731
            (r.name, r.id_number, r.phone, r.join_date, r.is_migrant_worker, r.new_employment_group, r.gender)
            for r in search_members(db, MemberQuery()))
        assert strip(db_a) == strip(db_b)
    finally:
        db_a.close()
        db_b.close()


def test_update_refreshes_a_known_person(with_orgs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = workbook(tmp_path / "a.xlsx", HEADER, [
        [1, "张三丰", "11010519491231002X", "星河机械厂", "2021-03-05", None, None, None, None]])
    assert run(capsys, with_orgs, "--user", "clerk", "import", "members", first)[0] == 0
    again = workbook(tmp_path / "b.xlsx", HEADER, [
        [1, "张三丰", "11010519491231002X", "星河机械厂", "2021-03-05", "13800138000", None, "是", None]])
    code, _, err = run(capsys, with_orgs, "--user", "clerk", "import", "members", again)
    assert code == 1 and "已是“星河机械厂”的在会会员" in err
    code, out, _ = run(capsys, with_orgs, "--user", "clerk", "import", "members", again, "--update")
    assert code == 0 and "更新 1 人" in out
    db: Database = open_database(with_orgs / "ledger.sqlite3")
    try:
        row = search_members(db, MemberQuery(text="张三丰"))[0]
        assert (row.phone, row.is_migrant_worker) == ("13800138000", True)
        assert count_members(db, MemberQuery()) == 1
    finally:
        db.close()


def test_organization_import_checks_codes_and_duplicates(data_dir: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    orgs = workbook(tmp_path / "orgs.xlsx", ORG_HEADER, [
        ["星河机械厂", "91350100M000100Y43", "企业", 120],
        ["星河电子厂", "91350100M000100Y44", "企业", 30],
        ["星河机械厂", "", "企业", 5],
        ["星河印刷厂", "", "火星企业", "很多"],
    ])
    code, _out, err = run(capsys, data_dir, "--user", "clerk", "import", "organizations", orgs)
    assert code == 1
    assert "第3行“统一社会信用代码”列" in err
    assert "第4行“单位名称”列：与第2行重复" in err
    assert "第5行“职工人数”列" in err
    db = open_database(data_dir / "ledger.sqlite3")
    try:
        assert list_organizations(db) == []
    finally:
        db.close()


def test_template_has_text_id_column_and_dropdowns(data_dir: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "template.xlsx"
    code, _, _ = run(capsys, data_dir, "template", "members", "--out", out)
    assert code == 0
    book = openpyxl.load_workbook(out)
    sheet = book["数据"]
    headers = [c.value for c in sheet[2]]
    id_column = headers.index("*证件号码") + 1
    assert sheet.cell(row=3, column=id_column).number_format == "@"
    assert any("政治面貌" in str(v.sqref) or v.formula1 for v in sheet.data_validations.dataValidation)
    assert "填写说明" in book.sheetnames

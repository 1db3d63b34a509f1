"""Templates, exports and error files: what Excel shows the clerk, and that they import again unchanged."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop.tabular import (
    REASON_HEADER,
    ColumnSpec,
    TabularError,
    convert_record,
    iter_records,
    locate_header,
    read_rows,
    write_workbook,
)

ROOT = Path(__file__).resolve().parents[2]
PEOPLE = [
    {"name": "张三", "id_number": "11010519491231002X", "gender": "女", "ethnicity": "汉族",
     "birth_date": date(1949, 12, 31), "joined_on": date(2021, 3, 5), "phone": "13800138000",
     "migrant": True, "dues": 1250, "family_size": 3},
    {"name": "李四", "id_number": "440524188001010014", "gender": "男", "ethnicity": "柯尔克孜族",
     "birth_date": date(1880, 1, 1), "joined_on": None, "phone": "", "migrant": False, "dues": 0,
     "family_size": None},
    {"name": "王五", "id_number": "000000000000000001", "gender": None, "ethnicity": None,
     "birth_date": None, "joined_on": date(2026, 1, 31), "phone": "010-12345678", "migrant": None,
     "dues": 123456789, "family_size": 12},
]


def _read_back(path: Path, specs: tuple[ColumnSpec, ...]) -> list[dict[str, object]]:
    sheet = read_rows(path)
    match = locate_header(sheet, specs)
    by_key = {spec.key: spec for spec in specs}
    out = []
    for record in iter_records(sheet, match):
        values, problems = convert_record(record, by_key, headers=match.headers)
        assert problems == []
        out.append(values)
    return out


def _expected(person: dict[str, object]) -> dict[str, object]:
    """What comes back: empty text as "", other empties as None."""
    text_keys = {"name", "id_number", "gender", "ethnicity", "phone"}
    return {k: ("" if v is None and k in text_keys else v) for k, v in person.items()}


@pytest.mark.parametrize("title", [None, "星河镇总工会会员花名册"])
def test_round_trip_gives_the_same_values_back(tmp_path: Path, specs: tuple[ColumnSpec, ...],
                                               title: str | None) -> None:
    path = tmp_path / "导出.xlsx"
    write_workbook(path, specs, PEOPLE, title=title)
    assert _read_back(path, specs) == [_expected(p) for p in PEOPLE]
    match = locate_header(read_rows(path), specs)
    assert match.row_number == (2 if title else 1)
    assert match.unrecognised == [] and match.missing_required == []


def test_blank_template_with_title_reimports_with_no_rows(tmp_path: Path, specs: tuple[ColumnSpec, ...]) -> None:
    path = tmp_path / "模板.xlsx"
    write_workbook(path, specs, title="会员信息导入模板")
    sheet = read_rows(path)
    assert sheet.sheet_name == "数据"
    match = locate_header(sheet, specs)
    assert match.row_number == 2
    assert set(match.columns) == {spec.key for spec in specs}
    assert list(iter_records(sheet, match)) == []


def test_template_looks_right_in_excel(tmp_path: Path, specs: tuple[ColumnSpec, ...]) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "模板.xlsx"
    write_workbook(path, specs, title="会员信息导入模板", instructions=["身份证号码重复的人只导入一次。"])
    book = load_workbook(path)
    assert book.sheetnames == ["数据", "填写说明", "选项"]
    assert book["选项"].sheet_state == "hidden"
    data = book["数据"]
    assert [str(r) for r in data.merged_cells.ranges] == ["A1:J1"]
    assert data["A1"].value == "会员信息导入模板"
    assert data.freeze_panes == "A3"
    assert data["A2"].value == "*姓名" and data["A2"].font.b and data["A2"].font.color.rgb.endswith("C00000")
    assert data["C2"].value == "性别" and data["C2"].font.b and data["C2"].fill.fgColor.rgb.endswith("DDEBF7")
    assert data.column_dimensions["B"].width == 22
    # The ID and phone columns are text in the pre-formatted rows and as the column default.
    for ref in ("B3", "B1000", "B2002", "G3", "G2002"):
        assert data[ref].number_format == "@", ref
    assert data.column_dimensions["B"].number_format == "@"
    assert data.column_dimensions["E"].number_format == "yyyy-mm-dd"

    lists = {str(dv.sqref)[0]: dv for dv in data.data_validations.dataValidation}
    assert lists["C"].formula1 == '"男,女"'
    assert str(lists["C"].sqref) == "C3:C2002"
    assert lists["H"].formula1 == '"是,否"' and lists["H"].prompt == "农民工填“是”"
    assert lists["D"].formula1 == "'选项'!$A$2:$A$57"  # the long 民族 list lives on the hidden sheet
    assert [c.value for c in book["选项"]["A"]][:3] == ["民族", "汉族", "蒙古族"]
    assert all(dv.type == "list" and dv.showErrorMessage for dv in lists.values())

    guide = [row for row in book["填写说明"].iter_rows(values_only=True)]
    lines = [row[0] for row in guide if row[0]]
    assert lines[0] == "填写说明"
    assert any("第 3 行" in line for line in lines)
    assert any(line.endswith("身份证号码重复的人只导入一次。") for line in lines)
    assert ("身份证号码", "必填", "文本格式的号码，请勿存成数字（末位 X 照写）", "18位，末位可为X") in guide
    assert any(row[0] == "民族" and "柯尔克孜族" in row[2] for row in guide)


def test_export_cells_have_real_types(tmp_path: Path, specs: tuple[ColumnSpec, ...]) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "导出.xlsx"
    write_workbook(path, specs, PEOPLE)
    data = load_workbook(path)["数据"]
    assert data["B2"].value == "11010519491231002X" and data["B2"].data_type == "s"
    assert data["B2"].number_format == "@"
    assert data["E2"].value.date() == date(1949, 12, 31) and data["E2"].number_format == "yyyy-mm-dd"
    assert data["E3"].value == "1880-01-01"  # Excel has no dates before 1900: written as text, re-imports as a date
    assert data["H2"].value == "是" and data["H3"].value == "否"
    assert data["I2"].value == 12.5 and data["I4"].value == 1234567.89
    assert data.auto_filter.ref == "A1:J4"
    assert data.max_row == 4  # no padding rows below an export


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    specs = (ColumnSpec("name", "姓名"), ColumnSpec("note", "备注"))
    path = tmp_path / "x.xlsx"
    write_workbook(path, specs, [{"name": "=HYPERLINK(\"http://x\")", "note": "坏\x07字符"}])
    cell = load_workbook(path)["数据"]["A2"]
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("http://x")'
    assert _read_back(path, specs) == [{"name": '=HYPERLINK("http://x")', "note": "坏字符"}]


def test_error_file_can_be_fixed_and_imported_again(tmp_path: Path, specs: tuple[ColumnSpec, ...]) -> None:
    failing = [
        {"name": "赵六", "id_number": 1.10105194912310e17, "birth_date": "2021-02-30",
         "reason": "第5行：身份证号码被 Excel 存成了数字（1.10105E+17）。"},
        {"name": "", "id_number": "11010519491231002X", "reason": "姓名必填。"},
    ]
    path = tmp_path / "错误.xlsx"
    write_workbook(path, specs, failing, reason_column="reason")
    sheet = read_rows(path)
    match = locate_header(sheet, specs)
    assert match.unrecognised == [(len(specs), REASON_HEADER)]  # ignored on re-import
    records = list(iter_records(sheet, match))
    assert [r.values["birth_date"] for r in records] == ["2021-02-30", None]
    assert records[0].values["id_number"] == pytest.approx(1.10105194912310e17)
    assert sheet.rows[1].cells[-1] == "第5行：身份证号码被 Excel 存成了数字（1.10105E+17）。"


class Cancelled(Exception):
    pass


def test_a_cancelled_export_leaves_the_old_file_alone(tmp_path: Path, specs: tuple[ColumnSpec, ...]) -> None:
    path = tmp_path / "导出.xlsx"
    write_workbook(path, specs, PEOPLE[:1])
    before = path.read_bytes()

    def rows() -> Iterator[dict[str, object]]:
        yield PEOPLE[0]
        raise Cancelled  # what a progress dialog's cancel does

    with pytest.raises(Cancelled):
        write_workbook(path, specs, rows())
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["导出.xlsx"]


def test_only_xlsx_and_only_existing_folders(tmp_path: Path, specs: tuple[ColumnSpec, ...]) -> None:
    with pytest.raises(TabularError, match=r"只能保存为 \.xlsx"):
        write_workbook(tmp_path / "a.xls", specs)
    with pytest.raises(TabularError, match="不存在"):
        write_workbook(tmp_path / "没有" / "a.xlsx", specs)


def test_importing_the_package_loads_neither_qt_nor_the_spreadsheet_libraries() -> None:
    code = ("import json, sys; import desktop.tabular; "
            "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('openpyxl', 'python_calamine', 'PySide6', 'shiboken6'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                            timeout=60, check=True)
    assert json.loads(result.stdout) == []


def test_no_temporary_files_are_left_in_the_system_folder(tmp_path: Path, specs: tuple[ColumnSpec, ...]) -> None:
    before = set(Path(tempfile.gettempdir()).iterdir())

    def rows() -> Iterator[dict[str, object]]:
        yield PEOPLE[0]
        raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        write_workbook(tmp_path / "a.xlsx", specs, rows())
    assert set(Path(tempfile.gettempdir()).iterdir()) - before == set()

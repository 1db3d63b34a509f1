"""Finding the header row and the columns, whatever the clerk's sheet looks like above and beside it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.tabular import ColumnSpec, TabularError, locate_header, read_rows


def test_title_row_and_blank_row_above_the_header_are_skipped(make_xlsx: Callable[..., Path], specs: tuple[ColumnSpec, ...]) -> None:
    path = make_xlsx([
        ["星河镇总工会会员花名册"],
        [None],
        ["填报单位：星河机械厂", None, None, "填报日期：2026年3月"],
        ["序号", "姓名", "公民身份号码", "性别", "出生年月日", "联系电话", "备注"],
        [1, "张三", "11010519491231002X", "女", "1949-12-31", "13800138000", None],
    ], merge=["A1:G1"])
    match = locate_header(read_rows(path), specs)
    assert match.row_number == 4
    assert match.columns == {"name": 1, "id_number": 2, "gender": 3, "birth_date": 4, "phone": 5}
    assert match.unrecognised == [(0, "序号"), (6, "备注")]
    assert match.missing_required == []
    assert match.headers["id_number"] == "公民身份号码"  # messages use the clerk's own header


@pytest.mark.parametrize("header", ["身份证号", "身份证号码", "公民身份号码", "证件号码", "*身份证号码",
                                    "身份证号码\n（必填）", "身份证号码(18位)", " 身 份 证 号 "])
def test_id_column_synonyms(make_csv: Callable[..., Path], header: str, specs: tuple[ColumnSpec, ...]) -> None:
    quoted = '"' + header + '"'
    sheet = read_rows(make_csv(f"姓名,{quoted}\n张三,11010519491231002X\n"))
    assert locate_header(sheet, specs).columns == {"name": 0, "id_number": 1}


def test_missing_required_columns_are_listed(make_csv: Callable[..., Path], specs: tuple[ColumnSpec, ...]) -> None:
    match = locate_header(read_rows(make_csv("姓名,性别\n张三,男\n")), specs)
    assert [spec.header for spec in match.missing_required] == ["身份证号码"]


def test_two_columns_for_the_same_field_is_an_error_naming_both(make_csv: Callable[..., Path], specs: tuple[ColumnSpec, ...]) -> None:
    sheet = read_rows(make_csv("姓名,身份证号,性别,证件号码\n张三,1,男,2\n"))
    with pytest.raises(TabularError) as caught:
        locate_header(sheet, specs)
    message = caught.value.message
    assert "B列“身份证号”和D列“证件号码”都对应“身份证号码”" in message
    assert "名单.csv" in message and "第1行" in message


def test_no_header_lists_what_was_expected(make_csv: Callable[..., Path], specs: tuple[ColumnSpec, ...]) -> None:
    sheet = read_rows(make_csv("甲,乙,丙\n1,2,3\n"))
    with pytest.raises(TabularError) as caught:
        locate_header(sheet, specs)
    message = caught.value.message
    assert "没有找到表头" in message and "名单.csv" in message
    assert "*姓名、*身份证号码、性别" in message


def test_header_beyond_the_scanned_rows_is_not_found(make_csv: Callable[..., Path], specs: tuple[ColumnSpec, ...]) -> None:
    sheet = read_rows(make_csv("说明\n" * 5 + "姓名,身份证号码\n张三,x\n"))
    assert locate_header(sheet, specs).row_number == 6
    with pytest.raises(TabularError, match="前3行"):
        locate_header(sheet, specs, scan_rows=3)


def test_manual_mapping_fills_in_unrecognised_columns(make_csv: Callable[..., Path], specs: tuple[ColumnSpec, ...]) -> None:
    sheet = read_rows(make_csv("姓名,身份证,电话号,备注\n张三,11010519491231002X,13800138000,\n"))
    match = locate_header(sheet, specs)
    assert match.columns == {"name": 0}
    assert match.unrecognised == [(1, "身份证"), (2, "电话号"), (3, "备注")]
    assert [s.key for s in match.missing_required] == ["id_number"]
    match = locate_header(sheet, specs, manual={1: "id_number", 2: "phone", 3: ""})
    assert match.columns == {"name": 0, "id_number": 1, "phone": 2}
    assert match.unrecognised == []  # column D was set aside on purpose
    assert match.missing_required == []
    assert match.headers["id_number"] == "身份证"


def test_manual_mapping_overrides_and_resolves_a_duplicate(make_csv: Callable[..., Path], specs: tuple[ColumnSpec, ...]) -> None:
    sheet = read_rows(make_csv("姓名,身份证号,证件号码\n张三,11010519491231002X,旧号\n"))
    match = locate_header(sheet, specs, manual={2: ""})
    assert match.columns == {"name": 0, "id_number": 1}
    match = locate_header(sheet, specs, manual={2: "id_number"})
    assert match.columns == {"name": 0, "id_number": 2}
    assert match.unrecognised == [(1, "身份证号")]
    with pytest.raises(TabularError, match="都对应“身份证号码”"):
        locate_header(sheet, specs, manual={1: "id_number", 2: "id_number"})
    with pytest.raises(ValueError):
        locate_header(sheet, specs, manual={1: "no_such_key"})


def test_header_row_can_be_forced(make_csv: Callable[..., Path], specs: tuple[ColumnSpec, ...]) -> None:
    sheet = read_rows(make_csv("甲,乙\n1,2\n"))
    match = locate_header(sheet, specs, header_row=1, manual={0: "name", 1: "id_number"})
    assert match.row_number == 1
    assert match.columns == {"name": 0, "id_number": 1}


def test_the_row_matching_most_columns_wins(make_csv: Callable[..., Path], specs: tuple[ColumnSpec, ...]) -> None:
    # A note row mentioning one header does not beat the real header row.
    sheet = read_rows(make_csv("姓名,,\n\n姓名,身份证号码,性别\n张三,11010519491231002X,男\n"))
    assert locate_header(sheet, specs).row_number == 3


def test_specs_claiming_the_same_header_are_a_programming_error(make_csv: Callable[..., Path]) -> None:
    specs = [ColumnSpec("a", "电话"), ColumnSpec("b", "手机", ("电话",))]
    with pytest.raises(ValueError, match="claimed"):
        locate_header(read_rows(make_csv("电话\n1\n")), specs)

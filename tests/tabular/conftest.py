"""Shared column specs and small file builders for the tabular tests."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from desktop.tabular import ColumnSpec

ETHNIC_GROUPS = tuple(
    "汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 哈尼族 哈萨克族 傣族 黎族 傈僳族 佤族 畲族 "
    "高山族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 锡伯族 阿昌族 普米族 塔吉克族 "
    "怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 鄂伦春族 赫哲族 门巴族 珞巴族 基诺族".split()
)  # the 56 groups: too long for an inline dropdown list

MEMBER_SPECS: tuple[ColumnSpec, ...] = (
    ColumnSpec("name", "姓名", required=True, help="与身份证一致"),
    ColumnSpec("id_number", "身份证号码", ("身份证号", "公民身份号码", "证件号码"), kind="id", required=True,
               width=22, help="18位，末位可为X"),
    ColumnSpec("gender", "性别", kind="choice", choices=("男", "女")),
    ColumnSpec("ethnicity", "民族", kind="choice", choices=ETHNIC_GROUPS),
    ColumnSpec("birth_date", "出生日期", ("出生年月日",), kind="date"),
    ColumnSpec("joined_on", "入会时间", ("入会日期",), kind="date"),
    ColumnSpec("phone", "手机号码", ("联系电话", "手机号"), kind="phone"),
    ColumnSpec("migrant", "是否农民工", ("农民工",), kind="bool", help="农民工填“是”"),
    ColumnSpec("dues", "会费", ("月缴会费",), kind="money"),
    ColumnSpec("family_size", "家庭人口", kind="int"),
)


@pytest.fixture
def specs() -> tuple[ColumnSpec, ...]:
    """Member columns as the member import will declare them (a subset)."""
    return MEMBER_SPECS


@pytest.fixture
def specs_by_key() -> dict[str, ColumnSpec]:
    return {spec.key: spec for spec in MEMBER_SPECS}


@pytest.fixture
def make_xlsx(tmp_path: Path) -> Callable[..., Path]:
    """Write rows (lists of cell values, None = empty) with openpyxl, as a clerk's file would be.

    ``merge`` ranges are merged (e.g. a title row), ``formats`` maps cell → number_format.
    """
    from openpyxl import Workbook

    def build(rows: Sequence[Sequence[object]], name: str = "名单.xlsx", *, merge: Sequence[str] = (),
              formats: dict[str, str] | None = None, first_sheet: str | None = None) -> Path:
        book = Workbook()
        sheet = book.active
        if first_sheet is not None:  # an empty or instructions sheet in front of the data
            sheet.title = first_sheet
            sheet = book.create_sheet("名单")
        for r, row in enumerate(rows, 1):
            for c, value in enumerate(row, 1):
                if value is not None:
                    sheet.cell(r, c, value)
        for cell_range in merge:
            sheet.merge_cells(cell_range)
        for ref, number_format in (formats or {}).items():
            sheet[ref].number_format = number_format
        path = tmp_path / name
        book.save(path)
        return path

    return build


@pytest.fixture
def make_csv(tmp_path: Path) -> Callable[..., Path]:
    def build(text: str, name: str = "名单.csv", encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    return build

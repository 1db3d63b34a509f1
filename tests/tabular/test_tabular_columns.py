"""Header normalisation: the variants clerks type still find their column."""

from __future__ import annotations

import pytest

from desktop.tabular import ColumnSpec, column_letter, normalize_header


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("身份证号码", "身份证号码"),
        ("  身份证号码 ", "身份证号码"),
        ("身份证\n号码", "身份证号码"),
        ("身 份 证 号 码", "身份证号码"),
        ("身份证\u3000号码", "身份证号码"),
        ("*身份证号码", "身份证号码"),
        ("＊身份证号码", "身份证号码"),
        ("身份证号码*", "身份证号码"),
        ("身份证号码(必填)", "身份证号码"),
        ("身份证号码（必填）", "身份证号码"),
        ("*姓名（选填）", "姓名"),
        ("出生日期(格式：2021-03-05)", "出生日期"),
        ("出生日期（格式：2021-03-05）", "出生日期"),
        ("会费【元】", "会费"),
        ("会费(元)(选填)", "会费"),
        ("手机号码：", "手机号码"),
        ("ＱＱ号", "qq号"),
        ("Email", "email"),
        ("(备注)", "(备注)"),  # a header that is only a note stays as it is
        ("", ""),
        (None, ""),
        (2021.0, "2021"),
    ],
)
def test_normalize_header_accepts_the_variants_clerks_type(raw: object, expected: str) -> None:
    assert normalize_header(raw) == expected


def test_synonyms_are_normalised_once_for_matching() -> None:
    spec = ColumnSpec("id_number", "身份证号码", ("身份证号", "公民身份 号码", "身份证号"), kind="id")
    assert spec.names == ("身份证号码", "身份证号", "公民身份号码")


def test_column_spec_rejects_unknown_kind_and_empty_header() -> None:
    with pytest.raises(ValueError, match="kind"):
        ColumnSpec("x", "X", kind="number")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        ColumnSpec("x", " * ")


def test_column_spec_keeps_lists_as_tuples_so_it_stays_hashable() -> None:
    spec = ColumnSpec("g", "性别", kind="choice", choices=["男", "女"])  # type: ignore[arg-type]
    assert spec.choices == ("男", "女")
    assert hash(spec)


@pytest.mark.parametrize(("index", "letters"), [(0, "A"), (25, "Z"), (26, "AA"), (27, "AB"), (701, "ZZ"), (702, "AAA")])
def test_column_letters_match_what_the_spreadsheet_shows(index: int, letters: str) -> None:
    assert column_letter(index) == letters

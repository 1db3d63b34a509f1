"""Records below the header: data rows only, every problem collected with its row and column."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from desktop.tabular import (
    CellProblem,
    ColumnSpec,
    SkippedRow,
    convert_record,
    iter_records,
    locate_header,
    read_rows,
)


def _records(path: Path, specs: tuple[ColumnSpec, ...], skipped: list[SkippedRow] | None = None) -> list[tuple[int, dict[str, object]]]:
    sheet = read_rows(path)
    match = locate_header(sheet, specs)
    return [(r.number, r.values) for r in iter_records(sheet, match, skipped=skipped)]


def test_only_people_are_records(make_xlsx: Callable[..., Path], specs: tuple[ColumnSpec, ...]) -> None:
    path = make_xlsx([
        ["星河镇总工会会员花名册"],
        [],
        ["序号", "姓名", "身份证号码", "会费"],
        [1, "张三", "11010519491231002X", 12],
        [None, None, None, None],
        ["  ", "\u3000", None, " "],
        [2, "李四", "440524188001010014", 24],
        ["序号", "姓名", "身份证号码", "会费"],  # header pasted again
        [3, "王五", "34052419800101001X", 36],
        ["合 计", None, None, 72],
        ["小计", None, None, 72],
        [None, "合计：3人", None, 72],
        ["填表人：赵六", None, "审核人：钱七"],
        ["注：本表一式两份。"],
        [4, None, None, None],  # a number in the unrecognised 序号 column only
    ], merge=["A1:D1"])
    skipped: list[SkippedRow] = []
    records = _records(path, specs, skipped)
    assert [(n, v["name"]) for n, v in records] == [(4, "张三"), (7, "李四"), (9, "王五")]
    assert records[0][1] == {"name": "张三", "id_number": "11010519491231002X", "dues": 12.0}
    reasons = {row.number: row.reason for row in skipped}
    assert reasons[8].startswith("重复的表头")
    assert all(reasons[n].startswith("合计") for n in (10, 11, 12))
    assert reasons[13].startswith("表尾") and reasons[14].startswith("表尾")
    assert 15 in reasons
    assert 5 not in reasons and 6 not in reasons  # blank rows are not worth mentioning


def test_a_row_with_an_id_is_never_taken_for_a_summary(make_csv: Callable[..., Path], specs: tuple[ColumnSpec, ...]) -> None:
    path = make_csv("姓名,身份证号码,备注\n张三,11010519491231002X,合计缴费两次\n")
    assert [n for n, _ in _records(path, specs)] == [2]


def test_full_width_digits_from_chinese_input_methods(make_csv: Callable[..., Path], specs: tuple[ColumnSpec, ...],
                                                     specs_by_key: dict[str, ColumnSpec]) -> None:
    path = make_csv("姓名,身份证号码,入会时间,家庭人口\n张三,１１０１０５１９４９１２３１００２ｘ,２０２１年３月５日,３\n")
    sheet = read_rows(path)
    (record,) = iter_records(sheet, locate_header(sheet, specs))
    assert convert_record(record, specs_by_key) == (
        {"name": "张三", "id_number": "11010519491231002X", "joined_on": date(2021, 3, 5), "family_size": 3}, [])


def test_short_rows_give_empty_values(make_csv: Callable[..., Path], specs: tuple[ColumnSpec, ...]) -> None:
    path = make_csv("姓名,身份证号码,性别\n张三\n")
    assert _records(path, specs) == [(2, {"name": "张三", "id_number": None, "gender": None})]


def test_convert_record_collects_every_problem_with_the_clerks_header(make_xlsx: Callable[..., Path], specs_by_key: dict[str, ColumnSpec], specs: tuple[ColumnSpec, ...]) -> None:
    path = make_xlsx([
        ["姓名", "证件号码", "出生日期", "入会日期", "农民工", "会费", "家庭人口", "手机号"],
        [None, 110105194912310002, "2021-02-30", "2021年3月5号", "也许", "12.345", "三", 13800138000],
        ["张三", "11010519491231002x", "1949/12/31", 44260, "√", 12.5, 3.0, "138 0013 8000"],
    ])
    sheet = read_rows(path)
    match = locate_header(sheet, specs)
    bad, good = list(iter_records(sheet, match))

    values, problems = convert_record(bad, specs_by_key, headers=match.headers)
    assert [(p.row, p.column_header, p.key) for p in problems] == [
        (2, "姓名", "name"),
        (2, "证件号码", "id_number"),
        (2, "出生日期", "birth_date"),
        (2, "农民工", "migrant"),
        (2, "会费", "dues"),
        (2, "家庭人口", "family_size"),
    ]
    assert problems[0].message == "此项必填，不能为空。"
    assert "1.10105E+17" in problems[1].message
    assert problems[2].describe("名单.xlsx") == "文件“名单.xlsx”第2行“出生日期”列：日期“2021-02-30”不存在。请核对年、月、日。"
    assert values["joined_on"] == date(2021, 3, 5)
    assert values["phone"] == "13800138000"
    assert "birth_date" not in values

    values, problems = convert_record(good, specs_by_key, headers=match.headers)
    assert problems == []
    assert values == {
        "name": "张三", "id_number": "11010519491231002X", "birth_date": date(1949, 12, 31),
        "joined_on": date(2021, 3, 5), "migrant": True, "dues": 1250, "family_size": 3, "phone": "138 0013 8000",
    }


def test_without_headers_the_canonical_header_is_used(specs_by_key: dict[str, ColumnSpec]) -> None:
    from desktop.tabular import Record

    _, problems = convert_record(Record(7, {"id_number": 1.1e17, "unknown": "x"}), specs_by_key)
    assert problems == [CellProblem(7, "身份证号码", "id_number", problems[0].message)]
    assert problems[0].describe().startswith("第7行“身份证号码”列：身份证号码被 Excel 存成了数字")

"""Cell converters: what a clerk typed (or Excel turned it into) becomes a clean value or a clear reason."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.tabular import (
    CellError,
    ColumnSpec,
    bool_value,
    convert,
    date_value,
    excel_serial_to_date,
    id_number_text,
    int_value,
    money_fen,
    phone_text,
    text,
)

FULLWIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, ""),
        ("  张三  ", "张三"),
        ("张  三", "张 三"),
        ("星河\n机械厂", "星河 机械厂"),
        (12.0, "12"),
        (12, "12"),
        (12.5, "12.5"),
        (0.1 + 0.2, "0.3"),
        ("ＡＢＣ１２３", "ABC123"),
        ("星河镇（联合）工会，一分会", "星河镇（联合）工会，一分会"),  # Chinese punctuation is kept
        ("\u3000李四\u3000", "李四"),
        (date(2021, 3, 5), "2021-03-05"),
        (datetime(2021, 3, 5), "2021-03-05"),
        (True, "TRUE"),
    ],
)
def test_text_cleans_up_what_clerks_type(raw: object, expected: str) -> None:
    assert text(raw) == expected


def test_phone_typed_as_number_keeps_all_digits() -> None:
    assert phone_text(13800138000.0) == "13800138000"
    assert phone_text("138 0013 8000") == "138 0013 8000"
    assert phone_text('="13800138000"') == "13800138000"  # normalising is the service's job


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("11010519491231002X", "11010519491231002X"),
        ("11010519491231002x", "11010519491231002X"),
        (" 110105 19491231 002x ", "11010519491231002X"),
        ("１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X"),
        ("'440524188001010014", "440524188001010014"),
        ('="440524188001010014"', "440524188001010014"),  # CSV from systems that force text this way
        ("110105491231002", "110105491231002"),  # old 15-digit numbers pass through unchanged
        ("110105194912310000", "110105194912310000"),  # plain digit strings are not second-guessed
        ("12345", "12345"),  # checking the number is the member service's job
        (None, ""),
        ("  ", ""),
    ],
)
def test_id_number_text_normalises_without_validating(raw: object, expected: str) -> None:
    assert id_number_text(raw) == expected


def test_id_number_stored_as_a_number_is_refused_with_what_excel_showed() -> None:
    with pytest.raises(CellError) as caught:
        id_number_text(110105194912310002.0)
    assert caught.value.message == (
        "身份证号码被 Excel 存成了数字（1.10105E+17），后几位已丢失。请把该列设为“文本”格式后重新输入或粘贴原始号码。"
    )


@pytest.mark.parametrize("raw", [110105194912310000, 1.10105e17, "1.10105E+17", "1.10105e17", "1.10105E17",
                                 "１．１０１０５Ｅ＋１７", "110105194912310000.0"])
def test_id_numbers_mangled_by_excel_are_refused(raw: object) -> None:
    with pytest.raises(CellError, match="文本"):
        id_number_text(raw)


def test_short_number_id_is_refused_but_not_said_to_have_lost_digits() -> None:
    with pytest.raises(CellError) as caught:
        id_number_text(110105491231002)
    assert "丢失" not in caught.value.message
    assert "1.10105E+14" in caught.value.message


def test_convert_names_the_column_in_the_number_message() -> None:
    spec = ColumnSpec("credit_code", "统一社会信用代码", kind="id")
    with pytest.raises(CellError, match=r"^统一社会信用代码被 Excel 存成了数字"):
        convert(spec, 9.13501e17)


@pytest.mark.parametrize(
    "raw",
    ["2021-03-05", "2021/3/5", "2021/03/05", "2021.3.5", "2021年3月5日", "2021年3月5号", "2021年03月05日",
     "20210305", "２０２１－０３－０５", "２０２１年３月５日", " 2021-3-5 ", "2021-03-05 00:00:00", "2021/3/5 0:00",
     "2021-03-05T00:00:00", "2021 年 3 月 5 日", date(2021, 3, 5), datetime(2021, 3, 5, 8, 30), 44260, 44260.0,
     44260.75, 20210305, 20210305.0],
)
def test_dates_in_every_format_clerks_use(raw: object) -> None:
    assert date_value(raw) == date(2021, 3, 5)


@pytest.mark.parametrize(("serial", "expected"), [(1, date(1900, 1, 1)), (59, date(1900, 2, 28)),
                                                  (61, date(1900, 3, 1)), (36526, date(2000, 1, 1)),
                                                  (45658, date(2025, 1, 1))])
def test_excel_serials_follow_the_1900_date_system(serial: int, expected: date) -> None:
    assert excel_serial_to_date(serial) == expected
    assert date_value(float(serial)) == expected


def test_serial_60_is_excels_phantom_leap_day() -> None:
    with pytest.raises(CellError, match="1900-02-29"):
        date_value(60)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("2021-02-30", "日期“2021-02-30”不存在。"),
        ("2021年2月29日", "日期“2021年2月29日”不存在。"),
        ("２０２１-１３-０１", "日期“２０２１-１３-０１”不存在。"),
        ("2021年3月", "缺少“日”"),
        ("2021-03", "缺少“日”"),
        ("三月五日", "不是可识别的日期"),
        ("21-3-5", "不是可识别的日期"),
        ("2021-3/5", "不是可识别的日期"),
        (123456789, "不是日期"),
        (0, "不是日期"),
        (True, "不是日期"),
        (time(8, 30), "不是日期"),
    ],
)
def test_bad_dates_say_what_is_wrong(raw: object, message: str) -> None:
    with pytest.raises(CellError) as caught:
        date_value(raw)
    assert message in caught.value.message


def test_empty_date_is_none() -> None:
    assert date_value(None) is None
    assert date_value("  ") is None


_DATE_FORMATS = (
    lambda d: d.isoformat(),
    lambda d: f"{d.year}/{d.month}/{d.day}",
    lambda d: f"{d.year}.{d.month}.{d.day}",
    lambda d: f"{d.year}年{d.month}月{d.day}日",
    lambda d: f"{d.year}年{d.month}月{d.day}号",
    lambda d: d.strftime("%Y%m%d"),
    lambda d: d.isoformat().translate(FULLWIDTH_DIGITS),
)


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)),
       st.sampled_from(range(len(_DATE_FORMATS))))
def test_date_text_round_trip(day: date, style: int) -> None:
    assert date_value(_DATE_FORMATS[style](day)) == day


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(2118, 12, 31)))
def test_excel_serial_round_trip(day: date) -> None:
    serial = (day - date(1899, 12, 30)).days
    assert date_value(serial) == day


@pytest.mark.parametrize(("raw", "expected"), [(3, 3), (3.0, 3), ("3", 3), (" ３ ", 3), ("1,200", 1200),
                                               ("120人", 120), ("5.0", 5), ("-2", -2), (None, None), ("", None)])
def test_int_value(raw: object, expected: int | None) -> None:
    assert int_value(raw) == expected


@pytest.mark.parametrize("raw", [3.5, "三", "3.5", True, "12kg"])
def test_int_value_refuses_non_integers(raw: object) -> None:
    with pytest.raises(CellError, match="不是整数"):
        int_value(raw)


@pytest.mark.parametrize("raw", ["是", "√", "Y", "y", "yes", "YES", "1", 1, 1.0, "true", "TRUE", True, "有", " 是 "])
def test_yes_values(raw: object) -> None:
    assert bool_value(raw) is True


@pytest.mark.parametrize("raw", ["否", "×", "N", "no", "0", 0, 0.0, "false", False, "无"])
def test_no_values(raw: object) -> None:
    assert bool_value(raw) is False


def test_bool_empty_is_unknown_and_nonsense_is_refused() -> None:
    assert bool_value(None) is None
    assert bool_value(" ") is None
    with pytest.raises(CellError, match="请填写“是”或“否”"):
        bool_value("也许")


@pytest.mark.parametrize(("raw", "fen"), [("1,234.50", 123450), ("¥12", 1200), (12, 1200), (12.5, 1250),
                                          (0.1 + 0.2, 30), (1234.56, 123456), ("１２元", 1200), (Decimal("3.2"), 320),
                                          (None, None), ("", None)])
def test_money_in_yuan_becomes_fen(raw: object, fen: int | None) -> None:
    assert money_fen(raw) == fen


@pytest.mark.parametrize(("raw", "message"), [("12.345", "最多两位小数"), (12.345, "最多两位小数"),
                                              ("-5", "不能为负数"), ("十元", "不是有效金额"), (True, "不是金额")])
def test_money_problems_use_the_money_messages(raw: object, message: str) -> None:
    with pytest.raises(CellError, match=message):
        money_fen(raw)


def test_convert_dispatches_by_kind() -> None:
    assert convert(ColumnSpec("g", "性别", kind="choice", choices=("男", "女")), " 男 ") == "男"
    assert convert(ColumnSpec("d", "日期", kind="date"), "2021/3/5") == date(2021, 3, 5)
    assert convert(ColumnSpec("b", "是否", kind="bool"), "√") is True
    assert convert(ColumnSpec("m", "金额", kind="money"), "1.5") == 150
    assert convert(ColumnSpec("n", "人数", kind="int"), "7") == 7
    assert convert(ColumnSpec("p", "电话", kind="phone"), 13800138000.0) == "13800138000"
    assert convert(ColumnSpec("i", "证件号码", kind="id"), "11010519491231002x") == "11010519491231002X"
    assert convert(ColumnSpec("t", "备注"), 12.0) == "12"


def test_messages_use_full_width_punctuation() -> None:
    messages = []
    for call, value in ((date_value, "2021-02-30"), (date_value, "abc"), (int_value, "x"), (bool_value, "x"),
                        (id_number_text, 1.1e17), (money_fen, "x")):
        with pytest.raises(CellError) as caught:
            call(value)
        messages.append(caught.value.message)
    for message in messages:
        assert message.endswith("。")
        assert not re.search(r"[\u4e00-\u9fff][,:]", message), message

"""Integer-fen money parsing, formatting and 大写 amounts."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.money import (
    MAX_WORDS_FEN,
    InvalidAmount,
    amount_in_words,
    format_amount,
    parse_amount,
)

HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("1,234.5", 123450),
        ("¥1234.50", 123450),
        ("￥1,234.56", 123456),
        ("1234元", 123400),
        (" 12 ", 1200),
        ("0.05", 5),
        ("１２３４．５６", 123456),
        ("1，234，567.8", 123456780),
        ("人民币12.3元", 1230),
        ("RMB 1,000", 100000),
        ("0", 0),
        ("-0", 0),
        (".5", 50),
        (12, 1200),
        (Decimal("12.34"), 1234),
        (Decimal("1.500"), 150),
    ],
)
def test_parse_amount(text: str | int | Decimal, fen: int) -> None:
    assert parse_amount(text) == fen


def _error(text: str | int | Decimal, **kwargs: bool) -> str:
    with pytest.raises(InvalidAmount) as info:
        parse_amount(text, **kwargs)
    message = str(info.value)
    assert HAN.search(message), message
    return message


def test_too_many_decimals() -> None:
    message = _error("0.125")
    assert "金额最多两位小数" in message and "0.125" in message and "3位" in message
    assert "金额最多两位小数" in _error(Decimal("1.234"))


def test_negative_amounts() -> None:
    assert "-12" in _error("-12")
    assert "负数" in _error("-¥1,234.56")
    assert parse_amount("-¥1,234.56", allow_negative=True) == -123456
    assert parse_amount("¥-3", allow_negative=True) == -300
    assert parse_amount(-5, allow_negative=True) == -500
    assert parse_amount(Decimal("-0.01"), allow_negative=True) == -1


def test_garbage_names_the_text() -> None:
    assert "abc" in _error("abc")
    assert "12元5角" in _error("12元5角")
    assert "1.2.3" in _error("1.2.3")
    assert "为空" in _error("   ")
    assert "千位分隔符" in _error("12,34")
    assert "¥" in _error("¥")


def test_floats_and_bools_are_refused() -> None:
    with pytest.raises(TypeError):
        parse_amount(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_amount(True)
    with pytest.raises(TypeError):
        format_amount(1.5)  # type: ignore[arg-type]


def test_format_amount() -> None:
    assert format_amount(123456) == "¥1,234.56"
    assert format_amount(-123456) == "-¥1,234.56"
    assert format_amount(0) == "¥0.00"
    assert format_amount(5) == "¥0.05"
    assert format_amount(100000000) == "¥1,000,000.00"


@pytest.mark.parametrize(
    ("fen", "words"),
    [
        (1234567, "人民币壹万贰仟叁佰肆拾伍元陆角柒分"),
        (10005, "人民币壹佰元零伍分"),
        (2030405060, "人民币贰仟零叁拾万肆仟零伍拾元陆角整"),
        (10000, "人民币壹佰元整"),
        (0, "人民币零元整"),
        (50, "人民币伍角整"),
        (5, "人民币伍分"),
        (55, "人民币伍角伍分"),
        (100000000, "人民币壹佰万元整"),
        (1000000001, "人民币壹仟万元零壹分"),
        (1000000100, "人民币壹仟万零壹元整"),
        (1000, "人民币壹拾元整"),
        (100500, "人民币壹仟零伍元整"),
        (105000, "人民币壹仟零伍拾元整"),
        (168032, "人民币壹仟陆佰捌拾元叁角贰分"),
        (10150000, "人民币壹拾万壹仟伍佰元整"),
        (10000000000, "人民币壹亿元整"),
        (10000010000, "人民币壹亿零壹佰元整"),
        (10010000000, "人民币壹亿零壹拾万元整"),
        (10001000000, "人民币壹亿零壹万元整"),
        (12000345600, "人民币壹亿贰仟万叁仟肆佰伍拾陆元整"),
        (12000045600, "人民币壹亿贰仟万零肆佰伍拾陆元整"),
        (100000000000000, "人民币壹万亿元整"),
        (100010000000000, "人民币壹万零壹亿元整"),
        (
            MAX_WORDS_FEN,
            "人民币玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
        ),
    ],
)
def test_amount_in_words(fen: int, words: str) -> None:
    assert amount_in_words(fen) == words


def test_amount_in_words_rejects() -> None:
    with pytest.raises(InvalidAmount, match="负数"):
        amount_in_words(-1)
    with pytest.raises(InvalidAmount, match="万亿"):
        amount_in_words(MAX_WORDS_FEN + 1)


_DIGITS = {c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")}
_SMALL = {"拾": 10, "佰": 100, "仟": 1000}


def _words_to_fen(words: str) -> int:
    """Independent reader of 大写 amounts, used to check amount_in_words."""
    body = words.removeprefix("人民币").removesuffix("整")
    yuan_text, _, rest = body.rpartition("元")
    yi = wan = section = number = 0
    for ch in yuan_text:
        if ch in _DIGITS:
            number = _DIGITS[ch]
        elif ch in _SMALL:
            section, number = section + number * _SMALL[ch], 0
        elif ch == "万":
            wan, section, number = (section + number) * 10**4, 0, 0
        elif ch == "亿":
            yi, wan, section, number = (wan + section + number) * 10**8, 0, 0, 0
    fen = (yi + wan + section + number) * 100
    for value, unit in re.findall(r"([壹贰叁肆伍陆柒捌玖])([角分])", rest):
        fen += _DIGITS[value] * (10 if unit == "角" else 1)
    return fen


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=MAX_WORDS_FEN))
def test_amount_in_words_properties(fen: int) -> None:
    words = amount_in_words(fen)
    assert words.startswith("人民币")
    assert words.endswith(("整", "分"))
    assert "零零" not in words
    assert not re.search(r"零[元万亿角分整]", words) or words == "人民币零元整"
    assert ("分" in words) == (fen % 10 != 0)
    assert _words_to_fen(words) == fen


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**22))
def test_format_parse_round_trip(fen: int) -> None:
    assert parse_amount(format_amount(fen)) == fen


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_format_parse_round_trip_negative_allowed(fen: int) -> None:
    assert parse_amount(format_amount(fen), allow_negative=True) == fen

"""GB 11643-1999 resident ID numbers."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.id_number import (
    PROVINCES,
    IdNumberInfo,
    InvalidIdNumber,
    check_character,
    convert_15_to_18,
    parse_id_number,
)

TODAY = date(2026, 6, 1)
HAN = re.compile(r"[\u4e00-\u9fff]")


def _error(text: str) -> str:
    with pytest.raises(InvalidIdNumber) as info:
        parse_id_number(text, today=TODAY)
    message = str(info.value)
    assert HAN.search(message), message
    return message


def test_standard_examples() -> None:
    info = parse_id_number("11010519491231002X", today=TODAY)
    assert info == IdNumberInfo(
        "11010519491231002X", date(1949, 12, 31), "女", "11", False
    )
    old = parse_id_number("440524188001010014", today=TODAY)
    assert (old.birth_date, old.gender, old.province_code) == (
        date(1880, 1, 1),
        "男",
        "44",
    )
    assert parse_id_number("34052419800101001X", today=TODAY).gender == "男"


def test_check_character() -> None:
    assert check_character("11010519491231002") == "X"
    assert check_character("44052418800101001") == "4"
    assert check_character("34052419800101001") == "X"
    with pytest.raises(InvalidIdNumber):
        check_character("1101051949123100")
    with pytest.raises(InvalidIdNumber):
        check_character("1101051949123100A")


@pytest.mark.parametrize(
    "text",
    [
        " 11010519491231002x ",
        "110105 19491231 002X",
        "１１０１０５１９４９１２３１００２Ｘ",
    ],
)
def test_normalisation(text: str) -> None:
    assert parse_id_number(text, today=TODAY).number == "11010519491231002X"


def test_15_digit_conversion() -> None:
    assert convert_15_to_18("110105491231002") == "11010519491231002X"
    info = parse_id_number("110105491231002", today=TODAY)
    assert info.number == "11010519491231002X"
    assert info.converted_from_15 is True
    assert info.birth_date == date(1949, 12, 31)
    with pytest.raises(InvalidIdNumber, match="15位"):
        convert_15_to_18("11010519491231002X")
    with pytest.raises(InvalidIdNumber, match="第7位"):
        convert_15_to_18("110105X91231002")


def test_length_message_names_length() -> None:
    assert (
        _error("11010519491231002")
        == "身份证号码应为18位，现为17位，请核对后重新输入。"
    )
    assert "现为19位" in _error("11010519491231002X1")
    assert "为空" in _error("   ")


def test_check_character_message_names_expected() -> None:
    message = _error("110105194912310021")
    assert "校验位" in message and "应为X" in message and "GB 11643" in message


def test_bad_characters() -> None:
    assert "第11位“X”" in _error("1101051949X231002X")
    assert "第18位“Y”" in _error("11010519491231002Y")
    assert "第1位" in _error(
        "١١٠١٠٥١٩٤٩١٢٣١٠٠٢X"
    )  # Arabic-Indic digits are not accepted


def test_birth_date_rules() -> None:
    assert "19491331" in _error("110105" + "19491331" + "0021")
    assert "18791231" in _error("110105" + "18791231" + "0021")
    first17 = "110105" + "20260602" + "002"
    assert "20260602" in _error(first17 + check_character(first17))
    first17 = "110105" + "20260601" + "002"
    assert (
        parse_id_number(first17 + check_character(first17), today=TODAY).birth_date
        == TODAY
    )


def test_province_codes() -> None:
    assert "99" in _error("990105194912310021")
    for code in ("91", "16", "47", "55", "72", "84"):
        first17 = code + "010519491231002"
        assert f"省份代码{code}" in _error(first17 + check_character(first17))
    for code in ("71", "81", "82", "83", "65", "50"):
        first17 = code + "999919491231002"  # unknown county codes are not rejected
        assert (
            parse_id_number(
                first17 + check_character(first17), today=TODAY
            ).province_code
            == code
        )


def test_gender_from_17th_digit() -> None:
    for digit, gender in (("1", "男"), ("2", "女"), ("9", "男"), ("0", "女")):
        first17 = "1101051990010100" + digit
        assert (
            parse_id_number(first17 + check_character(first17), today=TODAY).gender
            == gender
        )


DIGITS = "0123456789"


@st.composite
def valid_first17(draw: st.DrawFn) -> str:
    province = draw(st.sampled_from(sorted(PROVINCES)))
    county = draw(st.text(DIGITS, min_size=4, max_size=4))
    born = draw(st.dates(min_value=date(1880, 1, 1), max_value=TODAY))
    seq = draw(st.text(DIGITS, min_size=3, max_size=3))
    return f"{province}{county}{born:%Y%m%d}{seq}"


@settings(max_examples=200, deadline=None)
@given(first17=valid_first17(), data=st.data())
def test_check_character_makes_valid_and_any_single_change_invalid(
    first17: str, data: st.DataObject
) -> None:
    number = first17 + check_character(first17)
    info = parse_id_number(number, today=TODAY)
    assert info.number == number
    assert info.birth_date.strftime("%Y%m%d") == number[6:14]
    pos = data.draw(st.integers(0, 17))
    choices = [c for c in (DIGITS + "X" if pos == 17 else DIGITS) if c != number[pos]]
    replacement = data.draw(st.sampled_from(choices))
    altered = number[:pos] + replacement + number[pos + 1 :]
    with pytest.raises(InvalidIdNumber):
        parse_id_number(altered, today=TODAY)

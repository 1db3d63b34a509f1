"""GB 32100-2015 unified social credit codes."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.credit_code import (
    ALPHABET,
    REGISTRATION_AUTHORITIES,
    InvalidCreditCode,
    credit_check_character,
    describe_credit_code,
    organization_check_character,
    validate_credit_code,
)

HAN = re.compile(r"[\u4e00-\u9fff]")


def _error(text: str) -> str:
    with pytest.raises(InvalidCreditCode) as info:
        validate_credit_code(text)
    message = str(info.value)
    assert HAN.search(message), message
    return message


@pytest.mark.parametrize("code", ["91350100M000100Y43", "91110108551385082Q"])
def test_valid_examples(code: str) -> None:
    assert validate_credit_code(code) == code
    assert credit_check_character(code[:17]) == code[17]
    assert organization_check_character(code[8:16]) == code[16]


def test_normalisation() -> None:
    assert validate_credit_code(" 91350100m000100y43 ") == "91350100M000100Y43"
    assert (
        validate_credit_code("９１３５０１００Ｍ０００１００Ｙ４３")
        == "91350100M000100Y43"
    )
    assert validate_credit_code("9135 0100 M000 100Y 43") == "91350100M000100Y43"


def test_wrong_check_character() -> None:
    message = _error("91350100M000100Y44")
    assert "第18位" in message and "应为“3”" in message


def test_wrong_organization_code_check() -> None:
    message = _error("91310115MA1H8R7C6D")
    assert "组织机构代码" in message and "第17位" in message and "应为“4”" in message


def test_length_and_illegal_characters() -> None:
    assert "现为17位" in _error("91350100M000100Y4")
    assert "为空" in _error("")
    for pos, bad in ((3, "I"), (9, "O"), (12, "S"), (1, "V"), (18, "Z"), (5, "-")):
        code = "91350100M000100Y43"
        message = _error(code[: pos - 1] + bad + code[pos:])
        assert f"第{pos}位“{bad}”" in message and "不使用I、O、S、V、Z" in message


def test_organization_check_values() -> None:
    assert organization_check_character("M000100Y") == "4"
    assert organization_check_character("55138508") == "2"
    # 10 → X and 11 → 0 (brute-force a body for each remainder).
    found = {organization_check_character(f"{n:08d}") for n in range(200)}
    assert {"X", "0"} <= found
    assert found <= set("0123456789X")


def test_helpers_reject_bad_input() -> None:
    with pytest.raises(InvalidCreditCode):
        credit_check_character("9135")
    with pytest.raises(InvalidCreditCode):
        credit_check_character("91350100M000100YI")
    with pytest.raises(InvalidCreditCode):
        organization_check_character("M000")


def test_describe() -> None:
    assert REGISTRATION_AUTHORITIES["8"] == "工会"
    assert REGISTRATION_AUTHORITIES["5"] == "民政"
    text = describe_credit_code("91350100M000100Y43")
    assert "市场监管" in text and "350100" in text and "M000100Y-4" in text


@st.composite
def valid_first17(draw: st.DrawFn) -> str:
    head = draw(st.text(ALPHABET, min_size=8, max_size=8))
    body = draw(st.text(ALPHABET, min_size=8, max_size=8))
    return head + body + organization_check_character(body)


@settings(max_examples=200, deadline=None)
@given(first17=valid_first17(), data=st.data())
def test_check_character_validates_and_single_change_invalidates(
    first17: str, data: st.DataObject
) -> None:
    code = first17 + credit_check_character(first17)
    assert validate_credit_code(code) == code
    assert validate_credit_code(code.lower()) == code
    pos = data.draw(st.integers(0, 17))
    replacement = data.draw(st.sampled_from([c for c in ALPHABET if c != code[pos]]))
    with pytest.raises(InvalidCreditCode):
        validate_credit_code(code[:pos] + replacement + code[pos + 1 :])

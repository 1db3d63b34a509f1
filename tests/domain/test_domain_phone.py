"""Mainland mobile number normalisation."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.phone import InvalidPhone, normalize_mobile

HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize(
    "text",
    [
        "13812348000",
        " 138 1234 8000 ",
        "138-1234-8000",
        "+86 138 1234 8000",
        "+86-13812348000",
        "8613812348000",
        "0086 13812348000",
        "１３８１２３４８０００",
        "138－1234－8000",
    ],
)
def test_accepted_forms(text: str) -> None:
    assert normalize_mobile(text) == "13812348000"


def _error(text: str) -> str:
    with pytest.raises(InvalidPhone) as info:
        normalize_mobile(text)
    message = str(info.value)
    assert HAN.search(message), message
    assert "11位" in message
    return message


def test_rejected() -> None:
    assert "现为10位" in _error("1381234800")
    assert "现为12位" in _error("138123480001")
    assert "12812348000" in _error("12812348000")
    assert "23812348000" in _error("23812348000")
    assert "非数字" in _error("138abcd8000")
    assert "为空" in _error("  ")
    _error("86138123480")  # 11 digits starting with 86 is not a prefix case


@settings(max_examples=200, deadline=None)
@given(
    second=st.sampled_from("3456789"),
    rest=st.text("0123456789", min_size=9, max_size=9),
    prefix=st.sampled_from(["", "+86", "86", "+86 ", "0086"]),
    sep=st.sampled_from(["", " ", "-"]),
)
def test_formatted_numbers_normalise(
    second: str, rest: str, prefix: str, sep: str
) -> None:
    number = "1" + second + rest
    text = prefix + sep.join([number[:3], number[3:7], number[7:]])
    assert normalize_mobile(text) == number


@settings(max_examples=200, deadline=None)
@given(
    second=st.sampled_from("012"), rest=st.text("0123456789", min_size=9, max_size=9)
)
def test_bad_second_digit_rejected(second: str, rest: str) -> None:
    with pytest.raises(InvalidPhone):
        normalize_mobile("1" + second + rest)

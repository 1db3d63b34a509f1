"""Masking of ID numbers, phone numbers and bank accounts."""

from __future__ import annotations

from desktop.domain.masking import mask_bank_account, mask_id_number, mask_phone


def test_mask_id_number() -> None:
    assert mask_id_number("11010519491231002X") == "110105********002X"
    assert mask_id_number(" 11010519491231002x ") == "110105********002X"
    assert mask_id_number("110105491231002") == "110105******002"
    assert mask_id_number("A1234567") == "A******7"
    assert mask_id_number("ab") == "**"
    assert mask_id_number("") == ""


def test_mask_phone() -> None:
    assert mask_phone("13812348000") == "138****8000"
    assert mask_phone("+86 138-1234-8000") == "138****8000"
    assert mask_phone("010-12345678") == "010*****5678"
    assert mask_phone("12345678") == "1******8"
    assert mask_phone("") == ""


def test_mask_bank_account() -> None:
    assert mask_bank_account("6222 0202 0011 2345 678") == "**** **** **** 5678"
    assert mask_bank_account("6222020200112345678") == "**** **** **** 5678"
    assert mask_bank_account("1234") == "****"
    assert mask_bank_account("") == ""

"""Unified social credit codes (GB 32100-2015) and their GB 11714 organization codes."""

from __future__ import annotations

from ._text import compact
from .errors import DomainError

__all__ = [
    "ALPHABET",
    "ORGANIZATION_TYPES",
    "REGISTRATION_AUTHORITIES",
    "InvalidCreditCode",
    "credit_check_character",
    "describe_credit_code",
    "organization_check_character",
    "validate_credit_code",
]

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_VALUES = {ch: i for i, ch in enumerate(ALPHABET)}
_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)

# First character: the registration authority (GB 32100-2015 table 1, abridged).
REGISTRATION_AUTHORITIES: dict[str, str] = {
    "1": "机构编制",
    "5": "民政",
    "8": "工会",
    "9": "市场监管（原工商）",
    "Y": "其他",
}

# Second character, per registration authority (abridged).
ORGANIZATION_TYPES: dict[str, dict[str, str]] = {
    "1": {"1": "机关", "2": "事业单位", "9": "其他"},
    "5": {"1": "社会团体", "2": "民办非企业单位", "3": "基金会", "9": "其他"},
    "8": {"1": "工会法人", "9": "其他"},
    "9": {"1": "企业", "2": "个体工商户", "3": "农民专业合作社"},
}


class InvalidCreditCode(DomainError):
    """The text is not a valid unified social credit code."""


def _check_alphabet(text: str, what: str) -> None:
    for pos, ch in enumerate(text, start=1):
        if ch not in _VALUES:
            raise InvalidCreditCode(
                f"{what}第{pos}位“{ch}”不是合法字符（不使用I、O、S、V、Z），请核对。"
            )


def credit_check_character(first17: str) -> str:
    """Return the 18th (check) character for the first 17 characters."""
    if len(first17) != 17:
        raise InvalidCreditCode(
            f"计算校验位需要统一社会信用代码的前17位，现为{len(first17)}位，请核对。"
        )
    _check_alphabet(first17, "统一社会信用代码")
    total = sum(_VALUES[ch] * w for ch, w in zip(first17, _WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def _org_value(ch: str) -> int:
    if ch.isascii() and ch.isdigit():
        return int(ch)
    if ch.isascii() and ch.isupper():
        return ord(ch) - ord("A") + 10
    raise InvalidCreditCode(f"组织机构代码中的“{ch}”不是数字或大写字母，请核对。")


def organization_check_character(body8: str) -> str:
    """Return the GB 11714 check character for an 8-character organization code body."""
    if len(body8) != 8:
        raise InvalidCreditCode(
            f"计算组织机构代码校验位需要8位本体代码，现为{len(body8)}位，请核对。"
        )
    total = sum(_org_value(ch) * w for ch, w in zip(body8, _ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def validate_credit_code(text: str) -> str:
    """Return the normalized code (no whitespace, half-width, upper case) or raise."""
    code = compact(text).upper()
    if not code:
        raise InvalidCreditCode("统一社会信用代码为空，请输入18位代码。")
    if len(code) != 18:
        raise InvalidCreditCode(
            f"统一社会信用代码应为18位，现为{len(code)}位，请核对。"
        )
    _check_alphabet(code, "统一社会信用代码")
    org_expected = organization_check_character(code[8:16])
    if code[16] != org_expected:
        raise InvalidCreditCode(
            "统一社会信用代码第9至17位的组织机构代码校验不符："
            f"第17位是“{code[16]}”，按GB 11714应为“{org_expected}”，请核对。"
        )
    expected = credit_check_character(code[:17])
    if code[17] != expected:
        raise InvalidCreditCode(
            f"统一社会信用代码校验位错误：第18位是“{code[17]}”，应为“{expected}”，请核对。"
        )
    return code


def describe_credit_code(code: str) -> str:
    """One-line Chinese description of a valid code's parts (validates first)."""
    code = validate_credit_code(code)
    authority = REGISTRATION_AUTHORITIES.get(code[0], f"代码{code[0]}")
    kind = ORGANIZATION_TYPES.get(code[0], {}).get(code[1], f"代码{code[1]}")
    return (
        f"登记管理部门：{authority}；机构类别：{kind}；"
        f"登记管理机关行政区划码：{code[2:8]}；组织机构代码：{code[8:16]}-{code[16]}"
    )

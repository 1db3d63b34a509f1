"""Resident identity card numbers (GB 11643-1999)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from operator import mul

from ._text import compact, is_ascii_digits
from .errors import DomainError

__all__ = [
    "EARLIEST_BIRTH_DATE",
    "PROVINCES",
    "IdNumberInfo",
    "InvalidIdNumber",
    "check_character",
    "convert_15_to_18",
    "parse_id_number",
]

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"

# The standard's own example (440524188001010014) was born in 1880.
EARLIEST_BIRTH_DATE = date(1880, 1, 1)

PROVINCES: dict[str, str] = {
    "11": "北京",
    "12": "天津",
    "13": "河北",
    "14": "山西",
    "15": "内蒙古",
    "21": "辽宁",
    "22": "吉林",
    "23": "黑龙江",
    "31": "上海",
    "32": "江苏",
    "33": "浙江",
    "34": "安徽",
    "35": "福建",
    "36": "江西",
    "37": "山东",
    "41": "河南",
    "42": "湖北",
    "43": "湖南",
    "44": "广东",
    "45": "广西",
    "46": "海南",
    "50": "重庆",
    "51": "四川",
    "52": "贵州",
    "53": "云南",
    "54": "西藏",
    "61": "陕西",
    "62": "甘肃",
    "63": "青海",
    "64": "宁夏",
    "65": "新疆",
    "71": "台湾",
    "81": "香港居民",
    "82": "澳门居民",
    "83": "台湾居民",
}


class InvalidIdNumber(DomainError):
    """The text is not a valid resident identity card number."""


@dataclass(frozen=True)
class IdNumberInfo:
    """A validated 18-digit ID number and the facts encoded in it."""

    number: str
    birth_date: date
    gender: str  # "男" or "女" (17th digit odd = male)
    province_code: str
    converted_from_15: bool


def check_character(first17: str) -> str:
    """Return the GB 11643 check character for the first 17 digits."""
    if len(first17) != 17 or not is_ascii_digits(first17):
        raise InvalidIdNumber(
            f"计算身份证校验位需要17位数字，收到的是“{first17}”，请核对。"
        )
    total = sum(map(mul, map(int, first17), _WEIGHTS))
    return _CHECK_CHARS[total % 11]


def _normalize(text: str) -> str:
    return compact(text).upper()


def _require_digits(number: str, *, allow_final_x: bool) -> None:
    if number.isascii() and (number.isdigit() or (allow_final_x and number[:-1].isdigit() and number[-1] == "X")):
        return
    for pos, ch in enumerate(number, start=1):
        if ch.isascii() and ch.isdigit():
            continue
        if allow_final_x and ch == "X" and pos == len(number):
            continue
        hint = "只能是数字，仅第18位可为X" if allow_final_x else "15位号码只能是数字"
        raise InvalidIdNumber(
            f"身份证号码第{pos}位“{ch}”无效（{hint}），请核对后重新输入。"
        )


def convert_15_to_18(text: str) -> str:
    """Convert a 15-digit number to 18 digits (insert "19", append the check)."""
    number = _normalize(text)
    if len(number) != 15:
        raise InvalidIdNumber(
            f"只有15位身份证号码才能升位，现为{len(number)}位，请核对。"
        )
    _require_digits(number, allow_final_x=False)
    first17 = number[:6] + "19" + number[6:]
    return first17 + check_character(first17)


def _birth_date(digits: str, today: date) -> date:
    try:
        born = date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise InvalidIdNumber(
            f"身份证号码中的出生日期{digits}不是有效日期，请核对。"
        ) from None
    if born < EARLIEST_BIRTH_DATE:
        raise InvalidIdNumber(
            f"身份证号码中的出生日期{digits}早于1880年1月1日，请核对。"
        )
    if born > today:
        raise InvalidIdNumber(
            f"身份证号码中的出生日期{digits}晚于今天{today:%Y%m%d}，请核对。"
        )
    return born


def parse_id_number(text: str, *, today: date | None = None) -> IdNumberInfo:
    """Validate an 18- or 15-digit ID number and return what it encodes.

    Whitespace is removed, full-width digits and a lower-case x are accepted.
    Raises InvalidIdNumber with a Chinese message on any problem.
    """
    today = today or date.today()
    if len(text) == 18 and text.isascii() and text[:17].isdigit() and (text[17].isdigit() or text[17] == "X"):
        number = text  # already normalised: the common case in a large import
    else:
        number = _normalize(text)
    if not number:
        raise InvalidIdNumber("身份证号码为空，请输入18位身份证号码。")
    converted = len(number) == 15
    if converted:
        number = convert_15_to_18(number)
    elif len(number) != 18:
        raise InvalidIdNumber(
            f"身份证号码应为18位，现为{len(number)}位，请核对后重新输入。"
        )
    else:
        _require_digits(number, allow_final_x=True)

    province = number[:2]
    if province not in PROVINCES:
        raise InvalidIdNumber(f"身份证号码前两位省份代码{province}无效，请核对。")
    born = _birth_date(number[6:14], today)
    expected = check_character(number[:17])
    if number[17] != expected:
        raise InvalidIdNumber(
            f"身份证号码校验位错误：第18位是{number[17]}，按GB 11643应为{expected}，"
            "请核对是否输错。"
        )
    gender = "男" if int(number[16]) % 2 == 1 else "女"
    return IdNumberInfo(
        number=number,
        birth_date=born,
        gender=gender,
        province_code=province,
        converted_from_15=converted,
    )

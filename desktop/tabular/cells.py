"""Cell converters: raw spreadsheet values → Python values, or a short ``CellError``.

Messages say what is wrong and what to do, without the location (the caller adds the
row number and the column header).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from desktop.domain._text import compact, to_halfwidth
from desktop.domain.money import InvalidAmount, parse_amount

from .columns import ColumnSpec
from .errors import CellError

__all__ = [
    "bool_value",
    "convert",
    "date_value",
    "excel_serial_to_date",
    "id_number_text",
    "int_value",
    "money_fen",
    "phone_text",
    "text",
]

# Only digits, letters and the ideographic space: Chinese names keep their （） and ，.
_ALNUM_HALFWIDTH = {cp: cp - 0xFEE0 for cp in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B),
                                                  *range(0xFF41, 0xFF5B))}
_ALNUM_HALFWIDTH[0x3000] = 0x20


def _number_text(value: float) -> str:
    if value.is_integer():
        return str(int(value))
    return format(value, ".15g")  # Excel keeps 15 significant digits


def text(value: object) -> str:
    """Any cell → trimmed text; 12.0 → "12"; full-width digits/letters → half-width."""
    if isinstance(value, str):
        return " ".join(value.translate(_ALNUM_HALFWIDTH).split())
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return _number_text(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return " ".join(str(value).translate(_ALNUM_HALFWIDTH).split())


_EXCEL_TEXT_FORMULA = re.compile(r'="(.*)"')  # ="110105…" — how some systems force text in a CSV


def _unwrap(value: str) -> str:
    match = _EXCEL_TEXT_FORMULA.fullmatch(value.strip())
    return match[1] if match else value


def phone_text(value: object) -> str:
    """Phone numbers as text (13800138000.0 → "13800138000"); checking is the service's job."""
    return text(_unwrap(value) if isinstance(value, str) else value)


def _excel_display(value: float) -> str:
    """How Excel's General format shows a long number: 1.10105E+17."""
    if abs(value) < 1e11 and float(value).is_integer():
        return str(int(value))
    mantissa, exponent = f"{value:.5E}".split("E")
    mantissa = mantissa.rstrip("0").rstrip(".")
    return f"{mantissa}E{exponent[0]}{int(exponent[1:]):02d}"


_SCIENTIFIC = re.compile(r"[+-]?\d+(?:\.\d*)?E[+-]?\d+")
_FLOAT_DIGITS = re.compile(r"\d{11,}\.\d+")
_TEXT_FORMAT_HINT = "请把该列设为“文本”格式后重新输入或粘贴原始号码。"


def id_number_text(value: object, label: str = "身份证号码") -> str:
    """An identity/credit-code number as typed: spaces removed, x → X; "" when empty.

    Numbers are refused: Excel keeps 15 significant digits, so an 18-digit ID stored as a
    number has lost its last digits (110105194912310000 shows as 1.10105E+17). The check
    digit is not verified here.
    """
    if value is None:
        return ""
    if isinstance(value, bool) or isinstance(value, date | time | timedelta):
        raise CellError(f"{label}应为文字，“{text(value)}”不是号码。")
    if isinstance(value, int | float):
        shown = _excel_display(float(value))
        if abs(value) >= 1e15:
            raise CellError(f"{label}被 Excel 存成了数字（{shown}），后几位已丢失。{_TEXT_FORMAT_HINT}")
        raise CellError(f"{label}被 Excel 存成了数字（{shown}）。{_TEXT_FORMAT_HINT}")
    result = compact(_unwrap(str(value))).lstrip("'`").upper()
    if _SCIENTIFIC.fullmatch(result):
        raise CellError(f"{label}被 Excel 存成了数字（{result}），后几位已丢失。{_TEXT_FORMAT_HINT}")
    if _FLOAT_DIGITS.fullmatch(result):
        raise CellError(f"{label}“{result}”带有小数点，是被存成数字后又转回的文字，可能已不准确。{_TEXT_FORMAT_HINT}")
    return result


# ---------------------------------------------------------------- dates

_EXCEL_EPOCH = date(1899, 12, 30)  # serial 61 = 1900-03-01 (Excel's phantom 1900-02-29 is 60)
_TIME_SUFFIX = re.compile(r"\s*(?:T|\s)\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_DATE_PATTERNS = (
    re.compile(r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"),
    re.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]?"),
    re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})"),
)
_MONTH_ONLY = re.compile(r"(?P<y>\d{4})(?:[-/.]|年)(?P<m>\d{1,2})月?")
_DATE_HINT = "请写成 2021-03-05 这样的日期。"


def excel_serial_to_date(serial: float) -> date:
    """Excel 1900 date system: 1 = 1900-01-01, 59 = 1900-02-28, 61 = 1900-03-01 (60 never existed)."""
    day = int(serial)
    if day == 60:
        raise CellError("Excel 日期序号 60 对应的 1900-02-29 并不存在。" + _DATE_HINT)
    if day < 1:
        raise CellError(f"“{_number_text(float(serial))}”不是日期。{_DATE_HINT}")
    return _EXCEL_EPOCH + timedelta(days=day if day > 60 else day + 1)


def _make_date(year: int, month: int, day: int, shown: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise CellError(f"日期“{shown}”不存在。请核对年、月、日。") from None


def date_value(value: object) -> date | None:
    """A date from a date cell, an Excel serial number, or text such as 2021-03-05,
    2021/3/5, 2021.3.5, 2021年3月5日, 2021年3月5号, 20210305 (full-width digits too)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool) or isinstance(value, time | timedelta):
        raise CellError(f"“{text(value)}”不是日期。{_DATE_HINT}")
    if isinstance(value, int | float):
        if 1 <= value < 80000:
            return excel_serial_to_date(value)
        if float(value).is_integer() and 10000101 <= value <= 99991231:
            return _date_from_text(str(int(value)))  # 20210305 typed into a General cell
        raise CellError(f"“{_number_text(float(value))}”不是日期。{_DATE_HINT}")
    return _date_from_text(str(value))


def _date_from_text(raw: str) -> date | None:
    shown = " ".join(raw.split())
    if not shown:
        return None
    body = compact(_TIME_SUFFIX.sub("", to_halfwidth(shown)))
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(body)
        if match:
            return _make_date(int(match["y"]), int(match["m"]), int(match["d"]), shown)
    if _MONTH_ONLY.fullmatch(body):
        raise CellError(f"日期“{shown}”缺少“日”。请写完整，如 2021-03-01。")
    raise CellError(f"“{shown}”不是可识别的日期。{_DATE_HINT}")


# ---------------------------------------------------------------- numbers and yes/no

_INT_TEXT = re.compile(r"[+-]?\d+(?:\.0*)?")
_COUNT_UNITS = ("人", "名", "个", "位", "户", "家")


def int_value(value: object) -> int | None:
    """A whole number: 12, 12.0, "12", "1,200", "１２", "120人"; empty → None."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise CellError(f"“{text(value)}”不是整数。请填写数字，如 12。")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise CellError(f"“{_number_text(value)}”不是整数。请填写不带小数的数字，如 12。")
    body = compact(text(value)).replace(",", "")
    if not body:
        return None
    for unit in _COUNT_UNITS:
        body = body.removesuffix(unit)
    if _INT_TEXT.fullmatch(body):
        return int(body.split(".")[0])
    raise CellError(f"“{text(value)}”不是整数。请填写数字，如 12。")


_TRUE = frozenset({"是", "√", "✓", "✔", "y", "yes", "1", "true", "有", "对"})
_FALSE = frozenset({"否", "×", "✗", "✘", "n", "no", "0", "false", "无", "不是", "没有"})


def bool_value(value: object) -> bool | None:
    """是/否, √/×, Y/N, yes/no, 1/0, true/false, 有/无; empty → None."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    key = compact(text(value)).lower()
    if not key:
        return None
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise CellError(f"“{text(value)}”无法识别。请填写“是”或“否”。")


def money_fen(value: object) -> int | None:
    """A yuan amount → integer fen (via desktop.domain.money); empty → None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise CellError(f"“{text(value)}”不是金额。请填写数字，如 1234.50。")
    if isinstance(value, float):
        value = Decimal(format(value, ".15g"))  # what Excel shows, not the binary float
    elif isinstance(value, str):
        value = value.strip()
        if not value:
            return None
    try:
        return parse_amount(value)
    except InvalidAmount as exc:
        raise CellError(exc.message) from None


_CONVERTERS: dict[str, Callable[[object], object]] = {
    "text": text,
    "choice": text,  # the service checks the vocabulary
    "phone": phone_text,
    "date": date_value,
    "int": int_value,
    "bool": bool_value,
    "money": money_fen,
}


def convert(spec: ColumnSpec, value: object) -> object:
    """Convert ``value`` according to ``spec.kind``; raises ``CellError``."""
    if spec.kind == "id":
        return id_number_text(value, spec.header)
    return _CONVERTERS[spec.kind](value)

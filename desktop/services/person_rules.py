"""人员身份规则: check and tidy a person's name, document and phone, shared by every register.

Members, hardship files and aid recipients are all persons; the checks are the same everywhere,
so a person typed in the 帮扶 area is held to the same rules as in the 会员 register.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop.domain._text import to_halfwidth
from desktop.domain.errors import DomainError
from desktop.domain.id_number import parse_id_number
from desktop.services.contact import normalize_phone
from desktop.services.errors import ServiceError
from desktop.services.vocabulary import ID_TYPES, RESIDENT_ID

_SPACES_IN_HAN = re.compile(r"(?<=[\u3400-\u9fff\U00020000-\U000323af])\s+(?=[\u3400-\u9fff\U00020000-\U000323af])")
_DOTS = str.maketrans({"•": "·", "・": "·", ".": "·", "．": "·", "‧": "·", "∙": "·"})


def clean_name(text: str) -> str:
    """"张 三" → "张三", "阿依古丽•买买提" → "阿依古丽·买买提"; Latin names keep single spaces."""
    text = " ".join(to_halfwidth(text or "").split())
    if " " in text:
        text = _SPACES_IN_HAN.sub("", text)
    return text.translate(_DOTS)


def clean_text(text: str) -> str:
    if not text:
        return ""
    return " ".join(to_halfwidth(text).split())


@dataclass(frozen=True, slots=True)
class Identity:
    """A person's identifying fields, normalised (ID 18 digits, birth date and gender from the ID)."""

    name: str
    id_type: str
    id_number: str
    gender: str
    birth_date: date | None
    phone: str = ""


def check_identity(
    name: str, id_type: str, id_number: str, gender: str, birth_date: date | None, phone: str, today: date,
) -> tuple[Identity, list[tuple[str, str]], list[str]]:
    """(normalised identity, [(field, message)], notices). The identity is only usable without problems."""
    problems: list[tuple[str, str]] = []
    notices: list[str] = []

    def problem(field: str, message: str) -> None:
        problems.append((field, message))

    name = clean_name(name)
    if not name:
        problem("name", "请填写姓名。")
    elif len(name) < 2 or len(name) > 30:
        problem("name", f"姓名“{name}”的长度不对（应为 2–30 个字）。")
    elif re.search(r"\d", name):
        problem("name", f"姓名“{name}”中有数字，请核对是否把其他列的内容填进了姓名。")

    id_type = clean_text(id_type) or RESIDENT_ID
    raw_id = to_halfwidth(id_number or "").replace(" ", "").strip().upper()
    number, typed_gender = raw_id, (gender or "").strip()
    if id_type not in ID_TYPES:
        problem("id_type", f"证件类型“{id_type}”无效，可选：{'、'.join(ID_TYPES)}。")
    elif not raw_id:
        problem("id_number", "请填写证件号码。")
    elif id_type == RESIDENT_ID:
        try:
            info = parse_id_number(raw_id, today=today)
        except DomainError as exc:
            problem("id_number", f"身份证号码有误：{exc}")
        else:
            number = info.number
            if info.converted_from_15:
                notices.append(f"15 位身份证号码 {raw_id} 已按国家标准升为 18 位：{info.number}。")
            if typed_gender and typed_gender != info.gender:
                problem("gender", f"性别“{typed_gender}”与身份证号码不符（号码显示为{info.gender}）。")
            if birth_date and birth_date != info.birth_date:
                problem("birth_date", f"出生日期 {birth_date.isoformat()} 与身份证号码不符"
                                      f"（号码显示为 {info.birth_date.isoformat()}）。")
            typed_gender, birth_date = info.gender, info.birth_date
    else:
        if not re.fullmatch(r"[0-9A-Z()（）-]{5,40}", raw_id):
            problem("id_number", f"证件号码“{raw_id}”格式不对（5–40 位字母或数字）。")
        if typed_gender not in ("男", "女"):
            problem("gender", "使用身份证以外的证件时，请填写性别（男或女）。")
        if birth_date is None:
            problem("birth_date", "使用身份证以外的证件时，请填写出生日期。")

    try:
        phone = normalize_phone(phone, field="phone")
    except ServiceError as exc:
        problem("phone", exc.message.replace("联系电话", "手机号码"))
    return Identity(name, id_type, number, typed_gender, birth_date, phone), problems, notices


def age_on(birth: date, when: date) -> int:
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


def tidy(text: str) -> str:
    """Free text (notes, reasons, comments) with stray spaces removed; Chinese punctuation kept as typed."""
    return " ".join((text or "").split())

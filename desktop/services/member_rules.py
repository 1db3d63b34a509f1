"""会员录入规则: check and tidy what a clerk typed for one member, without touching the database.

The same checks serve the entry form (inline errors beside each field), the single-record
services and the Excel import (which looks up persons, cards and memberships in bulk).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date

from desktop.services.errors import ServiceError
from desktop.services.person_rules import age_on, check_identity, clean_text
from desktop.services.vocabulary import RESIDENT_ID

MIN_WORKING_AGE = 16


@dataclass(frozen=True, slots=True)
class MemberDraft:
    """One member as typed: the person's fields and the membership's."""

    name: str
    id_number: str
    organization_id: int | None = None
    join_date: date | None = None
    id_type: str = RESIDENT_ID
    gender: str = ""  # derived from a resident ID; typed for other documents
    birth_date: date | None = None
    ethnicity: str = ""
    phone: str = ""
    household_type: str = ""
    household_place: str = ""
    political_status: str = ""
    education: str = ""
    skill_level: str = ""
    card_number: str = ""
    is_migrant_worker: bool = False
    new_employment_group: str = ""
    employment_status: str = ""
    entry_kind: str = "join"  # "join" (入会) or "transfer_in" (从其他工会转入)
    other_union: str = ""  # the union a transfer came from


PERSON_FIELDS = ("name", "id_type", "id_number", "gender", "birth_date", "ethnicity", "phone", "household_type",
                 "household_place", "political_status", "education", "skill_level")
MEMBER_FIELDS = ("organization_id", "join_date", "card_number", "is_migrant_worker", "new_employment_group",
                 "employment_status")
DRAFT_FIELDS = tuple(f.name for f in fields(MemberDraft))

FIELD_LABELS = {
    "name": "姓名", "id_type": "证件类型", "id_number": "证件号码", "gender": "性别", "birth_date": "出生日期",
    "ethnicity": "民族", "phone": "手机号码", "household_type": "户籍类型", "household_place": "户籍所在地",
    "political_status": "政治面貌", "education": "学历", "skill_level": "技能等级", "card_number": "会员卡号",
    "organization_id": "工作单位", "join_date": "入会时间", "is_migrant_worker": "是否农民工",
    "new_employment_group": "新就业形态群体", "employment_status": "就业状况", "entry_kind": "入会方式",
    "other_union": "转入前工会",
}

# vocabulary kind of each field checked against a vocabulary
VOCABULARY_FIELDS = {
    "ethnicity": "ethnicity", "household_type": "household_type", "political_status": "political_status",
    "education": "education", "skill_level": "skill_level", "new_employment_group": "new_employment_group",
    "employment_status": "employment_status",
}


@dataclass(frozen=True)
class FieldProblem:
    field: str
    message: str


class InvalidMember(ServiceError):
    """Raised with every problem found, so a form can show each one beside its field."""

    def __init__(self, problems: Sequence[FieldProblem]) -> None:
        super().__init__(problems[0].message if len(problems) == 1 else
                         "；".join(p.message.rstrip("。") for p in problems) + "。", field=problems[0].field)
        self.problems = list(problems)


@dataclass(frozen=True)
class CheckContext:
    """What the checks need to know besides the draft: vocabularies, organizations, today."""

    vocabularies: Mapping[str, Sequence[str]]
    organizations: Mapping[int, str]  # active organization id → name
    today: date = field(default_factory=date.today)
    vocabulary_sets: Mapping[str, frozenset[str]] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "vocabulary_sets", {k: frozenset(v) for k, v in self.vocabularies.items()})


@dataclass(frozen=True)
class CheckedMember:
    draft: MemberDraft  # normalised: ID 18 digits, birth date and gender from the ID, phone tidied
    notices: tuple[str, ...] = ()  # things done on the clerk's behalf (15 → 18 digits)


def _clean(text: str) -> str:
    return clean_text(text)


def check_member(draft: MemberDraft, ctx: CheckContext) -> tuple[CheckedMember | None, list[FieldProblem]]:
    """Every problem with ``draft`` (not only the first), or the normalised draft when there are none."""
    problems: list[FieldProblem] = []
    notices: list[str] = []
    values: dict[str, object] = {name: getattr(draft, name) for name in DRAFT_FIELDS}

    def problem(name: str, message: str) -> None:
        problems.append(FieldProblem(name, message))

    identity, found, identity_notices = check_identity(
        draft.name, draft.id_type, draft.id_number, draft.gender, draft.birth_date, draft.phone, ctx.today)
    for name_, message in found:
        problem(name_, message)
    notices.extend(identity_notices)
    values.update(name=identity.name, id_type=identity.id_type, id_number=identity.id_number,
                  gender=identity.gender, birth_date=identity.birth_date, phone=identity.phone)

    for name_, kind in VOCABULARY_FIELDS.items():
        value = _clean(str(values[name_] or ""))
        values[name_] = value
        if value and value not in ctx.vocabulary_sets.get(kind, ()):
            allowed = ctx.vocabularies.get(kind, ())
            shown = "、".join(list(allowed)[:10]) + ("等" if len(allowed) > 10 else "")
            problem(name_, f"{FIELD_LABELS[name_]}“{value}”不在可选范围内，可选：{shown}。")

    values["household_place"] = _clean(draft.household_place)
    card = _clean(draft.card_number).replace(" ", "").upper()
    values["card_number"] = card
    if card and not re.fullmatch(r"[0-9A-Z-]{1,40}", card):
        problem("card_number", f"会员卡号“{card}”只能包含字母、数字和短横线。")

    if draft.organization_id is None:
        problem("organization_id", "请选择工作单位（建会单位）。")
    elif draft.organization_id not in ctx.organizations:
        problem("organization_id", "所选工作单位不存在或已作废，请重新选择。")

    join = draft.join_date
    birth = values["birth_date"]
    if join is None:
        problem("join_date", "请填写入会时间。")
    elif join > ctx.today:
        problem("join_date", f"入会时间 {join.isoformat()} 晚于今天，不能登记未来的日期。")
    elif isinstance(birth, date):
        age = age_on(birth, join)
        if join < birth:
            problem("join_date", "入会时间早于出生日期，请核对。")
        elif age < MIN_WORKING_AGE:
            problem("join_date", f"入会时年仅 {age} 岁，未满 {MIN_WORKING_AGE} 周岁，请核对入会时间或证件号码。")

    kind = draft.entry_kind
    values["other_union"] = _clean(draft.other_union)
    if kind not in ("join", "transfer_in"):
        problem("entry_kind", "入会方式应为“入会”或“转入”。")
    elif kind == "transfer_in" and not values["other_union"]:
        problem("other_union", "从其他工会转入时，请填写转入前所在的工会。")

    if problems:
        return None, problems
    return CheckedMember(MemberDraft(**values), tuple(notices)), []  # type: ignore[arg-type]

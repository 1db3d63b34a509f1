"""困难职工档案规则: classify a household and check a file as typed, without touching the database.

困难类别 (DOMAIN.md): the household's monthly per-capita disposable income,
(家庭年总收入 − 刚性支出) ÷ 12 ÷ 家庭人口, against the local 低保 line:

- below the line → 深度困难 (deep);
- below twice the line → 相对困难 (relative);
- otherwise a natural disaster or an accident among the reasons, or rigid spending above 80% of the
  household's income → 意外致困 (accident);
- otherwise → 不符合建档标准 (none).

Comparisons are exact (integer fen, no rounding); only the figure shown in the reason is rounded to the fen,
and never up onto the line it is below (799.997 shows as 799.99, not 800.00).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from desktop.domain._text import compact
from desktop.domain.errors import DomainError
from desktop.domain.id_number import parse_id_number
from desktop.services.errors import ServiceError
from desktop.services.member_rules import FieldProblem
from desktop.services.person_rules import age_on, check_identity, clean_name, clean_text
from desktop.services.vocabulary import RESIDENT_ID

CATEGORY_LABELS = {"deep": "深度困难", "relative": "相对困难", "accident": "意外致困", "none": "不符合建档标准"}
STATUS_LABELS = {"open": "在档", "phasing_out": "渐退", "out": "脱困", "closed": "销档"}
ACCIDENT_REASONS = ("遭受自然灾害", "遭受意外事故")
RIGID_SHARE_PERCENT = 80
MIN_AGE, MAX_AGE = 16, 60
MAX_OTHER_REASONS = 3
MAX_FEN = 10**12  # 100 亿元: anything larger is a typing slip

FIELD_LABELS = {
    "name": "姓名", "id_type": "证件类型", "id_number": "证件号码", "gender": "性别", "birth_date": "出生日期",
    "phone": "手机号码", "organization_id": "工作单位", "work_unit": "工作单位", "file_number": "档案编号",
    "health": "健康状况", "disability": "残疾类别与等级", "work_status": "工作状态/身份", "model_worker": "劳模类型",
    "housing": "住房类型", "marital_status": "婚姻状况", "enterprise_status": "企业状况",
    "medical_insurance": "医保情况", "main_reason": "主要致困原因", "other_reasons": "其他致困原因",
    "own_monthly_income_fen": "本人月收入", "other_annual_income_fen": "家庭其他年收入",
    "rigid_spending_fen": "刚性支出", "household_size": "家庭人口", "bank_name": "开户银行",
    "bank_account": "银行账号", "opened_on": "建档日期", "note": "备注", "family": "家庭成员",
}
# field → vocabulary kind
VOCABULARY_FIELDS = {"health": "health_status", "work_status": "work_identity", "model_worker": "model_worker"}
REASON_KIND = "hardship_reason"
HEALTH_KIND = "health_status"


def yuan(fen: int) -> str:
    """12345 → "123.45", 3600000 → "36,000.00" (no currency sign: the sentences say 元)."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole:,}.{cents:02d}"


def household_annual_income(own_monthly_income_fen: int, other_annual_income_fen: int) -> int:
    """家庭年总收入 = 本人月收入 × 12 + 家庭其他年收入."""
    return own_monthly_income_fen * 12 + other_annual_income_fen


def monthly_per_capita_fen(annual_income_fen: int, rigid_spending_fen: int, household_size: int) -> int:
    """(年收入 − 刚性支出) ÷ 12 ÷ 人口, rounded half away from zero to the fen (for display)."""
    numerator, denominator = annual_income_fen - rigid_spending_fen, 12 * max(household_size, 1)
    rounded = (2 * abs(numerator) + denominator) // (2 * denominator)
    return -rounded if numerator < 0 else rounded


@dataclass(frozen=True)
class Classification:
    category: str  # "deep" | "relative" | "accident" | "none"
    reason: str  # the sentence with the figures
    monthly_per_capita_fen: int

    @property
    def label(self) -> str:
        return CATEGORY_LABELS[self.category]


def dibao_missing() -> ServiceError:
    return ServiceError("尚未设置当地低保标准，无法判定困难类别。请管理员在 设置 → 常规 中填写“当地低保标准”后再建档或复核。",
                        field="dibao")


def classify(annual_income_fen: int, rigid_spending_fen: int, household_size: int, dibao_monthly_fen: int,
             reasons: Sequence[str]) -> Classification:
    """The 困难类别 and the sentence explaining it; ServiceError when the 低保 line is not set."""
    if dibao_monthly_fen <= 0:
        raise dibao_missing()
    if household_size < 1:
        raise ServiceError("家庭人口至少为 1 人。", field="household_size")
    disposable = annual_income_fen - rigid_spending_fen
    months_people = 12 * household_size
    per_capita = monthly_per_capita_fen(annual_income_fen, rigid_spending_fen, household_size)
    twice = 2 * dibao_monthly_fen
    below = next((limit for limit in (dibao_monthly_fen, twice) if disposable < limit * months_people), None)
    if below is not None:  # 799.997 is below 800.00: never show it rounded up to the line itself
        per_capita = min(per_capita, below - 1)
    figures = (f"家庭月人均可支配收入 ({yuan(annual_income_fen)} − {yuan(rigid_spending_fen)}) ÷ 12 ÷ {household_size}"
               f" = {yuan(per_capita)} 元")
    line = f"当地低保标准 {yuan(dibao_monthly_fen)} 元"
    if below == dibao_monthly_fen:
        return Classification("deep", f"{figures}，低于{line}：深度困难", per_capita)
    if below == twice:
        return Classification("relative", f"{figures}，低于{line}的两倍 {yuan(twice)} 元：相对困难", per_capita)
    above = f"{figures}，不低于{line}的两倍 {yuan(twice)} 元"
    accident = next((r for r in reasons if r in ACCIDENT_REASONS), "")
    if accident:
        return Classification("accident", f"{above}；致困原因为“{accident}”：意外致困", per_capita)
    if rigid_spending_fen * 100 > annual_income_fen * RIGID_SHARE_PERCENT:
        share = (annual_income_fen * RIGID_SHARE_PERCENT + 50) // 100
        return Classification("accident", f"{above}；刚性支出 {yuan(rigid_spending_fen)} 元超过家庭年总收入 "
                                          f"{yuan(annual_income_fen)} 元的 {RIGID_SHARE_PERCENT}%（{yuan(share)} 元）"
                                          "：意外致困", per_capita)
    return Classification("none", f"{above}，且无自然灾害、意外事故或超过家庭收入 {RIGID_SHARE_PERCENT}% 的刚性支出"
                                  "：不符合建档标准", per_capita)


@dataclass(frozen=True)
class FamilyMemberDraft:
    name: str
    relation: str = ""
    id_number: str = ""
    annual_income_fen: int = 0
    health: str = ""
    work_or_school: str = ""


@dataclass(frozen=True)
class HardshipDraft:
    """One hardship file as typed: the worker's identity, the file's fields, the household's figures."""

    name: str
    id_number: str
    main_reason: str = ""
    opened_on: date | None = None
    id_type: str = RESIDENT_ID
    gender: str = ""  # derived from a resident ID; typed for other documents
    birth_date: date | None = None
    phone: str = ""
    organization_id: int | None = None
    work_unit: str = ""  # 工作单位 as written, when it is not an organization of this unit
    file_number: str = ""
    health: str = ""
    disability: str = ""
    work_status: str = ""
    model_worker: str = ""
    housing: str = ""
    marital_status: str = ""
    enterprise_status: str = ""
    medical_insurance: str = ""
    single_parent: bool = False
    zero_employment: bool = False
    other_reasons: tuple[str, ...] = ()
    own_monthly_income_fen: int = 0
    other_annual_income_fen: int = 0
    rigid_spending_fen: int = 0
    household_size: int = 1
    bank_name: str = ""
    bank_account: str = ""
    note: str = ""
    family: tuple[FamilyMemberDraft, ...] = field(default=())

    @property
    def annual_income_fen(self) -> int:
        return household_annual_income(self.own_monthly_income_fen, self.other_annual_income_fen)

    @property
    def reasons(self) -> tuple[str, ...]:
        return (self.main_reason, *self.other_reasons) if self.main_reason else self.other_reasons


def _looks_like_resident_id(number: str) -> bool:
    return bool(re.fullmatch(r"\d{15}|\d{17}[\dX]", number))


def _check_family(draft: HardshipDraft, health_terms: Sequence[str], worker_id: str, today: date,
                  problems: list[FieldProblem]) -> tuple[FamilyMemberDraft, ...]:
    allowed_health = frozenset(health_terms)
    tidied: list[FamilyMemberDraft] = []
    seen: dict[str, int] = {}
    for row, member in enumerate(draft.family, start=1):
        name = clean_name(member.name)
        where = f"家庭成员第 {row} 行" + (f"（{name}）" if name else "")

        def problem(message: str, where: str = where) -> None:
            problems.append(FieldProblem("family", f"{where}：{message}"))

        if not name:
            problem("请填写姓名。")
        elif len(name) > 30 or re.search(r"\d", name):
            problem(f"姓名“{name}”有误，请核对。")
        relation = clean_text(member.relation)
        if not relation:
            problem("请填写与本人的关系（如配偶、子女、父母）。")
        number = compact(member.id_number or "").upper()
        if number and _looks_like_resident_id(number):
            try:
                number = parse_id_number(number, today=today).number
            except DomainError as exc:
                problem(f"身份证号码有误：{exc}")
        elif number and not re.fullmatch(r"[0-9A-Z()（）-]{5,40}", number):
            problem(f"证件号码“{number}”格式不对（5–40 位字母或数字）。")
        if number and number == worker_id:
            problem("证件号码与困难职工本人相同，本人不必列入家庭成员。")
        elif number in seen:
            problem(f"证件号码与第 {seen[number]} 行相同。")
        elif number:
            seen[number] = row
        if member.annual_income_fen < 0:
            problem("年收入不能为负数。")
        elif member.annual_income_fen > MAX_FEN:
            problem("年收入过大，请核对。")
        health = clean_text(member.health)
        if health and health not in allowed_health:
            problem(f"健康状况“{health}”不在可选范围内，可选：{'、'.join(health_terms)}。")
        tidied.append(FamilyMemberDraft(name, relation, number, member.annual_income_fen, health,
                                        clean_text(member.work_or_school)))
    return tuple(tidied)


def checked_hardship(draft: HardshipDraft, vocabularies: Mapping[str, Sequence[str]],
                     today: date) -> tuple[HardshipDraft | None, list[FieldProblem]]:
    """(the tidied draft, []) or (None, every problem found): ID 18 digits, birth date and gender from it."""
    problems: list[FieldProblem] = []

    def problem(name: str, message: str) -> None:
        problems.append(FieldProblem(name, message))

    identity, found, _ = check_identity(draft.name, draft.id_type, draft.id_number, draft.gender, draft.birth_date,
                                        draft.phone, today)
    for name, message in found:
        problem(name, message)
    values: dict[str, object] = {
        "name": identity.name, "id_type": identity.id_type, "id_number": identity.id_number,
        "gender": identity.gender, "birth_date": identity.birth_date, "phone": identity.phone,
    }
    for name in ("work_unit", "file_number", "disability", "housing", "marital_status", "enterprise_status",
                 "medical_insurance", "bank_name", "note"):
        values[name] = clean_text(getattr(draft, name))
    for name, kind in VOCABULARY_FIELDS.items():
        value = clean_text(getattr(draft, name))
        values[name] = value
        allowed = vocabularies.get(kind, ())
        if value and value not in allowed:
            problem(name, f"{FIELD_LABELS[name]}“{value}”不在可选范围内，可选：{'、'.join(allowed)}。")

    reasons = vocabularies.get(REASON_KIND, ())
    main = clean_text(draft.main_reason)
    others = tuple(r for r in (clean_text(r) for r in draft.other_reasons) if r)
    values.update(main_reason=main, other_reasons=others)
    if not main:
        problem("main_reason", "请选择主要致困原因。")
    elif main not in reasons:
        problem("main_reason", f"致困原因“{main}”不在可选范围内，可选：{'、'.join(reasons)}。")
    if len(others) > MAX_OTHER_REASONS:
        problem("other_reasons", f"其他致困原因最多 {MAX_OTHER_REASONS} 项，现填了 {len(others)} 项。")
    for reason in others:
        if reason not in reasons:
            problem("other_reasons", f"致困原因“{reason}”不在可选范围内，可选：{'、'.join(reasons)}。")
    if main and main in others:
        problem("other_reasons", f"“{main}”已是主要致困原因，不必再列为其他原因。")
    if len(set(others)) != len(others):
        problem("other_reasons", "其他致困原因有重复，请删去重复的一项。")

    for name in ("own_monthly_income_fen", "other_annual_income_fen", "rigid_spending_fen"):
        amount = getattr(draft, name)
        if amount < 0:
            problem(name, f"{FIELD_LABELS[name]}不能为负数。")
        elif amount > MAX_FEN:
            problem(name, f"{FIELD_LABELS[name]} {yuan(amount)} 元过大，请核对。")
    family = _check_family(draft, vocabularies.get(HEALTH_KIND, ()), identity.id_number, today, problems)
    values["family"] = family
    if draft.household_size < 1:
        problem("household_size", "家庭人口至少为 1 人（本人）。")
    elif draft.household_size < 1 + len(family):
        problem("household_size", f"家庭人口 {draft.household_size} 人少于本人加上所列的 {len(family)} 位家庭成员"
                                  f"（{1 + len(family)} 人），请核对。")
    listed = sum(m.annual_income_fen for m in family if m.annual_income_fen > 0)
    if listed > draft.other_annual_income_fen >= 0:
        problem("other_annual_income_fen", f"所列家庭成员的年收入合计 {yuan(listed)} 元，多于填写的家庭其他年收入 "
                                           f"{yuan(draft.other_annual_income_fen)} 元；家庭其他年收入应包括家庭成员的收入，请核对。")

    account = re.sub(r"[\s-]", "", clean_text(draft.bank_account))
    values["bank_account"] = account
    if account and not re.fullmatch(r"\d{8,30}", account):
        problem("bank_account", f"银行账号“{account}”应为 8–30 位数字。")

    opened = draft.opened_on
    if opened is None:
        problem("opened_on", "请填写建档日期。")
    elif opened > today:
        problem("opened_on", f"建档日期 {opened.isoformat()} 晚于今天，不能登记未来的日期。")
    elif identity.birth_date is not None and opened < identity.birth_date:
        problem("opened_on", "建档日期早于出生日期，请核对。")
    if problems:
        return None, problems
    return replace(draft, **values), []  # type: ignore[arg-type]


def check_hardship(draft: HardshipDraft, vocabularies: Mapping[str, Sequence[str]], today: date) -> list[FieldProblem]:
    """Every problem with ``draft`` (vocabularies by kind: hardship_reason, health_status, work_identity, model_worker)."""
    return checked_hardship(draft, vocabularies, today)[1]


def age_warning(birth_date: date | None, opened_on: date | None) -> str:
    """A question for the clerk when the worker is under 16 or over 60 on the day the file opens; else ""."""
    if birth_date is None or opened_on is None or opened_on < birth_date:
        return ""
    age = age_on(birth_date, opened_on)
    if MIN_AGE <= age <= MAX_AGE:
        return ""
    side = f"未满 {MIN_AGE} 周岁" if age < MIN_AGE else f"超过 {MAX_AGE} 周岁"
    return (f"建档时年龄 {age} 岁，{side}。困难职工档案一般只为 {MIN_AGE}–{MAX_AGE} 周岁的职工建立，"
            "请核对出生日期或证件号码。确实要建档吗？")

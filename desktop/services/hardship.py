"""困难职工档案: open, correct, review (复核), move through 在档 → 渐退 → 脱困 → 销档, void — each audited.

A file belongs to a person (member or not). Its 困难类别 is computed by ``hardship_rules.classify`` from the
household's figures and the local 低保 line (a setting), when the file is opened, corrected or reviewed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import Database
from db.models import HardshipFamilyMember, HardshipFile, Organization, Person
from desktop.domain.masking import mask_bank_account, mask_id_number
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.errors import ConfirmationNeeded, NotFound, ServiceError
from desktop.services.hardship_queries import (
    CURRENT,
    ON_REGISTER,
    HardshipRow,
    category_counts,
    current_file_for_person,
    files_due_for_review,
    list_files,
)
from desktop.services.hardship_rules import (
    CATEGORY_LABELS,
    REASON_KIND,
    STATUS_LABELS,
    VOCABULARY_FIELDS,
    FamilyMemberDraft,
    HardshipDraft,
    age_warning,
    checked_hardship,
    classify,
    dibao_missing,
)
from desktop.services.member_rules import FieldProblem, InvalidMember
from desktop.services.permissions import require_role
from desktop.services.person_index import index_person
from desktop.services.person_rules import Identity
from desktop.services.persons import ensure_person, find_person
from desktop.services.settings import load_settings
from desktop.services.vocabulary import terms_in

__all__ = [
    "CURRENT", "MOVES", "ON_REGISTER", "WRITERS", "HardshipDetail", "HardshipRow", "add_year", "category_counts",
    "create_file", "current_file_for_person", "files_due_for_review", "get_file", "list_files",
    "update_file", "validate_file",
]

WRITERS = ("admin", "clerk", "approver")
MOVES = {"open": ("phasing_out", "out", "closed"), "phasing_out": ("open", "out", "closed"),
         "out": ("open", "closed"), "closed": ()}
# HardshipFile columns that come from the draft (identity fields live on Person)
FILE_FIELDS = ("organization_id", "work_unit", "file_number", "health", "disability", "work_status", "model_worker",
               "housing", "marital_status", "enterprise_status", "medical_insurance", "single_parent",
               "zero_employment", "main_reason", "own_monthly_income_fen", "other_annual_income_fen",
               "rigid_spending_fen", "household_size", "bank_name", "bank_account", "opened_on", "note")


def add_year(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


@dataclass(frozen=True)
class HardshipDetail:
    id: int
    uuid: str
    person_id: int
    draft: HardshipDraft  # current values, ready for an edit form (family included)
    organization_name: str
    category: str
    category_reason: str
    status: str
    next_review_on: date
    reviewed_on: date | None
    reviewed_by: str
    status_changed_on: date | None
    status_reason: str
    created_by: str
    voided: bool
    void_reason: str

    @property
    def name(self) -> str:
        return self.draft.name

    @property
    def category_label(self) -> str:
        return CATEGORY_LABELS.get(self.category, self.category)

    @property
    def status_label(self) -> str:
        return "作废" if self.voided else STATUS_LABELS.get(self.status, self.status)

    @property
    def id_number_masked(self) -> str:
        return mask_id_number(self.draft.id_number)

    @property
    def bank_account_masked(self) -> str:
        return mask_bank_account(self.draft.bank_account) if self.draft.bank_account else ""

    @property
    def work_unit_text(self) -> str:
        return self.organization_name or self.draft.work_unit

    @property
    def editable(self) -> bool:
        return not self.voided and self.status != "closed"

    @property
    def can_review(self) -> bool:
        return not self.voided and self.status in ON_REGISTER

    @property
    def next_statuses(self) -> tuple[str, ...]:
        return () if self.voided else MOVES.get(self.status, ())


# ------------------------------------------------------------ reading

def _get(session: Session, file_id: int) -> HardshipFile:
    record = session.get(HardshipFile, file_id)
    if record is None:
        raise NotFound("找不到该困难职工档案，可能已被其他操作更改，请刷新后重试。")
    return record


def _family(session: Session, file_id: int) -> tuple[FamilyMemberDraft, ...]:
    rows = session.scalars(select(HardshipFamilyMember).where(HardshipFamilyMember.file_id == file_id)
                           .order_by(HardshipFamilyMember.position, HardshipFamilyMember.id))
    return tuple(FamilyMemberDraft(m.name, m.relation, m.id_number, m.annual_income_fen, m.health, m.work_or_school)
                 for m in rows)


def _draft_of(session: Session, record: HardshipFile, person: Person) -> HardshipDraft:
    values = {name: getattr(record, name) for name in FILE_FIELDS}
    return HardshipDraft(name=person.name, id_number=person.id_number, id_type=person.id_type, gender=person.gender,
                         birth_date=person.birth_date, phone=person.phone,
                         other_reasons=tuple(r for r in record.other_reasons.split("、") if r),
                         family=_family(session, record.id), **values)


def get_detail(session: Session, record: HardshipFile) -> HardshipDetail:
    person = session.get(Person, record.person_id)
    assert person is not None
    org = session.get(Organization, record.organization_id) if record.organization_id else None
    return HardshipDetail(record.id, record.uuid, person.id, _draft_of(session, record, person),
                          org.name if org else "", record.category, record.category_reason, record.status,
                          record.next_review_on, record.reviewed_on, record.reviewed_by, record.status_changed_on,
                          record.status_reason, record.created_by, record.voided, record.void_reason)


def get_file(db: Database, file_id: int) -> HardshipDetail:
    with db.read_session() as session:
        return get_detail(session, _get(session, file_id))


# ------------------------------------------------------------ checking

def vocabularies(session: Session, keep: HardshipDraft | None = None) -> dict[str, list[str]]:
    """Active terms; a record's own values stay acceptable after their term is retired."""
    kinds = {*VOCABULARY_FIELDS.values(), REASON_KIND, "health_status"}
    vocab = {kind: terms_in(session, kind) for kind in kinds}
    if keep is not None:
        kept = {kind: [getattr(keep, f)] for f, kind in VOCABULARY_FIELDS.items()}
        kept[REASON_KIND] = list(keep.reasons)
        kept["health_status"] = [m.health for m in keep.family]
        for kind, values in kept.items():
            vocab[kind] += [v for v in values if v and v not in vocab[kind]]
    return vocab


def database_problems(session: Session, draft: HardshipDraft, record: HardshipFile | None) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if draft.organization_id is not None and (record is None or draft.organization_id != record.organization_id):
        org = session.get(Organization, draft.organization_id)
        if org is None or org.voided:
            problems.append(FieldProblem("organization_id", "所选工作单位不存在或已作废，请重新选择。"))
    person = find_person(session, draft.id_type, draft.id_number)
    if record is not None:
        if person is None or person.id != record.person_id:
            problems.append(FieldProblem("id_number", "档案所属的人员不能更改；如果建错了人，请作废该档案后为正确的人重新建档。"))
        return problems
    current = current_file_for_person(session, person.id) if person is not None else None
    if person is not None and current is not None:
        label = STATUS_LABELS.get(current.status, current.status)
        advice = ("如其再次致困，请打开原档案把状态改回在档并复核。" if current.status == "out"
                  else "如家庭情况有变化，请打开原档案做复核。")
        problems.append(FieldProblem("id_number", f"{person.name}（{draft.id_number[-4:]}）已有一份{label}的困难职工档案"
                                                  f"（建档日期 {current.opened_on.isoformat()}），不能重复建档。{advice}"))
    return problems


def _checked(session: Session, draft: HardshipDraft, today: date, record: HardshipFile | None = None,
             keep: HardshipDraft | None = None) -> HardshipDraft:
    checked, problems = checked_hardship(draft, vocabularies(session, keep), today)
    if checked is not None:
        problems = database_problems(session, checked, record)
    if problems:
        raise InvalidMember(problems)
    assert checked is not None
    return checked


def validate_file(db: Database, draft: HardshipDraft, file_id: int | None = None,
                  today: date | None = None) -> list[FieldProblem]:
    """The problems a form shows beside its fields, without saving anything."""
    with db.read_session() as session:
        record = _get(session, file_id) if file_id is not None else None
        keep = get_detail(session, record).draft if record is not None else None
        try:
            _checked(session, draft, today or date.today(), record, keep)
        except InvalidMember as exc:
            return exc.problems
        return []


def dibao_line(db: Database) -> int:
    line = load_settings(db).dibao_monthly_fen
    if line <= 0:
        raise dibao_missing()
    return line


# ------------------------------------------------------------ writing

def _snapshot(record: HardshipFile, family: Iterable[FamilyMemberDraft]) -> dict[str, object]:
    data: dict[str, object] = {name: getattr(record, name) for name in FILE_FIELDS}
    data.update(other_reasons=record.other_reasons, category=record.category, status=record.status,
                next_review_on=record.next_review_on, family=[asdict(m) for m in family])
    return data


def _apply(session: Session, record: HardshipFile, draft: HardshipDraft, dibao: int) -> None:
    for name in FILE_FIELDS:
        setattr(record, name, getattr(draft, name))
    record.other_reasons = "、".join(draft.other_reasons)
    result = classify(draft.annual_income_fen, draft.rigid_spending_fen, draft.household_size, dibao, draft.reasons)
    record.category, record.category_reason = result.category, result.reason
    if record.id is not None:
        for old in session.scalars(select(HardshipFamilyMember).where(HardshipFamilyMember.file_id == record.id)):
            session.delete(old)
    session.flush()
    for position, member in enumerate(draft.family):
        session.add(HardshipFamilyMember(file_id=record.id, position=position, **asdict(member)))


def create_in(session: Session, actor: Actor, draft: HardshipDraft, dibao: int, today: date, *,
              confirm: frozenset[str] = frozenset()) -> HardshipFile:
    """建档 inside the caller's transaction (the role already checked); see ``create_file``."""
    draft = _checked(session, draft, today)
    assert draft.opened_on is not None
    question = age_warning(draft.birth_date, draft.opened_on)
    if question and "age" not in confirm:
        raise ConfirmationNeeded(question, key="age")
    result = classify(draft.annual_income_fen, draft.rigid_spending_fen, draft.household_size, dibao, draft.reasons)
    if result.category == "none" and "not_eligible" not in confirm:
        raise ConfirmationNeeded(f"按填写的数字，{result.reason}。仍要建档吗？", key="not_eligible")
    person = ensure_person(session, actor, Identity(draft.name, draft.id_type, draft.id_number, draft.gender,
                                                    draft.birth_date, draft.phone))
    record = HardshipFile(person_id=person.id, status="open", next_review_on=add_year(draft.opened_on),
                          created_by=actor.username, main_reason=draft.main_reason, opened_on=draft.opened_on)
    session.add(record)
    _apply(session, record, draft, dibao)
    session.flush()
    changes = audit.diff({}, _snapshot(record, draft.family))
    changes["person_id"] = [None, person.id]
    audit.record(session, actor, "hardship.create", entity_type="hardship_file", entity_uuid=record.uuid,
                 changes=changes)
    return record


def create_file(db: Database, actor: Actor, draft: HardshipDraft, *, confirm: frozenset[str] = frozenset(),
                today: date | None = None) -> HardshipDetail:
    """建档. ConfirmationNeeded "age" (under 16 / over 60) and "not_eligible" (不符合建档标准) ask first."""
    actor.require(*WRITERS)
    dibao = dibao_line(db)
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        record = create_in(session, actor, draft, dibao, today or date.today(), confirm=confirm)
        return get_detail(session, record)


def _editable(session: Session, file_id: int) -> HardshipFile:
    record = _get(session, file_id)
    if record.voided:
        raise ServiceError("该档案已作废，不能修改。")
    if record.status == "closed":
        raise ServiceError("该档案已销档，不能修改。")
    return record


def _update_person(session: Session, actor: Actor, person: Person, draft: HardshipDraft) -> None:
    names = ("name", "gender", "birth_date", "phone")
    before = {n: getattr(person, n) for n in names}
    for name in names:
        if getattr(draft, name):  # a value left out (an import row without a phone) keeps what is known
            setattr(person, name, getattr(draft, name))
    changes = audit.diff(before, {n: getattr(person, n) for n in names})
    if changes:
        if "name" in changes:
            index_person(session, person, new=False)
        audit.record(session, actor, "person.update", entity_type="person", entity_uuid=person.uuid, changes=changes)


def update_in(session: Session, actor: Actor, record: HardshipFile, draft: HardshipDraft, dibao: int,
              today: date) -> None:
    """Correct a file inside the caller's transaction (the role already checked); see ``update_file``."""
    old = get_detail(session, record).draft
    draft = _checked(session, draft, today, record, keep=old)
    before = _snapshot(record, old.family)
    _update_person(session, actor, session.get(Person, record.person_id), draft)  # type: ignore[arg-type]
    _apply(session, record, draft, dibao)
    assert draft.opened_on is not None
    if record.reviewed_on is None:
        record.next_review_on = add_year(draft.opened_on)
    changes = audit.diff(before, _snapshot(record, draft.family))
    if changes:
        audit.record(session, actor, "hardship.update", entity_type="hardship_file", entity_uuid=record.uuid,
                     changes=changes)


def update_file(db: Database, actor: Actor, file_id: int, draft: HardshipDraft, *,
                today: date | None = None) -> HardshipDetail:
    """Correct a file as typed wrongly (the category is recomputed); the person cannot change."""
    actor.require(*WRITERS)
    dibao = dibao_line(db)
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        record = _editable(session, file_id)
        update_in(session, actor, record, draft, dibao, today or date.today())
        return get_detail(session, record)

"""导入困难职工档案: check every row first, then open the files in one transaction.

The same semantics as the member import: with any invalid row and no ``skip_invalid`` nothing is
written. Each row goes through the service's rules (``hardship_rules.checked_hardship`` and the
ledger checks of ``hardship``). A worker outside 16–60, or a household whose figures give
不符合建档标准, is a warning in the plan (a notice), not an error: the file is opened all the same.
A person with a current file is an error, unless ``update``: then that file is corrected with the
row (its family members kept). Family members are never read from the sheet.
Audit: one ``hardship.create`` / ``hardship.update`` event per file, as the service writes them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db import Database
from db.models import Organization
from desktop.services import hardship
from desktop.services.actor import Actor
from desktop.services.errors import ServiceError
from desktop.services.hardship_columns import hardship_export_columns
from desktop.services.hardship_rules import (
    MAX_AGE,
    MIN_AGE,
    HardshipDraft,
    checked_hardship,
    classify,
    dibao_missing,
)
from desktop.services.import_plan import ImportPlan, PlannedRow, RowIssue, issue_for, planned_row
from desktop.services.member_import import ImportResult
from desktop.services.permissions import require_role
from desktop.services.person_rules import age_on, clean_name
from desktop.services.persons import find_person
from desktop.services.settings import load_settings
from desktop.tabular import ColumnSpec, Record, convert_record, iter_records, locate_header, read_rows
from desktop.tasks import TaskControl

_TEXT_FIELDS = ("name", "id_number", "gender", "phone", "health", "work_status", "model_worker", "housing",
                "marital_status", "medical_insurance", "main_reason", "bank_name", "bank_account", "note")
_FIELD_COLUMNS = {"organization_id": "work_unit", "family": "household_size"}
_REASON_SPLIT = re.compile(r"[、,，;；/\s]+")


def split_reasons(text: str) -> tuple[str, ...]:
    """"患重特大疾病、子女上学" / "患重特大疾病,子女上学" → ("患重特大疾病", "子女上学")."""
    return tuple(part for part in _REASON_SPLIT.split(text or "") if part)


def _org_key(text: str) -> str:
    return clean_name(text).replace("(", "（").replace(")", "）").replace(" ", "")


def _organizations(session: Session) -> dict[str, int]:
    return {_org_key(name): org_id for org_id, name in session.execute(
        select(Organization.id, Organization.name).where(Organization.voided.is_(False)))}


def plan_hardship_import(db: Database, path: Path, *, update: bool = False, manual: Mapping[int, str] | None = None,
                         today: date | None = None, control: TaskControl | None = None) -> ImportPlan:
    """Read and check the whole file; nothing is written. Raises TabularError for an unreadable file."""
    sheet = read_rows(path)
    today = today or date.today()
    dibao = load_settings(db).dibao_monthly_fen
    with db.read_session() as session:
        vocab = hardship.vocabularies(session)
        orgs = _organizations(session)
    columns = hardship_export_columns(vocab)
    header = locate_header(sheet, columns, manual=manual)
    plan = ImportPlan("hardship", Path(path), sheet.sheet_name, columns, header)
    if dibao <= 0:
        plan.problem = dibao_missing().message
        return plan
    if plan.lacks_columns():
        return plan
    specs = {s.key: s for s in columns}
    records = list(iter_records(sheet, header, skipped=plan.skipped))
    keys = tuple(header.columns)
    first: dict[tuple[str, str], int] = {}
    with db.read_session() as session:
        for index, record in enumerate(records):
            if control is not None and index % 200 == 0:
                control.report(index, len(records), "正在检查…")
            row = _check_row(session, record, keys, specs, header.headers, columns, vocab, orgs, dibao, today, update)
            draft = row.draft
            if isinstance(draft, HardshipDraft):
                key = (draft.id_type, draft.id_number)
                if key in first:
                    row.issues.append(issue_for(row.number, "id_number", f"与第{first[key]}行是同一人，一人只能有一份档案。",
                                                header.headers, columns))
                    row.action, row.draft = "invalid", None
                    row.notices.clear()
                else:
                    first[key] = row.number
            plan.rows.append(row)
    return plan


def _check_row(session: Session, record: Record, keys: tuple[str, ...], specs: Mapping[str, ColumnSpec],
               headers: Mapping[str, str], columns: Sequence[ColumnSpec], vocab: Mapping[str, Sequence[str]],
               orgs: Mapping[str, int], dibao: int, today: date, update: bool) -> PlannedRow:
    row = planned_row(record.number, record.values, keys)
    values, problems = convert_record(record, specs, headers=headers)
    row.issues.extend(RowIssue(record.number, p.column_header, p.message) for p in problems)
    failed = {p.key for p in problems}

    def issue(key: str, message: str) -> None:
        row.issues.append(issue_for(record.number, _FIELD_COLUMNS.get(key, key), message, headers, columns))

    fields: dict[str, object] = {k: str(values.get(k) or "") for k in _TEXT_FIELDS}
    work_unit = str(values.get("work_unit") or "")
    org_id = orgs.get(_org_key(work_unit)) if work_unit else None
    draft = HardshipDraft(
        **fields,  # type: ignore[arg-type]
        id_type=str(values.get("id_type") or "") or "居民身份证",
        birth_date=values.get("birth_date") if isinstance(values.get("birth_date"), date) else None,  # type: ignore[arg-type]
        opened_on=values.get("opened_on") if isinstance(values.get("opened_on"), date) else None,  # type: ignore[arg-type]
        organization_id=org_id, work_unit="" if org_id is not None else work_unit,
        single_parent=bool(values.get("single_parent")), zero_employment=bool(values.get("zero_employment")),
        other_reasons=split_reasons(str(values.get("other_reasons") or "")),
        own_monthly_income_fen=int(values.get("own_monthly_income_fen") or 0),  # type: ignore[call-overload]
        other_annual_income_fen=int(values.get("other_annual_income_fen") or 0),  # type: ignore[call-overload]
        rigid_spending_fen=int(values.get("rigid_spending_fen") or 0),  # type: ignore[call-overload]
        household_size=int(values.get("household_size") or 1),  # type: ignore[call-overload]
    )
    checked, found = checked_hardship(draft, vocab, today)
    for p in found:
        key = _FIELD_COLUMNS.get(p.field, p.field)
        if key not in failed:
            issue(key, p.message)
    if checked is None or row.issues:
        row.action = "invalid"
        return row
    person = find_person(session, checked.id_type, checked.id_number)
    current = hardship.current_file_for_person(session, person.id) if person is not None else None
    if person is not None and person.name != checked.name and not (current is not None and update):
        issue("name", f"证件号码 {checked.id_number} 在台账中登记的姓名是“{person.name}”，与填写的“{checked.name}”不一致，"
                      "请核对姓名或证件号码。")
    if current is not None and update:
        row.action = "update"
        old = hardship.get_detail(session, current).draft
        checked = replace(checked, family=old.family)
        if checked.household_size < 1 + len(old.family):
            issue("household_size", f"家庭人口 {checked.household_size} 人少于本人加上原档案所列的 {len(old.family)} 位"
                                    f"家庭成员（{1 + len(old.family)} 人），请核对。")
    else:
        for p in hardship.database_problems(session, checked, None):
            issue(p.field, p.message)
    if row.issues:
        row.action = "invalid"
        return row
    row.draft = checked
    row.notices.extend(_warnings(checked, dibao))
    return row


def _warnings(draft: HardshipDraft, dibao: int) -> list[str]:
    """What the service would ask before opening the file; the import reports it and opens the file."""
    notes = []
    if draft.birth_date is not None and draft.opened_on is not None:
        age = age_on(draft.birth_date, draft.opened_on)
        if not MIN_AGE <= age <= MAX_AGE:
            side = f"未满 {MIN_AGE} 周岁" if age < MIN_AGE else f"超过 {MAX_AGE} 周岁"
            notes.append(f"注意：建档时年龄 {age} 岁，{side}（档案一般只为 {MIN_AGE}–{MAX_AGE} 周岁的职工建立），仍会导入，请核对。")
    result = classify(draft.annual_income_fen, draft.rigid_spending_fen, draft.household_size, dibao, draft.reasons)
    if result.category == "none":
        notes.append(f"注意：按填写的数字，{result.reason}；仍会导入，请核对。")
    return notes


def apply_hardship_import(db: Database, actor: Actor, plan: ImportPlan, *, skip_invalid: bool = False,
                          update: bool = False, today: date | None = None,
                          control: TaskControl | None = None) -> ImportResult:
    """Open (and with ``update`` correct) the plan's valid files in one transaction."""
    actor.require(*hardship.WRITERS)
    invalid = plan.ready_to_write(skip_invalid=skip_invalid)
    rows = [r for r in plan.rows if isinstance(r.draft, HardshipDraft) and (r.action == "new" or update)]
    dibao = hardship.dibao_line(db)
    today = today or date.today()
    created = updated = 0
    try:
        with db.session() as session:
            require_role(session, actor, *hardship.WRITERS)
            for index, row in enumerate(rows):
                if control is not None and index % 100 == 0:
                    control.report(index, len(rows), "正在写入…")
                assert isinstance(row.draft, HardshipDraft)
                try:
                    if row.action == "update":
                        _update_in(session, actor, row.draft, dibao, today)
                        updated += 1
                    else:
                        _create_in(session, actor, row.draft, dibao, today)
                        created += 1
                except ServiceError as exc:
                    raise ServiceError(f"文件“{plan.file_name}”第{row.number}行：{exc.message.rstrip('。')}。"
                                       "台账在检查之后已有变化，未导入任何数据；请重新检查后再导入。") from exc
            if control is not None:
                control.report(len(rows), len(rows), "正在保存…")
    except IntegrityError as exc:
        raise ServiceError("导入时发现数据已被其他操作改变（同一人已有档案），未导入任何数据。请重新检查后再导入。") from exc
    return ImportResult(created, updated, len(invalid))


def _create_in(session: Session, actor: Actor, draft: HardshipDraft, dibao: int, today: date) -> None:
    """``hardship.create_file`` inside the import's transaction, the age and eligibility questions answered yes
    (the plan showed them as notices)."""
    hardship.create_in(session, actor, draft, dibao, today, confirm=frozenset({"age", "not_eligible"}))


def _update_in(session: Session, actor: Actor, draft: HardshipDraft, dibao: int, today: date) -> None:
    """``hardship.update_file`` on the person's current file inside the import's transaction, family kept."""
    person = find_person(session, draft.id_type, draft.id_number)
    record = hardship.current_file_for_person(session, person.id) if person is not None else None
    if record is None:
        raise ServiceError("此人的档案已不在档，无法更新。")
    old = hardship.get_detail(session, record).draft
    hardship.update_in(session, actor, record, replace(draft, family=old.family), dibao, today)

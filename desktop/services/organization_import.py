"""导入建会单位: the same check-first, all-or-nothing semantics as the member import."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from sqlalchemy.exc import IntegrityError

from db import Database
from desktop.services.actor import Actor
from desktop.services.errors import ServiceError
from desktop.services.import_plan import ImportPlan, RowIssue, issue_for, planned_row
from desktop.services.member_import import ImportResult
from desktop.services.organizations import (
    DRAFT_FIELDS,
    WRITERS,
    OrganizationDraft,
    create_in,
    duplicate_of,
    normalize_organization,
)
from desktop.services.permissions import require_role
from desktop.services.register_columns import organization_columns
from desktop.services.vocabulary import all_terms
from desktop.tabular import Record, convert_record, iter_records, locate_header, read_rows
from desktop.tasks import TaskControl


def plan_organization_import(db: Database, path: Path, *, manual: Mapping[int, str] | None = None,
                             today: date | None = None, control: TaskControl | None = None) -> ImportPlan:
    sheet = read_rows(path)
    columns = organization_columns(all_terms(db))
    header = locate_header(sheet, columns, manual=manual)
    plan = ImportPlan("organizations", Path(path), sheet.sheet_name, columns, header)
    if plan.lacks_columns("请加上这些列后重试。"):
        return plan
    specs = {s.key: s for s in columns}
    seen_code: dict[str, int] = {}
    seen_name: dict[str, int] = {}
    records = list(iter_records(sheet, header, skipped=plan.skipped))
    with db.read_session() as session:
        for index, record in enumerate(records):
            if control is not None and index % 200 == 0:
                control.report(index, len(records), "正在检查…")
            row = planned_row(record.number, record.values, tuple(header.columns))
            plan.rows.append(row)
            values, problems = convert_record(Record(record.number, record.values), specs, headers=header.headers)
            row.issues.extend(RowIssue(record.number, p.column_header, p.message) for p in problems)
            if row.issues:
                row.action = "invalid"
                continue
            raw = {k: v for k, v in values.items() if k in DRAFT_FIELDS and v is not None}
            try:
                draft = normalize_organization(session, OrganizationDraft(**raw), today=today)  # type: ignore[arg-type]
            except ServiceError as exc:
                row.issues.append(issue_for(record.number, exc.field or "", exc.message, header.headers, columns))
                row.action = "invalid"
                continue
            for key, seen, value in (("credit_code", seen_code, draft.credit_code), ("name", seen_name, draft.name)):
                if value and value in seen:
                    row.issues.append(issue_for(record.number, key, f"与第{seen[value]}行重复。", header.headers, columns))
                elif value:
                    seen[value] = record.number
            duplicate = duplicate_of(session, draft)
            if duplicate:
                row.issues.append(issue_for(record.number, "name", f"{duplicate}不要重复登记。", header.headers, columns))
            if row.issues:
                row.action = "invalid"
            else:
                row.draft = draft
    return plan


def apply_organization_import(db: Database, actor: Actor, plan: ImportPlan, *, skip_invalid: bool = False,
                              control: TaskControl | None = None) -> ImportResult:
    actor.require(*WRITERS)
    invalid = plan.ready_to_write(skip_invalid=skip_invalid)
    drafts = [r.draft for r in plan.rows if isinstance(r.draft, OrganizationDraft)]
    try:
        with db.session() as session:
            require_role(session, actor, *WRITERS)
            for index, draft in enumerate(drafts):
                if control is not None and index % 100 == 0:
                    control.report(index, len(drafts), "正在写入…")
                create_in(session, actor, draft)
    except IntegrityError as exc:
        raise ServiceError("导入时发现数据已被其他操作改变，未导入任何数据。请重新检查后再导入。") from exc
    return ImportResult(len(drafts), 0, len(invalid))

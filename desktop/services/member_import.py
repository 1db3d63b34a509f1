"""导入会员: check every row of a roster first, then write the valid ones in one transaction.

Semantics (DESIGN.md §5): with any invalid row and no ``skip_invalid`` nothing is written;
persons already in the ledger are not overwritten unless ``update``; a cancel or an error
leaves the ledger as it was.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db import Database
from db.models import Member, Organization
from desktop.domain._text import to_halfwidth
from desktop.services.actor import Actor
from desktop.services.errors import ServiceError
from desktop.services.import_plan import ImportPlan, PlannedRow, RowIssue, issue_for, planned_row
from desktop.services.member_bulk import CHUNK, bulk_enroll, known_persons
from desktop.services.member_rules import CheckContext, MemberDraft, check_member
from desktop.services.membership import WRITERS, _update_person, context_for
from desktop.services.permissions import require_role
from desktop.services.person_rules import clean_name
from desktop.services.register_columns import ENTRY_KINDS, STATUS_IN_ROSTER, member_columns
from desktop.tabular import convert_record, iter_records, locate_header, read_rows
from desktop.tasks import TaskControl

_DRAFT_KEYS = ("name", "gender", "ethnicity", "id_type", "id_number", "birth_date", "political_status", "education",
               "skill_level", "phone", "household_type", "household_place", "employment_status", "new_employment_group",
               "join_date", "card_number", "other_union")


def _organization_lookup(session: Session) -> dict[str, int]:
    """Organization name (as typed, tidied) or credit code → id."""
    lookup: dict[str, int] = {}
    for org_id, name, code in session.execute(select(Organization.id, Organization.name, Organization.credit_code)
                                              .where(Organization.voided.is_(False))):
        lookup[_org_key(name)] = org_id
        if code:
            lookup[code] = org_id
    return lookup


def _org_key(text: str) -> str:
    return clean_name(text).replace("(", "（").replace(")", "）").replace(" ", "")


def plan_member_import(db: Database, path: Path, *, update: bool = False, manual: Mapping[int, str] | None = None,
                       today: date | None = None, control: TaskControl | None = None) -> ImportPlan:
    """Read and check the whole file; nothing is written. Raises TabularError for an unreadable file."""
    sheet = read_rows(path)
    with db.read_session() as session:
        ctx = context_for(session, today)
        orgs = _organization_lookup(session)
    columns = member_columns(ctx.vocabularies)
    header = locate_header(sheet, columns, manual=manual)
    plan = ImportPlan("members", Path(path), sheet.sheet_name, columns, header)
    if plan.lacks_columns():
        return plan
    specs = {s.key: s for s in columns}
    total = len(sheet.rows)
    keys = tuple(header.columns)
    for record in iter_records(sheet, header, skipped=plan.skipped):
        if control is not None and record.number % 1000 == 0:
            control.report(record.number, total, "正在检查…")
        plan.rows.append(_check_row(record.number, record.values, keys, specs, header.headers, ctx, orgs))
    del sheet
    _mark_duplicates_in_file(plan)
    with db.read_session() as session:
        _check_against_ledger(session, plan, update)
    return plan


def _check_row(number: int, raw: dict[str, object], keys: tuple[str, ...], specs: Mapping[str, object],
               headers: Mapping[str, str], ctx: CheckContext, orgs: Mapping[str, int]) -> PlannedRow:
    from desktop.tabular import Record

    row = planned_row(number, raw, keys)
    values, cell_problems = convert_record(Record(number, raw), specs, headers=headers)  # type: ignore[arg-type]
    columns = list(specs.values())
    row.issues.extend(RowIssue(number, p.column_header, p.message) for p in cell_problems)
    failed = {p.key for p in cell_problems}
    status = str(values.get("status") or "")
    if status and status != STATUS_IN_ROSTER:
        row.issues.append(issue_for(number, "status", f"会籍状态为“{status}”；导入只登记在会会员，请删去此行或改为“在会”。",
                                    headers, columns))  # type: ignore[arg-type]
    org_text = str(values.get("organization") or "")
    org_id = orgs.get(_org_key(org_text)) or orgs.get(to_halfwidth(org_text).strip().upper())
    if org_text and org_id is None:
        row.issues.append(issue_for(number, "organization", f"工作单位“{org_text}”尚未登记。请先在“建会单位”中登记"
                                    "（或导入建会单位），名称须一致。", headers, columns))  # type: ignore[arg-type]
    kind_text = str(values.get("entry_kind") or "入会")
    entry_kind = ENTRY_KINDS.get(kind_text)
    if entry_kind is None:
        row.issues.append(issue_for(number, "entry_kind", f"入会方式“{kind_text}”无效，应为“入会”或“转入”。",
                                    headers, columns))  # type: ignore[arg-type]
    fields = {k: values[k] for k in _DRAFT_KEYS if k in values and values[k] is not None}
    draft = MemberDraft(**{  # type: ignore[arg-type]
        **{k: "" for k in ("name", "id_number")}, **fields,
        "id_type": fields.get("id_type") or "居民身份证",
        "organization_id": org_id, "is_migrant_worker": bool(values.get("is_migrant_worker")),
        "entry_kind": entry_kind or "join",
    })
    checked, problems = check_member(draft, ctx)
    for p in problems:
        key = "organization" if p.field == "organization_id" else p.field
        if key in failed or (key == "organization" and org_text):
            continue  # already reported by the cell conversion or the organization look-up
        row.issues.append(issue_for(number, key, p.message, headers, columns))  # type: ignore[arg-type]
    if row.issues or checked is None:
        row.action = "invalid"
    else:
        row.draft = checked.draft
        row.notices.extend(checked.notices)
    return row


def _mark_duplicates_in_file(plan: ImportPlan) -> None:
    headers = plan.header.headers if plan.header else {}
    first_id: dict[tuple[str, str], int] = {}
    first_card: dict[str, int] = {}
    for row in plan.rows:
        draft = row.draft
        if not isinstance(draft, MemberDraft):
            continue
        key = (draft.id_type, draft.id_number)
        if key in first_id:
            row.issues.append(issue_for(row.number, "id_number", f"与第{first_id[key]}行的证件号码重复。", headers, plan.columns))
        else:
            first_id[key] = row.number
        if draft.card_number:
            if draft.card_number in first_card:
                row.issues.append(issue_for(row.number, "card_number",
                                            f"会员卡号 {draft.card_number} 与第{first_card[draft.card_number]}行重复。",
                                            headers, plan.columns))
            else:
                first_card[draft.card_number] = row.number
        if row.issues:
            row.action, row.draft = "invalid", None


def _check_against_ledger(session: Session, plan: ImportPlan, update: bool) -> None:
    headers = plan.header.headers if plan.header else {}
    valid = [r for r in plan.rows if isinstance(r.draft, MemberDraft)]
    drafts = [r.draft for r in valid]
    known = known_persons(session, ((d.id_type, d.id_number) for d in drafts))  # type: ignore[union-attr]
    cards = sorted({d.card_number for d in drafts if d.card_number})  # type: ignore[union-attr]
    holders: dict[str, int] = {}
    for start in range(0, len(cards), CHUNK):
        holders.update(session.execute(select(Member.card_number, Member.person_id).where(
            Member.card_number.in_(cards[start:start + CHUNK]), Member.status != "voided")).all())
    org_names = dict(session.execute(select(Organization.id, Organization.name)).all())
    for row in valid:
        draft = row.draft
        assert isinstance(draft, MemberDraft)
        person = known.get((draft.id_type, draft.id_number))
        if person is not None and person.active_organization_id is not None:
            org = org_names.get(person.active_organization_id, "")
            if not update:
                row.issues.append(issue_for(row.number, "id_number", f"{person.name}已是“{org}”的在会会员，不能重复入会；"
                                            "如要用文件中的信息更新此人，请选择“更新已有人员”（命令行加 --update）。", headers, plan.columns))
            elif person.active_organization_id != draft.organization_id:
                row.issues.append(issue_for(row.number, "organization", f"{person.name}现在是“{org}”的会员，"
                                            "换单位请在会员页办理会籍转移，不能用导入更改。", headers, plan.columns))
            else:
                row.action = "update"
        holder = holders.get(draft.card_number) if draft.card_number else None
        if holder is not None and (person is None or holder != person.person_id):
            row.issues.append(issue_for(row.number, "card_number", f"会员卡号 {draft.card_number} 已被他人使用。",
                                        headers, plan.columns))
        if row.issues:
            row.action, row.draft = "invalid", None


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    skipped_invalid: int


def apply_member_import(db: Database, actor: Actor, plan: ImportPlan, *, skip_invalid: bool = False,
                        update: bool = False, control: TaskControl | None = None) -> ImportResult:
    """Write the plan's valid rows in one transaction; refuses when rows are invalid and not skipped."""
    actor.require(*WRITERS)
    invalid = plan.ready_to_write(skip_invalid=skip_invalid)
    new = [r.draft for r in plan.rows if r.action == "new" and isinstance(r.draft, MemberDraft)]
    updates = [r.draft for r in plan.rows if r.action == "update" and isinstance(r.draft, MemberDraft)]
    try:
        with db.session() as session:
            require_role(session, actor, *WRITERS)
            result = bulk_enroll(session, actor, new, source=plan.file_name, update_persons=update, control=control)
            for draft in updates:
                _update_existing(session, actor, draft)
    except IntegrityError as exc:
        raise ServiceError("导入时发现数据已被其他操作改变（证件号码或会员卡号重复），未导入任何数据。请重新检查后再导入。") from exc
    return ImportResult(result.members, result.updated_persons + len(updates), len(invalid))


def _update_existing(session: Session, actor: Actor, draft: MemberDraft) -> None:
    from desktop.services import audit
    from desktop.services.member_rules import MEMBER_FIELDS
    from desktop.services.membership import active_membership, person_by_id_number

    person = person_by_id_number(session, draft.id_type, draft.id_number)
    assert person is not None
    _update_person(session, actor, person, draft)
    member = active_membership(session, person.id)
    assert member is not None
    draft = replace(draft, card_number=draft.card_number or (member.card_number or ""))
    before = {n: getattr(member, n) for n in MEMBER_FIELDS}
    for name in MEMBER_FIELDS:
        if name not in ("organization_id", "join_date"):
            setattr(member, name, getattr(draft, name))
    member.card_number = draft.card_number or None
    changes = audit.diff(before, {n: getattr(member, n) for n in MEMBER_FIELDS})
    if changes:
        audit.record(session, actor, "member.update", entity_type="member", entity_uuid=member.uuid, changes=changes)

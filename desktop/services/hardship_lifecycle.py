"""困难档案的复核与状态: the yearly review, 在档 → 渐退 → 脱困 → 销档, and voiding — each audited."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from db import Database
from db.models import HardshipFile
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.errors import ServiceError
from desktop.services.hardship import (
    MOVES,
    ON_REGISTER,
    WRITERS,
    HardshipDetail,
    _apply,
    _checked,
    _get,
    _snapshot,
    add_year,
    dibao_line,
    get_detail,
)
from desktop.services.hardship_rules import STATUS_LABELS, FamilyMemberDraft
from desktop.services.permissions import require_role
from desktop.services.person_rules import clean_text


def _check_when(record: HardshipFile, when: date, what: str, today: date) -> None:
    if when > today:
        raise ServiceError(f"{what}日期 {when.isoformat()} 晚于今天，不能登记未来的日期。", field="when")
    last = max(d for d in (record.opened_on, record.reviewed_on, record.status_changed_on) if d is not None)
    if when < last:
        raise ServiceError(f"{what}日期 {when.isoformat()} 早于该档案上一次登记的日期（{last.isoformat()}），请核对。",
                           field="when")


def review_file(db: Database, actor: Actor, file_id: int, when: date, *, own_monthly_income_fen: int | None = None,
                other_annual_income_fen: int | None = None, rigid_spending_fen: int | None = None,
                household_size: int | None = None, main_reason: str | None = None,
                other_reasons: tuple[str, ...] | None = None, family: tuple[FamilyMemberDraft, ...] | None = None,
                note: str = "", today: date | None = None) -> HardshipDetail:
    """复核: the figures as found on ``when`` (None keeps a figure), the category recomputed, next review in a year."""
    actor.require(*WRITERS)
    dibao = dibao_line(db)
    today = today or date.today()
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        record = _get(session, file_id)
        if record.voided or record.status not in ON_REGISTER:
            label = "作废" if record.voided else STATUS_LABELS.get(record.status, record.status)
            raise ServiceError(f"该档案状态为“{label}”，只有在档或渐退的档案需要复核。")
        _check_when(record, when, "复核", today)
        old = get_detail(session, record).draft
        given = {"own_monthly_income_fen": own_monthly_income_fen, "other_annual_income_fen": other_annual_income_fen,
                 "rigid_spending_fen": rigid_spending_fen, "household_size": household_size,
                 "main_reason": main_reason, "other_reasons": other_reasons, "family": family}
        draft = replace(old, **{k: v for k, v in given.items() if v is not None})
        draft = _checked(session, draft, today, record, keep=old)
        before = _snapshot(record, old.family)
        _apply(session, record, draft, dibao)
        record.reviewed_on, record.reviewed_by, record.next_review_on = when, actor.username, add_year(when)
        note = clean_text(note)
        if note:
            record.note = (f"{record.note}；" if record.note else "") + f"{when.isoformat()} 复核：{note}"
        changes = audit.diff(before, _snapshot(record, draft.family))
        changes["date"] = when.isoformat()
        changes["category_reason"] = record.category_reason
        audit.record(session, actor, "hardship.review", entity_type="hardship_file", entity_uuid=record.uuid,
                     changes=changes)
        return get_detail(session, record)


def change_status(db: Database, actor: Actor, file_id: int, status: str, when: date, reason: str, *,
                  today: date | None = None) -> HardshipDetail:
    """在档 → 渐退 → 脱困 → 销档 (and back to 在档 from 渐退 or 脱困); 销档 is final; the reason is required."""
    actor.require(*WRITERS)
    reason = clean_text(reason)
    if status not in STATUS_LABELS:
        raise ServiceError(f"没有“{status}”这种档案状态。", field="status")
    if not reason:
        raise ServiceError("请填写状态变更的原因。", field="reason")
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        record = _get(session, file_id)
        if record.voided:
            raise ServiceError("该档案已作废，不能变更状态。")
        current, target = STATUS_LABELS[record.status], STATUS_LABELS[status]
        if record.status == "closed":
            raise ServiceError("该档案已销档，销档后不能再变更状态；如再次致困，请重新建档。")
        if status not in MOVES[record.status]:
            raise ServiceError(f"档案状态是“{current}”，不能改为“{target}”。", field="status")
        _check_when(record, when, "状态变更", today or date.today())
        before = record.status
        record.status, record.status_changed_on, record.status_reason = status, when, reason
        audit.record(session, actor, "hardship.status", entity_type="hardship_file", entity_uuid=record.uuid,
                     changes={"status": [before, status], "date": when.isoformat(), "reason": reason})
        return get_detail(session, record)


def void_file(db: Database, actor: Actor, file_id: int, reason: str) -> HardshipDetail:
    """作废: a file entered by mistake; kept with its history, left out of lists and counts."""
    actor.require(*WRITERS)
    reason = clean_text(reason)
    if not reason:
        raise ServiceError("作废必须填写原因。", field="reason")
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        record = _get(session, file_id)
        if record.voided:
            raise ServiceError("该档案已经作废。")
        record.voided, record.void_reason = True, reason
        audit.record(session, actor, "hardship.void", entity_type="hardship_file", entity_uuid=record.uuid,
                     changes={"voided": [False, True], "reason": reason})
        return get_detail(session, record)

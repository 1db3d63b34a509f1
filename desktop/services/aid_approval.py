"""审批与发放: the 负责人 approves or rejects, the clerk marks paid, and a correction is a reversal.

Only a 负责人 (role ``approver``) decides. Approving one's own entry needs ``confirm={"own"}`` and is
marked on the record. Approved and paid records never change; ``reverse`` enters their negation,
which goes through approval too and nets them out of every total once approved.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from db import Database
from db.models import Disbursement
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.disbursements import (
    APPROVERS,
    STATUS_LABELS,
    WRITERS,
    _get,
    check_double_aid,
    reversed_ids,
)
from desktop.services.errors import ConfirmationNeeded, ServiceError
from desktop.services.permissions import require_role
from desktop.services.person_rules import clean_text, tidy
from desktop.services.vocabulary import terms_in


def _require_approver(session: Session, actor: Actor) -> None:
    if actor.role not in APPROVERS:
        raise ServiceError(f"只有负责人可以审批发放记录，当前用户“{actor.display_name}”是{actor.role_label}。")
    require_role(session, actor, *APPROVERS)


def own_entries(db: Database, actor: Actor, ids: list[int]) -> list[int]:
    """Those of ``ids`` the actor entered themselves (approving them needs an explicit yes)."""
    with db.read_session() as session:
        return [i for i in ids if _get(session, i).created_by == actor.username]


def approve(db: Database, actor: Actor, ids: list[int], *, comment: str = "",
            confirm: frozenset[str] = frozenset()) -> int:
    """Approve submitted records, all or nothing; returns how many."""
    with db.session() as session:
        _require_approver(session, actor)
        records = [_get(session, i) for i in ids]
        for record in records:
            if record.status != "submitted":
                raise ServiceError(f"第 {record.id} 号记录{STATUS_LABELS.get(record.status)}，只有待审批的记录可以批准。")
        own = [r for r in records if r.created_by == actor.username]
        if own and "own" not in confirm:
            raise ConfirmationNeeded(
                f"其中 {len(own)} 条是您本人录入的。批准自己录入的记录会在记录上注明“本人录入、本人审批”。确定批准吗？",
                key="own")
        now = datetime.now(UTC)
        for record in records:
            check_double_aid(session, record)  # another payment may have been approved since it was entered
            if record.reverses_id is not None and reversed_ids(session, [record.reverses_id], counted_only=True):
                raise ServiceError(f"第 {record.reverses_id} 号记录已被冲销，第 {record.id} 号冲销记录不能再批准。")
            record.status, record.decided_by, record.decided_at = "approved", actor.username, now
            record.decision_comment = tidy(comment)
            record.self_approved = record.created_by == actor.username
            audit.record(session, actor, "disbursement.approve", entity_type="disbursement", entity_uuid=record.uuid,
                         changes={"self_approved": record.self_approved, "comment": record.decision_comment})
        return len(records)


def reject(db: Database, actor: Actor, ids: list[int], comment: str) -> int:
    """Send submitted records back to the clerk; the comment (why) is required."""
    comment = tidy(comment)
    if not comment:
        raise ServiceError("退回需要填写意见，说明退回的原因和需要修改的地方。", field="comment")
    with db.session() as session:
        _require_approver(session, actor)
        now = datetime.now(UTC)
        for disbursement_id in ids:
            record = _get(session, disbursement_id)
            if record.status != "submitted":
                raise ServiceError(f"第 {record.id} 号记录{STATUS_LABELS.get(record.status)}，只有待审批的记录可以退回。")
            record.status, record.decided_by, record.decided_at = "rejected", actor.username, now
            record.decision_comment = comment
            audit.record(session, actor, "disbursement.reject", entity_type="disbursement", entity_uuid=record.uuid,
                         changes={"comment": comment})
        return len(ids)


def mark_paid(db: Database, actor: Actor, ids: list[int], paid_on: date, method: str, receipt: str, *,
              today: date | None = None) -> int:
    """Record that approved money reached the person: date, method, and the receipt or sign-off."""
    method, receipt = clean_text(method), tidy(receipt)
    if paid_on > (today or date.today()):
        raise ServiceError(f"发放日期 {paid_on.isoformat()} 晚于今天，不能登记未来的发放。", field="paid_on")
    if not receipt:
        raise ServiceError("请注明签收情况：本人签字、代领人签字或银行回单号。", field="receipt")
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        methods = terms_in(session, "pay_method")
        if method not in methods:
            raise ServiceError(f"请选择发放方式：{'、'.join(methods)}。", field="method")
        for disbursement_id in ids:
            record = _get(session, disbursement_id)
            if record.reverses_id is not None:
                raise ServiceError(f"第 {record.id} 号是冲销记录，批准后即生效，无需登记发放。")
            if record.status != "approved":
                raise ServiceError(f"第 {record.id} 号记录{STATUS_LABELS.get(record.status)}，只有已批准的记录可以登记发放。")
            if reversed_ids(session, [record.id]):
                raise ServiceError(f"第 {record.id} 号记录已有冲销（待审批或已生效），不能再登记发放。")
            record.status, record.paid_on, record.paid_method = "paid", paid_on, method
            record.receipt, record.paid_by = receipt, actor.username
            audit.record(session, actor, "disbursement.pay", entity_type="disbursement", entity_uuid=record.uuid,
                         changes={"paid_on": paid_on, "method": method, "receipt": receipt})
        return len(ids)


def reverse(db: Database, actor: Actor, disbursement_id: int, reason: str, *, when: date | None = None) -> int:
    """红冲: enter the negation of an approved or paid record, for approval; returns the reversal's id."""
    reason = tidy(reason)
    if not reason:
        raise ServiceError("冲销需要填写原因（如“金额录入错误，应为 500 元”）。", field="reason")
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        original = _get(session, disbursement_id)
        if original.reverses_id is not None:
            raise ServiceError("冲销记录本身不能再冲销。")
        if original.status not in ("approved", "paid"):
            raise ServiceError(f"该记录{STATUS_LABELS.get(original.status)}，尚未生效，无需冲销：请直接修改或作废。")
        if reversed_ids(session, [original.id]):
            raise ServiceError("该记录已有冲销记录（待审批或已生效），不能重复冲销。")
        reversal = Disbursement(
            person_id=original.person_id, campaign_id=original.campaign_id, hardship_file_id=original.hardship_file_id,
            category=original.category, aid_date=when or date.today(), cash_fen=-original.cash_fen,
            items=original.items, items_value_fen=-original.items_value_fen, fund_source=original.fund_source,
            method=original.method, note=f"冲销第 {original.id} 号记录：{reason}", reverses_id=original.id,
            status="submitted", created_by=actor.username, submitted_at=datetime.now(UTC))
        session.add(reversal)
        session.flush()
        audit.record(session, actor, "disbursement.reverse", entity_type="disbursement", entity_uuid=reversal.uuid,
                     changes={"reverses": original.uuid, "reason": reason, "cash_fen": reversal.cash_fen,
                              "items_value_fen": reversal.items_value_fen})
        return reversal.id



"""发放记录: enter, edit, submit, recall and void a disbursement — the clerk's side of the workflow.

draft → submitted → approved (by a 负责人) or rejected → paid. Approved and paid records are read-only;
a correction is a reversal (``aid_approval.reverse``). Approval itself lives in ``aid_approval``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import Database
from db.models import AidCampaign, Disbursement, HardshipFile, Person
from desktop.domain.money import format_amount
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.aid_campaigns import committed_fen
from desktop.services.errors import ConfirmationNeeded, NotFound, ServiceError
from desktop.services.member_rules import FieldProblem, InvalidMember
from desktop.services.permissions import require_role
from desktop.services.person_rules import Identity, clean_text, tidy
from desktop.services.persons import ensure_person
from desktop.services.vocabulary import terms_in

WRITERS = ("admin", "clerk", "approver")
APPROVERS = ("approver",)
STATUS_LABELS = {"draft": "草稿", "submitted": "待审批", "approved": "已批准", "rejected": "已退回", "paid": "已发放",
                 "voided": "作废"}
EDITABLE = ("draft", "rejected")
STUDY_AID = "金秋助学"
MEDICAL_AID = "医疗救助"
LARGE_MEDICAL_FEN = 500_000  # 5,000 元: above it, medical aid needs the diagnosis and receipts noted


@dataclass(frozen=True)
class DisbursementDraft:
    """One payment as typed. ``fund_source`` empty takes the campaign's."""

    person_id: int
    category: str
    aid_date: date
    cash_fen: int = 0
    items: str = ""
    items_value_fen: int = 0
    campaign_id: int | None = None
    fund_source: str = ""
    method: str = ""
    evidence: str = ""  # 附件说明: 录取通知书, 诊断证明和票据 …
    note: str = ""


def _get(session: Session, disbursement_id: int) -> Disbursement:
    record = session.get(Disbursement, disbursement_id)
    if record is None:
        raise NotFound("找不到该发放记录，可能已被其他操作更改，请刷新后重试。")
    return record


def read_only_message(record: Disbursement) -> str:
    label = STATUS_LABELS.get(record.status, record.status)
    if record.status in ("approved", "paid"):
        return f"该记录{label}，不能修改；如需更正，请做冲销（红冲）后重新录入。"
    if record.status == "submitted":
        return "该记录正在等待审批，不能修改；如需修改，请先撤回。"
    return f"该记录已{label}，不能修改。"


def check_disbursement(session: Session, draft: DisbursementDraft) -> DisbursementDraft:
    """The tidied draft, or InvalidMember naming every field that is wrong."""
    problems: list[FieldProblem] = []

    def problem(field: str, message: str) -> None:
        problems.append(FieldProblem(field, message))

    if session.get(Person, draft.person_id) is None:
        problem("person_id", "请选择发放对象（按姓名、证件号码或手机号查找，或登记新人员）。")
    fund_source = clean_text(draft.fund_source)
    if draft.campaign_id is not None:
        campaign = session.get(AidCampaign, draft.campaign_id)
        if campaign is None or campaign.voided:
            problem("campaign_id", "所选帮扶活动不存在或已作废，请重新选择。")
        else:
            fund_source = fund_source or campaign.fund_source
            if draft.aid_date < campaign.starts_on:
                problem("aid_date", f"发放日期 {draft.aid_date.isoformat()} 早于活动“{campaign.name}”的开始日期 "
                                    f"{campaign.starts_on.isoformat()}，请核对。")
    if draft.aid_date > date.today():
        problem("aid_date", f"发放日期 {draft.aid_date.isoformat()} 晚于今天，请在发放后再登记，或核对日期。")
    category = clean_text(draft.category)
    kinds = terms_in(session, "aid_kind")
    if not category:
        problem("category", "请选择帮扶类别。")
    elif category not in kinds:
        problem("category", f"帮扶类别“{category}”不在可选范围内，可选：{'、'.join(kinds)}。")
    sources = terms_in(session, "fund_source")
    if not fund_source:
        problem("fund_source", "请选择经费来源。")
    elif fund_source not in sources:
        problem("fund_source", f"经费来源“{fund_source}”不在可选范围内，可选：{'、'.join(sources)}。")
    method = clean_text(draft.method)
    methods = terms_in(session, "pay_method")
    if method and method not in methods:
        problem("method", f"发放方式“{method}”不在可选范围内，可选：{'、'.join(methods)}。")
    if draft.cash_fen < 0 or draft.items_value_fen < 0:
        problem("cash_fen" if draft.cash_fen < 0 else "items_value_fen", "金额不能为负数；更正已发放的记录请用冲销。")
    elif draft.cash_fen + draft.items_value_fen == 0:
        problem("cash_fen", "现金金额和物品折价不能都为零。")
    items = tidy(draft.items)
    if draft.items_value_fen > 0 and not items:
        problem("items", "填写了物品折价，请注明发放的物品（如“米、面、油各一份”）。")
    if items and draft.items_value_fen <= 0:
        problem("items_value_fen", f"请填写物品“{items}”的折价金额。")
    if problems:
        raise InvalidMember(problems)
    return replace(draft, category=category, fund_source=fund_source, method=method, items=items,
                   evidence=tidy(draft.evidence), note=tidy(draft.note))


def check_submission(record: Disbursement) -> None:
    """What must be on a record before a 负责人 sees it (DOMAIN.md: attachments for study and large medical aid)."""
    if record.reverses_id is not None:
        return
    if record.category == STUDY_AID and not record.evidence:
        raise ServiceError("金秋助学须附录取通知书：请在“附件说明”中注明（如“录取通知书复印件”）后再提交。",
                           field="evidence")
    if record.category == MEDICAL_AID and record.cash_fen + record.items_value_fen > LARGE_MEDICAL_FEN \
            and not record.evidence:
        raise ServiceError(f"医疗救助超过 {format_amount(LARGE_MEDICAL_FEN)}，须附诊断证明和医疗费用票据："
                           "请在“附件说明”中注明后再提交。", field="evidence")


def reversed_ids(session: Session, ids: list[int], *, counted_only: bool = False) -> set[int]:
    """Those of ``ids`` with a reversal that is pending or counted (``counted_only``: approved)."""
    if not ids:
        return set()
    statuses = ("approved", "paid") if counted_only else ("draft", "submitted", "approved", "paid")
    return set(session.scalars(select(Disbursement.reverses_id).where(
        Disbursement.reverses_id.in_(ids), Disbursement.status.in_(statuses))))


def earlier_aid(session: Session, person_id: int, campaign_id: int | None, exclude_id: int | None = None) -> list[Disbursement]:
    """Standing records for the person in the campaign: the double-aid rule.

    Voided and rejected records do not stand; an approved record stands until its reversal is approved
    (a reversal still waiting may yet be rejected, and the person would then have been paid twice).
    """
    if campaign_id is None:
        return []
    query = select(Disbursement).where(
        Disbursement.person_id == person_id, Disbursement.campaign_id == campaign_id,
        Disbursement.reverses_id.is_(None), Disbursement.status.not_in(("voided", "rejected")))
    if exclude_id is not None:
        query = query.where(Disbursement.id != exclude_id)
    found = list(session.scalars(query.order_by(Disbursement.id)))
    gone = reversed_ids(session, [r.id for r in found if r.status in ("approved", "paid")], counted_only=True)
    return [r for r in found if r.id not in gone]


def check_double_aid(session: Session, record: Disbursement) -> None:
    if record.reverses_id is not None or record.duplicate_override:
        return
    earlier = earlier_aid(session, record.person_id, record.campaign_id, exclude_id=record.id)
    if record.id is not None:
        # a later payment a 负责人 allowed as a repeat does not make this, the first one, a repeat
        earlier = [r for r in earlier if not (r.duplicate_override and r.id > record.id)]
    if earlier:
        person = session.get(Person, record.person_id)
        campaign = session.get(AidCampaign, record.campaign_id)
        first = earlier[0]
        raise ServiceError(
            f"{person.name if person else ''}在活动“{campaign.name if campaign else ''}”中已有一笔发放"
            f"（{first.aid_date.isoformat()}，{format_amount(first.cash_fen + first.items_value_fen)}，"
            f"{STATUS_LABELS.get(first.status, first.status)}），同一活动不能重复发放。"
            "确需再次发放的，须由负责人填写理由后批准重复发放。", field="person_id")


def check_budget(session: Session, campaign_id: int | None, adding_fen: int, confirm: frozenset[str],
                 exclude_id: int | None = None) -> None:
    if campaign_id is None or "over_budget" in confirm:
        return
    campaign = session.get(AidCampaign, campaign_id)
    if campaign is None or campaign.budget_fen is None:
        return
    after = committed_fen(session, campaign_id, exclude_id=exclude_id) + adding_fen
    if after > campaign.budget_fen:
        raise ConfirmationNeeded(
            f"保存后活动“{campaign.name}”的发放合计 {format_amount(after)} 将超出预算 "
            f"{format_amount(campaign.budget_fen)}（超出 {format_amount(after - campaign.budget_fen)}）。仍要保存吗？",
            key="over_budget")


def _link_hardship_file(session: Session, record: Disbursement) -> None:
    """Tie the payment to the recipient's file 在档 or 渐退 (if any), so reports can trace aid to files."""
    record.hardship_file_id = session.scalar(select(HardshipFile.id).where(
        HardshipFile.person_id == record.person_id, HardshipFile.status.in_(("open", "phasing_out")),
        HardshipFile.voided.is_(False)))


def _override(session: Session, actor: Actor, record: Disbursement, reason: str) -> None:
    reason = tidy(reason)
    if not reason:
        return
    if actor.role not in APPROVERS:
        raise ServiceError("只有负责人可以批准同一活动中的重复发放。", field="duplicate_override")
    require_role(session, actor, *APPROVERS)
    record.duplicate_override, record.duplicate_override_by = reason, actor.username


def _submit(session: Session, actor: Actor, record: Disbursement) -> None:
    check_submission(record)
    check_double_aid(session, record)
    record.status, record.submitted_at = "submitted", datetime.now(UTC)
    record.decided_by, record.decided_at, record.decision_comment = "", None, ""


def _create_in(session: Session, actor: Actor, draft: DisbursementDraft, recipient: Identity | None, submit: bool,
               duplicate_reason: str, confirm: frozenset[str]) -> Disbursement:
    if recipient is not None:
        draft = replace(draft, person_id=ensure_person(session, actor, recipient).id)
    draft = check_disbursement(session, draft)
    record = Disbursement(**asdict(draft), status="draft", created_by=actor.username)
    _link_hardship_file(session, record)
    _override(session, actor, record, duplicate_reason)
    check_double_aid(session, record)
    check_budget(session, draft.campaign_id, draft.cash_fen + draft.items_value_fen, confirm)
    session.add(record)
    session.flush()
    if submit:
        _submit(session, actor, record)
    changes = {**asdict(draft), "status": record.status}
    if record.duplicate_override:
        changes["duplicate_override"] = record.duplicate_override
    audit.record(session, actor, "disbursement.create", entity_type="disbursement", entity_uuid=record.uuid,
                 changes=changes)
    return record


def create_disbursement(db: Database, actor: Actor, draft: DisbursementDraft, *, recipient: Identity | None = None,
                        submit: bool = False, duplicate_reason: str = "", confirm: frozenset[str] = frozenset()) -> int:
    """Save a new record (a draft, or submitted for approval with ``submit``); returns its id.

    ``recipient`` registers the person first when they are not in the ledger yet (non-members welcome);
    ``duplicate_reason`` is a 负责人's reason to allow a second payment in the same campaign.
    """
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        return _create_in(session, actor, draft, recipient, submit, duplicate_reason, confirm).id


class BatchRowError(ServiceError):
    """One entry of a batch was refused; nothing of the batch was saved. ``index`` is its position."""

    def __init__(self, index: int, error: ServiceError) -> None:
        super().__init__(error.message, field=error.field)
        self.index, self.error = index, error


def create_disbursements(db: Database, actor: Actor, entries: list[tuple[DisbursementDraft, Identity | None]], *,
                         submit: bool = True, confirm: frozenset[str] = frozenset()) -> list[int]:
    """A batch for one campaign (the batch grid): all saved in one transaction, or none.

    The budget question is asked once for the whole batch (ConfirmationNeeded "over_budget"); the first
    refused entry raises BatchRowError naming it, and nothing is written.
    """
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        for campaign_id in {d.campaign_id for d, _ in entries}:
            adding = sum(d.cash_fen + d.items_value_fen for d, _ in entries if d.campaign_id == campaign_id)
            check_budget(session, campaign_id, adding, confirm)
        ids = []
        for index, (draft, recipient) in enumerate(entries):
            try:
                ids.append(_create_in(session, actor, draft, recipient, submit, "", confirm | {"over_budget"}).id)
            except ServiceError as exc:
                raise BatchRowError(index, exc) from exc
        return ids


def _draft_of(record: Disbursement) -> DisbursementDraft:
    return DisbursementDraft(record.person_id, record.category, record.aid_date, record.cash_fen, record.items,
                             record.items_value_fen, record.campaign_id, record.fund_source, record.method,
                             record.evidence, record.note)


def update_disbursement(db: Database, actor: Actor, disbursement_id: int, draft: DisbursementDraft, *,
                        duplicate_reason: str = "", confirm: frozenset[str] = frozenset()) -> None:
    """Edit a draft or a rejected record (which goes back to draft); anything else is read-only."""
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        record = _get(session, disbursement_id)
        if record.status not in EDITABLE or record.reverses_id is not None:
            raise ServiceError(read_only_message(record) if record.reverses_id is None else "冲销记录不能修改。")
        draft = check_disbursement(session, draft)
        before = {**asdict(_draft_of(record)), "status": record.status,
                  "duplicate_override": record.duplicate_override, "duplicate_override_by": record.duplicate_override_by}
        for key, value in asdict(draft).items():
            setattr(record, key, value)
        record.status = "draft"
        _link_hardship_file(session, record)
        # an override was granted for the record as it was; an edit needs a 负责人 to grant it again
        record.duplicate_override, record.duplicate_override_by = "", ""
        _override(session, actor, record, duplicate_reason)
        check_double_aid(session, record)
        check_budget(session, draft.campaign_id, draft.cash_fen + draft.items_value_fen, confirm,
                     exclude_id=record.id)
        changes = audit.diff(before, {**asdict(draft), "status": record.status,
                                      "duplicate_override": record.duplicate_override,
                                      "duplicate_override_by": record.duplicate_override_by})
        if changes:
            audit.record(session, actor, "disbursement.update", entity_type="disbursement", entity_uuid=record.uuid,
                         changes=changes)


def submit_disbursements(db: Database, actor: Actor, ids: list[int]) -> int:
    """Send drafts (and edited rejections) to the 负责人; all or nothing. Returns how many were sent."""
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        for disbursement_id in ids:
            record = _get(session, disbursement_id)
            if record.status not in EDITABLE:
                raise ServiceError(f"第 {disbursement_id} 号记录{STATUS_LABELS.get(record.status)}，不能提交。")
            if record.reverses_id is not None:
                raise ServiceError(f"第 {disbursement_id} 号冲销记录已被退回，不能再提交；如仍需冲销，请对原记录重新冲销。")
            _submit(session, actor, record)
            audit.record(session, actor, "disbursement.submit", entity_type="disbursement", entity_uuid=record.uuid)
        return len(ids)


def recall_disbursement(db: Database, actor: Actor, disbursement_id: int) -> None:
    """Take a submitted record back to draft before it is decided (by whoever entered it, or a 负责人)."""
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        record = _get(session, disbursement_id)
        if record.status != "submitted":
            raise ServiceError("只有等待审批的记录可以撤回。")
        if record.created_by != actor.username and actor.role not in APPROVERS:
            raise ServiceError("只能撤回自己录入的记录。")
        record.status, record.submitted_at = "draft", None
        audit.record(session, actor, "disbursement.recall", entity_type="disbursement", entity_uuid=record.uuid)


def void_disbursement(db: Database, actor: Actor, disbursement_id: int, reason: str) -> None:
    """作废 a record that never counted (draft, submitted or rejected); the reason is required."""
    reason = tidy(reason)
    if not reason:
        raise ServiceError("作废需要填写原因。", field="reason")
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        record = _get(session, disbursement_id)
        if record.status in ("approved", "paid"):
            raise ServiceError(read_only_message(record))
        if record.status == "voided":
            raise ServiceError("该记录已作废。")
        if record.status == "submitted" and record.created_by != actor.username and actor.role not in APPROVERS:
            raise ServiceError("该记录正在等待审批，只有录入人本人或负责人可以作废。")
        record.status, record.void_reason = "voided", reason
        audit.record(session, actor, "disbursement.void", entity_type="disbursement", entity_uuid=record.uuid,
                     changes={"reason": reason})


def draft_of(db: Database, disbursement_id: int) -> DisbursementDraft:
    with db.read_session() as session:
        return _draft_of(_get(session, disbursement_id))

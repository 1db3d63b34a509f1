"""Write a checked aid import: every valid row entered as submitted (待审批), all in one transaction.

Each record is checked again inside the transaction with the service's rules, so a change made
since the check (a campaign voided, a record entered by a colleague) stops the whole import.
Audit: one ``disbursement.import`` event for the file (counts, id range, SHA-256 of the new
records' UUIDs, money per campaign); registering a new recipient writes the usual ``person.create``.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db import Database
from db.models import AidCampaign, Disbursement
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.aid_import import AidImportPlan, AidRow, budget_overruns
from desktop.services.disbursements import (
    WRITERS,
    check_disbursement,
    check_double_aid,
    check_submission,
)
from desktop.services.errors import ConfirmationNeeded, ServiceError
from desktop.services.member_import import ImportResult
from desktop.services.permissions import require_role
from desktop.services.persons import register_if_new
from desktop.tasks import TaskControl

UPDATE_REFUSED = ("发放记录不能用导入更新：已审批、已发放的记录永远不会被覆盖。"
                  "要更正某笔发放，请在 帮扶 页修改草稿或退回的记录，已生效的记录请做冲销后重新录入。")


@dataclass(frozen=True)
class AidImportResult(ImportResult):
    new_persons: int = 0
    first_id: int | None = None
    last_id: int | None = None


def apply_aid_import(db: Database, actor: Actor, plan: AidImportPlan, *, skip_invalid: bool = False,
                     confirm: frozenset[str] = frozenset(), control: TaskControl | None = None) -> AidImportResult:
    """Enter the plan's valid rows as submitted records; refuses when rows are invalid and not skipped.

    Raises ConfirmationNeeded (key "over_budget") when the rows take a campaign over its budget and
    ``confirm`` does not hold that key; nothing is written then.
    """
    actor.require(*WRITERS)
    invalid = plan.ready_to_write(skip_invalid=skip_invalid)
    rows = [r for r in plan.rows if isinstance(r.draft, AidRow)]
    digest = hashlib.sha256()
    ids: list[int] = []
    new_persons = 0
    per_campaign: dict[str, int] = {}
    try:
        with db.session() as session:
            require_role(session, actor, *WRITERS)
            if "over_budget" not in confirm:
                _check_budgets(session, plan)
            now = datetime.now(UTC)
            for index, row in enumerate(rows):
                if control is not None and index % 100 == 0:
                    control.report(index, len(rows), "正在写入…")
                aid = row.draft
                assert isinstance(aid, AidRow)
                try:
                    person, new = register_if_new(session, actor, aid.identity)
                    new_persons += new
                    draft = check_disbursement(session, replace(aid.draft, person_id=person.id))
                    record = Disbursement(**asdict(draft), status="draft", created_by=actor.username)
                    check_double_aid(session, record)
                    check_submission(record)
                except ServiceError as exc:
                    raise ServiceError(f"文件“{plan.file_name}”第{row.number}行：{exc.message.rstrip('。')}。"
                                       "台账在检查之后已有变化，未导入任何数据；请重新检查后再导入。") from exc
                record.status, record.submitted_at = "submitted", now
                session.add(record)
                session.flush()
                ids.append(record.id)
                digest.update(record.uuid.encode())
                if draft.campaign_id is not None:
                    campaign = session.get(AidCampaign, draft.campaign_id)
                    name = campaign.name if campaign else ""
                    per_campaign[name] = per_campaign.get(name, 0) + draft.cash_fen + draft.items_value_fen
            if control is not None:
                control.report(len(rows), len(rows), "正在保存…")
            if ids:
                audit.record(session, actor, "disbursement.import", entity_type="disbursement", changes={
                    "source": plan.file_name, "records": len(ids), "new_persons": new_persons,
                    "status": "submitted", "disbursement_ids": [min(ids), max(ids)],
                    "disbursement_uuids_sha256": digest.hexdigest(), "fen_by_campaign": per_campaign,
                    "skipped_invalid": len(invalid)})
    except IntegrityError as exc:
        raise ServiceError("导入时发现数据已被其他操作改变，未导入任何数据。请重新检查后再导入。") from exc
    return AidImportResult(len(ids), 0, len(invalid), new_persons, min(ids, default=None), max(ids, default=None))


def _check_budgets(session: Session, plan: AidImportPlan) -> None:
    over = budget_overruns(session, plan.rows, lambda campaign_id: session.get(AidCampaign, campaign_id))
    if over:
        raise ConfirmationNeeded(f"导入后{'；'.join(over)}。仍要导入吗？", key="over_budget")

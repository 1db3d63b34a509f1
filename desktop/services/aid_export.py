"""The 发放记录 template and export (the template's columns plus 状态, 经办人, 审核人, so an export re-imports).

Exported: the records that stand — not voided, not rejected, not a reversal entry and not an original
that has been reversed (the pair nets to zero). The export is audited.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from db import Database
from db.models import AidCampaign, Disbursement, Person, User
from desktop.domain.periods import Period
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.aid_columns import AID_NOTES, aid_columns, aid_export_columns
from desktop.services.aid_import import load_campaigns
from desktop.services.disbursements import STATUS_LABELS, reversed_ids
from desktop.services.unit import get_unit
from desktop.services.vocabulary import terms_in
from desktop.tabular import write_workbook
from desktop.tasks import TaskControl

TITLE = "帮扶发放记录"
EXPORT_NOTES = (*AID_NOTES, "导出的是有效记录：已作废、已退回的记录，冲销记录及被冲销的原记录不导出。")


def _vocabulary(db: Database) -> tuple[dict[str, list[str]], list[str]]:
    with db.read_session() as session:
        vocab = {kind: terms_in(session, kind) for kind in ("aid_kind", "fund_source", "pay_method")}
        campaigns = [c.name for c in load_campaigns(session).values() if not c.voided]
    return vocab, campaigns


def _title(db: Database, period: Period | None = None) -> str:
    unit = get_unit(db)
    return f"{unit.name if unit else ''}{TITLE}" + (f"（{period.label}）" if period else "")


def write_aid_template(db: Database, out: Path) -> None:
    vocab, campaigns = _vocabulary(db)
    write_workbook(out, aid_columns(vocab, campaigns), title=_title(db), instructions=AID_NOTES)


def export_aid(db: Database, actor: Actor, out: Path, *, period: Period | None = None,
               control: TaskControl | None = None) -> int:
    """The standing records (dated within ``period`` when given); returns the row count.

    Left out: voided and rejected records, reversals, and the originals an approved reversal netted out —
    so the file re-imports as the payments that stand. It is a register, not the period's totals: a
    reversal approved in a later period takes its original out of this file (see aid_totals for figures).
    """
    stmt = (select(Disbursement, Person.name, Person.id_type, Person.id_number, Person.phone, AidCampaign.name)
            .join(Person, Person.id == Disbursement.person_id)
            .outerjoin(AidCampaign, AidCampaign.id == Disbursement.campaign_id)
            .where(Disbursement.status.not_in(("voided", "rejected")), Disbursement.reverses_id.is_(None))
            .order_by(Disbursement.aid_date, Disbursement.id))
    if period is not None:
        stmt = stmt.where(Disbursement.aid_date >= period.start, Disbursement.aid_date <= period.end)
    rows: list[dict[str, object]] = []
    with db.read_session() as session:
        users = dict(session.execute(select(User.username, User.display_name)).all())
        found = session.execute(stmt).all()
        gone = reversed_ids(session, [r[0].id for r in found if r[0].status in ("approved", "paid")],
                            counted_only=True)
        for record, name, id_type, id_number, phone, campaign in found:
            if record.id in gone:
                continue
            rows.append({
                "name": name, "id_type": id_type, "id_number": id_number, "phone": phone,
                "campaign": campaign or "", "category": record.category, "aid_date": record.aid_date,
                "cash_fen": record.cash_fen or None, "items": record.items,
                "items_value_fen": record.items_value_fen or None, "fund_source": record.fund_source,
                "method": record.method, "evidence": record.evidence, "note": record.note,
                "status": STATUS_LABELS.get(record.status, record.status),
                "entered_by": users.get(record.created_by, record.created_by),
                "decided_by": users.get(record.decided_by, record.decided_by) if record.decided_by else "",
            })
            if control is not None and len(rows) % 2000 == 0:
                control.report(len(rows), len(found), "正在读取…")
    if control is not None:
        control.report(len(rows), len(rows), "正在写入文件…")
    vocab, campaigns = _vocabulary(db)
    write_workbook(out, aid_export_columns(vocab, campaigns), rows, title=_title(db, period), instructions=EXPORT_NOTES)
    with db.session() as session:
        audit.record(session, actor, "export.aid", entity_type="disbursement",
                     changes={"file": out.name, "rows": len(rows), "period": period.code if period else ""})
    return len(rows)

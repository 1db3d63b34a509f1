"""发放记录查询: the disbursement list with filters, one record's detail, the approval queue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, and_, select

from db import Database
from db.models import AidCampaign, Disbursement, Person
from desktop.services.disbursements import STATUS_LABELS, reversed_ids
from desktop.services.member_search import matching_persons


@dataclass(frozen=True)
class DisbursementQuery:
    text: str = ""  # the 会员 search: name, initials, ID or its tail, phone
    campaign_id: int | None = None
    status: str | None = None  # None: every status but voided; "counted": approved and paid
    category: str = ""
    fund_source: str = ""
    date_from: date | None = None
    date_to: date | None = None
    person_id: int | None = None


@dataclass(frozen=True)
class DisbursementRow:
    id: int
    uuid: str
    person_id: int
    name: str
    id_number: str
    campaign_id: int | None
    campaign_name: str
    category: str
    aid_date: date
    cash_fen: int
    items: str
    items_value_fen: int
    fund_source: str
    method: str
    evidence: str
    note: str
    status: str
    reverses_id: int | None
    duplicate_override: str
    created_by: str
    decided_by: str
    decision_comment: str
    self_approved: bool
    paid_on: date | None
    receipt: str
    void_reason: str
    reversed: bool = False  # a reversal of this record is pending or counted

    @property
    def total_fen(self) -> int:
        return self.cash_fen + self.items_value_fen

    @property
    def status_label(self) -> str:
        label = STATUS_LABELS.get(self.status, self.status)
        if self.reverses_id is not None:
            return f"冲销·{label}"
        return f"{label}（已冲销）" if self.reversed else label


_COLUMNS = (
    Disbursement.id, Disbursement.uuid, Disbursement.person_id, Person.name, Person.id_number,
    Disbursement.campaign_id, AidCampaign.name, Disbursement.category, Disbursement.aid_date, Disbursement.cash_fen,
    Disbursement.items, Disbursement.items_value_fen, Disbursement.fund_source, Disbursement.method,
    Disbursement.evidence, Disbursement.note, Disbursement.status, Disbursement.reverses_id,
    Disbursement.duplicate_override, Disbursement.created_by, Disbursement.decided_by, Disbursement.decision_comment,
    Disbursement.self_approved, Disbursement.paid_on, Disbursement.receipt, Disbursement.void_reason,
)


def _base() -> Select:  # type: ignore[type-arg]
    return (select(*_COLUMNS).join(Person, Person.id == Disbursement.person_id)
            .outerjoin(AidCampaign, AidCampaign.id == Disbursement.campaign_id))


def _select(query: DisbursementQuery) -> Select:  # type: ignore[type-arg]
    stmt = _base()
    conditions = []
    if query.status is None:
        conditions.append(Disbursement.status != "voided")
    elif query.status == "counted":
        conditions.append(Disbursement.status.in_(("approved", "paid")))
    else:
        conditions.append(Disbursement.status == query.status)
    if query.campaign_id is not None:
        conditions.append(Disbursement.campaign_id == query.campaign_id)
    if query.category:
        conditions.append(Disbursement.category == query.category)
    if query.fund_source:
        conditions.append(Disbursement.fund_source == query.fund_source)
    if query.date_from is not None:
        conditions.append(Disbursement.aid_date >= query.date_from)
    if query.date_to is not None:
        conditions.append(Disbursement.aid_date <= query.date_to)
    if query.person_id is not None:
        conditions.append(Disbursement.person_id == query.person_id)
    persons = matching_persons(query.text)
    if persons is not None:
        conditions.append(Disbursement.person_id.in_(persons))
    return stmt.where(and_(*conditions))


def list_disbursements(db: Database, query: DisbursementQuery, *, before_id: int | None = None,
                       limit: int = 500) -> list[DisbursementRow]:
    """Matching records, newest entries first; pass the last row's id as ``before_id`` for the next page."""
    stmt = _select(query)
    if before_id is not None:
        stmt = stmt.where(Disbursement.id < before_id)
    with db.read_session() as session:
        rows = session.execute(stmt.order_by(Disbursement.id.desc()).limit(limit)).all()
        gone = reversed_ids(session, [r[0] for r in rows if r[16] in ("approved", "paid")])
    return [DisbursementRow(*row, reversed=row[0] in gone) for row in rows]


def disbursement(db: Database, disbursement_id: int) -> DisbursementRow | None:
    with db.read_session() as session:
        row = session.execute(_base().where(Disbursement.id == disbursement_id)).first()
        if row is None:
            return None
        gone = reversed_ids(session, [row[0]])
    return DisbursementRow(*row, reversed=row[0] in gone)


def approval_queue(db: Database) -> list[DisbursementRow]:
    """Everything waiting for a 负责人, oldest first (the order it was submitted in)."""
    rows = list_disbursements(db, DisbursementQuery(status="submitted"), limit=100_000)
    return sorted(rows, key=lambda r: r.id)


@dataclass(frozen=True)
class Trail:
    """The workflow facts a DisbursementRow does not carry."""

    submitted_at: datetime | None
    decided_at: datetime | None
    paid_method: str
    paid_by: str
    duplicate_override_by: str
    reversed_by: int | None  # the reversal entered against this record (not voided or rejected)


def workflow_trails(db: Database, ids: list[int]) -> dict[int, Trail]:
    if not ids:
        return {}
    with db.read_session() as session:
        rows = session.execute(select(
            Disbursement.id, Disbursement.submitted_at, Disbursement.decided_at, Disbursement.paid_method,
            Disbursement.paid_by, Disbursement.duplicate_override_by).where(Disbursement.id.in_(ids))).all()
        reversals = dict(session.execute(select(Disbursement.reverses_id, Disbursement.id).where(
            Disbursement.reverses_id.in_(ids), Disbursement.status.not_in(("voided", "rejected")))).all())
    return {r[0]: Trail(*r[1:], reversed_by=reversals.get(r[0])) for r in rows}

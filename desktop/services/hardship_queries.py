"""困难职工档案 queries: the register list, the files due for review, counts by category on a date.

Re-exported by ``desktop.services.hardship``; import them from there.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from db import Database
from db.models import AuditEvent, HardshipFile, Organization, Person
from desktop.domain.masking import mask_id_number
from desktop.services.hardship_rules import CATEGORY_LABELS, STATUS_LABELS
from desktop.services.member_search import matching_persons

ON_REGISTER = ("open", "phasing_out")  # still in hardship: reviewed yearly, counted in reports
CURRENT = "current"  # list_files(status=CURRENT): 在档 and 渐退


@dataclass(frozen=True)
class HardshipRow:
    id: int
    person_id: int
    name: str
    id_type: str
    id_number: str
    gender: str
    category: str
    status: str
    opened_on: date
    next_review_on: date
    work_unit: str

    @property
    def id_number_masked(self) -> str:
        return mask_id_number(self.id_number)

    @property
    def category_label(self) -> str:
        return CATEGORY_LABELS.get(self.category, self.category)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    def review_due(self, today: date, within_days: int = 30) -> bool:
        return self.status in ON_REGISTER and self.next_review_on <= today + timedelta(days=within_days)


def current_file_for_person(session: Session, person_id: int) -> HardshipFile | None:
    """The person's current file (not closed, not voided; at most one), e.g. to link an aid payment to it."""
    return session.scalar(select(HardshipFile).where(HardshipFile.person_id == person_id,
                                                     HardshipFile.status != "closed", HardshipFile.voided.is_(False)))


def _rows_query() -> Select:  # type: ignore[type-arg]
    return (select(HardshipFile.id, HardshipFile.person_id, Person.name, Person.id_type, Person.id_number,
                   Person.gender, HardshipFile.category, HardshipFile.status, HardshipFile.opened_on,
                   HardshipFile.next_review_on, Organization.name, HardshipFile.work_unit)
            .join(Person, Person.id == HardshipFile.person_id)
            .outerjoin(Organization, Organization.id == HardshipFile.organization_id)
            .where(HardshipFile.voided.is_(False)))


def list_files(db: Database, *, text: str = "", status: str | None = None, category: str | None = None,
               due_within_days: int | None = None, today: date | None = None, limit: int = 2000) -> list[HardshipRow]:
    """Files not voided, newest first; ``text`` searches like the 会员 box (name, initials, ID, phone).

    ``status``: one status, CURRENT (在档 and 渐退) or None (all). ``due_within_days``: files still in hardship
    whose review is overdue or due within that many days of ``today``, the most urgent first.
    """
    query = _rows_query()
    persons = matching_persons(text)
    if persons is not None:
        query = query.where(HardshipFile.person_id.in_(persons))
    if status == CURRENT:
        query = query.where(HardshipFile.status.in_(ON_REGISTER))
    elif status:
        query = query.where(HardshipFile.status == status)
    if category:
        query = query.where(HardshipFile.category == category)
    if due_within_days is not None:
        until = (today or date.today()) + timedelta(days=due_within_days)
        query = query.where(HardshipFile.status.in_(ON_REGISTER), HardshipFile.next_review_on <= until)
        query = query.order_by(HardshipFile.next_review_on, HardshipFile.id)
    else:
        query = query.order_by(HardshipFile.id.desc())
    with db.read_session() as session:
        return [HardshipRow(*row[:10], row[10] or row[11]) for row in session.execute(query.limit(limit))]


def files_due_for_review(db: Database, today: date, within_days: int = 30) -> list[HardshipRow]:
    """Files in hardship whose yearly review (复核) is overdue or due within ``within_days``."""
    return list_files(db, due_within_days=within_days, today=today)


def _as_of(session: Session, records: list[HardshipFile], on: date) -> dict[int, tuple[str, str]]:
    """(status, category) of each file on the date ``on``, undoing dated changes made after it."""
    result = {r.id: (r.status, r.category) for r in records}
    later = {r.uuid: r.id for r in records
             if (r.status_changed_on and r.status_changed_on > on) or (r.reviewed_on and r.reviewed_on > on)}
    uuids = list(later)
    for start in range(0, len(uuids), 500):
        events = session.execute(select(AuditEvent.entity_uuid, AuditEvent.changes_json)
                                 .where(AuditEvent.entity_uuid.in_(uuids[start:start + 500]),
                                        AuditEvent.action.in_(("hardship.status", "hardship.review")))
                                 .order_by(AuditEvent.id.desc()))
        for uuid, changes_json in events:  # newest first: each undo leaves the value before the earliest
            changes = json.loads(changes_json)
            if changes.get("date", "") <= on.isoformat():
                continue
            status, category = result[later[uuid]]
            status = changes["status"][0] if "status" in changes else status
            category = changes["category"][0] if "category" in changes else category
            result[later[uuid]] = (status, category)
    return result


def category_counts(db: Database, on: date) -> dict[str, int]:
    """Files in hardship (在档 or 渐退) on the date ``on``, by 困难类别 (every category present)."""
    counts = dict.fromkeys(CATEGORY_LABELS, 0)
    with db.read_session() as session:
        records = list(session.scalars(select(HardshipFile).where(
            HardshipFile.voided.is_(False), HardshipFile.opened_on <= on,
            HardshipFile.status.in_(ON_REGISTER) | (HardshipFile.status_changed_on > on))))
        for status, category in _as_of(session, records, on).values():
            if status in ON_REGISTER:
                counts[category] = counts.get(category, 0) + 1
    return counts

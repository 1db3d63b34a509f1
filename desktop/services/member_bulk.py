"""Many members at once (Excel import, demo data): checked rows in, one transaction, Core inserts.

The caller checks every row first (``member_rules.check_member`` plus the look-ups below) and
hands only valid, conflict-free drafts to ``bulk_enroll``; a cancel or an error rolls the whole
batch back, so nothing is ever half imported.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Member, Person
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.member_rules import PERSON_FIELDS, MemberDraft
from desktop.services.membership import _update_person
from desktop.services.person_index import name_pieces, search_keys
from desktop.tasks import TaskControl

CHUNK = 500  # bound parameters per IN (…) look-up
WRITE_BATCH = 5000  # rows held in memory before they are inserted
_MEMBER_COLUMNS = ("organization_id", "is_migrant_worker", "new_employment_group", "employment_status")


def _uuids(count: int) -> Iterator[str]:
    """Random (version 4) UUID strings, made in bulk: ``uuid.uuid4()`` is ~4 µs each."""
    raw = bytearray(os.urandom(16 * count))
    for i in range(count):
        raw[16 * i + 6] = (raw[16 * i + 6] & 0x0F) | 0x40
        raw[16 * i + 8] = (raw[16 * i + 8] & 0x3F) | 0x80
    text = raw.hex()
    for i in range(0, 32 * count, 32):
        h = text[i:i + 32]
        yield f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _sql(value: object) -> object:
    """A draft value as SQLite stores it (dates as ISO text, like SQLAlchemy's Date type)."""
    if isinstance(value, date):
        return value.isoformat()
    return value


@dataclass(frozen=True)
class KnownPerson:
    person_id: int
    name: str
    active_organization_id: int | None  # their active membership's organization, if any


def known_persons(session: Session, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], KnownPerson]:
    """Persons already in the ledger for these (id_type, id_number) keys, with any active membership."""
    wanted = {k for k in keys if k[1]}
    numbers = sorted({number for _, number in wanted})
    types = sorted({id_type for id_type, _ in wanted})  # lets SQLite use the (id_type, id_number) index
    found: dict[tuple[str, str], KnownPerson] = {}
    for start in range(0, len(numbers), CHUNK):
        rows = session.execute(
            select(Person.id, Person.id_type, Person.id_number, Person.name, Member.organization_id)
            .outerjoin(Member, (Member.person_id == Person.id) & (Member.status == "active"))
            .where(Person.id_type.in_(types), Person.id_number.in_(numbers[start:start + CHUNK]))
        )
        for person_id, id_type, number, name, org in rows:
            if (id_type, number) in wanted:
                found[(id_type, number)] = KnownPerson(person_id, name, org)
    return found


def cards_in_use(session: Session, cards: Iterable[str]) -> set[str]:
    wanted = sorted({c for c in cards if c})
    used: set[str] = set()
    for start in range(0, len(wanted), CHUNK):
        used.update(session.scalars(select(Member.card_number).where(
            Member.card_number.in_(wanted[start:start + CHUNK]), Member.status != "voided")))
    return used


@dataclass(frozen=True)
class BulkResult:
    members: int
    new_persons: int
    updated_persons: int
    first_member_id: int | None
    last_member_id: int | None


def bulk_enroll(session: Session, actor: Actor, drafts: Sequence[MemberDraft], *, source: str,
                update_persons: bool = False, control: TaskControl | None = None) -> BulkResult:
    """Enroll every draft inside the caller's transaction; one audit event records the batch."""
    total = len(drafts)
    if not total:
        return BulkResult(0, 0, 0, None, None)
    known = known_persons(session, ((d.id_type, d.id_number) for d in drafts))
    stamp = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")  # as UTCDateTime stores it
    next_person = (session.scalar(select(func.max(Person.id))) or 0) + 1
    next_member = (session.scalar(select(func.max(Member.id))) or 0) + 1
    first_member = next_member
    new_persons = 0
    person_rows: list[tuple[object, ...]] = []
    piece_rows: list[tuple[int, str]] = []
    member_rows: list[tuple[object, ...]] = []
    event_rows: list[tuple[object, ...]] = []
    updated = 0
    digest = hashlib.sha256()
    uuids = _uuids(3 * total)
    cursor = session.connection().connection.cursor()
    person_sql = (f"INSERT INTO person ({', '.join(('id', 'uuid', 'created_at', 'updated_at', 'name_initials', 'id_number_rev', *PERSON_FIELDS))}) "
                  f"VALUES ({', '.join('?' * (6 + len(PERSON_FIELDS)))})")
    member_sql = (f"INSERT INTO member ({', '.join(('id', 'uuid', 'person_id', 'created_at', 'updated_at', 'card_number', 'join_date', *_MEMBER_COLUMNS, 'status', 'status_date'))}) "
                  f"VALUES ({', '.join('?' * (7 + len(_MEMBER_COLUMNS)))}, 'active', ?)")
    event_sql = ("INSERT INTO membership_event (uuid, member_id, kind, event_date, to_organization_id, "
                 "other_union, recorded_by, recorded_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '')")

    def write() -> None:
        """Insert what is pending (plain DB-API executemany; SQLAlchemy's own is ~2× slower here)."""
        session.flush()  # updates of known persons first
        cursor.executemany(person_sql, person_rows)
        cursor.executemany("INSERT INTO name_piece (person_id, piece) VALUES (?, ?)", piece_rows)
        cursor.executemany(member_sql, member_rows)
        cursor.executemany(event_sql, event_rows)
        for rows in (person_rows, piece_rows, member_rows, event_rows):
            rows.clear()

    for index, draft in enumerate(drafts):
        if control is not None and index % 2000 == 0:
            control.report(index, total, "正在写入…")
        key = (draft.id_type, draft.id_number)
        person = known.get(key)
        if person is None:
            person_id = next_person
            next_person += 1
            new_persons += 1
            keys = search_keys(draft.name, draft.id_number)
            person_rows.append((person_id, next(uuids), stamp, stamp, keys["name_initials"], keys["id_number_rev"],
                                *(_sql(getattr(draft, name)) for name in PERSON_FIELDS)))
            piece_rows.extend((person_id, p) for p in name_pieces(draft.name))
        else:
            person_id = person.person_id
            if update_persons:
                existing = session.get(Person, person_id)
                assert existing is not None
                _update_person(session, actor, existing, draft)
                updated += 1
        member_uuid = next(uuids)
        digest.update(member_uuid.encode())
        join = draft.join_date.isoformat() if draft.join_date else None
        member_rows.append((next_member, member_uuid, person_id, stamp, stamp, draft.card_number or None, join,
                            *(_sql(getattr(draft, name)) for name in _MEMBER_COLUMNS), join))
        event_rows.append((next(uuids), next_member, draft.entry_kind, join, draft.organization_id, draft.other_union,
                           actor.username, stamp))
        next_member += 1
        if len(member_rows) >= WRITE_BATCH:  # bounded memory for any file size
            write()
    write()
    cursor.close()
    if control is not None:
        control.report(total, total, "正在保存…")
    audit.record(session, actor, "member.import", entity_type="member", changes={
        "source": source, "members": total, "new_persons": new_persons, "updated_persons": updated,
        "member_ids": [first_member, next_member - 1], "member_uuids_sha256": digest.hexdigest(),
    })
    return BulkResult(total, new_persons, updated, first_member, next_member - 1)

"""会员查询: one search box (name, pinyin initials, ID, phone, card number) plus filters, keyset-paged.

Every text kind is answered from an index: name prefixes from ``person.name``, any 2+ character
piece from ``name_piece``, initials from ``person.name_initials``, the last digits of an ID from
``person.id_number_rev``, phones and card numbers by prefix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, and_, func, select, union
from sqlalchemy.sql.elements import ColumnElement

from db import Database
from db.models import Member, NamePiece, Organization, Person
from desktop.domain._text import to_halfwidth
from desktop.services.member_rules import clean_name

GROUP_MIGRANT = "农民工"
GROUP_WOMEN = "女职工"
GROUP_NEW_FORMS = "新就业形态（全部）"


@dataclass(frozen=True)
class MemberQuery:
    text: str = ""
    organization_id: int | None = None
    group: str = ""  # GROUP_MIGRANT, GROUP_WOMEN, GROUP_NEW_FORMS or one new-employment-form group
    status: str | None = "active"  # None: every status except voided
    joined_from: date | None = None
    joined_to: date | None = None


@dataclass(frozen=True)
class MemberRow:
    id: int
    person_id: int
    name: str
    gender: str
    birth_date: date | None
    id_type: str
    id_number: str
    phone: str
    organization_id: int
    organization_name: str
    join_date: date
    card_number: str
    status: str
    is_migrant_worker: bool
    new_employment_group: str
    political_status: str
    ethnicity: str
    education: str
    household_type: str
    employment_status: str


_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U000323af]")


def _prefix(column: ColumnElement[str], text: str) -> ColumnElement[bool]:
    """An index-friendly ``column LIKE 'text%'`` (SQLite's LIKE ignores indexes)."""
    return and_(column >= text, column < text + "\U0010ffff")


def matching_persons(text: str) -> Select[tuple[int]] | None:
    """Person ids matching the search text, or None when there is no text."""
    raw = to_halfwidth(text or "").strip()
    if not raw:
        return None
    compact = raw.replace(" ", "").upper()
    parts: list[Select[tuple[int]]] = []
    if re.fullmatch(r"\d+X?", compact):
        if len(compact) >= 15:
            parts.append(select(Person.id).where(_prefix(Person.id_number, compact)))
        if 4 <= len(compact) <= 8 or compact.endswith("X"):
            parts.append(select(Person.id).where(_prefix(Person.id_number_rev, compact[::-1])))
        if compact.isdigit():
            parts.append(select(Person.id).where(_prefix(Person.phone, compact)))
            if 6 <= len(compact) < 15:
                parts.append(select(Person.id).where(_prefix(Person.id_number, compact)))
        parts.append(select(Member.person_id).where(_prefix(Member.card_number, compact)))
    elif re.fullmatch(r"[A-Za-z]+", compact):
        parts.append(select(Person.id).where(_prefix(Person.name_initials, compact.lower())))
        parts.append(select(Person.id).where(_prefix(Person.name, raw)))
        parts.append(select(Member.person_id).where(_prefix(Member.card_number, compact)))
    elif re.fullmatch(r"[0-9A-Z-]+", compact):
        parts.append(select(Member.person_id).where(_prefix(Member.card_number, compact)))
    else:
        name = clean_name(raw)
        if len(name) >= 2 and _HAN.search(name):
            pieces = select(NamePiece.person_id).where(NamePiece.piece == name[:2])
            if len(name) == 2:
                parts.append(pieces)
            else:
                parts.append(select(Person.id).where(Person.id.in_(pieces), Person.name.contains(name, autoescape=True)))
        else:
            parts.append(select(Person.id).where(_prefix(Person.name, name)))
    return parts[0] if len(parts) == 1 else select(union(*parts).subquery().c[0])


def _filtered(query: MemberQuery, columns: Select) -> Select:  # type: ignore[type-arg]
    stmt = columns
    persons = matching_persons(query.text)
    if persons is not None:
        stmt = stmt.where(Member.person_id.in_(persons))
    if query.status is None:
        stmt = stmt.where(Member.status != "voided")
    else:
        stmt = stmt.where(Member.status == query.status)
    if query.organization_id is not None:
        stmt = stmt.where(Member.organization_id == query.organization_id)
    if query.group == GROUP_MIGRANT:
        stmt = stmt.where(Member.is_migrant_worker.is_(True))
    elif query.group == GROUP_WOMEN:
        stmt = stmt.where(Person.gender == "女")
    elif query.group == GROUP_NEW_FORMS:
        stmt = stmt.where(Member.new_employment_group != "")
    elif query.group:
        stmt = stmt.where(Member.new_employment_group == query.group)
    if query.joined_from is not None:
        stmt = stmt.where(Member.join_date >= query.joined_from)
    if query.joined_to is not None:
        stmt = stmt.where(Member.join_date <= query.joined_to)
    return stmt


_ROW_COLUMNS = (
    Member.id, Member.person_id, Person.name, Person.gender, Person.birth_date, Person.id_type, Person.id_number,
    Person.phone, Member.organization_id, Organization.name, Member.join_date, func.coalesce(Member.card_number, ""),
    Member.status, Member.is_migrant_worker, Member.new_employment_group, Person.political_status,
    Person.ethnicity, Person.education, Person.household_type, Member.employment_status,
)


def search_members(db: Database, query: MemberQuery, *, before_id: int | None = None, limit: int = 200) -> list[MemberRow]:
    """One page of matches, newest entries first; pass the last row's id as ``before_id`` for the next."""
    stmt = _filtered(query, select(*_ROW_COLUMNS).join(Person, Person.id == Member.person_id)
                     .join(Organization, Organization.id == Member.organization_id))
    if before_id is not None:
        stmt = stmt.where(Member.id < before_id)
    stmt = stmt.order_by(Member.id.desc()).limit(limit)
    with db.read_session() as session:
        return [MemberRow(*row) for row in session.execute(stmt)]


def count_members(db: Database, query: MemberQuery) -> int:
    base = select(func.count()).select_from(Member)
    if query.group == GROUP_WOMEN:
        base = base.join(Person, Person.id == Member.person_id)
    with db.read_session() as session:
        return session.scalar(_filtered(query, base)) or 0


def members_by_ids(db: Database, ids: list[int]) -> list[MemberRow]:
    stmt = (select(*_ROW_COLUMNS).join(Person, Person.id == Member.person_id)
            .join(Organization, Organization.id == Member.organization_id).where(Member.id.in_(ids)))
    with db.read_session() as session:
        rows = {row[0]: MemberRow(*row) for row in session.execute(stmt)}
    return [rows[i] for i in ids if i in rows]



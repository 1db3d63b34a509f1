"""会员查询: one search box (name, pinyin initials, ID, phone, card number) plus filters, keyset-paged.

Every text kind is answered from an index: name prefixes from ``person.name``, any 2+ character
piece from ``name_piece``, initials from ``person.name_initials``, the last digits of an ID from
``person.id_number_rev``, phones and card numbers by prefix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, and_, func, literal_column, select, union
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from db import Database
from db.models import Member, NamePiece, Organization, Person
from desktop.domain._text import to_halfwidth
from desktop.services.person_rules import clean_name
from desktop.services.vocabulary import ID_TYPES

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


def _id_prefix(text: str) -> ColumnElement[bool]:
    """A prefix search on the (id_type, id_number) index: its first column must be constrained too."""
    return and_(Person.id_type.in_(ID_TYPES), _prefix(Person.id_number, text))


def matching_persons(text: str) -> Select[tuple[int]] | None:
    """Person ids matching the search text, or None when there is no text."""
    raw = to_halfwidth(text or "").strip()
    if not raw:
        return None
    compact = raw.replace(" ", "").upper()
    parts: list[Select[tuple[int]]] = []
    if re.fullmatch(r"\d+X?", compact):
        if len(compact) >= 15:
            parts.append(select(Person.id).where(_id_prefix(compact)))
        if 4 <= len(compact) <= 8 or compact.endswith("X"):
            parts.append(select(Person.id).where(_prefix(Person.id_number_rev, compact[::-1])))
        if compact.isdigit():
            parts.append(select(Person.id).where(_prefix(Person.phone, compact)))
            if 6 <= len(compact) < 15:
                parts.append(select(Person.id).where(_id_prefix(compact)))
        parts.append(select(Member.person_id).where(_prefix(Member.card_number, compact)))
    elif re.fullmatch(r"[A-Za-z]+", compact):
        # no card-number search from letters alone: a union's cards usually share a prefix (XH…)
        parts.append(select(Person.id).where(_prefix(Person.name_initials, compact.lower())))
        parts.append(select(Person.id).where(_prefix(Person.name, raw)))
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


# Up to this many matching persons are looked up by id (the member.person_id index drives the query);
# beyond it, members are scanned newest first and tested against the matches, which finds a page fast.
FEW_PERSONS = 2000


def _person_filter(session: Session, text: str, *, counting: bool = False) -> ColumnElement[bool] | None:
    persons = matching_persons(text)
    if persons is None:
        return None
    if counting:  # a count needs every match anyway: look the members up by person_id, however many
        return Member.person_id.in_(persons)
    probe = select(func.count()).select_from(persons.limit(FEW_PERSONS + 1).subquery())
    if (session.scalar(probe) or 0) <= FEW_PERSONS:
        return Member.person_id.in_(persons)
    # "+member.person_id" keeps SQLite from driving the query by the person_id index (many matches)
    return literal_column("+member.person_id").in_(persons)


def _filtered(query: MemberQuery, columns: Select, persons: ColumnElement[bool] | None) -> Select:  # type: ignore[type-arg]
    stmt = columns
    if persons is not None:
        stmt = stmt.where(persons)
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
    with db.read_session() as session:
        # the page's member ids first (no joins but the one a filter needs), then their rows: the
        # joins then touch 200 rows rather than every match
        ids = select(Member.id)
        if query.group == GROUP_WOMEN:
            ids = ids.join(Person, Person.id == Member.person_id)
        ids = _filtered(query, ids, _person_filter(session, query.text))
        if before_id is not None:
            ids = ids.where(Member.id < before_id)
        page = list(session.scalars(ids.order_by(Member.id.desc()).limit(limit)))
        if not page:
            return []
        stmt = (select(*_ROW_COLUMNS).join(Person, Person.id == Member.person_id)
                .join(Organization, Organization.id == Member.organization_id)
                .where(Member.id.in_(page)).order_by(Member.id.desc()))
        return [MemberRow(*row) for row in session.execute(stmt)]


def count_members(db: Database, query: MemberQuery) -> int:
    base = select(func.count()).select_from(Member)
    if query.group == GROUP_WOMEN:
        base = base.join(Person, Person.id == Member.person_id)
    with db.read_session() as session:
        return session.scalar(_filtered(query, base, _person_filter(session, query.text, counting=True))) or 0


def members_by_ids(db: Database, ids: list[int]) -> list[MemberRow]:
    stmt = (select(*_ROW_COLUMNS).join(Person, Person.id == Member.person_id)
            .join(Organization, Organization.id == Member.organization_id).where(Member.id.in_(ids)))
    with db.read_session() as session:
        rows = {row[0]: MemberRow(*row) for row in session.execute(stmt)}
    return [rows[i] for i in ids if i in rows]



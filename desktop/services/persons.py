"""人员查找与登记: find anyone in the ledger with the 会员 search, and register a non-member.

Aid and hardship files concern persons, members or not; a person typed there is held to the
same identity rules as a member (``person_rules.check_identity``) and indexed for the same search.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import Database
from db.models import Member, Organization, Person
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.errors import NotFound
from desktop.services.member_rules import FieldProblem, InvalidMember
from desktop.services.member_search import matching_persons
from desktop.services.membership import STATUS_LABELS
from desktop.services.person_index import index_person, set_search_keys
from desktop.services.person_rules import Identity, check_identity


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    gender: str
    birth_date: date | None
    id_type: str
    id_number: str
    phone: str
    member_status: str  # "" for a non-member, else the latest membership's status
    organization_name: str  # the latest membership's organization

    @property
    def member_label(self) -> str:
        return STATUS_LABELS.get(self.member_status, "非会员") if self.member_status else "非会员"


def _rows(session: Session, person_ids: list[int]) -> list[PersonRow]:
    if not person_ids:
        return []
    latest: dict[int, tuple[str, str]] = {}
    memberships = (select(Member.person_id, Member.status, Organization.name)
                   .join(Organization, Organization.id == Member.organization_id)
                   .where(Member.person_id.in_(person_ids), Member.status != "voided").order_by(Member.id))
    for person_id, status, org in session.execute(memberships):
        latest[person_id] = (status, org)
    people = session.execute(select(Person.id, Person.name, Person.gender, Person.birth_date, Person.id_type,
                                    Person.id_number, Person.phone).where(Person.id.in_(person_ids)))
    rows = {p[0]: PersonRow(*p, *latest.get(p[0], ("", ""))) for p in people}
    return [rows[i] for i in person_ids if i in rows]


def search_persons(db: Database, text: str, *, limit: int = 50) -> list[PersonRow]:
    """Persons matching the 会员 search box (name, initials, ID or its tail, phone, card), newest first."""
    matches = matching_persons(text)
    if matches is None:
        return []
    with db.read_session() as session:
        ids = list(session.scalars(select(Person.id).where(Person.id.in_(matches))
                                   .order_by(Person.id.desc()).limit(limit)))
        return _rows(session, ids)


def persons_by_ids(db: Database, ids: list[int]) -> list[PersonRow]:
    with db.read_session() as session:
        return _rows(session, ids)


def get_person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound("找不到该人员，可能已被其他操作更改，请重新查找。")
    return person


def find_person(session: Session, id_type: str, id_number: str) -> Person | None:
    return session.scalar(select(Person).where(Person.id_type == id_type, Person.id_number == id_number))


def checked_identity(name: str, id_number: str, *, id_type: str = "", gender: str = "",
                     birth_date: date | None = None, phone: str = "", today: date | None = None) -> Identity:
    """The normalised identity, or InvalidMember naming every field that is wrong."""
    identity, problems, _ = check_identity(name, id_type, id_number, gender, birth_date, phone, today or date.today())
    if problems:
        raise InvalidMember([FieldProblem(f, m) for f, m in problems])
    return identity


def ensure_person(session: Session, actor: Actor, identity: Identity) -> Person:
    """The person with this document, registered (as a non-member) when new; inside the caller's transaction.

    A known person's name must match: a different name under the same ID number is a typing mistake
    in one of them, and is refused rather than silently renamed.
    """
    return register_if_new(session, actor, identity)[0]


def register_if_new(session: Session, actor: Actor, identity: Identity) -> tuple[Person, bool]:
    """``ensure_person``, and whether the person was registered just now."""
    person = find_person(session, identity.id_type, identity.id_number)
    if person is not None:
        if person.name != identity.name:
            raise InvalidMember([FieldProblem(
                "name", f"证件号码 {identity.id_number} 在台账中登记的姓名是“{person.name}”，与填写的“{identity.name}”不一致，"
                        "请核对姓名或证件号码。")])
        if identity.phone and not person.phone:
            person.phone = identity.phone
            audit.record(session, actor, "person.update", entity_type="person", entity_uuid=person.uuid,
                         changes={"phone": ["", identity.phone]})
        return person, False
    person = Person(name=identity.name, id_type=identity.id_type, id_number=identity.id_number,
                    gender=identity.gender, birth_date=identity.birth_date, phone=identity.phone)
    set_search_keys(person)
    session.add(person)
    session.flush()
    index_person(session, person, new=True)
    audit.record(session, actor, "person.create", entity_type="person", entity_uuid=person.uuid,
                 changes={"name": person.name, "id_type": person.id_type, "id_number": person.id_number})
    return person, True

"""Search keys kept beside each person: pinyin initials, the reversed ID, 2-character name pieces."""

from __future__ import annotations

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from db.models import NamePiece, Person
from desktop.domain.pinyin import initials


def name_pieces(name: str) -> list[str]:
    """Every distinct run of two characters: 欧阳小明 → 欧阳, 阳小, 小明 (a 1-character name gives itself)."""
    chars = list(name)
    if len(chars) < 2:
        return [name] if name else []
    return list(dict.fromkeys(chars[i] + chars[i + 1] for i in range(len(chars) - 1)))


def search_keys(name: str, id_number: str) -> dict[str, str]:
    return {"name_initials": initials(name), "id_number_rev": id_number[::-1]}


def set_search_keys(person: Person) -> None:
    """Fill the person's search columns from their name and number (before the insert)."""
    for key, value in search_keys(person.name, person.id_number).items():
        setattr(person, key, value)


def index_person(session: Session, person: Person, *, new: bool) -> None:
    """Set the person's search columns and (re)write their name pieces; the person must have an id."""
    set_search_keys(person)
    if not new:
        session.execute(delete(NamePiece).where(NamePiece.person_id == person.id))
    pieces = name_pieces(person.name)
    if pieces:
        session.execute(insert(NamePiece), [{"person_id": person.id, "piece": p} for p in pieces])

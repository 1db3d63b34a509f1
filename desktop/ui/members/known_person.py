"""Is the ID typed in the entry form someone already in the ledger? (Qt-free look-up over services.)"""

from __future__ import annotations

from dataclasses import dataclass

from db import Database
from desktop.services.member_rules import MemberDraft
from desktop.services.member_search import MemberQuery, search_members
from desktop.services.membership import get_member


@dataclass(frozen=True)
class KnownPerson:
    member_id: int  # their newest membership
    draft: MemberDraft  # its values: the person's details to prefill
    organization: str  # that membership's organization
    status: str
    active_organization: str  # the organization of an active membership, "" if none


def look_up_person(db: Database, id_number: str) -> KnownPerson | None:
    """The person holding exactly this (normalised) ID number, from their newest membership."""
    rows = [r for r in search_members(db, MemberQuery(text=id_number, status=None), limit=20)
            if r.id_number == id_number]
    if not rows:
        return None
    newest = rows[0]
    detail = get_member(db, newest.id)
    active = next((r.organization_name for r in rows if r.status == "active"), "")
    return KnownPerson(newest.id, detail.draft, newest.organization_name, newest.status, active)

"""会员 figures for a period: the balance of members, the groups, the organizations, and the events behind them.

A membership counts from its entry event (入会 / 转入) to its exit event (转出 / 退会 / 自动退会 / 去世);
voided memberships (作废) never count, whatever the date of the void. ``at_end`` always equals
``at_start + joined + transferred_in - transferred_out - withdrawn - died``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Member, MembershipEvent, Organization, Person
from desktop.domain.masking import mask_id_number
from desktop.domain.periods import Period
from desktop.services.membership import EVENT_LABELS
from desktop.services.vocabulary import terms_in

ENTRIES = ("join", "transfer_in")
EXITS = {"transfer_out": "transferred_out", "withdraw": "withdrawn", "auto_withdraw": "withdrawn", "death": "died"}
MIGRANT = "农民工"
WOMEN = "女职工"
OTHER_ORGANIZATIONS = "（其他单位：已作废或建会日期在本期之后）"


def person_labels(session: Session, ids: set[int]) -> dict[int, tuple[str, str]]:
    """person id → (name, masked ID number); never the full number."""
    result: dict[int, tuple[str, str]] = {}
    wanted = sorted(i for i in ids if i is not None)
    for start in range(0, len(wanted), 500):
        rows = session.execute(select(Person.id, Person.name, Person.id_number)
                               .where(Person.id.in_(wanted[start:start + 500])))
        result.update({pid: (name, mask_id_number(number)) for pid, name, number in rows})
    return result


@dataclass
class _Track:
    """One non-voided membership: its events in date order."""

    member: Any  # a row of Member columns
    events: list[Any]  # rows of MembershipEvent columns, in date order

    def state_on(self, day: date) -> tuple[bool, int]:
        """(in the union on ``day``, organization id on ``day``)."""
        inside, org = False, self.member.organization_id
        for event in self.events:
            if event.event_date > day:
                break
            if event.kind in ("join", "transfer_in", "transfer"):
                inside = True
                org = event.to_organization_id or org
            elif event.kind in EXITS:
                inside = False
        return inside, org


def _tracks(session: Session) -> list[_Track]:
    """Plain rows, not ORM objects: a ledger of 100 000 members is read in about a second."""
    members = session.execute(select(Member.id, Member.uuid, Member.person_id, Member.organization_id,
                                     Member.is_migrant_worker, Member.new_employment_group)
                              .where(Member.status != "voided").order_by(Member.id)).all()
    events: dict[int, list[Any]] = defaultdict(list)
    for event in session.execute(select(
            MembershipEvent.id, MembershipEvent.uuid, MembershipEvent.member_id, MembershipEvent.kind,
            MembershipEvent.event_date, MembershipEvent.from_organization_id, MembershipEvent.to_organization_id,
            MembershipEvent.other_union, MembershipEvent.reason)
            .order_by(MembershipEvent.event_date, MembershipEvent.id)):
        events[event.member_id].append(event)
    # a void event marks a membership entered by mistake, even if the cached status lags behind
    return [_Track(m, events[m.id]) for m in members if not any(e.kind == "void" for e in events[m.id])]


def member_figures(session: Session, period: Period, *, detail: bool) -> dict[str, Any]:
    """The 会员 section of the report data (``detail``: with the annex of events and organizations)."""
    tracks = _tracks(session)
    before = period.start - timedelta(days=1)
    counts = dict.fromkeys(("joined", "transferred_in", "transferred_out", "withdrawn", "auto_withdrawn", "died",
                            "moved_within"), 0)
    at_start = at_end = 0
    org_start: dict[int, int] = defaultdict(int)
    org_end: dict[int, int] = defaultdict(int)
    ending: list[_Track] = []
    entered: list[_Track] = []
    period_events: list[tuple[Any, Any]] = []
    for track in tracks:
        inside, org = track.state_on(before)
        if inside:
            at_start += 1
            org_start[org] += 1
        inside, org = track.state_on(period.end)
        if inside:
            at_end += 1
            org_end[org] += 1
            ending.append(track)
        for event in track.events:
            if not period.contains(event.event_date) or event.kind == "void":
                continue
            period_events.append((event, track.member))
            if event.kind == "join":
                counts["joined"] += 1
            elif event.kind == "transfer_in":
                counts["transferred_in"] += 1
            elif event.kind == "transfer":
                counts["moved_within"] += 1
            else:
                counts[EXITS[event.kind]] += 1
                counts["auto_withdrawn"] += event.kind == "auto_withdraw"
            if event.kind in ENTRIES:
                entered.append(track)
    section: dict[str, Any] = {"at_start": at_start, **counts, "at_end": at_end}
    section["groups"] = _groups(session, ending, entered)
    section.update(_organizations(session, period, org_start, org_end, detail=detail))
    if detail:
        section["events"] = _event_rows(session, period_events)
    return section


def _groups(session: Session, ending: list[_Track], entered: list[_Track]) -> list[dict[str, Any]]:
    """农民工, each 新就业形态群体, 女职工: members at the end and members who joined or transferred in."""
    women = set(session.scalars(select(Person.id).where(Person.gender == "女")))
    vocabulary = terms_in(session, "new_employment_group", include_inactive=True)
    present = {t.member.new_employment_group for t in ending + entered if t.member.new_employment_group}
    names = [MIGRANT, *vocabulary, *sorted(present - set(vocabulary)), WOMEN]

    def test(name: str, member: Any) -> bool:
        if name == MIGRANT:
            return member.is_migrant_worker
        if name == WOMEN:
            return member.person_id in women
        return member.new_employment_group == name

    return [{"group": name, "new_employment_form": name not in (MIGRANT, WOMEN),
             "at_end": sum(test(name, t.member) for t in ending),
             "entered": sum(test(name, t.member) for t in entered)} for name in names]


def _organizations(session: Session, period: Period, org_start: dict[int, int], org_end: dict[int, int], *,
                   detail: bool) -> dict[str, Any]:
    orgs = list(session.scalars(select(Organization).where(Organization.voided.is_(False))
                                .order_by(Organization.name, Organization.id)))
    existing = [o for o in orgs if o.founded_on is None or o.founded_on <= period.end]
    new = [o for o in existing if o.founded_on is not None and period.contains(o.founded_on)]
    result: dict[str, Any] = {
        "organizations_total": len(existing),
        "organizations_new": len(new),
        "new_organizations": [{"uuid": o.uuid, "name": o.name, "credit_code": o.credit_code,
                               "founded_on": o.founded_on.isoformat() if o.founded_on else "",
                               "members": org_end.get(o.id, 0)} for o in new],
    }
    result["new_organizations_members"] = sum(row["members"] for row in result["new_organizations"])
    if detail:
        rows = [{"uuid": o.uuid, "name": o.name, "at_start": org_start.get(o.id, 0), "at_end": org_end.get(o.id, 0)}
                for o in existing if org_start.get(o.id, 0) or org_end.get(o.id, 0)]
        # members of an organization since voided (or founded after the period): kept, so the rows add up
        listed = {o.id for o in existing}
        other_start = sum(n for oid, n in org_start.items() if oid not in listed)
        other_end = sum(n for oid, n in org_end.items() if oid not in listed)
        if other_start or other_end:
            rows.append({"uuid": "", "name": OTHER_ORGANIZATIONS, "at_start": other_start, "at_end": other_end})
        result["by_organization"] = rows
    return result


def _event_rows(session: Session, events: list[tuple[Any, Any]]) -> list[dict[str, Any]]:
    people = person_labels(session, {m.person_id for _, m in events})
    names = dict(session.execute(select(Organization.id, Organization.name)).all())
    rows = []
    for event, member in events:
        name, masked = people.get(member.person_id, ("", ""))
        if event.kind in ENTRIES or event.kind == "transfer":
            where = names.get(event.to_organization_id or 0, "")
            if event.kind == "transfer_in" and event.other_union:
                where = f"{where}（自{event.other_union}）"
        else:
            where = names.get(event.from_organization_id or 0, "")
            if event.other_union:
                where = f"{where}（至{event.other_union}）"
        rows.append({"uuid": event.uuid, "member_uuid": member.uuid, "date": event.event_date.isoformat(),
                     "kind": event.kind, "kind_label": EVENT_LABELS.get(event.kind, event.kind), "name": name,
                     "id_number": masked, "organization": where, "reason": event.reason})
    rows.sort(key=lambda r: (r["date"], r["kind"], r["name"], r["uuid"]))
    return rows

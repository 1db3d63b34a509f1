"""竞赛 figures for a period: competitions held (overlapping the period), their entrants and results, honours won.

Voided competitions, events and teams, withdrawn entries and voided honours never count; an honour counts in the
period of its 授予日期 when the competition, entry or team behind it still stands.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Competition, CompetitionEvent, Entry, Honour, Organization, Team
from desktop.domain.periods import Period
from desktop.services.competition_rules import ENTRANT_LABELS
from desktop.services.figures_members import person_labels
from desktop.services.honours import honour_stands


def has_result(entry: Entry) -> bool:
    return entry.rank is not None or bool(entry.score) or bool(entry.award)


def _names(session: Session, model: type[Organization] | type[Team], ids: set[int]) -> dict[int, str]:
    wanted = sorted(i for i in ids if i is not None)
    if not wanted:
        return {}
    return dict(session.execute(select(model.id, model.name).where(model.id.in_(wanted))).all())  # type: ignore[arg-type]


def competition_figures(session: Session, period: Period, *, detail: bool) -> dict[str, Any]:
    """The 竞赛 section of the report data (``detail``: with the entries and honours annexes)."""
    held = list(session.scalars(
        select(Competition).where(Competition.voided.is_(False), Competition.starts_on <= period.end)
        .order_by(Competition.starts_on, Competition.name, Competition.id)))
    held = [c for c in held if (c.ends_on or c.starts_on) >= period.start]
    by_id = {c.id: c for c in held}
    entries = list(session.execute(
        select(Entry, CompetitionEvent.name, CompetitionEvent.competition_id)
        .join(CompetitionEvent, CompetitionEvent.id == Entry.event_id)
        .outerjoin(Team, Team.id == Entry.team_id)
        .where(CompetitionEvent.competition_id.in_(list(by_id)), CompetitionEvent.voided.is_(False),
               Entry.withdrawn.is_(False), Team.voided.is_not(True))))
    per_comp: dict[int, Counter[str]] = {c.id: Counter() for c in held}
    events_seen: dict[int, set[int]] = {c.id: set() for c in held}
    for entry, _event, competition_id in entries:
        per_comp[competition_id]["entries"] += 1
        per_comp[competition_id]["results"] += has_result(entry)
        events_seen[competition_id].add(entry.event_id)
    honours = list(session.scalars(
        select(Honour).where(Honour.voided.is_(False), Honour.awarded_on >= period.start,
                             Honour.awarded_on <= period.end, honour_stands())
        .order_by(Honour.awarded_on, Honour.title, Honour.id)))
    competitions = [{"uuid": c.uuid, "name": c.name, "kind": c.kind, "level": c.level,
                     "starts_on": c.starts_on.isoformat(), "ends_on": c.ends_on.isoformat() if c.ends_on else "",
                     "organizer": c.organizer, "document_number": c.document_number,
                     "events": len(events_seen[c.id]), "entries": per_comp[c.id]["entries"],
                     "results": per_comp[c.id]["results"]} for c in held]
    section: dict[str, Any] = {
        "competitions_held": len(held),
        "entries": sum(c["entries"] for c in competitions),
        "results": sum(c["results"] for c in competitions),
        "honours": len(honours),
        "by_kind": _grouped(competitions, "kind"),
        "by_level": _grouped(competitions, "level"),
        "honours_by_title": [{"title": t, "count": n}
                             for t, n in sorted(Counter(h.title for h in honours).items(), key=lambda x: (-x[1], x[0]))],
        "competitions": competitions,
    }
    if detail:
        section["entries_list"] = _entry_rows(session, entries, by_id)
        section["honours_list"] = _honour_rows(session, honours)
    return section


def _grouped(competitions: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    groups: dict[str, dict[str, Any]] = {}
    for c in competitions:
        row = groups.setdefault(c[key], {"key": c[key], "competitions": 0, "entries": 0, "results": 0})
        row["competitions"] += 1
        row["entries"] += c["entries"]
        row["results"] += c["results"]
    return sorted(groups.values(), key=lambda r: (-r["competitions"], r["key"]))


def _entry_rows(session: Session, entries: list[Any], by_id: dict[int, Competition]) -> list[dict[str, Any]]:
    people = person_labels(session, {e.person_id for e, _, _ in entries if e.person_id})
    teams = _names(session, Team, {e.team_id for e, _, _ in entries if e.team_id})
    orgs = _names(session, Organization, {e.organization_id for e, _, _ in entries if e.organization_id})
    rows = []
    for entry, event, competition_id in entries:
        if entry.entrant_kind == "person":
            name, masked = people.get(entry.person_id, ("", ""))
        elif entry.entrant_kind == "team":
            name, masked = teams.get(entry.team_id, ""), ""
        else:
            name, masked = orgs.get(entry.organization_id, ""), ""
        competition = by_id[competition_id]
        rows.append({"uuid": entry.uuid, "competition": competition.name, "competition_uuid": competition.uuid,
                     "event": event, "entrant_kind": entry.entrant_kind,
                     "entrant_label": ENTRANT_LABELS.get(entry.entrant_kind, entry.entrant_kind), "name": name,
                     "id_number": masked, "organization": orgs.get(entry.organization_id or 0, ""),
                     "score": entry.score, "rank": entry.rank, "award": entry.award,
                     "result_on": entry.result_on.isoformat() if entry.result_on else "",
                     "has_result": has_result(entry)})
    order = {c.uuid: (c.starts_on.isoformat(), c.name) for c in by_id.values()}
    rows.sort(key=lambda r: (order[r["competition_uuid"]], r["competition_uuid"], r["event"], r["rank"] is None,
                             r["rank"] or 0, r["name"], r["uuid"]))
    return rows


def _honour_rows(session: Session, honours: list[Honour]) -> list[dict[str, Any]]:
    people = person_labels(session, {h.person_id for h in honours if h.person_id})
    teams = _names(session, Team, {h.team_id for h in honours if h.team_id})
    orgs = _names(session, Organization, {h.organization_id for h in honours if h.organization_id})
    rows = []
    for h in honours:
        if h.recipient_kind == "person":
            name, masked = people.get(h.person_id or 0, ("", ""))
        elif h.recipient_kind == "team":
            name, masked = teams.get(h.team_id or 0, ""), ""
        else:
            name, masked = orgs.get(h.organization_id or 0, ""), ""
        rows.append({"uuid": h.uuid, "date": h.awarded_on.isoformat(), "title": h.title, "level": h.level,
                     "recipient_kind": h.recipient_kind,
                     "recipient_label": ENTRANT_LABELS.get(h.recipient_kind, h.recipient_kind), "name": name,
                     "id_number": masked, "granting_body": h.granting_body, "document_number": h.document_number})
    return rows

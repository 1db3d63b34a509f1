"""What the results import reads from the ledger once, and the checked row it hands to the writer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Competition, CompetitionEvent, Entry, Organization, Team
from desktop.domain._text import compact
from desktop.services.competition_rules import parse_tiers
from desktop.services.person_rules import Identity, clean_name


@dataclass(frozen=True)
class Contest:
    id: int
    name: str
    starts_on: date
    ends_on: date | None
    tiers: tuple[str, ...]
    voided: bool


@dataclass(frozen=True)
class Recorded:
    """An entry already in the ledger with its result."""

    id: int
    score: str
    rank: int | None
    award: str
    result_on: date | None

    @property
    def has_result(self) -> bool:
        return bool(self.score or self.rank is not None or self.award)


@dataclass(frozen=True)
class ResultRow:
    """A checked row, ready to write. ``event_id``/``team_id``/``person_id``/``entry_id`` None: created on import."""

    competition_id: int
    event_name: str
    event_id: int | None
    kind: str  # person | team | organization
    identity: Identity | None
    person_id: int | None
    team_name: str
    team_id: int | None
    organization_id: int | None
    entry_id: int | None
    score: str  # the result as it will stand (a blank cell keeps the recorded value)
    rank: int | None
    award: str
    result_on: date | None
    changes: bool  # the entry is new or its result changes
    seen: tuple[str, int | None, str, date | None] | None = None  # the matched entry's result when checked

    @property
    def event_key(self) -> tuple[int, str]:
        return self.competition_id, name_key(self.event_name)

    def entrant_key(self) -> tuple[object, ...]:
        if self.kind == "person":
            assert self.identity is not None
            return ("person", self.identity.id_type, self.identity.id_number)
        if self.kind == "team":
            return ("team", name_key(self.team_name))
        return ("organization", self.organization_id)


@dataclass
class Ledger:
    """What the check needs from the ledger, read once."""

    contests: dict[str, list[Contest]]
    events: dict[tuple[int, str], tuple[int, str]]  # (competition, name) → (event id, entrant kind)
    teams: dict[tuple[int, str], tuple[int, int | None]]  # (competition, name) → (team id, organization)
    organizations: dict[str, int]  # tidied name → id
    organization_names: list[str]
    entries: dict[tuple[int, str, int], Recorded]  # (event, kind, entrant id) → entry
    ranks: dict[int, dict[int, int]]  # event → {entry id: rank}
    # (competition, name) → the standing names sharing that key, when there are several: the rows naming them
    # are refused rather than one of them silently chosen
    event_clashes: dict[tuple[int, str], list[str]] = field(default_factory=dict)
    team_clashes: dict[tuple[int, str], list[str]] = field(default_factory=dict)


def org_key(text: str) -> str:
    return clean_name(text).replace("(", "（").replace(")", "）").replace(" ", "")


def name_key(text: str) -> str:
    """Competition, event and team names compare without spaces and with either kind of brackets."""
    return compact(text).replace("(", "（").replace(")", "）")


def load_ledger(session: Session) -> Ledger:
    contests: dict[str, list[Contest]] = {}
    for c in session.scalars(select(Competition).order_by(Competition.starts_on, Competition.id)):
        contests.setdefault(name_key(c.name), []).append(
            Contest(c.id, c.name, c.starts_on, c.ends_on, parse_tiers(c.award_tiers), c.voided))
    events: dict[tuple[int, str], tuple[int, str]] = {}
    event_names: dict[tuple[int, str], list[str]] = {}
    for e in session.scalars(select(CompetitionEvent).where(CompetitionEvent.voided.is_(False))
                             .order_by(CompetitionEvent.id)):
        key = (e.competition_id, name_key(e.name))
        events.setdefault(key, (e.id, e.entrant_kind))
        event_names.setdefault(key, []).append(e.name)
    teams: dict[tuple[int, str], tuple[int, int | None]] = {}
    team_names: dict[tuple[int, str], list[str]] = {}
    for t in session.scalars(select(Team).where(Team.voided.is_(False)).order_by(Team.id)):
        key = (t.competition_id, name_key(t.name))
        teams.setdefault(key, (t.id, t.organization_id))
        team_names.setdefault(key, []).append(t.name)
    orgs = list(session.execute(select(Organization.id, Organization.name).where(Organization.voided.is_(False))
                                .order_by(Organization.name)))
    entries: dict[tuple[int, str, int], Recorded] = {}
    ranks: dict[int, dict[int, int]] = {}
    for e in session.scalars(select(Entry).where(Entry.withdrawn.is_(False))):
        entrant = {"person": e.person_id, "team": e.team_id}.get(e.entrant_kind, e.organization_id)
        entries[(e.event_id, e.entrant_kind, entrant or 0)] = Recorded(e.id, e.score, e.rank, e.award, e.result_on)
        if e.rank is not None:
            ranks.setdefault(e.event_id, {})[e.id] = e.rank
    return Ledger(contests, events, teams, {org_key(n): i for i, n in orgs}, [n for _, n in orgs], entries, ranks,
                  {k: names for k, names in event_names.items() if len(names) > 1},
                  {k: names for k, names in team_names.items() if len(names) > 1})


def clash_message(what: str, names: list[str]) -> str:
    """Two standing names of one competition that the import cannot tell apart (e.g. “象棋(男子组)”, “象棋（男子组）”)."""
    listed = "和".join(f"“{n}”" for n in names) if len(names) == 2 else "、".join(f"“{n}”" for n in names)
    return (f"台账中有名称相近的{what}{listed}，无法确定是哪一个，"
            "请先在 竞赛 页把其中一个改名或作废。")


def standing_names(ledger: Ledger) -> list[str]:
    return list(dict.fromkeys(c.name for found in ledger.contests.values() for c in found if not c.voided))


def tiers_union(ledger: Ledger) -> list[str]:
    tiers: dict[str, None] = {}
    for found in ledger.contests.values():
        for contest in found:
            if not contest.voided:
                tiers.update(dict.fromkeys(contest.tiers))
    return list(tiers)


def describe(result: Recorded | ResultRow) -> str:
    return describe_result(result.score, result.rank, result.award, result.result_on)


def describe_result(score: str, rank: int | None, award: str, result_on: date | None) -> str:
    parts = [f"成绩 {score}" if score else "", f"第 {rank} 名" if rank is not None else "",
             award, result_on.isoformat() if result_on else ""]
    return "，".join(p for p in parts if p) or "无成绩"

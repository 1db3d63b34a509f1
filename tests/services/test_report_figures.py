"""Figures for a period (desktop.services.report_figures) against hand counts over the ORM rows of the demo."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from import_support import open_copy
from sqlalchemy import select

from db import Database
from db.models import (
    Competition,
    CompetitionEvent,
    Disbursement,
    Entry,
    GroupDistribution,
    HardshipFile,
    Honour,
    Member,
    MembershipEvent,
    Organization,
    Person,
    Team,
    User,
)
from desktop.domain.periods import Period, parse_period
from desktop.services.aid_totals import aid_totals
from desktop.services.auth import actor_for
from desktop.services.demo import populate_demo
from desktop.services.errors import ServiceError
from desktop.services.honours import void_honour
from desktop.services.member_lifecycle import void_member
from desktop.services.report_figures import REPORT_KINDS, key_totals, report_data
from desktop.signing.conventions import DATA_SCHEMA, DATA_VERSION, canonical_json

YEAR = date.today().year
PERIODS = (f"{YEAR}", f"{YEAR - 1}", f"{YEAR - 1}Q3", f"{YEAR}H1")
MASKED_ID = re.compile(r"^\d{6}\*{8}[\dX]{4}$")


@pytest.fixture(scope="module")
def populated_path(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    database = open_copy(demo_template, tmp_path_factory.mktemp("figures"))
    try:
        populate_demo(database, 120)
    finally:
        database.close()
    return database.path


@pytest.fixture(scope="module")
def ledger(populated_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The populated demo, read only by the tests that use it."""
    database = open_copy(populated_path, tmp_path_factory.mktemp("figures-ro"))
    yield database
    database.close()


@pytest.fixture
def scratch(populated_path: Path, tmp_path: Path) -> Iterator[Database]:
    """A copy of the populated demo a test may change."""
    database = open_copy(populated_path, tmp_path)
    yield database
    database.close()


# ------------------------------------------------------------------ hand counts over the rows

def _member_spans(db: Database) -> dict[int, tuple[Member, date, date | None]]:
    """member id → (member, entry date, exit date) for memberships never voided."""
    with db.read_session() as s:
        members = {m.id: m for m in s.scalars(select(Member))}
        events = list(s.scalars(select(MembershipEvent)))
    voided = {e.member_id for e in events if e.kind == "void"}
    entry = {e.member_id: e.event_date for e in events if e.kind in ("join", "transfer_in")}
    exits = {e.member_id: e.event_date for e in events
             if e.kind in ("transfer_out", "withdraw", "auto_withdraw", "death")}
    return {mid: (m, entry[mid], exits.get(mid)) for mid, m in members.items() if mid not in voided}


def _inside(span: tuple[Member, date, date | None], day: date) -> bool:
    _, entered, left = span
    return entered <= day and (left is None or left > day)


def _hand_members(db: Database, p: Period) -> dict[str, int]:
    spans = _member_spans(db)
    with db.read_session() as s:
        events = [(e.kind, e.member_id) for e in s.scalars(select(MembershipEvent).where(
            MembershipEvent.event_date >= p.start, MembershipEvent.event_date <= p.end))]
        women = set(s.scalars(select(Person.id).where(Person.gender == "女")))
        orgs = list(s.scalars(select(Organization).where(Organization.voided.is_(False))))

    def kinds(*names: str) -> int:
        return sum(1 for kind, mid in events if kind in names and mid in spans)

    ending = [sp for sp in spans.values() if _inside(sp, p.end)]
    return {
        "at_start": sum(_inside(sp, p.start - timedelta(days=1)) for sp in spans.values()),
        "joined": kinds("join"), "transferred_in": kinds("transfer_in"), "transferred_out": kinds("transfer_out"),
        "withdrawn": kinds("withdraw", "auto_withdraw"), "died": kinds("death"), "at_end": len(ending),
        "migrant_end": sum(sp[0].is_migrant_worker for sp in ending),
        "women_end": sum(sp[0].person_id in women for sp in ending),
        "delivery_end": sum(sp[0].new_employment_group == "外卖配送员" for sp in ending),
        "orgs": sum(o.founded_on is None or o.founded_on <= p.end for o in orgs),
        "orgs_new": sum(o.founded_on is not None and p.contains(o.founded_on) for o in orgs),
    }


@pytest.mark.parametrize("code", PERIODS)
def test_member_figures_match_hand_counts(ledger: Database, code: str) -> None:
    p = parse_period(code)
    m = report_data(ledger, "members", p)["members"]
    hand = _hand_members(ledger, p)
    groups = {g["group"]: g for g in m["groups"]}
    got = {key: m[key] for key in ("at_start", "joined", "transferred_in", "transferred_out", "withdrawn", "died",
                                   "at_end")}
    got.update(migrant_end=groups["农民工"]["at_end"], women_end=groups["女职工"]["at_end"],
               delivery_end=groups["外卖配送员"]["at_end"], orgs=m["organizations_total"],
               orgs_new=m["organizations_new"])
    assert got == hand
    # the balance identity, and the annex lists exactly the counted events
    assert m["at_end"] == (m["at_start"] + m["joined"] + m["transferred_in"] - m["transferred_out"]
                           - m["withdrawn"] - m["died"])
    listed = [e["kind"] for e in m["events"]]
    assert listed.count("join") == m["joined"]
    assert listed.count("withdraw") + listed.count("auto_withdraw") == m["withdrawn"]
    assert sum(o["at_end"] for o in m["by_organization"]) == m["at_end"]
    assert sum(o["at_start"] for o in m["by_organization"]) == m["at_start"]
    # a newly unionized organization's member count, by hand: members inside at the end, in that organization
    spans = _member_spans(ledger)
    with ledger.read_session() as s:
        ids = dict(s.execute(select(Organization.uuid, Organization.id)).all())
        moves = sorted(s.execute(select(MembershipEvent.member_id, MembershipEvent.event_date, MembershipEvent.id,
                                        MembershipEvent.to_organization_id)
                                 .where(MembershipEvent.kind.in_(("join", "transfer_in", "transfer")),
                                        MembershipEvent.event_date <= p.end)).all(), key=lambda r: (r[1], r[2]))
    org_at_end = {member_id: org for member_id, _, _, org in moves}
    for org in m["new_organizations"]:
        assert org["members"] == sum(1 for mid, sp in spans.items()
                                     if _inside(sp, p.end) and org_at_end.get(mid) == ids[org["uuid"]])


def test_the_demo_years_have_members_aid_and_competitions(ledger: Database) -> None:
    """The hand-count comparisons above are not comparing empty sets."""
    data = report_data(ledger, "summary", parse_period(f"{YEAR}"))
    assert data["members"]["joined"] > 0 and data["members"]["at_end"] > data["members"]["at_start"] > 0
    assert data["members"]["withdrawn"] + data["members"]["transferred_out"] + data["members"]["died"] > 0
    assert data["aid"]["total"]["cash_fen"] > 0 and data["aid"]["group_summary"]["people"] > 0
    assert data["competitions"]["competitions_held"] > 0 and data["competitions"]["honours"] > 0


def _hand_aid(db: Database, p: Period) -> dict[str, int]:
    with db.read_session() as s:
        ds = [d for d in s.scalars(select(Disbursement)) if d.status in ("approved", "paid") and p.contains(d.aid_date)]
        gs = [g for g in s.scalars(select(GroupDistribution)) if g.status == "approved" and p.contains(g.event_date)]
        files = [f for f in s.scalars(select(HardshipFile)) if not f.voided]
    return {
        "persons": sum(-1 if d.reverses_id else 1 for d in ds) + sum(g.people_count for g in gs),
        "cash_fen": sum(d.cash_fen for d in ds) + sum(g.cash_fen for g in gs),
        "items_value_fen": sum(d.items_value_fen for d in ds) + sum(g.items_value_fen for g in gs),
        "reversals": sum(1 for d in ds if d.reverses_id),
        "group_people": sum(g.people_count for g in gs),
        "opened": sum(p.contains(f.opened_on) for f in files),
    }


@pytest.mark.parametrize("code", PERIODS)
def test_aid_figures_match_hand_counts_and_aid_totals(ledger: Database, code: str) -> None:
    p = parse_period(code)
    a = report_data(ledger, "aid", p)["aid"]
    hand = _hand_aid(ledger, p)
    total = a["total"]
    assert (total["persons"], total["cash_fen"], total["items_value_fen"]) == (
        hand["persons"], hand["cash_fen"], hand["items_value_fen"])
    for dimension, key in (("category", "by_category"), ("fund_source", "by_fund_source")):
        reference = aid_totals(ledger, dimension, date_from=p.start, date_to=p.end)
        assert [(r.key, r.persons, r.cash_fen, r.items_value_fen) for r in reference.rows] == [
            (r["key"], r["persons"], r["cash_fen"], r["items_value_fen"]) for r in a[key]]
    # the annex rows add up to the totals, reversals as negative rows
    ds, gs = a["disbursements"], a["groups"]
    assert sum(d["cash_fen"] for d in ds) + sum(g["cash_fen"] for g in gs) == total["cash_fen"]
    assert sum(-1 if d["reversal"] else 1 for d in ds) + sum(g["people"] for g in gs) == total["persons"]
    assert sum(d["reversal"] for d in ds) == hand["reversals"]
    assert all(d["cash_fen"] <= 0 and d["items_value_fen"] <= 0 for d in ds if d["reversal"])
    assert a["group_summary"]["people"] == hand["group_people"]
    assert a["hardship_opened"] == hand["opened"] == len(a["hardship_opened_files"])


def test_a_year_with_a_reversal_nets_it(ledger: Database) -> None:
    a = report_data(ledger, "aid", parse_period(f"{YEAR - 1}"))["aid"]
    reversals = [d for d in a["disbursements"] if d["reversal"]]
    assert reversals, "the demo's previous year has reversals"
    originals = {d["uuid"] for d in a["disbursements"] if not d["reversal"]}
    assert all(r["reverses_uuid"] for r in reversals)
    assert any(r["reverses_uuid"] in originals for r in reversals)


def _hand_competitions(db: Database, p: Period) -> dict[str, int]:
    with db.read_session() as s:
        comps = {c.id for c in s.scalars(select(Competition)) if not c.voided and c.starts_on <= p.end
                 and (c.ends_on or c.starts_on) >= p.start}
        events = {e.id for e in s.scalars(select(CompetitionEvent)) if not e.voided and e.competition_id in comps}
        gone_teams = set(s.scalars(select(Team.id).where(Team.voided.is_(True))))
        entries = [e for e in s.scalars(select(Entry)) if e.event_id in events and not e.withdrawn
                   and e.team_id not in gone_teams]
        honours = [h for h in s.scalars(select(Honour)) if not h.voided and p.contains(h.awarded_on)]
    return {"competitions_held": len(comps), "entries": len(entries),
            "results": sum(1 for e in entries if e.rank is not None or e.score or e.award), "honours": len(honours)}


@pytest.mark.parametrize("code", PERIODS)
def test_competition_figures_match_hand_counts(ledger: Database, code: str) -> None:
    p = parse_period(code)
    c = report_data(ledger, "competitions", p)["competitions"]
    assert {k: c[k] for k in ("competitions_held", "entries", "results", "honours")} == _hand_competitions(ledger, p)
    assert sum(r["competitions"] for r in c["by_kind"]) == sum(r["competitions"] for r in c["by_level"]) \
        == c["competitions_held"]
    assert sum(h["count"] for h in c["honours_by_title"]) == c["honours"] == len(c["honours_list"])
    assert len(c["entries_list"]) == c["entries"]


def test_voided_records_never_count(scratch: Database) -> None:
    p = parse_period(f"{YEAR}")
    before = report_data(scratch, "summary", p)
    with scratch.read_session() as s:
        clerk = actor_for(s.scalar(select(User).where(User.username == "clerk")))
        join = s.scalars(select(MembershipEvent).join(Member, Member.id == MembershipEvent.member_id).where(
            MembershipEvent.kind == "join", MembershipEvent.event_date >= p.start, Member.status == "active")
            .order_by(MembershipEvent.id)).first()
        honour = s.scalars(select(Honour).where(Honour.voided.is_(False), Honour.awarded_on >= p.start)
                           .order_by(Honour.id)).first()
        assert join is not None and honour is not None
        member = s.get(Member, join.member_id)
        member_id, member_uuid, honour_id = join.member_id, member.uuid, honour.id
    void_member(scratch, clerk, member_id, "重复录入")
    void_honour(scratch, clerk, honour_id, "录入错误")
    after = report_data(scratch, "summary", p)
    assert after["members"]["joined"] == before["members"]["joined"] - 1
    assert after["members"]["at_end"] == before["members"]["at_end"] - 1
    assert after["competitions"]["honours"] == before["competitions"]["honours"] - 1
    events = report_data(scratch, "members", p)["members"]["events"]
    assert member_uuid not in {e["member_uuid"] for e in events}
    # the demo's own voided membership is nowhere either
    with scratch.read_session() as s:
        voided = set(s.scalars(select(Member.uuid).where(Member.status == "voided")))
    assert len(voided) >= 2 and not voided & {e["member_uuid"] for e in events}


def test_a_file_that_left_the_register_stays_counted_in_that_period(scratch: Database) -> None:
    """脱困 in one period, then 销档 in a later one: the earlier report keeps its figure (a signed copy exists)."""
    from desktop.services.hardship_lifecycle import change_status

    with scratch.read_session() as s:
        clerk = actor_for(s.scalar(select(User).where(User.username == "clerk")))
        files = s.scalars(select(HardshipFile).where(HardshipFile.voided.is_(False),
                                                     HardshipFile.status.in_(("open", "phasing_out")))).all()
        record = min(files, key=lambda f: max(d for d in (f.opened_on, f.reviewed_on, f.status_changed_on) if d))
        last = max(d for d in (record.opened_on, record.reviewed_on, record.status_changed_on) if d)
        file_id, uuid = record.id, record.uuid
    out_day, closed_day = last + timedelta(days=1), date.today()
    assert out_day < closed_day
    first, later = (parse_period(f"{d.isoformat()}..{d.isoformat()}") for d in (out_day, closed_day))
    change_status(scratch, clerk, file_id, "out", out_day, "收入已超过标准")
    assert report_data(scratch, "aid", first)["aid"]["hardship_closed"] == 1
    change_status(scratch, clerk, file_id, "closed", closed_day, "满两年销档")
    for code, period, expected in (("first", first, [("out", out_day)]), ("later", later, [])):
        aid = report_data(scratch, "aid", period)["aid"]
        rows = [(r["status"], date.fromisoformat(r["date"])) for r in aid["hardship_closed_files"] if r["uuid"] == uuid]
        assert rows == expected, code
        assert aid["hardship_closed"] == len(aid["hardship_closed_files"])


def test_data_is_json_canonical_and_stable(ledger: Database) -> None:
    p = parse_period(f"{YEAR}Q2")
    for kind in REPORT_KINDS:
        data = report_data(ledger, kind, p)
        assert data["schema"] == DATA_SCHEMA and data["version"] == DATA_VERSION and data["kind"] == kind
        assert data["period"] == {"code": p.code, "start": p.start.isoformat(), "end": p.end.isoformat(),
                                  "label": p.label}
        first = canonical_json(data)
        assert json.loads(first) == data  # only JSON types: no tuples, dates or Decimals inside
        assert canonical_json(report_data(ledger, kind, p)) == first
        totals = key_totals(data)
        assert 2 <= len(totals) <= 5 and all(type(v) is int for v in totals.values())
    summary = report_data(ledger, "summary", p)
    assert "events" not in summary["members"] and "disbursements" not in summary["aid"]
    assert key_totals(summary)["aid_cash"] == summary["aid"]["total"]["cash_fen"]


def test_no_full_id_number_or_phone_in_the_data(ledger: Database) -> None:
    with ledger.read_session() as s:
        secrets = {n for n in s.scalars(select(Person.id_number)) if len(n) >= 8}
        secrets |= {n for n in s.scalars(select(Person.phone)) if len(n) >= 8}
    for kind in ("members", "aid", "competitions"):
        data = report_data(ledger, kind, parse_period(f"{YEAR}"))
        text = canonical_json(data).decode()
        assert not [n for n in secrets if n in text]
        masked = [row["id_number"] for section in ("members", "aid", "competitions") if section in data
                  for rows in data[section].values() if isinstance(rows, list)
                  for row in rows if isinstance(row, dict) and row.get("id_number")]
        assert masked and all(MASKED_ID.match(m) for m in masked)


def test_unknown_kind_is_refused(ledger: Database) -> None:
    with pytest.raises(ServiceError, match="没有“budget”这种报表"):
        report_data(ledger, "budget", parse_period("2026"))


FLOWS = ("joined", "transferred_in", "transferred_out", "withdrawn", "auto_withdrawn", "died", "moved_within")
MONEY = ("persons", "cash_fen", "items_value_fen", "total_fen")


def test_two_adjacent_periods_add_up_to_their_union(ledger: Database) -> None:
    """Split the last two years at any day: the flows and the money of the halves add up exactly to the whole,
    and the first half's end is the second half's start (events on the first and last day counted once)."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from desktop.services.figures_aid import aid_figures
    from desktop.services.figures_members import member_figures

    first_day, last_day = date(YEAR - 1, 1, 1), date(YEAR, 12, 31)

    def figures(start: date, end: date) -> tuple[dict, dict]:  # type: ignore[type-arg]
        period = parse_period(f"{start.isoformat()}..{end.isoformat()}")
        with ledger.read_session() as session:
            members = member_figures(session, period, detail=False)
        return members, aid_figures(ledger, period, detail=False)

    whole_m, whole_a = figures(first_day, last_day)
    assert whole_m["joined"] and whole_a["total"]["cash_fen"], "the window has something to split"

    @settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.integers(min_value=0, max_value=(last_day - first_day).days - 1))
    def check(offset: int) -> None:
        cut = first_day + timedelta(days=offset)
        (m1, a1), (m2, a2) = figures(first_day, cut), figures(cut + timedelta(days=1), last_day)
        assert m1["at_start"] == whole_m["at_start"] and m2["at_end"] == whole_m["at_end"]
        assert m1["at_end"] == m2["at_start"]
        for half in (m1, m2):
            assert half["at_end"] == (half["at_start"] + half["joined"] + half["transferred_in"]
                                      - half["transferred_out"] - half["withdrawn"] - half["died"])
        assert {k: m1[k] + m2[k] for k in FLOWS} == {k: whole_m[k] for k in FLOWS}
        assert {k: a1["total"][k] + a2["total"][k] for k in MONEY} == {k: whole_a["total"][k] for k in MONEY}
        assert a1["hardship_opened"] + a2["hardship_opened"] == whole_a["hardship_opened"]
        assert a1["hardship_closed"] + a2["hardship_closed"] == whole_a["hardship_closed"]

    check()

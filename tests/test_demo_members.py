"""演示数据: realistic, clearly fictitious, valid by every rule a clerk's data must pass, and repeatable."""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db import Database, open_database
from db.models import Member, MembershipEvent, Organization, Person
from desktop import cli
from desktop.domain.credit_code import validate_credit_code
from desktop.domain.id_number import parse_id_number
from desktop.domain.phone import normalize_mobile
from desktop.services.audit import verify_chain
from desktop.services.auth import login
from desktop.services.demo import DEMO_PASSWORD
from desktop.services.demo_members import DemoMembersResult, add_demo_members
from desktop.services.member_search import (
    GROUP_MIGRANT,
    GROUP_WOMEN,
    MemberQuery,
    count_members,
    search_members,
)
from desktop.services.vocabulary import terms_in

N = 400
TODAY = date.today()
HAN = re.compile(r"^[\u3400-\u9fff\U00020000-\U000323af]+$")


def _ledger(folder: Path, template: Path, n: int, seed: int) -> tuple[Database, DemoMembersResult]:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(template, folder / "ledger.sqlite3")
    db = open_database(folder / "ledger.sqlite3", folder / "backups")
    result = add_demo_members(db, login(db, "clerk", DEMO_PASSWORD), n, seed=seed, today=TODAY)
    return db, result


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[tuple[Database, DemoMembersResult]]:
    db, result = _ledger(tmp_path_factory.mktemp("demo-members"), demo_template, N, seed=5)
    yield db, result
    db.close()


def _people(db: Database) -> list[tuple[str, str, str, object, str, str, str, date, str, bool, str]]:
    with db.read_session() as session:
        return [tuple(r) for r in session.execute(  # type: ignore[misc]
            select(Person.name, Person.id_number, Person.gender, Person.birth_date, Person.phone, Person.ethnicity,
                   Member.card_number, Member.join_date, Member.status, Member.is_migrant_worker,
                   Member.new_employment_group).join(Person, Person.id == Member.person_id).order_by(Member.id))]


def test_counts_reported(demo: tuple[Database, DemoMembersResult]) -> None:
    db, result = demo
    assert result.members == N and result.organizations >= 12
    with db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == N
        assert session.scalar(select(func.count()).select_from(Organization)) == result.organizations
    assert sum(result.events.values()) >= 15


def test_every_id_number_is_valid_and_matches_gender_and_birth_date(demo: tuple[Database, DemoMembersResult]) -> None:
    db, _ = demo
    people = _people(db)
    assert len({p[1] for p in people}) == len(people)
    for name, number, gender, birth, *_rest in people:
        info = parse_id_number(number)
        assert (info.gender, info.birth_date) == (gender, birth), name
        age = (TODAY - info.birth_date).days / 365.25
        assert 18 <= age <= 60, (name, number)
    assert any(p[1].endswith("X") for p in people)
    assert len({p[1][:2] for p in people}) >= 10  # many provinces


def test_names_of_two_three_and_four_characters_rare_and_minority(demo: tuple[Database, DemoMembersResult]) -> None:
    db, _ = demo
    names = [p[0] for p in _people(db)]
    han_lengths = {len(n) for n in names if HAN.match(n)}
    assert {2, 3, 4} <= han_lengths
    assert any(n[:2] in ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙") for n in names)
    assert {n[0] for n in names} >= set("曾单解仇覃区查")
    assert any(ord(ch) > 0xFFFF for n in names for ch in n)  # outside the BMP, such as 𠮷
    assert any("·" in n for n in names)
    minorities = {p[5] for p in _people(db)} - {"汉族", ""}
    assert len(minorities) >= 2


def test_a_non_bmp_name_is_searchable(demo: tuple[Database, DemoMembersResult]) -> None:
    db, _ = demo
    name = next(p[0] for p in _people(db) if any(ord(ch) > 0xFFFF for ch in p[0]))
    for text in (name, name[-2:], name[:2]):
        assert name in {r.name for r in search_members(db, MemberQuery(text=text, status=None))}, text


def test_every_group_is_present(demo: tuple[Database, DemoMembersResult]) -> None:
    db, _ = demo
    with db.read_session() as session:
        groups = terms_in(session, "new_employment_group")
    assert len(groups) >= 9
    for group in (*groups, GROUP_MIGRANT, GROUP_WOMEN):
        assert count_members(db, MemberQuery(group=group, status=None)) > 0, group
    people = _people(db)
    statuses = {p[8] for p in people}
    assert {"active", "transferred_out", "withdrawn", "deceased", "voided"} <= statuses


def test_vocabulary_fields_phones_and_cards(demo: tuple[Database, DemoMembersResult]) -> None:
    db, _ = demo
    with db.read_session() as session:
        political = set(terms_in(session, "political_status"))
        used = set(session.scalars(select(Person.political_status)))
        assert used <= political and len(used) >= 3
        assert len(set(session.scalars(select(Person.education)))) >= 4
        assert set(session.scalars(select(Person.household_type))) <= {*terms_in(session, "household_type"), ""}
    people = _people(db)
    phones = [p[4] for p in people if p[4]]
    assert len(phones) > N * 0.8 and all(normalize_mobile(p) == p for p in phones)
    assert len(set(phones)) == len(phones)
    cards = [p[6] for p in people if p[6]]
    assert len(set(cards)) == len(cards) > N * 0.9


def test_join_dates_cover_this_year_last_year_and_earlier(demo: tuple[Database, DemoMembersResult]) -> None:
    db, _ = demo
    people = _people(db)
    years = [p[7].year for p in people]
    assert years.count(TODAY.year) > N * 0.1 and years.count(TODAY.year - 1) > N * 0.1
    assert sum(y < TODAY.year - 1 for y in years) > N * 0.2
    assert all(p[7] <= TODAY for p in people)
    for _name, _number, _gender, birth, *_rest in people:
        assert isinstance(birth, date)
    assert all(p[7] >= p[3] + timedelta(days=16 * 365) for p in people)  # type: ignore[operator]


def test_organizations_are_fictitious_valid_and_some_are_new(demo: tuple[Database, DemoMembersResult]) -> None:
    db, _ = demo
    with db.read_session() as session:
        orgs = list(session.scalars(select(Organization)))
        natures = set(terms_in(session, "org_nature"))
    assert all("演示" in o.name for o in orgs)
    assert len({o.credit_code for o in orgs}) == len(orgs)
    assert all(validate_credit_code(o.credit_code) == o.credit_code for o in orgs)
    assert {o.nature for o in orgs} <= natures and len({o.nature for o in orgs}) >= 3
    assert all(o.industry and o.union_type and o.founded_on for o in orgs)
    founded = [o.founded_on.year for o in orgs if o.founded_on]
    assert TODAY.year in founded and TODAY.year - 1 in founded
    assert len({o.union_type for o in orgs}) == 3


def test_lifecycle_events_went_through_the_services(demo: tuple[Database, DemoMembersResult]) -> None:
    db, result = demo
    with db.read_session() as session:
        kinds = dict(session.execute(select(MembershipEvent.kind, func.count()).group_by(MembershipEvent.kind)).all())
        out = session.scalars(select(MembershipEvent.other_union).where(MembershipEvent.kind == "transfer_out"))
        assert all("演示" in union for union in out)
        assert verify_chain(session).ok
    for kind in ("join", "transfer_in", "transfer", "transfer_out", "withdraw", "auto_withdraw", "death", "void"):
        assert kinds.get(kind, 0) > 0, kind
    assert {k: kinds[k] for k in result.events} == result.events


def test_same_seed_same_data(tmp_path: Path, demo_template: Path) -> None:
    first, _ = _ledger(tmp_path / "a", demo_template, 120, seed=42)
    second, _ = _ledger(tmp_path / "b", demo_template, 120, seed=42)
    other, _ = _ledger(tmp_path / "c", demo_template, 120, seed=43)
    try:
        assert _people(first) == _people(second)
        assert _people(first) != _people(other)
    finally:
        for db in (first, second, other):
            db.close()


def test_adding_twice_keeps_everything_unique(tmp_path: Path, demo_template: Path) -> None:
    db, _ = _ledger(tmp_path / "twice", demo_template, 60, seed=1)
    try:
        again = add_demo_members(db, login(db, "clerk", DEMO_PASSWORD), 60, seed=1, today=TODAY)
        assert again.members == 60
        people = _people(db)
        cards = [p[6] for p in people if p[6]]
        phones = [p[4] for p in people if p[4]]
        assert len(people) == 120 and len({p[1] for p in people}) == 120
        assert len(set(cards)) == len(cards) and len(set(phones)) == len(phones)
        with db.read_session() as session:
            assert verify_chain(session).ok
    finally:
        db.close()


def test_zero_members_adds_nothing(tmp_path: Path, demo_template: Path) -> None:
    db, result = _ledger(tmp_path / "zero", demo_template, 0, seed=1)
    try:
        assert (result.members, result.organizations, result.events) == (0, 0, {})
    finally:
        db.close()


# ---------------------------------------------------------------- the command line


def test_cli_demo_members(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code = cli.main(["demo", "--data-dir", str(tmp_path / "d"), "--members", "80"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    match = re.search(r"建会单位 (\d+) 家、会员 (\d+) 名", out)
    assert match and match.group(2) == "80", out
    with closing(sqlite3.connect(tmp_path / "d" / "ledger.sqlite3")) as conn:
        assert conn.execute("SELECT count(*) FROM member").fetchone()[0] == 80
        assert conn.execute("SELECT count(*) FROM organization").fetchone()[0] == int(match.group(1))
    assert cli.main(["audit", "verify", "--data-dir", str(tmp_path / "d")]) == 0


def test_cli_demo_default_adds_a_modest_number(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert cli.main(["demo", "--data-dir", str(tmp_path / "d")]) == 0
    assert "会员 200 名" in capsys.readouterr().out


@pytest.mark.parametrize("value", ["-1", "many"])
def test_cli_demo_bad_member_count_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                   value: str) -> None:
    assert cli.main(["demo", "--data-dir", str(tmp_path / "d"), "--members", value]) == 2
    err = capsys.readouterr().err
    assert "--members" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "d" / "ledger.sqlite3").exists()

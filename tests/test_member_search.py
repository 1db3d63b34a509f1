"""会员查询: each kind of search finds what a clerk expects, and nothing they would not expect.

A ledger of hand-made members (the cases a clerk types) among a few hundred demo members. Every
search is checked two ways: the hand-made member it is about is found (or not), and every row
returned has a reason to be there that the clerk would recognise.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from db import Database, open_database
from db.models import Member, Organization, Person
from desktop.domain.pinyin import initials
from desktop.services.auth import login
from desktop.services.demo import DEMO_PASSWORD
from desktop.services.demo_members import add_demo_members
from desktop.services.member_lifecycle import void_member, withdraw_member
from desktop.services.member_rules import MemberDraft
from desktop.services.member_search import (
    GROUP_MIGRANT,
    GROUP_NEW_FORMS,
    GROUP_WOMEN,
    MemberQuery,
    count_members,
    search_members,
)
from desktop.services.membership import enroll_member
from desktop.services.organizations import OrganizationDraft, create_organization

TODAY = date.today()

# name, ID number, phone, card, join date, migrant, new-employment group
PEOPLE = {
    "王伟": ("110105198003070018", "13811110001", "T-0001", date(2024, 3, 5), False, ""),
    "王小伟": ("110105198104080029", "13811110002", "T-0002", date(2024, 4, 1), False, ""),
    "张三丰": ("330102199001010055", "13811110003", "T-0003", date(2023, 5, 6), True, "快递员"),
    "欧阳晓峰": ("330102199202020062", "13811110004", "T-0004", date(2025, 1, 9), True, "外卖配送员"),
    "曾国峰": ("330102199303030079", "13811110005", "T-0005", date(2022, 2, 2), False, ""),
    "单雄飞": ("330102199404040086", "13822220006", "T-0006", date(2021, 6, 1), False, "货车司机"),
    "吴𠮷安": ("330102199505050093", "13822220007", "T-0007", date(2024, 8, 8), False, ""),
    "李淑芬": ("11010519491231002X", "13822220008", "T-0008", date(2020, 1, 15), True, ""),
    "赵退会": ("330102199606060102", "13822220009", "T-0009", date(2019, 9, 9), False, ""),
    "钱作废": ("330102199707070119", "13822220010", "T-0010", date(2019, 10, 10), False, ""),
}


def _valid(number: str) -> str:
    from desktop.domain.id_number import check_character

    return number[:17] + check_character(number[:17])


@dataclass
class Ledger:
    db: Database
    ids: dict[str, int]  # hand-made member ids by name
    orgs: tuple[int, int]


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[Ledger]:
    folder = tmp_path_factory.mktemp("search")
    shutil.copy(demo_template, folder / "ledger.sqlite3")
    db = open_database(folder / "ledger.sqlite3", folder / "backups")
    clerk = login(db, "clerk", DEMO_PASSWORD)
    factory = create_organization(db, clerk, OrganizationDraft(name="测试机械厂（演示）")).id
    station = create_organization(db, clerk, OrganizationDraft(name="测试快递站（演示）")).id
    ids: dict[str, int] = {}
    for i, (name, (number, phone, card, joined, migrant, group)) in enumerate(PEOPLE.items()):
        draft = MemberDraft(name=name, id_number=_valid(number), organization_id=station if group else factory,
                            join_date=joined, phone=phone, card_number=card, is_migrant_worker=migrant,
                            new_employment_group=group, political_status="群众" if i % 2 else "中共党员")
        ids[name] = enroll_member(db, clerk, draft).id
    withdraw_member(db, clerk, ids["赵退会"], date(2023, 1, 1), reason="本人申请")
    void_member(db, clerk, ids["钱作废"], "重复录入")
    add_demo_members(db, clerk, 400, seed=11)
    yield Ledger(db, ids, (factory, station))
    db.close()


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    id_number: str
    phone: str
    card: str
    status: str
    gender: str
    org: int
    migrant: bool
    group: str
    joined: date


def everyone(db: Database) -> list[Row]:
    """Every membership, read directly (the oracle the searches are compared with)."""
    with db.read_session() as session:
        rows = session.execute(select(Member.id, Person.name, Person.id_number, Person.phone, Member.card_number,
                                      Member.status, Person.gender, Member.organization_id,
                                      Member.is_migrant_worker, Member.new_employment_group, Member.join_date)
                               .join(Person, Person.id == Member.person_id))
        return [Row(r[0], r[1], r[2], r[3], r[4] or "", r[5], r[6], r[7], r[8], r[9], r[10]) for r in rows]


def found(db: Database, query: MemberQuery, page: int = 500) -> list[int]:
    """All matching member ids, page by page (keyset paging as the table model does)."""
    result: list[int] = []
    before: int | None = None
    while True:
        rows = search_members(db, query, before_id=before, limit=page)
        result.extend(r.id for r in rows)
        if len(rows) < page:
            return result
        before = rows[-1].id


def active(db: Database) -> dict[int, Row]:
    return {r.id: r for r in everyone(db) if r.status == "active"}


def check(db: Database, text: str, reason, must: tuple[int, ...] = (), must_not: tuple[int, ...] = ()) -> set[int]:  # type: ignore[no-untyped-def]
    """Search ``text``; each hit must satisfy ``reason``, every active row satisfying it must be a hit."""
    rows = active(db)
    hits = found(db, MemberQuery(text=text))
    assert len(hits) == len(set(hits))
    assert set(must) <= set(hits), text
    assert not set(must_not) & set(hits), text
    for member_id in hits:
        assert reason(rows[member_id]), f"{text!r} found {rows[member_id]} for no reason a clerk would see"
    expected = {i for i, r in rows.items() if reason(r)}
    assert set(hits) == expected, text
    assert count_members(db, MemberQuery(text=text)) == len(hits)
    return set(hits)


# ---------------------------------------------------------------- names


def test_two_character_name(ledger: Ledger) -> None:
    hits = check(ledger.db, "王伟", lambda r: "王伟" in r.name, must=(ledger.ids["王伟"],),
                 must_not=(ledger.ids["王小伟"],))
    assert all("王伟" in active(ledger.db)[i].name for i in hits)


def test_substring_in_the_middle_of_a_name(ledger: Ledger) -> None:
    check(ledger.db, "阳晓", lambda r: "阳晓" in r.name, must=(ledger.ids["欧阳晓峰"],))
    check(ledger.db, "晓峰", lambda r: "晓峰" in r.name, must=(ledger.ids["欧阳晓峰"],))
    check(ledger.db, "三丰", lambda r: "三丰" in r.name, must=(ledger.ids["张三丰"],))
    check(ledger.db, "阳晓峰", lambda r: "阳晓峰" in r.name, must=(ledger.ids["欧阳晓峰"],))


def test_one_character_is_a_name_prefix(ledger: Ledger) -> None:
    check(ledger.db, "欧", lambda r: r.name.startswith("欧"), must=(ledger.ids["欧阳晓峰"],))
    check(ledger.db, "王", lambda r: r.name.startswith("王"), must=(ledger.ids["王伟"], ledger.ids["王小伟"]))
    # one character in the middle of a name is too vague to search: 阳 does not find 欧阳晓峰
    check(ledger.db, "阳", lambda r: r.name.startswith("阳"), must_not=(ledger.ids["欧阳晓峰"],))


def test_a_name_outside_the_basic_plane(ledger: Ledger) -> None:
    for text in ("吴𠮷安", "吴𠮷", "𠮷安"):
        check(ledger.db, text, lambda r, t=text: t in r.name, must=(ledger.ids["吴𠮷安"],))


def test_spaces_typed_inside_a_name_are_ignored(ledger: Ledger) -> None:
    hits = found(ledger.db, MemberQuery(text="张 三丰"))
    assert ledger.ids["张三丰"] in hits


# ---------------------------------------------------------------- pinyin initials


def _initials(text: str):  # type: ignore[no-untyped-def]
    """A letters-only search matches initials or a Latin name by prefix — not card numbers, which in a
    union usually share a letter prefix (XH…) and would swamp the results."""
    return lambda r: initials(r.name).startswith(text.lower()) or r.name.startswith(text)


@pytest.mark.parametrize(("text", "name"), [("zsf", "张三丰"), ("ZSF", "张三丰"), ("zs", "张三丰"), ("oyxf", "欧阳晓峰"),
                                            ("zgf", "曾国峰"), ("z", "曾国峰"), ("sxf", "单雄飞"), ("s", "单雄飞")])
def test_pinyin_initials(ledger: Ledger, text: str, name: str) -> None:
    check(ledger.db, text, _initials(text), must=(ledger.ids[name],))


@pytest.mark.parametrize(("text", "name"), [("cgf", "曾国峰"), ("c", "曾国峰"), ("dxf", "单雄飞"), ("d", "单雄飞"),
                                            ("zxf", "王小伟")])
def test_wrong_surname_readings_do_not_match(ledger: Ledger, text: str, name: str) -> None:
    check(ledger.db, text, _initials(text), must_not=(ledger.ids[name],))


# ---------------------------------------------------------------- numbers


def _digits(text: str):  # type: ignore[no-untyped-def]
    """A digits search: the ID's end (4–8 digits), an ID or phone prefix, or a card prefix."""
    def reason(r: Row) -> bool:
        return (r.id_number == text or (4 <= len(text) <= 8 and r.id_number.endswith(text.upper()))
                or (len(text) >= 6 and r.id_number.startswith(text.upper())) or r.phone.startswith(text)
                or r.card.startswith(text.upper()) or (text.upper().endswith("X") and r.id_number.endswith(text.upper())))
    return reason


def test_whole_id_number(ledger: Ledger) -> None:
    number = _valid(PEOPLE["张三丰"][0])
    assert check(ledger.db, number, _digits(number), must=(ledger.ids["张三丰"],)) == {ledger.ids["张三丰"]}


def test_last_four_and_six_digits_of_an_id(ledger: Ledger) -> None:
    number = _valid(PEOPLE["张三丰"][0])
    check(ledger.db, number[-4:], _digits(number[-4:]), must=(ledger.ids["张三丰"],))
    check(ledger.db, number[-6:], _digits(number[-6:]), must=(ledger.ids["张三丰"],))


@pytest.mark.parametrize("text", ["002x", "31002x", "002X", "1231002x"])
def test_an_id_ending_in_x_typed_in_lower_case(ledger: Ledger, text: str) -> None:
    check(ledger.db, text, _digits(text.upper()), must=(ledger.ids["李淑芬"],))


def test_whole_id_ending_in_lower_case_x(ledger: Ledger) -> None:
    assert found(ledger.db, MemberQuery(text="11010519491231002x")) == [ledger.ids["李淑芬"]]


def test_phone_whole_and_prefix(ledger: Ledger) -> None:
    assert check(ledger.db, "13811110003", _digits("13811110003")) == {ledger.ids["张三丰"]}
    hits = check(ledger.db, "1381111", _digits("1381111"))
    assert {ledger.ids[n] for n in ("王伟", "王小伟", "张三丰", "欧阳晓峰", "曾国峰")} <= hits
    assert ledger.ids["单雄飞"] not in hits


def test_phone_typed_with_dashes_is_not_a_name_search(ledger: Ledger) -> None:
    hits = found(ledger.db, MemberQuery(text="138 1111 0003"))
    assert hits == [ledger.ids["张三丰"]]


def test_card_number(ledger: Ledger) -> None:
    assert found(ledger.db, MemberQuery(text="T-0004")) == [ledger.ids["欧阳晓峰"]]
    assert found(ledger.db, MemberQuery(text="t-0004")) == [ledger.ids["欧阳晓峰"]]
    demo_card = next(r for r in active(ledger.db).values() if r.card.startswith("XH"))
    assert found(ledger.db, MemberQuery(text=demo_card.card)) == [demo_card.id]
    # letters alone are initials, not the shared card prefix: "xh" does not list every card holder
    assert demo_card.id not in found(ledger.db, MemberQuery(text="XH")) or initials(demo_card.name).startswith("xh")


def test_full_width_digits(ledger: Ledger) -> None:
    assert found(ledger.db, MemberQuery(text="１３８１１１１０００３")) == [ledger.ids["张三丰"]]
    number = _valid(PEOPLE["张三丰"][0])
    full_width = number[-6:].translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})
    assert ledger.ids["张三丰"] in found(ledger.db, MemberQuery(text=full_width))


def test_text_that_matches_nothing(ledger: Ledger) -> None:
    assert found(ledger.db, MemberQuery(text="不存在的人")) == []
    assert count_members(ledger.db, MemberQuery(text="不存在的人")) == 0
    assert found(ledger.db, MemberQuery(text="   ")) == found(ledger.db, MemberQuery())


# ---------------------------------------------------------------- filters, counts and paging


def _same(db: Database, query: MemberQuery, want) -> set[int]:  # type: ignore[no-untyped-def]
    hits = found(db, query, page=97)
    expected = {r.id for r in everyone(db) if want(r)}
    assert len(hits) == len(set(hits)) and set(hits) == expected, query
    assert count_members(db, query) == len(expected), query
    return set(hits)


def test_status_default_is_active_only_and_none_is_all_but_voided(ledger: Ledger) -> None:
    active_ids = _same(ledger.db, MemberQuery(), lambda r: r.status == "active")
    assert ledger.ids["赵退会"] not in active_ids and ledger.ids["钱作废"] not in active_ids
    all_ids = _same(ledger.db, MemberQuery(status=None), lambda r: r.status != "voided")
    assert ledger.ids["赵退会"] in all_ids and ledger.ids["钱作废"] not in all_ids
    _same(ledger.db, MemberQuery(status="withdrawn"), lambda r: r.status == "withdrawn")
    _same(ledger.db, MemberQuery(status="transferred_out"), lambda r: r.status == "transferred_out")
    assert found(ledger.db, MemberQuery(text="赵退会")) == []
    assert found(ledger.db, MemberQuery(text="赵退会", status=None)) == [ledger.ids["赵退会"]]
    assert found(ledger.db, MemberQuery(text="钱作废", status=None)) == []


def test_organization_filter(ledger: Ledger) -> None:
    factory, station = ledger.orgs
    hits = _same(ledger.db, MemberQuery(organization_id=station), lambda r: r.org == station and r.status == "active")
    assert hits == {ledger.ids[n] for n in ("张三丰", "欧阳晓峰", "单雄飞")}
    _same(ledger.db, MemberQuery(text="王", organization_id=factory),
          lambda r: r.org == factory and r.status == "active" and r.name.startswith("王"))


def test_group_filters(ledger: Ledger) -> None:
    migrants = _same(ledger.db, MemberQuery(group=GROUP_MIGRANT), lambda r: r.migrant and r.status == "active")
    assert ledger.ids["张三丰"] in migrants and ledger.ids["王伟"] not in migrants
    women = _same(ledger.db, MemberQuery(group=GROUP_WOMEN), lambda r: r.gender == "女" and r.status == "active")
    assert ledger.ids["李淑芬"] in women and ledger.ids["王伟"] not in women
    couriers = _same(ledger.db, MemberQuery(group="快递员"), lambda r: r.group == "快递员" and r.status == "active")
    assert ledger.ids["张三丰"] in couriers and ledger.ids["欧阳晓峰"] not in couriers
    _same(ledger.db, MemberQuery(group=GROUP_NEW_FORMS), lambda r: r.group != "" and r.status == "active")
    _same(ledger.db, MemberQuery(text="王", group=GROUP_WOMEN),
          lambda r: r.gender == "女" and r.status == "active" and r.name.startswith("王"))


def test_join_date_range(ledger: Ledger) -> None:
    start, end = date(2024, 1, 1), date(2024, 12, 31)
    hits = _same(ledger.db, MemberQuery(joined_from=start, joined_to=end),
                 lambda r: start <= r.joined <= end and r.status == "active")
    assert {ledger.ids["王伟"], ledger.ids["王小伟"], ledger.ids["吴𠮷安"]} <= hits
    assert ledger.ids["张三丰"] not in hits
    _same(ledger.db, MemberQuery(joined_from=date(TODAY.year, 1, 1)),
          lambda r: r.joined >= date(TODAY.year, 1, 1) and r.status == "active")


def test_keyset_paging_returns_everyone_exactly_once(ledger: Ledger) -> None:
    query = MemberQuery(status=None)
    seen: list[int] = []
    before: int | None = None
    while True:
        page = search_members(ledger.db, query, before_id=before, limit=37)
        assert [r.id for r in page] == sorted((r.id for r in page), reverse=True)
        seen.extend(r.id for r in page)
        if not page:
            break
        before = page[-1].id
    assert len(seen) == len(set(seen)) == count_members(ledger.db, query) > 400
    with_text = found(ledger.db, MemberQuery(text="王"), page=7)
    assert with_text == sorted(set(with_text), reverse=True)


def test_rows_carry_the_organization_name(ledger: Ledger) -> None:
    (row,) = search_members(ledger.db, MemberQuery(text="T-0003"))
    with ledger.db.read_session() as session:
        assert row.organization_name == session.get(Organization, row.organization_id).name  # type: ignore[union-attr]
    assert (row.name, row.gender, row.new_employment_group, row.is_migrant_worker) == ("张三丰", "男", "快递员", True)

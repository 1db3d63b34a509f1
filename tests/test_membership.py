"""会员与会籍: enrolling, the refusals a clerk relies on, and the lifecycle of a membership."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from db import Database
from db.models import AuditEvent, Member, Person
from desktop.services.actor import Actor
from desktop.services.audit import verify_chain
from desktop.services.errors import PermissionDenied, ServiceError
from desktop.services.member_bulk import bulk_enroll, cards_in_use, known_persons
from desktop.services.member_lifecycle import record_death, transfer_member, void_member, withdraw_member
from desktop.services.member_rules import InvalidMember, MemberDraft
from desktop.services.member_search import MemberQuery, count_members
from desktop.services.membership import (
    enroll_member,
    memberships_of_person,
    update_member,
    validate_member,
)
from desktop.services.organizations import OrganizationDraft, create_organization

ID_F = "11010519491231002X"  # the standard's example: a woman born 1949-12-31
ID_M = "440524188001010014"


@pytest.fixture
def orgs(demo_db: Database, clerk: Actor) -> tuple[int, int]:
    a = create_organization(demo_db, clerk, OrganizationDraft(name="星河机械厂"))
    b = create_organization(demo_db, clerk, OrganizationDraft(name="星河快递站"))
    return a.id, b.id


def draft(org: int, **changes: object) -> MemberDraft:
    values: dict[str, object] = {"name": "张三丰", "id_number": ID_F, "organization_id": org, "join_date": date(2020, 3, 5)}
    values.update(changes)
    return MemberDraft(**values)  # type: ignore[arg-type]


def test_enroll_fills_birth_date_and_gender_from_the_id(demo_db: Database, clerk: Actor, orgs: tuple[int, int]) -> None:
    member = enroll_member(demo_db, clerk, draft(orgs[0], id_number="11010519491231002x", phone="138-0013-8000",
                                                 is_migrant_worker=True, new_employment_group="快递员"))
    assert (member.draft.gender, member.draft.birth_date) == ("女", date(1949, 12, 31))
    assert member.draft.id_number == ID_F and member.draft.phone == "13800138000"
    assert member.status_label == "在会" and member.organization_name == "星河机械厂"
    assert [e.label for e in member.events] == ["入会"]


def test_a_15_digit_id_is_converted(demo_db: Database, clerk: Actor, orgs: tuple[int, int]) -> None:
    member = enroll_member(demo_db, clerk, draft(orgs[0], id_number="110105491231002"))
    assert member.draft.id_number == "11010519491231002X"


def test_every_problem_is_reported_at_once_and_nothing_saved(demo_db: Database, clerk: Actor,
                                                            orgs: tuple[int, int]) -> None:
    bad = draft(orgs[0], name="李", id_number="110105194912310021", phone="123",
                join_date=date.today() + timedelta(days=3), ethnicity="火星族", gender="男")
    with pytest.raises(InvalidMember) as caught:
        enroll_member(demo_db, clerk, bad)
    fields = {p.field for p in caught.value.problems}
    assert fields == {"name", "id_number", "phone", "join_date", "ethnicity"}
    assert count_members(demo_db, MemberQuery(status=None)) == 0


def test_gender_or_birth_date_contradicting_the_id(demo_db: Database, clerk: Actor, orgs: tuple[int, int]) -> None:
    problems = validate_member(demo_db, draft(orgs[0], gender="男", birth_date=date(1950, 1, 1)))
    assert {p.field: p.message for p in problems} == {
        "gender": "性别“男”与身份证号码不符（号码显示为女）。",
        "birth_date": "出生日期 1950-01-01 与身份证号码不符（号码显示为 1949-12-31）。",
    }


def test_too_young_at_joining(demo_db: Database, clerk: Actor, orgs: tuple[int, int]) -> None:
    problems = validate_member(demo_db, draft(orgs[0], join_date=date(1960, 1, 1)))
    assert [p.field for p in problems] == ["join_date"] and "未满 16 周岁" in problems[0].message


def test_other_documents_need_gender_and_birth_date(demo_db: Database, clerk: Actor, orgs: tuple[int, int]) -> None:
    problems = validate_member(demo_db, draft(orgs[0], id_type="护照", id_number="E12345678"))
    assert {p.field for p in problems} == {"gender", "birth_date"}
    member = enroll_member(demo_db, clerk, draft(orgs[0], id_type="护照", id_number="e12345678", gender="男",
                                                 birth_date=date(1990, 5, 1)))
    assert member.draft.id_number == "E12345678"


def test_no_second_active_membership_and_unique_cards(demo_db: Database, clerk: Actor, orgs: tuple[int, int]) -> None:
    enroll_member(demo_db, clerk, draft(orgs[0], card_number="XH-001"))
    with pytest.raises(InvalidMember) as caught:
        enroll_member(demo_db, clerk, draft(orgs[1]))
    assert "已是“星河机械厂”的在会会员" in caught.value.message and "会籍转移" in caught.value.message
    with pytest.raises(InvalidMember, match="会员卡号 XH-001 已被“张三丰”使用"):
        enroll_member(demo_db, clerk, draft(orgs[1], name="王伟", id_number=ID_M, card_number="xh-001"))


def test_person_is_reused_when_rejoining(demo_db: Database, clerk: Actor, orgs: tuple[int, int]) -> None:
    first = enroll_member(demo_db, clerk, draft(orgs[0]))
    withdraw_member(demo_db, clerk, first.id, date(2022, 1, 1), reason="个人申请")
    again = enroll_member(demo_db, clerk, draft(orgs[1], join_date=date(2023, 6, 1), phone="13900001111"))
    assert again.person_id == first.person_id and again.id != first.id
    assert [m.status for m in memberships_of_person(demo_db, first.person_id)] == ["active", "withdrawn"]
    with demo_db.read_session() as session:
        assert session.scalars(select(Person)).all()[0].phone == "13900001111"


def test_transfer_within_the_unit_then_out(demo_db: Database, clerk: Actor, orgs: tuple[int, int]) -> None:
    member = enroll_member(demo_db, clerk, draft(orgs[0]))
    moved = transfer_member(demo_db, clerk, member.id, date(2024, 1, 1), to_organization_id=orgs[1], reason="换工作")
    assert moved.organization_name == "星河快递站" and moved.status == "active"
    assert count_members(demo_db, MemberQuery(organization_id=orgs[1])) == 1
    assert count_members(demo_db, MemberQuery(organization_id=orgs[0])) == 0
    out = transfer_member(demo_db, clerk, member.id, date(2024, 2, 1), other_union="云溪县建筑业工会")
    assert out.status_label == "转出"
    assert [(e.label, e.other_union) for e in out.events][-1] == ("转出", "云溪县建筑业工会")


@pytest.mark.parametrize("action", ["transfer", "withdraw", "death"])
def test_no_moves_out_of_a_withdrawn_member(demo_db: Database, clerk: Actor, orgs: tuple[int, int], action: str) -> None:
    member = enroll_member(demo_db, clerk, draft(orgs[0]))
    withdraw_member(demo_db, clerk, member.id, date(2022, 1, 1), reason="个人申请")
    when = date(2023, 1, 1)
    with pytest.raises(ServiceError, match="会籍状态是“退会”"):
        if action == "transfer":
            transfer_member(demo_db, clerk, member.id, when, other_union="别处工会")
        elif action == "withdraw":
            withdraw_member(demo_db, clerk, member.id, when, reason="再退一次")
        else:
            record_death(demo_db, clerk, member.id, when)


def test_dates_must_be_in_order_and_not_in_the_future(demo_db: Database, clerk: Actor, orgs: tuple[int, int]) -> None:
    member = enroll_member(demo_db, clerk, draft(orgs[0]))
    with pytest.raises(ServiceError, match="早于该会员上一次会籍变动"):
        withdraw_member(demo_db, clerk, member.id, date(2019, 1, 1), reason="个人申请")
    with pytest.raises(ServiceError, match="晚于今天"):
        record_death(demo_db, clerk, member.id, date.today() + timedelta(days=1))
    with pytest.raises(ServiceError, match="二者选一"):
        transfer_member(demo_db, clerk, member.id, date(2024, 1, 1))


def test_automatic_withdrawal_death_and_void(demo_db: Database, clerk: Actor, orgs: tuple[int, int]) -> None:
    a = enroll_member(demo_db, clerk, draft(orgs[0]))
    auto = withdraw_member(demo_db, clerk, a.id, date(2024, 1, 1), automatic=True)
    assert auto.status_label == "退会" and auto.events[-1].label == "自动退会"
    assert auto.events[-1].reason == "连续六个月未缴纳会费"
    b = enroll_member(demo_db, clerk, draft(orgs[0], name="王伟", id_number=ID_M))
    assert record_death(demo_db, clerk, b.id, date(2024, 5, 1)).status_label == "去世"
    with pytest.raises(ServiceError, match="原因"):
        void_member(demo_db, clerk, b.id, "")
    voided = void_member(demo_db, clerk, b.id, "重复录入")
    assert voided.status == "voided"
    assert count_members(demo_db, MemberQuery(status=None)) == 1  # voided records are left out of counts
    with demo_db.read_session() as session:
        assert session.get(Member, b.id) is not None  # kept, never deleted
    with pytest.raises(ServiceError, match="已经作废"):
        void_member(demo_db, clerk, b.id, "again")


def test_a_voided_membership_frees_the_card_and_the_person(demo_db: Database, clerk: Actor,
                                                           orgs: tuple[int, int]) -> None:
    wrong = enroll_member(demo_db, clerk, draft(orgs[0], card_number="XH-9"))
    void_member(demo_db, clerk, wrong.id, "单位选错")
    right = enroll_member(demo_db, clerk, draft(orgs[1], card_number="XH-9"))
    assert right.status == "active" and right.organization_name == "星河快递站"


def test_edit_is_audited_with_before_and_after(demo_db: Database, clerk: Actor, orgs: tuple[int, int]) -> None:
    member = enroll_member(demo_db, clerk, draft(orgs[0]))
    edited = update_member(demo_db, clerk, member.id, draft(orgs[0], name="张三峰", political_status="群众",
                                                            join_date=date(2020, 4, 1)))
    assert edited.draft.name == "张三峰" and edited.events[0].event_date == date(2020, 4, 1)
    with demo_db.read_session() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "member.update")).one()
        assert verify_chain(session).ok
    changes = json.loads(event.changes_json)
    assert changes["name"] == ["张三丰", "张三峰"] and changes["political_status"] == ["", "群众"]


def test_a_disabled_account_cannot_enter_members(
        demo_db: Database, clerk: Actor, admin: Actor, orgs: tuple[int, int]) -> None:
    from desktop.services.users import update_user

    update_user(demo_db, admin, clerk.user_id or 0, active=False)
    with pytest.raises(PermissionDenied):
        enroll_member(demo_db, clerk, draft(orgs[0]))


def test_bulk_enroll_writes_everything_in_one_audited_batch(demo_db: Database, clerk: Actor,
                                                           orgs: tuple[int, int]) -> None:
    drafts = [draft(orgs[0], gender="女", birth_date=date(1949, 12, 31), card_number="C1"),
              draft(orgs[1], name="王伟", id_number=ID_M, gender="男", birth_date=date(1880, 1, 1))]
    with demo_db.session() as session:
        result = bulk_enroll(session, clerk, drafts, source="花名册.xlsx")
    assert (result.members, result.new_persons) == (2, 2)
    with demo_db.read_session() as session:
        known = known_persons(session, [("居民身份证", ID_F), ("居民身份证", "123")])
        assert list(known) == [("居民身份证", ID_F)] and known[("居民身份证", ID_F)].active_organization_id == orgs[0]
        assert cards_in_use(session, ["C1", "C2"]) == {"C1"}
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "member.import")).all()
        assert verify_chain(session).ok
    assert json.loads(events[0].changes_json)["source"] == "花名册.xlsx"
    assert count_members(demo_db, MemberQuery(text="zsf")) == 1  # the search keys were written too
    assert count_members(demo_db, MemberQuery(text="王伟")) == 1

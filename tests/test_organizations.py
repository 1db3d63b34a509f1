"""建会单位: what a clerk sees when registering, editing and voiding organizations."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from db import Database
from db.models import AuditEvent
from desktop.services.actor import Actor
from desktop.services.errors import ServiceError
from desktop.services.member_rules import MemberDraft
from desktop.services.membership import enroll_member
from desktop.services.organizations import (
    OrganizationDraft,
    create_organization,
    get_organization,
    list_organizations,
    update_organization,
    void_organization,
    with_draft,
)

VALID_CODE = "91350100M000100Y43"


def test_create_tidies_fields_and_is_audited(demo_db: Database, clerk: Actor) -> None:
    org = create_organization(demo_db, clerk, OrganizationDraft(
        name=" 星河机械厂 (演示) ", credit_code="91350100m000100y43", nature="企业", phone="138 0013 8000"))
    assert org.name == "星河机械厂（演示）"
    assert org.credit_code == VALID_CODE
    assert org.phone == "13800138000"
    with demo_db.read_session() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.entity_uuid == org.uuid)).one()
    assert event.action == "organization.create"
    assert json.loads(event.changes_json)["name"] == [None, "星河机械厂（演示）"]


@pytest.mark.parametrize(("draft", "field", "words"), [
    (OrganizationDraft(name=""), "name", "单位名称"),
    (OrganizationDraft(name="甲厂", credit_code="91310115MA1H8R7C6D"), "credit_code", "统一社会信用代码"),
    (OrganizationDraft(name="甲厂", nature="外星企业"), "nature", "不在可选范围"),
    (OrganizationDraft(name="甲厂", founded_on=date.today() + timedelta(days=1)), "founded_on", "不能晚于今天"),
    (OrganizationDraft(name="甲厂", employee_count=-3), "employee_count", "职工人数"),
    (OrganizationDraft(name="甲厂", phone="12345"), "phone", "联系电话"),
])
def test_bad_fields_are_refused_naming_the_field(demo_db: Database, clerk: Actor, draft: OrganizationDraft,
                                                 field: str, words: str) -> None:
    with pytest.raises(ServiceError) as caught:
        create_organization(demo_db, clerk, draft)
    assert caught.value.field == field
    assert words in caught.value.message
    assert list_organizations(demo_db, text="甲厂") == []


def test_duplicate_code_or_name_is_flagged(demo_db: Database, clerk: Actor) -> None:
    create_organization(demo_db, clerk, OrganizationDraft(name="星河电子厂", credit_code=VALID_CODE))
    with pytest.raises(ServiceError, match="已登记为“星河电子厂”"):
        create_organization(demo_db, clerk, OrganizationDraft(name="另一个厂", credit_code=VALID_CODE))
    with pytest.raises(ServiceError, match="已有同名单位"):
        create_organization(demo_db, clerk, OrganizationDraft(name="星河电子厂"))


def test_edit_records_before_and_after(demo_db: Database, clerk: Actor) -> None:
    org = create_organization(demo_db, clerk, OrganizationDraft(name="星河电子厂"))
    changed = update_organization(demo_db, clerk, org.id, with_draft(org, chairman="李四", employee_count=120))
    assert (changed.chairman, changed.employee_count) == ("李四", 120)
    with demo_db.read_session() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "organization.update")).one()
    assert json.loads(event.changes_json) == {"chairman": ["", "李四"], "employee_count": [None, 120]}


def test_void_needs_a_reason_and_no_active_members(demo_db: Database, clerk: Actor) -> None:
    org = create_organization(demo_db, clerk, OrganizationDraft(name="星河电子厂"))
    enroll_member(demo_db, clerk, MemberDraft(name="王伟", id_number="440524188001010014",
                                              organization_id=org.id, join_date=date(2020, 1, 1)))
    with pytest.raises(ServiceError, match="原因"):
        void_organization(demo_db, clerk, org.id, " ")
    with pytest.raises(ServiceError, match="1 名在会会员"):
        void_organization(demo_db, clerk, org.id, "录入错误")
    empty = create_organization(demo_db, clerk, OrganizationDraft(name="重复录入的厂"))
    voided = void_organization(demo_db, clerk, empty.id, "录入错误")
    assert voided.voided and voided.void_reason == "录入错误"
    names = [o.name for o in list_organizations(demo_db)]
    assert "重复录入的厂" not in names and "星河电子厂" in names
    assert "重复录入的厂" in [o.name for o in list_organizations(demo_db, include_voided=True)]
    assert get_organization(demo_db, empty.id).voided  # kept, never deleted


def test_member_counts_follow_active_members(demo_db: Database, clerk: Actor) -> None:
    org = create_organization(demo_db, clerk, OrganizationDraft(name="星河电子厂"))
    for number in ("440524188001010014", "11010519491231002X"):
        enroll_member(demo_db, clerk, MemberDraft(name="王伟", id_number=number, organization_id=org.id,
                                                  join_date=date(2020, 1, 1)))
    assert {o.name: o.member_count for o in list_organizations(demo_db, text="电子")} == {"星河电子厂": 2}

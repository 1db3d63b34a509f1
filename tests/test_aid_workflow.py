"""帮扶发放: the approval workflow and its refusals, double aid, budget, reversals and what counts in totals."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from db import Database
from db.models import AuditEvent, Disbursement
from desktop.services.actor import Actor
from desktop.services.aid_approval import approve, mark_paid, reject, reverse
from desktop.services.aid_campaigns import (
    CampaignDraft,
    create_campaign,
    get_campaign,
    void_campaign,
)
from desktop.services.aid_queries import DisbursementQuery, approval_queue, disbursement, list_disbursements
from desktop.services.aid_totals import aid_totals
from desktop.services.audit import verify_chain
from desktop.services.disbursements import (
    BatchRowError,
    DisbursementDraft,
    create_disbursement,
    create_disbursements,
    recall_disbursement,
    submit_disbursements,
    update_disbursement,
    void_disbursement,
)
from desktop.services.errors import ConfirmationNeeded, ServiceError
from desktop.services.hardship import create_file
from desktop.services.hardship_rules import HardshipDraft
from desktop.services.member_rules import InvalidMember
from desktop.services.persons import checked_identity, search_persons
from desktop.services.settings import save_settings

ID_F = "11010519491231002X"
ID_M = "440524188001010014"


@pytest.fixture
def campaign(demo_db: Database, clerk: Actor) -> int:
    return create_campaign(demo_db, clerk, CampaignDraft("2026年元旦春节送温暖", "送温暖", date(2026, 1, 5),
                                                         date(2026, 2, 20), "上级下拨", 300_000))


@pytest.fixture
def people(demo_db: Database, clerk: Actor, campaign: int) -> list[int]:
    """Three non-members registered through an aid record each in another campaign (so they exist)."""
    other = create_campaign(demo_db, clerk, CampaignDraft("2026年生活救助", "生活救助", date(2026, 1, 1), None, "本级经费"))
    ids = []
    for name, number in (("王秀英", ID_F), ("李建国", ID_M), ("赵小梅", "110105198001010024")):
        record = create_disbursement(demo_db, clerk, DisbursementDraft(0, "生活救助", date(2026, 1, 2), 100, campaign_id=other),
                                     recipient=checked_identity(name, number))
        ids.append(disbursement(demo_db, record).person_id)  # type: ignore[union-attr]
    return ids


def aid(person: int, campaign: int, cash: int = 50_000, **changes: object) -> DisbursementDraft:
    values: dict[str, object] = {"person_id": person, "category": "送温暖", "aid_date": date(2026, 1, 20),
                                 "cash_fen": cash, "campaign_id": campaign}
    values.update(changes)
    return DisbursementDraft(**values)  # type: ignore[arg-type]


def test_a_campaign_run_end_to_end(demo_db: Database, clerk: Actor, approver: Actor, campaign: int,
                                   people: list[int]) -> None:
    a = create_disbursement(demo_db, clerk, aid(people[0], campaign, 50_000, items="米、面、油", items_value_fen=12_000),
                            submit=True)
    b = create_disbursement(demo_db, clerk, aid(people[1], campaign, 80_000), submit=True)
    assert [r.id for r in approval_queue(demo_db)] == [a, b]
    assert aid_totals(demo_db, "campaign", campaign_id=campaign).total.total_fen == 0  # nothing counts yet
    approve(demo_db, approver, [a, b])
    mark_paid(demo_db, clerk, [a], date(2026, 1, 22), "现金", "本人签字")
    totals = aid_totals(demo_db, "campaign", campaign_id=campaign).total
    assert (totals.persons, totals.cash_fen, totals.items_value_fen) == (2, 130_000, 12_000)
    record = disbursement(demo_db, a)
    assert record is not None and record.status_label == "已发放" and record.receipt == "本人签字"
    assert record.decided_by == "approver" and not record.self_approved
    row = get_campaign(demo_db, campaign)
    assert (row.counted_fen, row.committed_fen, row.persons, row.pending) == (142_000, 142_000, 2, 0)
    with demo_db.read_session() as session:
        assert verify_chain(session).ok


def test_a_clerk_cannot_approve_or_reject(demo_db: Database, clerk: Actor, campaign: int, people: list[int]) -> None:
    a = create_disbursement(demo_db, clerk, aid(people[0], campaign), submit=True)
    with pytest.raises(ServiceError, match="只有负责人"):
        approve(demo_db, clerk, [a])
    with pytest.raises(ServiceError, match="只有负责人"):
        reject(demo_db, clerk, [a], "不行")
    assert disbursement(demo_db, a).status == "submitted"  # type: ignore[union-attr]


def test_a_rejection_needs_a_comment_and_the_clerk_can_fix_and_resubmit(
        demo_db: Database, clerk: Actor, approver: Actor, campaign: int, people: list[int]) -> None:
    a = create_disbursement(demo_db, clerk, aid(people[0], campaign), submit=True)
    with pytest.raises(ServiceError, match="退回需要填写意见"):
        reject(demo_db, approver, [a], "  ")
    reject(demo_db, approver, [a], "金额超出标准，应为 300 元")
    record = disbursement(demo_db, a)
    assert record is not None and record.status == "rejected" and record.decision_comment == "金额超出标准，应为 300 元"
    assert aid_totals(demo_db, "category").total.total_fen == 0
    update_disbursement(demo_db, clerk, a, aid(people[0], campaign, 30_000))
    assert disbursement(demo_db, a).status == "draft"  # type: ignore[union-attr]
    submit_disbursements(demo_db, clerk, [a])
    approve(demo_db, approver, [a])
    assert aid_totals(demo_db, "category").total.cash_fen == 30_000  # the set-up drafts do not count


def test_approved_and_paid_records_are_read_only(demo_db: Database, clerk: Actor, approver: Actor, campaign: int,
                                                 people: list[int]) -> None:
    a = create_disbursement(demo_db, clerk, aid(people[0], campaign), submit=True)
    with pytest.raises(ServiceError, match="等待审批"):
        update_disbursement(demo_db, clerk, a, aid(people[0], campaign, 1))
    approve(demo_db, approver, [a])
    mark_paid(demo_db, clerk, [a], date(2026, 1, 22), "银行转账", "回单号 20260122-018")
    for actor in (clerk, approver):
        with pytest.raises(ServiceError, match="不能修改；如需更正，请做冲销"):
            update_disbursement(demo_db, actor, a, aid(people[0], campaign, 1))
        with pytest.raises(ServiceError, match="冲销"):
            void_disbursement(demo_db, actor, a, "录错了")
    with pytest.raises(ServiceError, match="只有已批准"):
        mark_paid(demo_db, clerk, [a], date(2026, 1, 23), "现金", "本人签字")
    assert disbursement(demo_db, a).cash_fen == 50_000  # type: ignore[union-attr]


def test_a_reversal_references_the_original_and_nets_out_once_approved(
        demo_db: Database, clerk: Actor, approver: Actor, campaign: int, people: list[int]) -> None:
    a = create_disbursement(demo_db, clerk, aid(people[0], campaign, 50_000, items="月饼", items_value_fen=8_000),
                            submit=True)
    b = create_disbursement(demo_db, clerk, aid(people[1], campaign, 20_000), submit=True)
    approve(demo_db, approver, [a, b])
    mark_paid(demo_db, clerk, [a], date(2026, 1, 22), "现金", "本人签字")
    r = reverse(demo_db, clerk, a, "发放对象有误", when=date(2026, 1, 25))
    with pytest.raises(ServiceError, match="已有冲销"):
        reverse(demo_db, clerk, a, "再冲一次")
    reversal = disbursement(demo_db, r)
    assert reversal is not None and reversal.reverses_id == a and reversal.status == "submitted"
    assert (reversal.cash_fen, reversal.items_value_fen) == (-50_000, -8_000)
    assert aid_totals(demo_db, "campaign").total.total_fen == 78_000  # pending reversal: not yet netted
    approve(demo_db, approver, [r])
    total = aid_totals(demo_db, "campaign", campaign_id=campaign).total
    assert (total.persons, total.cash_fen, total.items_value_fen) == (1, 20_000, 0)
    assert disbursement(demo_db, a).reversed  # type: ignore[union-attr]
    assert "已冲销" in disbursement(demo_db, a).status_label  # type: ignore[union-attr]
    # the person may now be aided again in the campaign: the reversed payment no longer stands
    create_disbursement(demo_db, clerk, aid(people[0], campaign, 30_000))


def test_reversals_count_in_the_period_they_are_made(demo_db: Database, clerk: Actor, approver: Actor,
                                                     campaign: int, people: list[int]) -> None:
    a = create_disbursement(demo_db, clerk, aid(people[0], campaign, 50_000), submit=True)
    approve(demo_db, approver, [a])
    r = reverse(demo_db, clerk, a, "重复发放", when=date(2026, 3, 2))
    approve(demo_db, approver, [r])
    january = aid_totals(demo_db, "fund_source", date_from=date(2026, 1, 1), date_to=date(2026, 1, 31)).total
    march = aid_totals(demo_db, "fund_source", date_from=date(2026, 3, 1), date_to=date(2026, 3, 31)).total
    assert (january.persons, january.cash_fen) == (1, 50_000)
    assert (march.persons, march.cash_fen) == (-1, -50_000)


def test_double_aid_in_one_campaign_is_refused_unless_an_approver_overrides(
        demo_db: Database, clerk: Actor, approver: Actor, campaign: int, people: list[int]) -> None:
    first = create_disbursement(demo_db, clerk, aid(people[0], campaign), submit=True)
    with pytest.raises(ServiceError, match="王秀英在活动“2026年元旦春节送温暖”中已有一笔发放") as refused:
        create_disbursement(demo_db, clerk, aid(people[0], campaign, 20_000))
    assert refused.value.field == "person_id"
    with pytest.raises(ServiceError, match="只有负责人可以批准同一活动中的重复发放"):
        create_disbursement(demo_db, clerk, aid(people[0], campaign, 20_000), duplicate_reason="家中突发火灾")
    second = create_disbursement(demo_db, approver, aid(people[0], campaign, 20_000), duplicate_reason="家中突发火灾")
    record = disbursement(demo_db, second)
    assert record is not None and record.duplicate_override == "家中突发火灾"
    submit_disbursements(demo_db, approver, [second])
    approve(demo_db, approver, [first, second], confirm=frozenset({"own"}))  # the allowed repeat blocks neither
    assert aid_totals(demo_db, "campaign", campaign_id=campaign).total.persons == 2
    # a rejected or voided earlier record does not block, another campaign does not either
    other = create_disbursement(demo_db, clerk, aid(people[1], campaign), submit=True)
    reject(demo_db, approver, [other], "资料不全")
    create_disbursement(demo_db, clerk, aid(people[1], campaign))


def test_over_budget_asks_before_saving(demo_db: Database, clerk: Actor, campaign: int, people: list[int]) -> None:
    create_disbursement(demo_db, clerk, aid(people[0], campaign, 200_000))
    with pytest.raises(ConfirmationNeeded) as asked:
        create_disbursement(demo_db, clerk, aid(people[1], campaign, 150_000))
    assert asked.value.key == "over_budget" and "超出预算 ¥3,000.00" in str(asked.value)
    assert len(list_disbursements(demo_db, DisbursementQuery(campaign_id=campaign))) == 1  # nothing saved
    create_disbursement(demo_db, clerk, aid(people[1], campaign, 150_000), confirm=frozenset({"over_budget"}))
    assert get_campaign(demo_db, campaign).over_budget


def test_approving_ones_own_entry_needs_a_yes_and_is_marked(demo_db: Database, approver: Actor, campaign: int,
                                                            people: list[int]) -> None:
    a = create_disbursement(demo_db, approver, aid(people[0], campaign), submit=True)
    with pytest.raises(ConfirmationNeeded) as asked:
        approve(demo_db, approver, [a])
    assert asked.value.key == "own"
    assert disbursement(demo_db, a).status == "submitted"  # type: ignore[union-attr]
    approve(demo_db, approver, [a], confirm=frozenset({"own"}))
    assert disbursement(demo_db, a).self_approved  # type: ignore[union-attr]


def test_bad_input_names_every_field(demo_db: Database, clerk: Actor, campaign: int, people: list[int]) -> None:
    with pytest.raises(InvalidMember) as bad:
        create_disbursement(demo_db, clerk, aid(people[0], campaign, 0, category="发红包", items="油"))
    fields = {p.field: p.message for p in bad.value.problems}
    assert set(fields) == {"category", "cash_fen", "items_value_fen"}
    assert "发红包" in fields["category"]
    with pytest.raises(InvalidMember, match="负数"):
        create_disbursement(demo_db, clerk, aid(people[0], campaign, -100))
    with pytest.raises(InvalidMember, match="早于活动"):
        create_disbursement(demo_db, clerk, aid(people[0], campaign, aid_date=date(2025, 12, 1)))


def test_study_aid_needs_the_admission_letter_noted(demo_db: Database, clerk: Actor, people: list[int]) -> None:
    study = create_campaign(demo_db, clerk, CampaignDraft("2026年金秋助学", "金秋助学", date(2026, 8, 1), None, "社会捐助"))
    draft = aid(people[2], study, 300_000, category="金秋助学", aid_date=date(2026, 8, 20))
    with pytest.raises(ServiceError, match="录取通知书"):
        create_disbursement(demo_db, clerk, draft, submit=True)
    create_disbursement(demo_db, clerk, draft.__class__(**{**draft.__dict__, "evidence": "录取通知书复印件"}), submit=True)


def test_recall_and_void_keep_the_record(demo_db: Database, clerk: Actor, approver: Actor, campaign: int,
                                         people: list[int]) -> None:
    a = create_disbursement(demo_db, clerk, aid(people[0], campaign), submit=True)
    recall_disbursement(demo_db, clerk, a)
    with pytest.raises(ServiceError, match="原因"):
        void_disbursement(demo_db, clerk, a, "")
    void_disbursement(demo_db, clerk, a, "对象不符合条件")
    with demo_db.read_session() as session:
        record = session.get(Disbursement, a)
        assert record is not None and record.status == "voided" and record.void_reason == "对象不符合条件"
        actions = list(session.scalars(select(AuditEvent.action).where(AuditEvent.entity_uuid == record.uuid)
                                       .order_by(AuditEvent.id)))
    assert actions == ["disbursement.create", "disbursement.recall", "disbursement.void"]
    assert a not in [r.id for r in list_disbursements(demo_db, DisbursementQuery())]


def test_a_non_member_is_registered_once_and_found_by_the_member_search(
        demo_db: Database, clerk: Actor, campaign: int) -> None:
    create_disbursement(demo_db, clerk, aid(0, campaign), recipient=checked_identity("钱多多", "440524188001010014"))
    found = search_persons(demo_db, "0014")
    assert [(p.name, p.member_label) for p in found] == [("钱多多", "非会员")]
    with pytest.raises(InvalidMember, match="登记的姓名是“钱多多”"):
        create_disbursement(demo_db, clerk, aid(0, campaign), recipient=checked_identity("钱少少", "440524188001010014"))


def test_a_campaign_with_standing_records_cannot_be_voided(demo_db: Database, clerk: Actor, campaign: int,
                                                           people: list[int]) -> None:
    create_disbursement(demo_db, clerk, aid(people[0], campaign))
    with pytest.raises(ServiceError, match="还有 1 条有效的发放记录"):
        void_campaign(demo_db, clerk, campaign, "重复建立")


def test_audit_records_the_decision(demo_db: Database, clerk: Actor, approver: Actor, campaign: int,
                                    people: list[int]) -> None:
    a = create_disbursement(demo_db, clerk, aid(people[0], campaign), submit=True)
    reject(demo_db, approver, [a], "缺少签字")
    with demo_db.read_session() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "disbursement.reject")).one()
    assert event.actor == "approver" and json.loads(event.changes_json) == {"comment": "缺少签字"}
    assert date.today() - timedelta(days=1) <= date.fromisoformat(event.occurred_at[:10])


def test_aid_to_a_person_with_a_hardship_file_is_linked_to_it(demo_db: Database, clerk: Actor, admin: Actor,
                                                              campaign: int) -> None:
    save_settings(demo_db, admin, dibao_monthly_fen=80_000)
    detail = create_file(demo_db, clerk, HardshipDraft(
        "周桂兰", ID_F, main_reason="患重特大疾病", opened_on=date(2026, 1, 3), own_monthly_income_fen=60_000,
        household_size=3), confirm=frozenset({"age"}))
    with_file = create_disbursement(demo_db, clerk, aid(detail.person_id, campaign))
    without = create_disbursement(demo_db, clerk, aid(0, campaign), recipient=checked_identity("孙立", ID_M))
    with demo_db.read_session() as session:
        assert session.get(Disbursement, with_file).hardship_file_id == detail.id  # type: ignore[union-attr]
        assert session.get(Disbursement, without).hardship_file_id is None  # type: ignore[union-attr]


def test_a_waiting_reversal_does_not_free_the_person_for_a_second_payment(
        demo_db: Database, clerk: Actor, approver: Actor, campaign: int, people: list[int]) -> None:
    a = create_disbursement(demo_db, clerk, aid(people[0], campaign, 30_000), submit=True)
    approve(demo_db, approver, [a])
    r = reverse(demo_db, clerk, a, "金额有误")
    with pytest.raises(ServiceError, match="已有一笔发放"):  # the reversal may yet be rejected
        create_disbursement(demo_db, clerk, aid(people[0], campaign, 50_000))
    reject(demo_db, approver, [r], "金额无误，不必冲销")
    with pytest.raises(ServiceError, match="不能再提交"):  # a returned reversal is final
        submit_disbursements(demo_db, clerk, [r])
    assert aid_totals(demo_db, "campaign", campaign_id=campaign).total.persons == 1


def test_an_original_is_netted_out_only_once(demo_db: Database, clerk: Actor, approver: Actor, campaign: int,
                                            people: list[int]) -> None:
    a = create_disbursement(demo_db, clerk, aid(people[0], campaign, 50_000), submit=True)
    approve(demo_db, approver, [a])
    r1 = reverse(demo_db, clerk, a, "对象错误")
    reject(demo_db, approver, [r1], "请核实")
    r2 = reverse(demo_db, clerk, a, "确认对象错误")
    approve(demo_db, approver, [r2])
    total = aid_totals(demo_db, "campaign", campaign_id=campaign).total
    assert (total.persons, total.total_fen) == (0, 0)
    with pytest.raises(ServiceError, match="已有冲销"):
        reverse(demo_db, clerk, a, "再冲一次")


def test_a_reversed_record_cannot_be_marked_paid(demo_db: Database, clerk: Actor, approver: Actor, campaign: int,
                                                 people: list[int]) -> None:
    a = create_disbursement(demo_db, clerk, aid(people[0], campaign), submit=True)
    approve(demo_db, approver, [a])
    reverse(demo_db, clerk, a, "对象错了，不应发放")
    with pytest.raises(ServiceError, match="已有冲销"):
        mark_paid(demo_db, clerk, [a], date(2026, 1, 22), "现金", "本人签字")


def test_an_edit_drops_the_approvers_repeat_permission(demo_db: Database, clerk: Actor, approver: Actor,
                                                       campaign: int, people: list[int]) -> None:
    for person in people[:2]:
        approve(demo_db, approver, [create_disbursement(demo_db, clerk, aid(person, campaign, 10_000), submit=True)])
    allowed = create_disbursement(demo_db, approver, aid(people[0], campaign, 20_000), duplicate_reason="大病二次救助")
    with pytest.raises(ServiceError, match="李建国在活动"):  # the permission was for 王秀英, not for 李建国
        update_disbursement(demo_db, clerk, allowed, aid(people[1], campaign, 90_000))
    update_disbursement(demo_db, approver, allowed, aid(people[0], campaign, 25_000), duplicate_reason="大病二次救助")
    with demo_db.read_session() as session:
        events = [json.loads(e.changes_json) for e in session.scalars(
            select(AuditEvent).where(AuditEvent.action == "disbursement.update"))]
    assert events[-1]["cash_fen"] == [20_000, 25_000]


def test_future_dates_are_refused(demo_db: Database, clerk: Actor, campaign: int, people: list[int]) -> None:
    with pytest.raises(InvalidMember, match="晚于今天"):
        create_disbursement(demo_db, clerk, aid(people[0], campaign, aid_date=date.today() + timedelta(days=1)))


def test_a_batch_is_saved_whole_or_not_at_all(demo_db: Database, clerk: Actor, campaign: int,
                                             people: list[int]) -> None:
    entries = [(aid(people[0], campaign, 10_000), None), (aid(people[1], campaign, 10_000), None),
               (aid(people[0], campaign, 10_000), None)]  # 王秀英 twice
    with pytest.raises(BatchRowError) as refused:
        create_disbursements(demo_db, clerk, entries)
    assert refused.value.index == 2 and "已有一笔发放" in refused.value.message
    assert list_disbursements(demo_db, DisbursementQuery(campaign_id=campaign)) == []
    with pytest.raises(ConfirmationNeeded, match="超出预算"):  # asked once, for the batch's total
        create_disbursements(demo_db, clerk, [(aid(p, campaign, 150_000), None) for p in people[:3]])
    ids = create_disbursements(demo_db, clerk, [(aid(p, campaign, 150_000), None) for p in people[:3]],
                               confirm=frozenset({"over_budget"}))
    assert [r.status for r in list_disbursements(demo_db, DisbursementQuery(campaign_id=campaign))] == ["submitted"] * 3
    assert len(ids) == 3

"""集体慰问: a visit's totals count once approved, keep their category, and are corrected by reversal."""

from __future__ import annotations

from datetime import date

import pytest

from db import Database
from desktop.services.actor import Actor
from desktop.services.aid_campaigns import CampaignDraft, create_campaign, get_campaign, update_campaign
from desktop.services.aid_totals import aid_totals
from desktop.services.errors import ServiceError
from desktop.services.group_distributions import (
    GroupDraft,
    create_group_distribution,
    decide_groups,
    list_groups,
    reverse_group,
    void_group,
)


@pytest.fixture
def campaign(demo_db: Database, clerk: Actor) -> int:
    return create_campaign(demo_db, clerk, CampaignDraft("2026年元旦春节送温暖", "送温暖", date(2026, 1, 5),
                                                         date(2026, 2, 20), "上级下拨", 300_000))


def test_group_distributions_count_once_approved(demo_db: Database, clerk: Actor, approver: Actor,
                                                 campaign: int) -> None:
    g = create_group_distribution(demo_db, clerk, GroupDraft(
        campaign, "春节走访慰问一线职工", date(2026, 1, 28), 161, cash_fen=95_000_00 - 20_000_00,
        items="米、面、油", items_value_fen=20_000_00, other_organizations=("星河化工厂", "云溪物流园")),
        confirm=frozenset({"over_budget"}))
    assert aid_totals(demo_db, "campaign").total.persons == 0
    decide_groups(demo_db, approver, [g], approve=True)
    total = aid_totals(demo_db, "category").total
    assert (total.persons, total.total_fen, total.groups) == (161, 95_000_00, 1)
    with pytest.raises(ServiceError, match="已批准"):
        void_group(demo_db, clerk, g, "录错")


def test_an_approved_group_distribution_is_corrected_by_a_reversal(
        demo_db: Database, clerk: Actor, approver: Actor, campaign: int) -> None:
    wrong = create_group_distribution(demo_db, clerk, GroupDraft(
        campaign, "夏季走访", date(2026, 1, 28), 150, cash_fen=3_059_150_00, other_organizations=("星河化工厂",)),
        confirm=frozenset({"over_budget"}))
    decide_groups(demo_db, approver, [wrong], approve=True)
    r = reverse_group(demo_db, clerk, wrong, "金额多录一位，应为 305,915.00 元")
    with pytest.raises(ServiceError, match="已有冲销"):
        reverse_group(demo_db, clerk, wrong, "再冲")
    decide_groups(demo_db, approver, [r], approve=True)
    right = create_group_distribution(demo_db, clerk, GroupDraft(
        campaign, "夏季走访", date(2026, 1, 28), 150, cash_fen=305_915_00, other_organizations=("星河化工厂",)),
        confirm=frozenset({"over_budget"}))
    decide_groups(demo_db, approver, [right], approve=True)
    total = aid_totals(demo_db, "category").total
    assert (total.persons, total.total_fen, total.groups) == (150, 305_915_00, 3)
    statuses = {g.id: g.status_label for g in list_groups(demo_db)}
    assert statuses == {wrong: "已批准（已冲销）", r: "冲销·已批准", right: "已批准"}


def test_group_money_stays_in_its_category_when_the_campaign_kind_changes(
        demo_db: Database, clerk: Actor, approver: Actor, campaign: int) -> None:
    g = create_group_distribution(demo_db, clerk, GroupDraft(campaign, "走访", date(2026, 1, 28), 10, cash_fen=10_000))
    decide_groups(demo_db, approver, [g], approve=True)
    row = get_campaign(demo_db, campaign)
    update_campaign(demo_db, clerk, campaign, row.draft.__class__(**{**row.draft.__dict__, "kind": "节日慰问"}))
    assert [r.key for r in aid_totals(demo_db, "category").rows] == ["送温暖"]

"""演示帮扶: the demo's aid and hardship files show every status, add up, and went through the real services."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from import_support import open_copy

from db import Database
from desktop.services.aid_campaigns import list_campaigns
from desktop.services.aid_queries import (
    DisbursementQuery,
    DisbursementRow,
    approval_queue,
    list_disbursements,
)
from desktop.services.aid_totals import aid_totals
from desktop.services.audit import verify_chain
from desktop.services.demo import DEMO_DIBAO_MONTHLY_FEN, populate_demo
from desktop.services.group_distributions import list_groups
from desktop.services.hardship import files_due_for_review, get_file, list_files
from desktop.services.settings import load_settings

TODAY = date.today()
MEMBERS = 60


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[Database]:
    db = open_copy(demo_template, tmp_path_factory.mktemp("demo-aid"))
    populate_demo(db, MEMBERS)
    yield db
    db.close()


def _rows(db: Database, **query: object) -> list[DisbursementRow]:
    return list_disbursements(db, DisbursementQuery(**query), limit=100_000)  # type: ignore[arg-type]


def _all(db: Database) -> list[DisbursementRow]:
    return [r for status in ("draft", "submitted", "approved", "rejected", "paid", "voided")
            for r in _rows(db, status=status)]


def test_every_disbursement_status_is_present(demo: Database) -> None:
    rows = _all(demo)
    assert {r.status for r in rows} == {"draft", "submitted", "approved", "rejected", "paid", "voided"}
    assert all(r.decision_comment for r in rows if r.status == "rejected")
    assert all(r.void_reason for r in rows if r.status == "voided")
    paid = [r for r in rows if r.status == "paid"]
    assert all(r.paid_on is not None and r.paid_on <= TODAY and r.receipt for r in paid)
    assert any(r.receipt == "本人签字" for r in paid) and any(r.receipt.startswith("银行回单号 ") for r in paid)
    assert any(r.self_approved and r.decided_by == "approver" for r in rows)
    assert any(r.duplicate_override for r in rows if r.status in ("approved", "paid"))


def test_study_aid_has_the_admission_letter_and_gifts_in_kind_have_values(demo: Database) -> None:
    study = [r for r in _rows(demo, category="金秋助学") if r.status in ("submitted", "approved", "paid")]
    assert study and all(r.evidence == "录取通知书复印件" for r in study)
    items = {r.items for r in _all(demo) if r.items_value_fen > 0}
    assert {"米、面、油各一份", "绿豆、白糖", "月饼一盒"} <= items


def test_a_reversal_nets_out_of_its_campaign(demo: Database) -> None:
    reversals = [r for r in _rows(demo, status="counted") if r.reverses_id is not None]
    assert reversals and all(r.total_fen < 0 for r in reversals)
    for reversal in reversals:
        assert reversal.campaign_id is not None
        counted = _rows(demo, status="counted", campaign_id=reversal.campaign_id)
        original = next(r for r in counted if r.id == reversal.reverses_id)
        assert original.reversed and original.status_label.endswith("（已冲销）")
        groups = list_groups(demo, campaign_id=reversal.campaign_id, status="approved")
        by_hand = sum(r.total_fen for r in counted) + sum(g.total_fen for g in groups)
        totals = aid_totals(demo, "campaign", campaign_id=reversal.campaign_id)
        assert totals.total.total_fen == by_hand
        # the reversed payment is out of the sum: what is left equals the records that still stand
        standing = sum(r.total_fen for r in counted if r.reverses_id is None and not r.reversed)
        assert by_hand - sum(g.total_fen for g in groups) == standing


def test_group_distributions_reach_register_and_other_organizations(demo: Database) -> None:
    groups = list_groups(demo)
    spring = [g for g in groups if g.title == "春节走访慰问一线职工"]
    assert len(spring) == 2 and all(g.status == "approved" for g in spring)
    assert all(g.people_count > 100 and g.organization_count >= len(g.organizations) > 5 for g in spring)
    assert any("（演示）" in name and "敬老院" in name for name in spring[0].organizations)
    summer = [g for g in groups if g.title == "高温慰问户外劳动者"]
    assert summer and all(g.status == "approved" for g in summer)
    assert [g.status for g in groups if g.status == "submitted"]


def test_the_approver_has_a_queue_of_other_peoples_entries(demo: Database) -> None:
    queue = approval_queue(demo)
    assert len(queue) >= 3
    assert all(r.created_by == "clerk" for r in queue)


def test_records_fall_in_both_years_and_never_after_today(demo: Database) -> None:
    rows = _all(demo)
    assert all(r.aid_date <= TODAY for r in rows)
    for year in (TODAY.year - 1, TODAY.year):
        totals = aid_totals(demo, "category", date_from=date(year, 1, 1), date_to=date(year, 12, 31))
        assert totals.total.total_fen > 0 and len(totals.rows) >= 5, year
    sources = {r.key for r in aid_totals(demo, "fund_source").rows}
    assert sources == {"上级下拨", "本级经费", "社会捐助", "互助保障金"}


def test_budgets_hold_and_one_campaign_is_close_to_its_budget(demo: Database) -> None:
    campaigns = list_campaigns(demo)
    assert len(campaigns) >= 14
    assert not [c.name for c in campaigns if c.over_budget]
    assert any(c.draft.budget_fen and c.committed_fen >= 0.9 * c.draft.budget_fen for c in campaigns)


def test_audit_chain_verifies(demo: Database) -> None:
    with demo.read_session() as session:
        report = verify_chain(session)
    assert report.ok, report.reason
    assert report.events_checked > 150


def test_hardship_files_cover_every_category_and_status(demo: Database) -> None:
    assert load_settings(demo).dibao_monthly_fen == DEMO_DIBAO_MONTHLY_FEN
    files = list_files(demo)
    assert len(files) == 12
    assert {f.category_label for f in files} == {"深度困难", "相对困难", "意外致困"}
    assert {f.status_label for f in files} == {"在档", "渐退", "脱困", "销档"}
    due = files_due_for_review(demo, TODAY, 30)
    assert len(due) >= 3 and all(f.next_review_on <= date.fromordinal(TODAY.toordinal() + 30) for f in due)
    assert sum(1 for f in files if get_file(demo, f.id).draft.family) >= 8


def test_medical_and_study_aid_go_to_people_with_files(demo: Database) -> None:
    with_files = {f.person_id for f in list_files(demo)}
    for category in ("医疗救助", "金秋助学"):
        counted = {r.person_id for r in _rows(demo, status="counted", category=category)}
        assert counted and counted <= with_files, category


def test_a_ledger_without_members_still_gets_aid_to_non_members(tmp_path: Path, demo_template: Path) -> None:
    db = open_copy(demo_template, tmp_path / "empty")
    try:
        populate_demo(db, 0)
        assert {r.status for r in _all(db)} == {"draft", "submitted", "approved", "rejected", "paid", "voided"}
        assert {f.category_label for f in list_files(db)} == {"深度困难", "相对困难", "意外致困"}
        with db.read_session() as session:
            assert verify_chain(session).ok
    finally:
        db.close()

"""困难职工档案: the classification with its figures, the checks, and the file's life (review, status, void)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from db import Database
from db.models import AuditEvent
from desktop.domain.id_number import check_character
from desktop.services.actor import Actor
from desktop.services.errors import ConfirmationNeeded, ServiceError
from desktop.services.hardship import (
    CURRENT,
    category_counts,
    create_file,
    current_file_for_person,
    files_due_for_review,
    get_file,
    list_files,
    update_file,
)
from desktop.services.hardship_lifecycle import change_status, review_file, void_file
from desktop.services.hardship_rules import (
    FamilyMemberDraft,
    HardshipDraft,
    age_warning,
    check_hardship,
    classify,
    household_annual_income,
)
from desktop.services.member_rules import InvalidMember
from desktop.services.settings import save_settings

TODAY = date(2026, 6, 15)
DIBAO = 80_000  # 800.00 元 per person per month
VOCAB = {
    "hardship_reason": ["无劳动能力", "有劳动能力未就业", "下岗失业", "未参加社会保险", "社会保险待遇落实不到位",
                        "患重特大疾病", "遭受自然灾害", "遭受意外事故", "子女上学", "其他"],
    "health_status": ["健康", "一般", "患大病", "长期慢性病", "残疾"],
    "work_identity": ["在岗", "下岗", "失业", "退休", "病休", "内退", "农民工"],
    "model_worker": ["无", "全国", "省部级", "地市级", "其他"],
}


def rid(serial: int, born: str = "19800101") -> str:
    first17 = f"110105{born}{serial:03d}"
    return first17 + check_character(first17)


def draft(name: str = "赵建华", number: str | None = None, **changes: object) -> HardshipDraft:
    values: dict[str, object] = {
        "name": name, "id_number": number or rid(11), "main_reason": "下岗失业", "opened_on": date(2026, 3, 1),
        "own_monthly_income_fen": 150_000, "other_annual_income_fen": 600_000, "rigid_spending_fen": 0,
        "household_size": 3,
    }
    values.update(changes)
    return HardshipDraft(**values)  # type: ignore[arg-type]


@pytest.fixture
def ledger(demo_db: Database, admin: Actor) -> Database:
    save_settings(demo_db, admin, dibao_monthly_fen=DIBAO)
    return demo_db


def events(db: Database, uuid: str) -> list[tuple[str, dict[str, object]]]:
    with db.read_session() as session:
        rows = session.execute(select(AuditEvent.action, AuditEvent.changes_json)
                               .where(AuditEvent.entity_uuid == uuid).order_by(AuditEvent.id))
        return [(action, json.loads(changes)) for action, changes in rows]


# ------------------------------------------------------------ classification (hand-computed)

def test_the_reason_shows_the_figures_in_the_clerks_words() -> None:
    result = classify(3_600_000, 1_200_000, 3, 80_000, ["下岗失业"])
    assert result.category == "deep"
    assert result.reason == ("家庭月人均可支配收入 (36,000.00 − 12,000.00) ÷ 12 ÷ 3 = 666.67 元，"
                             "低于当地低保标准 800.00 元：深度困难")
    assert result.monthly_per_capita_fen == 66_667


@pytest.mark.parametrize(("disposable", "category", "shown"), [
    (2_879_999, "deep", "799.99"),  # 3 persons × 12 months × 800.00 = 28,800.00 元 a year is the line
    (2_880_000, "relative", "800.00"),  # on the line is not below it
    (5_759_999, "relative", "1,599.99"),  # just below twice the line
    (5_760_000, "none", "1,600.00"),  # twice the line, no disaster, no big spending
])
def test_the_lines_are_strict_and_never_rounded_across(disposable: int, category: str, shown: str) -> None:
    result = classify(disposable, 0, 3, DIBAO, ["下岗失业"])
    assert result.category == category
    assert f"= {shown} 元" in result.reason


def test_rigid_spending_counts_against_the_income() -> None:
    # (60,000 − 40,000) ÷ 12 ÷ 2 = 833.33: below twice 800 → relative, though the income alone is not
    assert classify(6_000_000, 0, 2, DIBAO, []).category == "none"
    assert classify(6_000_000, 4_000_000, 2, DIBAO, []).category == "relative"
    # spending larger than the income: a negative disposable income is deepest hardship
    result = classify(1_200_000, 2_400_000, 1, DIBAO, [])
    assert result.category == "deep" and "= -1,000.00 元" in result.reason


def test_accident_by_reason_or_by_spending_above_80_percent() -> None:
    rich = 12_000_000  # 120,000.00 元 a year, one person: far above the lines
    assert classify(rich, 0, 1, DIBAO, ["下岗失业", "遭受意外事故"]).category == "accident"
    result = classify(rich, 0, 1, DIBAO, ["遭受自然灾害"])
    assert "致困原因为“遭受自然灾害”：意外致困" in result.reason
    assert classify(rich, 9_600_000, 1, DIBAO, []).category == "none", "exactly 80% is not above it"
    result = classify(rich, 9_600_001, 1, DIBAO, [])
    assert result.category == "accident"
    assert "超过家庭年总收入 120,000.00 元的 80%（96,000.00 元）" in result.reason
    assert "不符合建档标准" in classify(rich, 0, 1, DIBAO, ["下岗失业"]).reason


def test_household_income_is_own_monthly_times_twelve_plus_the_rest() -> None:
    assert household_annual_income(150_000, 600_000) == 2_400_000
    assert draft().annual_income_fen == 2_400_000


def test_no_dibao_line_means_no_classification() -> None:
    with pytest.raises(ServiceError, match="设置 → 常规"):
        classify(100, 0, 1, 0, [])


# ------------------------------------------------------------ checks without the database

def test_every_problem_is_named_by_field() -> None:
    bad = draft(main_reason="没钱", health="很差", other_reasons=("下岗失业", "其他", "其他", "子女上学"),
                opened_on=date(2026, 6, 16), household_size=2, bank_account="6222 abc",
                family=(FamilyMemberDraft("赵小华", "子女", rid(12, "20100101")[:17] + "0"),
                        FamilyMemberDraft("", "配偶")))
    fields: dict[str, str] = {}
    for problem in check_hardship(bad, VOCAB, TODAY):
        fields[problem.field] = fields.get(problem.field, "") + problem.message
    assert "没钱" in fields["main_reason"]
    assert "很差" in fields["health"]
    assert "最多 3 项" in fields["other_reasons"] and "重复" in fields["other_reasons"]
    assert "已是主要致困原因" not in fields["other_reasons"], "没钱 is not a reason at all"
    assert "晚于今天" in fields["opened_on"]
    assert "少于本人加上所列的 2 位家庭成员" in fields["household_size"]
    assert "家庭成员第 1 行（赵小华）：身份证号码有误" in fields["family"]
    assert "8–30 位数字" in fields["bank_account"]


def test_a_clean_draft_has_no_problems_and_family_passports_are_kept_as_typed() -> None:
    family = (FamilyMemberDraft("赵小华", "子女", rid(12, "20100101"), 0, "健康", "城关小学"),
              FamilyMemberDraft("Anna Li", "配偶", "E12345678", 600_000, "一般"))
    assert check_hardship(draft(family=family, health="患大病", other_reasons=("子女上学",)), VOCAB, TODAY) == []
    problems = check_hardship(draft(main_reason="下岗失业", other_reasons=("下岗失业",)), VOCAB, TODAY)
    assert [p.field for p in problems] == ["other_reasons"]


def test_family_income_must_fit_in_the_other_income() -> None:
    family = (FamilyMemberDraft("钱春梅", "配偶", "", 700_000),)
    [problem] = check_hardship(draft(family=family, other_annual_income_fen=600_000), VOCAB, TODAY)
    assert problem.field == "other_annual_income_fen" and "7,000.00" in problem.message


def test_age_outside_16_to_60_is_a_question_not_an_error() -> None:
    assert age_warning(date(1980, 1, 1), date(2026, 3, 1)) == ""
    assert "66 岁" in age_warning(date(1960, 1, 1), date(2026, 3, 1))
    assert age_warning(date(1965, 3, 1), date(2026, 3, 1)).startswith("建档时年龄 61 岁")
    assert check_hardship(draft(number=rid(13, "19500101")), VOCAB, TODAY) == []


# ------------------------------------------------------------ services

def test_a_file_is_opened_classified_and_audited(ledger: Database, clerk: Actor) -> None:
    detail = create_file(ledger, clerk, draft(phone="139 1234 5678", bank_account="6222 0202 0011 2345 678",
                                              family=(FamilyMemberDraft("赵小华", "子女", rid(14, "20100101")),)),
                         today=TODAY)
    # (18,000 + 6,000) ÷ 12 ÷ 3 = 666.67 < 800
    assert (detail.category, detail.category_label, detail.status_label) == ("deep", "深度困难", "在档")
    assert "(24,000.00 − 0.00) ÷ 12 ÷ 3 = 666.67 元" in detail.category_reason
    assert detail.next_review_on == date(2027, 3, 1) and detail.created_by == "clerk"
    assert detail.draft.gender == "男" and detail.draft.birth_date == date(1980, 1, 1)
    assert detail.draft.phone == "13912345678"
    assert detail.bank_account_masked == "**** **** **** 5678"
    assert [m.name for m in get_file(ledger, detail.id).draft.family] == ["赵小华"]
    [(action, changes)] = events(ledger, detail.uuid)
    assert action == "hardship.create" and changes["category"] == [None, "deep"]
    [row] = list_files(ledger, text="赵建华")
    assert row.id == detail.id and row.id_number_masked == rid(11)[:6] + "********" + rid(11)[-4:]


def test_without_a_dibao_line_nothing_is_saved(demo_db: Database, admin: Actor, clerk: Actor) -> None:
    save_settings(demo_db, admin, dibao_monthly_fen=0)  # 0 = not set
    with pytest.raises(ServiceError, match="请管理员在 设置 → 常规"):
        create_file(demo_db, clerk, draft(), today=TODAY)
    assert list_files(demo_db) == []


def test_a_second_current_file_for_the_same_person_is_refused(ledger: Database, clerk: Actor) -> None:
    first = create_file(ledger, clerk, draft(), today=TODAY)
    with pytest.raises(InvalidMember) as caught:
        create_file(ledger, clerk, draft(opened_on=date(2026, 5, 1)), today=TODAY)
    assert caught.value.field == "id_number" and "已有一份在档的困难职工档案" in caught.value.message
    change_status(ledger, clerk, first.id, "out", date(2026, 4, 1), "再就业", today=TODAY)
    with pytest.raises(InvalidMember, match=r"脱困.*改回在档"):
        create_file(ledger, clerk, draft(opened_on=date(2026, 5, 1)), today=TODAY)
    change_status(ledger, clerk, first.id, "closed", date(2026, 4, 2), "已脱困一年", today=TODAY)
    second = create_file(ledger, clerk, draft(opened_on=date(2026, 5, 1)), today=TODAY)
    assert second.person_id == first.person_id
    void_file(ledger, clerk, second.id, "重复录入")
    assert create_file(ledger, clerk, draft(opened_on=date(2026, 5, 2)), today=TODAY).id != second.id


def test_refusals_name_the_field(ledger: Database, clerk: Actor) -> None:
    with pytest.raises(InvalidMember) as caught:
        create_file(ledger, clerk, draft(opened_on=date(2026, 6, 16), work_status="打工"), today=TODAY)
    fields = {p.field for p in caught.value.problems}
    assert fields == {"opened_on", "work_status"}
    assert list_files(ledger) == []


def test_age_and_ineligibility_need_a_yes(ledger: Database, clerk: Actor) -> None:
    old = draft(name="孙秀英", number=rid(16, "19560101"))
    with pytest.raises(ConfirmationNeeded) as caught:
        create_file(ledger, clerk, old, today=TODAY)
    assert caught.value.key == "age" and "70 岁" in caught.value.message
    assert create_file(ledger, clerk, old, confirm=frozenset({"age"}), today=TODAY).status == "open"

    well_off = draft(name="周春梅", number=rid(18), own_monthly_income_fen=800_000)
    with pytest.raises(ConfirmationNeeded) as caught:
        create_file(ledger, clerk, well_off, today=TODAY)
    assert caught.value.key == "not_eligible" and "不符合建档标准" in caught.value.message
    saved = create_file(ledger, clerk, well_off, confirm=frozenset({"not_eligible"}), today=TODAY)
    assert saved.category_label == "不符合建档标准"


def test_a_review_recomputes_and_moves_the_due_date(ledger: Database, clerk: Actor, approver: Actor) -> None:
    detail = create_file(ledger, clerk, draft(), today=TODAY)
    reviewed = review_file(ledger, approver, detail.id, date(2026, 6, 1), own_monthly_income_fen=300_000,
                           note="已再就业", today=TODAY)
    # (36,000 + 6,000) ÷ 12 ÷ 3 = 1,166.67: between 800 and 1,600
    assert reviewed.category == "relative" and "1,166.67" in reviewed.category_reason
    assert (reviewed.reviewed_on, reviewed.reviewed_by) == (date(2026, 6, 1), "approver")
    assert reviewed.next_review_on == date(2027, 6, 1)
    assert "2026-06-01 复核：已再就业" in reviewed.draft.note
    action, changes = events(ledger, detail.uuid)[-1]
    assert action == "hardship.review" and changes["category"] == ["deep", "relative"]
    with pytest.raises(ServiceError, match="早于"):
        review_file(ledger, clerk, detail.id, date(2026, 5, 1), today=TODAY)


def test_status_moves(ledger: Database, clerk: Actor) -> None:
    file_id = create_file(ledger, clerk, draft(), today=TODAY).id
    with pytest.raises(ServiceError, match="原因"):
        change_status(ledger, clerk, file_id, "phasing_out", date(2026, 4, 1), " ", today=TODAY)
    with pytest.raises(ServiceError, match="早于"):
        change_status(ledger, clerk, file_id, "phasing_out", date(2026, 2, 1), "收入增加", today=TODAY)
    assert change_status(ledger, clerk, file_id, "phasing_out", date(2026, 4, 1), "收入增加",
                         today=TODAY).status_label == "渐退"
    assert change_status(ledger, clerk, file_id, "out", date(2026, 5, 1), "稳定就业", today=TODAY).status == "out"
    assert change_status(ledger, clerk, file_id, "open", date(2026, 5, 10), "再次失业", today=TODAY).status == "open"
    with pytest.raises(ServiceError, match="不能改为"):
        change_status(ledger, clerk, file_id, "open", date(2026, 5, 11), "重复", today=TODAY)
    closed = change_status(ledger, clerk, file_id, "closed", date(2026, 6, 1), "迁出本地", today=TODAY)
    assert closed.status_reason == "迁出本地" and not closed.editable
    with pytest.raises(ServiceError, match="销档后不能"):
        change_status(ledger, clerk, file_id, "open", date(2026, 6, 2), "回迁", today=TODAY)
    with pytest.raises(ServiceError, match="销档"):
        review_file(ledger, clerk, file_id, date(2026, 6, 2), today=TODAY)
    statuses = [c["status"] for a, c in events(ledger, get_file(ledger, file_id).uuid) if a == "hardship.status"]
    assert statuses == [["open", "phasing_out"], ["phasing_out", "out"], ["out", "open"], ["open", "closed"]]


def test_corrections_keep_the_person_and_are_audited(ledger: Database, clerk: Actor) -> None:
    detail = create_file(ledger, clerk, draft(), today=TODAY)
    fixed = update_file(ledger, clerk, detail.id, replace(detail.draft, rigid_spending_fen=1_200_000,
                                                          opened_on=date(2026, 2, 1)), today=TODAY)
    assert fixed.draft.rigid_spending_fen == 1_200_000 and fixed.next_review_on == date(2027, 2, 1)
    action, changes = events(ledger, detail.uuid)[-1]
    assert action == "hardship.update" and changes["rigid_spending_fen"] == [0, 1_200_000]
    renamed = update_file(ledger, clerk, detail.id, replace(detail.draft, name="赵健华"), today=TODAY)
    assert renamed.name == "赵健华" and [r.id for r in list_files(ledger, text="赵健华")] == [detail.id], \
        "a corrected name is found by the search at once"
    assert list_files(ledger, text="赵建华") == []
    with pytest.raises(InvalidMember, match="人员不能更改"):
        update_file(ledger, clerk, detail.id, replace(detail.draft, id_number=rid(19)), today=TODAY)
    void_file(ledger, clerk, detail.id, "录错了人")
    with pytest.raises(ServiceError, match="作废"):
        update_file(ledger, clerk, detail.id, detail.draft, today=TODAY)
    assert list_files(ledger) == [], "voided files leave the lists"


def test_files_due_for_review(ledger: Database, clerk: Actor) -> None:
    due = create_file(ledger, clerk, draft(opened_on=date(2025, 7, 1)), today=TODAY).id  # review 2026-07-01
    overdue = create_file(ledger, clerk, draft(name="钱丽", number=rid(20), opened_on=date(2025, 5, 1)),
                          today=TODAY).id
    create_file(ledger, clerk, draft(name="吴刚", number=rid(21), opened_on=date(2026, 1, 1)), today=TODAY)
    out = create_file(ledger, clerk, draft(name="郑芳", number=rid(22), opened_on=date(2025, 5, 1)), today=TODAY).id
    change_status(ledger, clerk, out, "out", date(2026, 1, 1), "稳定就业", today=TODAY)
    assert [r.id for r in files_due_for_review(ledger, TODAY)] == [overdue, due], "most urgent first"
    assert [r.id for r in files_due_for_review(ledger, TODAY, within_days=0)] == [overdue]
    review_file(ledger, clerk, overdue, TODAY, today=TODAY)
    assert [r.id for r in files_due_for_review(ledger, TODAY)] == [due]


def test_filters_and_the_current_file(ledger: Database, clerk: Actor) -> None:
    deep = create_file(ledger, clerk, draft(), today=TODAY)
    relative = create_file(ledger, clerk, draft(name="钱丽", number=rid(20), own_monthly_income_fen=300_000),
                           today=TODAY)
    change_status(ledger, clerk, relative.id, "phasing_out", date(2026, 4, 1), "收入增加", today=TODAY)
    assert [r.id for r in list_files(ledger, category="relative")] == [relative.id]
    assert [r.id for r in list_files(ledger, status="open")] == [deep.id]
    assert {r.id for r in list_files(ledger, status=CURRENT)} == {deep.id, relative.id}
    assert [r.name for r in list_files(ledger, text="ql")] == ["钱丽"], "pinyin initials, as on the 会员 page"
    with ledger.read_session() as session:
        current = current_file_for_person(session, relative.person_id)
        assert current is not None and current.id == relative.id


def test_category_counts_on_a_date(ledger: Database, clerk: Actor) -> None:
    create_file(ledger, clerk, draft(), today=TODAY)  # deep from 2026-03-01
    moved = create_file(ledger, clerk, draft(name="钱丽", number=rid(20), opened_on=date(2026, 1, 10)), today=TODAY)
    review_file(ledger, clerk, moved.id, date(2026, 4, 1), own_monthly_income_fen=300_000, today=TODAY)  # → relative
    change_status(ledger, clerk, moved.id, "out", date(2026, 5, 1), "稳定就业", today=TODAY)
    assert category_counts(ledger, date(2026, 2, 1)) == {"deep": 1, "relative": 0, "accident": 0, "none": 0}
    assert category_counts(ledger, date(2026, 3, 15)) == {"deep": 2, "relative": 0, "accident": 0, "none": 0}
    assert category_counts(ledger, date(2026, 4, 15)) == {"deep": 1, "relative": 1, "accident": 0, "none": 0}
    assert category_counts(ledger, date(2026, 5, 15)) == {"deep": 1, "relative": 0, "accident": 0, "none": 0}

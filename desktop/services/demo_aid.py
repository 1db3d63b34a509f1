"""演示帮扶: campaigns, disbursements in every status, group distributions and hardship files for the demo.

Everything goes through the real services, as the demo clerk (周文静) and the demo 负责人 (林晓梅) would
do it: each record is checked, audited and approved exactly like real work. Records are dated in the
previous and the current year (never after today), so every recent period has data. The same seed on
the same day gives the same data.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select

from db import Database
from db.models import Disbursement, Member, Organization, Person
from desktop.domain.id_number import check_character
from desktop.services import aid_approval
from desktop.services.actor import Actor
from desktop.services.aid_campaigns import CampaignDraft, create_campaign
from desktop.services.demo_hardship import Worker, add_demo_hardship
from desktop.services.disbursements import DisbursementDraft, create_disbursement, void_disbursement
from desktop.services.group_distributions import GroupDraft, create_group_distribution, decide_groups
from desktop.services.person_rules import Identity
from desktop.services.persons import checked_identity

Recipient = int | Identity  # a person already in the ledger, or a non-member registered on first use
# fictitious non-members (name, male): workers of small firms outside the register, 农民工 …
OUTSIDERS = (("郑秀兰", False), ("韩德明", True), ("何小军", True), ("罗春燕", False), ("蒋立新", True),
             ("邓桂英", False), ("石铁柱", True), ("龚美华", False), ("潘志远", True), ("汤丽萍", False),
             ("魏大海", True), ("毛秋菊", False), ("阎春生", True), ("葛素琴", False), ("钱永福", True),
             ("柯晓燕", False))
FEW_MEMBERS = 20  # a smaller demo fills in with more non-members
OUTSIDER_REGION = "330183"
SPRING_ITEMS = "米、面、油各一份"
SUMMER_ITEMS = "绿豆、白糖"
MOONCAKES = "月饼一盒"
CASH, BANK, KIND = "现金", "银行转账", "实物"
SIGNED = "本人签字"
STUDY_EVIDENCE = "录取通知书复印件"
MEDICAL_EVIDENCE = "诊断证明、住院费用票据复印件"
OUTSIDER_UNITS = ("星河镇个体工商户（演示）", "云溪县某建筑劳务队（演示）", "星河镇某小餐馆（演示）", "灵活就业")
OTHER_ORGS_SPRING = ("星河镇敬老院（演示）", "云溪县公交公司星河站（演示）", "星河镇农贸市场管理处（演示）")
OTHER_ORGS_SUMMER = ("星河镇环境卫生管理所（演示）", "云溪县交警大队星河中队（演示）", "星河镇园林绿化养护队（演示）")


@dataclass
class DemoAidResult:
    campaigns: int = 0
    disbursements: int = 0
    groups: int = 0
    hardship_files: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0


class _Demo:
    """Enters the demo's aid through the services; every random choice comes from ``rnd``."""

    def __init__(self, db: Database, clerk: Actor, approver: Actor, rnd: random.Random, today: date) -> None:
        self.db, self.clerk, self.approver, self.rnd, self.today = db, clerk, approver, rnd, today
        self.result = DemoAidResult()
        with db.read_session() as session:
            self.members: list[int] = list(session.scalars(
                select(Member.person_id).where(Member.status == "active").order_by(Member.id)))
            self.org_ids: list[int] = list(session.scalars(select(Organization.id).order_by(Organization.id)))
            taken = set(session.scalars(select(Person.id_number)))
        outsiders = OUTSIDERS if len(self.members) < FEW_MEMBERS else OUTSIDERS[:8]
        self.outsiders = [self._outsider(name, male, i, taken) for i, (name, male) in enumerate(outsiders)]
        # people with a hardship file: medical and study aid goes to them
        pool = self.members[:]
        rnd.shuffle(pool)
        split = 8 if len(self.members) < FEW_MEMBERS else 4
        self.needy: list[Recipient] = [*pool[:8], *self.outsiders[:split]][:12]
        self.ordinary: list[Recipient] = pool[8:] or list(self.outsiders[split:])

    def _outsider(self, name: str, male: bool, index: int, taken: set[str]) -> Identity:
        birth = self.today - timedelta(days=int(365.25 * (25 + index * 7 % 33)) + self.rnd.randrange(300))
        seq = 900 + index * 2
        while True:
            body = f"{OUTSIDER_REGION}{birth:%Y%m%d}{seq + (1 if male else 0):03d}"
            number = body + check_character(body)
            if number not in taken:
                taken.add(number)
                break
            seq += 2
        return checked_identity(name, number, phone=f"1390{9_900_000 + index:07d}", today=self.today)

    def workers(self) -> list[Worker]:
        """The people given hardship files (and later medical and study aid), in the order of ``needy``."""
        ids = [p for p in self.needy if isinstance(p, int)]
        with self.db.read_session() as session:
            found = {pid: Worker(name, number, org) for pid, name, number, org in session.execute(
                select(Person.id, Person.name, Person.id_number, Member.organization_id)
                .join(Member, Member.person_id == Person.id).where(Person.id.in_(ids)))}
        return [found[p] if isinstance(p, int) else Worker(p.name, p.id_number, None, OUTSIDER_UNITS[i % 4])
                for i, p in enumerate(self.needy)]

    # ------------------------------------------------------------ helpers

    def on(self, year: int, month: int, day: int, plus: int = 0) -> date:
        """A date, ``plus`` days later, but never after today."""
        return min(date(year, month, day) + timedelta(days=plus), self.today)

    def pick(self, k: int, *, needy: bool = False) -> list[Recipient]:
        """``k`` different people (members mostly; non-members fill in for a small demo)."""
        pool = self.needy if needy else self.ordinary
        extra = [p for p in (*self.ordinary, *self.outsiders) if p not in pool]
        chosen = self.rnd.sample(pool, min(k, len(pool)))
        return chosen + extra[:k - len(chosen)]

    def campaign(self, name: str, kind: str, starts: date, ends: date | None, source: str, budget_yuan: int | None,
                 description: str) -> int:
        self.result.campaigns += 1
        return create_campaign(self.db, self.clerk, CampaignDraft(
            name, kind, starts, ends, source, None if budget_yuan is None else budget_yuan * 100, description))

    def give(self, who: Recipient, category: str, when: date, campaign_id: int | None, *, cash: int = 0,
             items: str = "", items_value: int = 0, method: str = "", evidence: str = "", note: str = "",
             submit: bool = True, actor: Actor | None = None, duplicate_reason: str = "") -> int:
        """One record (amounts in 元), submitted unless ``submit`` is False; returns its id."""
        person_id, recipient = (who, None) if isinstance(who, int) else (0, who)
        self.result.disbursements += 1
        return create_disbursement(
            self.db, actor or self.clerk,
            DisbursementDraft(person_id, category, when, cash * 100, items, items_value * 100, campaign_id,
                              method=method, evidence=evidence, note=note),
            recipient=recipient, submit=submit, duplicate_reason=duplicate_reason)

    def reverse(self, original: int, reason: str, when: date) -> None:
        """红冲 by the clerk, approved by the 负责人."""
        reversal = aid_approval.reverse(self.db, self.clerk, original, reason, when=when)
        self.result.disbursements += 1
        self.approve([reversal], "同意冲销")

    def approve(self, ids: list[int], comment: str = "") -> None:
        if ids:
            aid_approval.approve(self.db, self.approver, ids, comment=comment)

    def pay(self, ids: list[int], paid_on: date, method: str, receipt: str = SIGNED) -> None:
        if ids:
            aid_approval.mark_paid(self.db, self.clerk, ids, paid_on, method, receipt, today=self.today)

    def pay_by_bank(self, ids: list[int], paid_on: date) -> None:
        for i in ids:
            self.pay([i], paid_on, BANK, f"银行回单号 {paid_on:%Y%m%d}{self.rnd.randrange(10**8):08d}")

    def group(self, campaign_id: int, title: str, when: date, people: int, *, cash: int = 0, items: str = "",
              items_value: int = 0, registered: int = 0, others: tuple[str, ...] = (), count: int | None = None,
              note: str = "", approve: bool = True) -> int:
        orgs = tuple(self.org_ids[:registered]) if registered else ()
        group_id = create_group_distribution(self.db, self.clerk, GroupDraft(
            campaign_id, title, when, people, cash * 100, items, items_value * 100, orgs, others,
            None if count is None else max(count, len(orgs) + len(others)), note=note))
        self.result.groups += 1
        if approve:
            decide_groups(self.db, self.approver, [group_id], approve=True)
        return group_id


# ---------------------------------------------------------------- the campaigns, year by year


def _spring(d: _Demo, year: int) -> None:
    """元旦春节送温暖: cash and 米面油 to a dozen people, paid; a group visit; last year's has a reversal."""
    cid = d.campaign(f"{year}年元旦春节送温暖", "送温暖", d.on(year, 1, 2), d.on(year, 2, 28), "上级下拨", 120_000,
                     "走访慰问困难职工、一线职工和新就业形态劳动者（演示）")
    people = d.pick(12)
    ids = [d.give(p, "送温暖", d.on(year, 1, 10, i), cid, cash=500, items=SPRING_ITEMS, items_value=150, method=CASH)
           for i, p in enumerate(people)]
    d.approve(ids)
    d.pay(ids, d.on(year, 1, 25), CASH)
    d.group(cid, "春节走访慰问一线职工", d.on(year, 1, 20), 161 if year < d.today.year else 148, cash=32_200,
            items=SPRING_ITEMS, items_value=9_660, registered=min(5, len(d.org_ids)), others=OTHER_ORGS_SPRING,
            count=23, note="走访企业和公共服务单位，慰问一线职工（演示）")
    if year < d.today.year:  # a typing slip, corrected by a reversal and a new record
        d.reverse(ids[0], "金额录入错误，应为 800 元", d.on(year, 2, 10))
        again = d.give(people[0], "送温暖", d.on(year, 2, 10), cid, cash=800, items=SPRING_ITEMS, items_value=150,
                       method=CASH, note="更正冲销记录的金额")
        d.approve([again])
        d.pay([again], d.on(year, 2, 12), CASH)
    else:  # a house fire: the 负责人 allows a second payment in the same campaign
        again = d.give(people[1], "送温暖", d.on(year, 2, 5), cid, cash=1_000, method=CASH, actor=d.approver,
                       duplicate_reason="春节前家中突发火灾，经工会班子研究再次慰问", note="火灾后再次慰问")
        aid_approval.approve(d.db, d.approver, [again], confirm=frozenset({"own"}))
        d.pay([again], d.on(year, 2, 6), CASH)


def _summer(d: _Demo, year: int) -> None:
    """夏送清凉: 绿豆白糖 in kind and two group visits; this year's campaign is close to its budget."""
    current = year == d.today.year
    cid = d.campaign(f"{year}年夏送清凉", "夏送清凉", d.on(year, 6, 20), d.on(year, 8, 31), "本级经费",
                     30_000 if current else 40_000, "高温季节慰问户外劳动者和一线职工（演示）")
    ids = [d.give(p, "夏送清凉", d.on(year, 7, 8, i), cid, items=SUMMER_ITEMS, items_value=150, method=KIND)
           for i, p in enumerate(d.pick(6))]
    d.approve(ids)
    d.pay(ids, d.on(year, 7, 15), KIND)
    d.group(cid, "高温慰问户外劳动者", d.on(year, 7, 12), 412, items="防暑降温物品（绿豆、白糖、藿香正气水、毛巾）",
            items_value=24_000, registered=min(3, len(d.org_ids)), others=OTHER_ORGS_SUMMER, count=9)
    d.group(cid, "慰问环卫工人和快递外卖配送员", d.on(year, 7, 28), 96, cash=0, items="防暑降温物品",
            items_value=4_000, others=("星河镇环境卫生管理所（演示）", "星河镇快递物流行业工会联合会（演示）"))


def _study(d: _Demo, year: int) -> None:
    """金秋助学: with the admission letter noted; this year's are at every step of the workflow."""
    cid = d.campaign(f"{year}年金秋助学", "金秋助学", d.on(year, 8, 1), d.on(year, 9, 30), "社会捐助", 30_000,
                     "资助困难职工子女上大学（演示）")
    people = d.pick(5, needy=True)
    ids = [d.give(p, "金秋助学", d.on(year, 8, 20, 3 * i), cid, cash=(3_000 if i % 2 else 2_000), method=BANK,
                  evidence=STUDY_EVIDENCE, note="子女考入大学本科" if i % 2 else "子女考入高职院校")
           for i, p in enumerate(people)]
    if year < d.today.year:
        d.approve(ids)
        d.pay_by_bank(ids, d.on(year, 9, 10))
        return
    d.approve(ids[:4])
    d.pay_by_bank(ids[:3], d.on(year, 9, 10))  # the fourth is approved, not yet paid; the fifth waits
    d.give(d.pick(1)[0], "金秋助学", d.on(year, 9, 25), cid, cash=2_000, method=BANK, submit=False,
           note="等待学生提供录取通知书")


def _medical(d: _Demo, year: int) -> None:
    """医疗救助 from the 互助保障金, to people with hardship files; large amounts note the diagnosis."""
    cid = d.campaign(f"{year}年大病医疗救助", "医疗救助", d.on(year, 3, 1), d.on(year, 12, 31), "互助保障金", 60_000,
                     "职工医疗互助保障金救助患重特大疾病的职工（演示）")
    amounts = (8_000, 3_000, 5_000, 2_000)
    people = d.pick(len(amounts), needy=True)
    ids = [d.give(p, "医疗救助", d.on(year, 4, 10, 40 * i), cid, cash=a, method=BANK,
                  evidence=MEDICAL_EVIDENCE if a > 5_000 else "住院费用票据复印件")
           for i, (p, a) in enumerate(zip(people, amounts, strict=True))]
    if year < d.today.year:
        d.approve(ids)
        d.pay_by_bank(ids, d.on(year, 7, 30))
    else:
        d.approve(ids[:3])
        d.pay_by_bank(ids[:2], d.on(year, 7, 30))  # the third approved, not paid; the fourth waits


def _relief(d: _Demo, year: int) -> None:
    """生活救助 / 临时救助: paid, rejected with a comment, voided with a reason, drafts and a waiting queue."""
    if year < d.today.year:
        cid = d.campaign(f"{year}年临时救助", "临时救助", d.on(year, 1, 1), d.on(year, 12, 31), "本级经费", None,
                         "因灾、因意外临时困难的救助（演示）")
        people = d.pick(4)
        ids = [d.give(p, "临时救助", d.on(year, 5, 6, 50 * i), cid, cash=1_500, method=CASH, note="家中遭受意外")
               for i, p in enumerate(people[:3])]
        d.approve(ids)
        for i, record in enumerate(ids):
            d.pay([record], d.on(year, 5, 9, 50 * i), CASH)
        extra = d.give(people[3], "临时救助", d.on(year, 11, 20), cid, cash=1_000, method=CASH)
        void_disbursement(d.db, d.clerk, extra, "重复录入，作废")
        return
    cid = d.campaign(f"{year}年困难职工生活救助", "生活救助", d.on(year, 1, 1), d.on(year, 12, 31), "本级经费", 50_000,
                     "对生活困难的职工发放生活救助（演示）")
    people = d.pick(6)
    ids = [d.give(p, "生活救助", d.on(year, 3, 15, 5 * i), cid, cash=1_200, method=CASH) for i, p in enumerate(people[:3])]
    d.approve(ids)
    d.pay(ids, d.on(year, 3, 31), CASH)
    voided = d.give(people[3], "生活救助", d.on(year, 6, 10), cid, cash=1_200, method=CASH, submit=False)
    void_disbursement(d.db, d.clerk, voided, "对象已享受民政临时救助，本次不再发放")
    rejected = d.give(people[4], "生活救助", d.on(year, 10, 20), cid, cash=2_000, method=CASH)
    aid_approval.reject(d.db, d.approver, [rejected], "家庭收入情况未核实，请补充收入证明后重新提交")
    d.give(people[5], "生活救助", d.on(year, 11, 5), cid, cash=1_200, method=CASH)  # waiting
    temp = d.campaign(f"{year}年临时救助", "临时救助", d.on(year, 1, 1), d.on(year, 12, 31), "本级经费", None,
                      "因灾、因意外临时困难的救助（演示）")
    people = d.pick(3)
    for i, p in enumerate(people[:2]):  # waiting in the 负责人's queue
        d.give(p, "临时救助", d.on(year, 11, 10, 3 * i), temp, cash=1_000 + 500 * i, method=CASH,
               note="家中遭受意外" if i else "突发疾病住院")
    d.give(people[2], "临时救助", d.on(year, 11, 18), temp, cash=800, method=CASH, submit=False)  # a draft


def _jobs(d: _Demo, year: int) -> None:
    """春送岗位: 求职交通补贴 for the unemployed; one sent back for a missing document."""
    cid = d.campaign(f"{year}年春风行动·春送岗位", "春送岗位", d.on(year, 2, 15), d.on(year, 4, 30), "本级经费", 10_000,
                     "招聘会和求职补贴，帮助失业职工和农民工再就业（演示）")
    people = d.pick(4)
    ids = [d.give(p, "春送岗位", d.on(year, 3, 5, 2 * i), cid, cash=300, method=CASH, note="求职交通补贴")
           for i, p in enumerate(people[:3])]
    d.approve(ids)
    d.pay(ids, d.on(year, 3, 20), CASH)
    if year == d.today.year:
        rejected = d.give(people[3], "春送岗位", d.on(year, 3, 18), cid, cash=300, method=CASH, note="求职交通补贴")
        aid_approval.reject(d.db, d.approver, [rejected], "缺少失业登记证明，请补充后重新提交")


def _festival(d: _Demo, year: int) -> None:
    """节日慰问: 月饼 in kind; this year one self-approved entry, a reversal and a group still waiting."""
    cid = d.campaign(f"{year}年中秋国庆节日慰问", "节日慰问", d.on(year, 9, 1), d.on(year, 10, 8), "本级经费", 20_000,
                     "中秋国庆慰问一线职工（演示）")
    people = d.pick(9)
    ids = [d.give(p, "节日慰问", d.on(year, 9, 15, i % 4), cid, items=MOONCAKES, items_value=120, method=KIND)
           for i, p in enumerate(people[:8])]
    d.approve(ids)
    d.pay(ids, d.on(year, 9, 22), KIND)
    if year < d.today.year:
        return
    own = d.give(people[8], "节日慰问", d.on(year, 9, 20), cid, items=MOONCAKES, items_value=120, method=KIND,
                 actor=d.approver, note="负责人走访时当场发放")
    aid_approval.approve(d.db, d.approver, [own], confirm=frozenset({"own"}))
    d.pay([own], d.on(year, 9, 20), KIND)
    d.reverse(ids[-1], "对象已调离本单位，慰问品退回", d.on(year, 10, 9))
    d.group(cid, "中秋走访慰问快递员和外卖配送员", d.on(year, 9, 28), 85, items=MOONCAKES, items_value=3_400,
            others=("星河镇快递物流行业工会联合会（演示）",), count=6, approve=False)


def add_demo_aid(db: Database, clerk: Actor, approver: Actor, *, seed: int, today: date | None = None) -> DemoAidResult:
    """Hardship files, then aid campaigns of every kind across the previous and the current year.

    The 低保 line (setting ``dibao_monthly_fen``) must be set first: it decides the files' 困难类别.
    """
    started = time.perf_counter()
    today = today or date.today()
    demo = _Demo(db, clerk, approver, random.Random(f"aid:{seed}"), today)
    demo.result.hardship_files = len(add_demo_hardship(db, clerk, demo.workers(), today))
    for year in (today.year - 1, today.year):
        for part in (_spring, _jobs, _medical, _summer, _study, _festival, _relief):
            part(demo, year)
    result = demo.result
    with db.read_session() as session:
        result.statuses.update(dict(session.execute(  # type: ignore[arg-type]
            select(Disbursement.status, func.count()).group_by(Disbursement.status)).all()))
    result.seconds = time.perf_counter() - started
    return result

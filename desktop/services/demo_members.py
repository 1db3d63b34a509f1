"""演示会员: realistic, clearly fictitious organizations and members for the demo ledger and benchmarks.

Everything goes through the real services: organizations through ``create_in`` (one audit event each),
members through ``check_member`` then ``bulk_enroll`` in chunks inside one transaction, and a few
dozen lifecycle events (transfers, withdrawals, a death, a void) through ``member_lifecycle``.
The same seed on the same day gives the same data.
"""

from __future__ import annotations

import random
import time
from bisect import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate
from typing import Any

from sqlalchemy import select

from db import Database
from db.models import Member, Organization, Person
from desktop.domain.credit_code import credit_check_character, organization_check_character
from desktop.domain.id_number import check_character
from desktop.services.actor import Actor
from desktop.services.member_bulk import bulk_enroll
from desktop.services.member_lifecycle import record_death, transfer_member, void_member, withdraw_member
from desktop.services.member_rules import CheckContext, MemberDraft, check_member
from desktop.services.membership import WRITERS, context_for
from desktop.services.organizations import OrganizationDraft, create_in, normalize_organization
from desktop.services.permissions import require_role
from desktop.services.vocabulary import VOCABULARY_KINDS, terms_in

DEMO_SEED = 20260101
CHUNK = 20_000  # drafts per bulk_enroll call (bounds memory; all chunks share one transaction)
TAG = "（演示）"
BULK_CACHE_KIB = -262_144  # SQLite page cache while loading (negative: KiB), restored afterwards

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
            "卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤")
TRICKY_SURNAMES = "曾单解仇覃区查朴乐翟"  # surname readings differ from the character's usual one
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙")
MALE_GIVEN = "伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林峰建国志文博亮成东海云安"
FEMALE_GIVEN = "芳娜秀英敏静丽艳娟霞玲芬燕萍红梅琳雪婷慧倩颖洁晶欣月莉兰凤佳蕾丹云安"
RARE_GIVEN = "堃喆犇淼燚垚昇玥彧翀頔珺旻祎婕"  # rare but in the BMP
NON_BMP = "𠮷"  # U+20BB7, outside the BMP: tests fonts, search and sorting
# the first members always include these, so even a small demo shows every kind of name
SHOWCASE = ("王伟", "张三丰", "欧阳晓峰", "曾国峰", "单雄飞", "解晓东", "仇建平", "覃海燕", "区志强", "查文斌",
            "司马云", "吴𠮷安", "李淼", "阿依古丽·买买提", "格桑拉姆", "诸葛明远")
# (ethnicity, ID region, male names, female names); "" names: Han-style names with a local region
MINORITIES = (
    ("维吾尔族", "650102", ("艾力·吐尔逊", "买买提·艾力", "艾尔肯·吾守尔", "阿不都·热合曼"),
     ("阿依古丽·买买提", "古丽娜尔·阿不都拉", "热依拉·吾斯曼", "迪丽娜尔·艾合买提")),
    ("哈萨克族", "650102", ("叶尔兰·努尔兰", "努尔波拉提·别克"), ("阿依达娜·别克", "古丽米拉·叶尔兰")),
    ("藏族", "540102", ("扎西次仁", "格桑顿珠", "次仁"), ("卓玛", "格桑拉姆", "央金卓玛")),
    ("蒙古族", "150102", ("巴特尔", "额尔敦"), ("其其格", "斯琴高娃")),
    ("壮族", "450102", (), ()), ("回族", "640104", (), ()), ("苗族", "520102", (), ()),
    ("土家族", "430104", (), ()), ("满族", "210102", (), ()), ("彝族", "530102", (), ()),
)
REGIONS = ("110105", "120101", "130102", "140105", "210102", "220102", "230102", "310104", "320102", "330102",
           "330106", "340104", "350102", "360102", "370102", "410105", "420106", "430104", "440305", "450102",
           "500103", "510107", "520102", "530102", "610113", "620102", "630102")
LOCAL_REGIONS = ("330102", "330106", "330183")  # most members are local
# business, industry letter, new-employment-form groups it employs
SECTORS = (
    ("精密机械", "C", ()), ("电子科技", "C", ()), ("纺织服装", "C", ()), ("食品", "C", ()), ("新材料", "C", ()),
    ("汽车零部件", "C", ()), ("建筑工程", "E", ()), ("商贸", "F", ()), ("餐饮管理", "H", ()), ("软件", "I", ()),
    ("快递服务", "G", ("快递员",)), ("物流", "G", ("货车司机",)), ("货运", "G", ("货车司机",)),
    ("外卖配送服务", "G", ("外卖配送员",)), ("网约车服务", "G", ("网约车司机",)), ("家政服务", "O", ("家政服务员",)),
    ("护理服务", "Q", ("护工护理员",)), ("房产经纪", "K", ("房产中介员",)), ("保安服务", "L", ("保安员",)),
    ("物业管理", "K", ("保安员", "户外劳动者")), ("环境卫生服务", "N", ("户外劳动者",)), ("园林绿化", "N", ("户外劳动者",)),
)
BRANDS = ("星河", "云溪", "青石", "金桥", "东岭", "南湖", "翠屏", "宏达", "恒信", "瑞丰", "华泰", "新源", "远航", "鼎盛",
          "启明", "永安", "和顺", "嘉禾", "锦程", "天元", "博远", "众诚", "隆鑫", "汇通", "丰泽", "广厦", "德润", "晨光")
SUFFIXES = ("有限公司", "有限公司", "有限责任公司", "股份有限公司")
# name, nature, industry letter, union type, credit code prefix (authority + kind)
PUBLIC_BODIES = (
    ("星河镇人民政府", "机关", "S", "单独建会", "11"), ("星河镇中心小学", "事业单位", "P", "单独建会", "12"),
    ("星河镇卫生院", "事业单位", "Q", "单独建会", "12"), ("星河镇社会工作服务中心", "社会组织", "S", "单独建会", "52"),
    ("星河镇小微企业联合工会", "其他", "C", "联合基层工会", "81"),
    ("星河镇快递物流行业工会联合会", "其他", "G", "区域性、行业性工会联合会", "81"),
)
OrgSlot = tuple[int, date, tuple[str, ...]]  # organization id, founded on, the groups it employs
OTHER_UNIONS = ("云溪县城关镇总工会（演示）", "云溪县白沙乡总工会（演示）", "邻川市顺达物流有限公司工会（演示）")


@dataclass(frozen=True)
class DemoMembersResult:
    organizations: int
    members: int
    events: dict[str, int] = field(default_factory=dict)  # lifecycle kind → how many
    seconds: float = 0.0
    aid: Any = None  # the DemoAidResult, when populate_demo added aid too
    competitions: Any = None  # the DemoCompetitionsResult, when populate_demo added competitions too


def _weighted(rnd: random.Random, options: Sequence[str], weights: dict[str, float]) -> str:
    """A term of ``options`` (a vocabulary), favouring the listed weights; unlisted terms weigh 0.2."""
    return _Picker(options, weights)(rnd)


class _Picker:
    """A weighted choice among a vocabulary's terms, with the cumulative weights computed once."""

    def __init__(self, options: Sequence[str], weights: dict[str, float]) -> None:
        self.options = list(options)
        self.cumulative = list(accumulate(weights.get(o, 0.2) for o in self.options))

    def __call__(self, rnd: random.Random) -> str:
        if not self.options:
            return ""
        return self.options[bisect(self.cumulative, rnd.random() * self.cumulative[-1])]


# how often each term is chosen (terms an admin added later weigh 0.2)
POLITICAL = {"群众": 70, "中共党员": 12, "共青团员": 12, "中共预备党员": 2, "民主党派": 1}
EDUCATION = {"研究生": 0.5, "大学本科": 3, "大学专科": 3, "中专/中技": 3, "高中": 3, "初中及以下": 3}
SKILL = {"无": 6, "初级工": 2, "中级工": 2, "高级工": 1, "技师": 0.4, "高级技师": 0.1}
HOUSEHOLD = {True: {"农业": 5, "非农业": 0.5, "农转居": 0.5}, False: {"农业": 1, "非农业": 4, "农转居": 0.5}}  # 农民工?
EMPLOYMENT = {True: {"在岗": 20, "灵活就业": 2, "退休": 0.3, "下岗/失业": 0.2},  # a new-employment-form worker?
              False: {"在岗": 20, "灵活就业": 0.3, "退休": 0.3, "下岗/失业": 0.2}}


def _phone(serial: int) -> str:
    """A fictitious 1390xxxxxxx mobile, unique per serial but not in entry order (as real phones are)."""
    return f"1390{(serial * 7_654_321 + 1_234_567) % 10_000_000:07d}"


def _credit_code(prefix: str, index: int) -> str:
    body = f"DM{index:06d}"  # fictitious organization-code body; DM = 演示
    first17 = f"{prefix}330183{body}{organization_check_character(body)}"
    return first17 + credit_check_character(first17)


def _random_date(rnd: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rnd.randrange((end - start).days + 1)) if end > start else min(start, end)


def _recent_date(rnd: random.Random, today: date, earliest: date) -> date:
    """A date: a quarter in the current year, a quarter in the previous year, the rest earlier."""
    this_year, last_year = date(today.year, 1, 1), date(today.year - 1, 1, 1)
    roll = rnd.random()
    start, end = ((this_year, today) if roll < 0.25 else (last_year, this_year - timedelta(days=1)) if roll < 0.5
                  else (date(today.year - 25, 1, 1), last_year - timedelta(days=1)))
    start, end = max(start, earliest), min(end, today)
    return _random_date(rnd, start, end) if start <= end else _random_date(rnd, earliest, today)


def _organizations(rnd: random.Random, count: int, ctx_terms: dict[str, list[str]], taken: set[str],
                   today: date) -> list[tuple[OrganizationDraft, tuple[str, ...]]]:
    def industry(letter: str) -> str:
        return next((t for t in ctx_terms.get("industry", []) if t.startswith(letter)), "")

    def founded(i: int) -> date:  # the big employers (listed first) are old; one in ten is new this year
        if i % 10 == 7:
            return _random_date(rnd, date(today.year, 1, 1), today)
        if i % 10 == 8:
            return _random_date(rnd, date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
        return _random_date(rnd, date(1995, 1, 1), date(today.year - 2, 12, 31))

    specs: list[tuple[str, str, str, str, str, str, tuple[str, ...]]] = [
        (name, nature, letter, union_type, prefix, "", ())
        for name, nature, letter, union_type, prefix in PUBLIC_BODIES]
    combos = [(b, s) for b in BRANDS for s in SECTORS]
    rnd.shuffle(combos)
    for brand, (business, letter, groups) in combos:
        suffix = "超市有限公司" if business == "商贸" and rnd.random() < 0.3 else rnd.choice(SUFFIXES)
        economic = _weighted(rnd, ctx_terms.get("economic_type", []),
                             {"私营": 6, "股份制": 1.5, "外资": 0.5, "港澳台": 0.3, "国有": 0.7, "集体": 0.4})
        specs.append((f"{brand}{business}{suffix}", "企业", letter, "单独建会", "91", economic, groups))
    result: list[tuple[OrganizationDraft, tuple[str, ...]]] = []
    for i, (name, nature, letter, union_type, prefix, economic, groups) in enumerate(specs):
        if len(result) >= count:
            break
        full = name + TAG
        if full in taken:
            continue
        taken.add(full)
        union_name = full if "工会" in name else f"{name}工会{TAG}"
        draft = OrganizationDraft(
            name=full, credit_code=_credit_code(prefix, len(taken)), union_name=union_name, nature=nature,
            economic_type=economic, industry=industry(letter), union_type=union_type, founded_on=founded(i),
            employee_count=int(10 ** rnd.uniform(1, 3.5)), chairman=_han_name(rnd, rnd.random() < 0.5),
            phone=f"0571-6{len(taken):07d}", address=f"云溪县星河镇{rnd.choice(BRANDS)}路{rnd.randint(1, 300)}号（演示地址）")
        result.append((draft, groups))
    return result


def _han_name(rnd: random.Random, male: bool) -> str:
    roll = rnd.random()
    if roll < 0.03:
        surname = rnd.choice(COMPOUND_SURNAMES)
    elif roll < 0.08:
        surname = rnd.choice(TRICKY_SURNAMES)
    else:
        surname = SURNAMES[min(int(rnd.expovariate(1 / 18)), len(SURNAMES) - 1)]
    pool = MALE_GIVEN if male else FEMALE_GIVEN
    given = [rnd.choice(pool) for _ in range(1 if len(surname) == 2 or rnd.random() < 0.28 else 2)]
    roll = rnd.random()
    if roll < 0.0005:
        given[-1] = NON_BMP
    elif roll < 0.02:
        given[-1] = rnd.choice(RARE_GIVEN)
    return surname + "".join(given)


class _Generator:
    """Makes one member draft at a time; every random choice comes from ``rnd``."""

    def __init__(self, rnd: random.Random, ctx: CheckContext, orgs: list[OrgSlot],
                 used_ids: set[str], next_card: int) -> None:
        self.rnd, self.ctx, self.orgs, self.used_ids, self.next_card = rnd, ctx, orgs, used_ids, next_card
        # a few big employers, many small ones
        self.org_cumulative = list(accumulate(1 / (rank + 1) ** 0.8 for rank in range(len(orgs))))
        self.terms = terms = {k: list(v) for k, v in ctx.vocabularies.items()}
        self.political = _Picker(terms.get("political_status", []), POLITICAL)
        self.education = _Picker(terms.get("education", []), EDUCATION)
        self.skill = _Picker(terms.get("skill_level", []), SKILL)
        self.household = {k: _Picker(terms.get("household_type", []), w) for k, w in HOUSEHOLD.items()}
        self.employment = {k: _Picker(terms.get("employment_status", []), w) for k, w in EMPLOYMENT.items()}
        self.by_group: dict[str, list[int]] = {}
        for index, (_, _, groups) in enumerate(orgs):
            for group in groups:
                self.by_group.setdefault(group, []).append(index)

    def _id_number(self, region: str, birth: date, male: bool) -> str:
        while True:
            seq = self.rnd.randrange(500) * 2 + (1 if male else 0)
            body = f"{region}{birth:%Y%m%d}{seq:03d}"
            number = body + check_character(body)
            if number not in self.used_ids:
                self.used_ids.add(number)
                return number

    def draft(self, index: int) -> MemberDraft:
        rnd, terms, today = self.rnd, self.terms, self.ctx.today
        male = rnd.random() < 0.55
        region = rnd.choice(LOCAL_REGIONS) if rnd.random() < 0.6 else rnd.choice(REGIONS)
        ethnicity = "汉族"
        if index < len(SHOWCASE):
            name = SHOWCASE[index]
            male = name not in ("覃海燕", "阿依古丽·买买提", "格桑拉姆", "李淼")
            ethnicity = {"阿依古丽·买买提": "维吾尔族", "格桑拉姆": "藏族"}.get(name, "汉族")
        elif rnd.random() < 0.06:
            ethnicity, region, men, women = rnd.choice(MINORITIES)
            names = men if male else women
            name = rnd.choice(names) if names else _han_name(rnd, male)
        else:
            name = _han_name(rnd, male)
        if ethnicity not in terms.get("ethnicity", ()):
            ethnicity = ""
        birth = today - timedelta(days=int(365.25 * rnd.triangular(18.2, 59.8, 34)))
        groups = terms.get("new_employment_group", [])
        if index < len(groups):
            group = groups[index]  # every group appears, even in a small demo
        else:
            group = rnd.choice(groups) if groups and rnd.random() < 0.15 else ""
        candidates = self.by_group.get(group) if group and rnd.random() < 0.8 else None
        if candidates:
            org_index = rnd.choice(candidates)
        else:
            org_index = bisect(self.org_cumulative, rnd.random() * self.org_cumulative[-1])
        org_id, founded, _ = self.orgs[org_index]
        adult = birth + timedelta(days=int(365.25 * 18) + 1)
        joined = _recent_date(rnd, today, max(adult, founded))
        migrant = index % 3 == 0 if index < 30 else (rnd.random() < (0.7 if group else 0.3))
        transfer_in = rnd.random() < 0.04
        self.next_card += 1
        return MemberDraft(
            name=name, id_number=self._id_number(region, birth, male), organization_id=org_id, join_date=joined,
            ethnicity=ethnicity, phone=_phone(self.next_card) if rnd.random() < 0.9 else "",
            household_type=self.household[migrant](rnd),
            household_place=f"{region}（演示）" if rnd.random() < 0.5 else "",
            political_status=self.political(rnd), education=self.education(rnd), skill_level=self.skill(rnd),
            card_number=f"XH{self.next_card:08d}" if rnd.random() < 0.97 else "",
            is_migrant_worker=migrant, new_employment_group=group,
            employment_status=self.employment[bool(group)](rnd),
            entry_kind="transfer_in" if transfer_in else "join",
            other_union=rnd.choice(OTHER_UNIONS) if transfer_in else "",
        )


def _lifecycle_plan(n: int) -> list[str]:
    counts = {"transfer": min(12, n // 25), "transfer_out": min(6, n // 50), "withdraw": min(8, n // 40),
              "auto_withdraw": min(3, n // 100), "death": min(1, n // 60), "void": min(1, n // 30)}
    return [kind for kind, count in counts.items() for _ in range(max(count, 1 if n >= 20 else 0))]


def add_demo_members(db: Database, actor: Actor, n: int, *, seed: int = DEMO_SEED, today: date | None = None,
                     organizations: int | None = None) -> DemoMembersResult:
    """Add organizations and ``n`` fictitious members to the ledger, then a few lifecycle events."""
    actor.require(*WRITERS)
    started = time.perf_counter()
    today = today or date.today()
    n = max(0, n)
    if organizations is None:  # a township has a dozen to a few hundred
        organizations = max(12, min(300, round(n ** 0.5))) if n else 0
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        existing = session.scalar(select(Member.id).order_by(Member.id.desc()).limit(1)) or 0
        rnd = random.Random(f"{seed}:{existing}")
        terms = {kind: terms_in(session, kind) for kind in VOCABULARY_KINDS}
        taken = set(session.scalars(select(Organization.name)))
        made = [(create_in(session, actor, normalize_organization(session, draft, today=today)), groups)
                for draft, groups in _organizations(rnd, organizations, terms, taken, today)]
        orgs = [(org.id, org.founded_on or date(2000, 1, 1), groups) for org, groups in made]
    plan = _lifecycle_plan(n)
    chosen = sorted(rnd.sample(range(min(len(SHOWCASE), n), n), min(len(plan), max(0, n - len(SHOWCASE)))))
    added, picked = _enroll(db, actor, rnd, orgs, n, chosen, seed=seed, existing=existing, today=today)
    moved = [picked[i] for i in chosen if i in picked]
    events = _lifecycle(db, actor, rnd, plan, moved, [o[0] for o in orgs], today)
    return DemoMembersResult(len(orgs), added, events, time.perf_counter() - started)


def _enroll(db: Database, actor: Actor, rnd: random.Random, orgs: list[OrgSlot], n: int, chosen: list[int], *,
            seed: int, existing: int, today: date) -> tuple[int, dict[int, tuple[int, date, int]]]:
    """Check and bulk-enroll ``n`` generated members in one transaction; returns how many and the chosen ones."""
    picked: dict[int, tuple[int, date, int]] = {}  # index → member id, join date, organization id
    added = 0
    if not n or not orgs:
        return added, picked
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        ctx = context_for(session, today)
        connection = session.connection()
        cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        connection.exec_driver_sql(f"PRAGMA cache_size={BULK_CACHE_KIB}")  # inserts into indexes in random order
        try:
            generator = _Generator(rnd, ctx, orgs, set(session.scalars(select(Person.id_number))), existing)
            for start in range(0, n, CHUNK):
                drafts: list[MemberDraft] = []
                for index in range(start, min(n, start + CHUNK)):
                    checked, problems = check_member(generator.draft(index), ctx)
                    if checked is None:
                        raise RuntimeError(f"demo member {index} is invalid: {problems}")
                    drafts.append(checked.draft)
                result = bulk_enroll(session, actor, drafts, source=f"演示数据（种子 {seed}）")
                added += result.members
                for index in chosen:
                    if start <= index < start + len(drafts) and result.first_member_id is not None:
                        d = drafts[index - start]
                        assert d.organization_id is not None and d.join_date is not None
                        picked[index] = (result.first_member_id + index - start, d.join_date, d.organization_id)
        finally:
            connection.exec_driver_sql(f"PRAGMA cache_size={int(cache or -2000)}")
    return added, picked


def _lifecycle(db: Database, actor: Actor, rnd: random.Random, plan: list[str],
               members: list[tuple[int, date, int]], org_ids: list[int], today: date) -> dict[str, int]:
    """Move a few members through the real services, each its own audited transaction."""
    done: dict[str, int] = {}
    rnd.shuffle(members)
    for kind, (member_id, joined, org_id) in zip(plan, members, strict=False):
        when = max(joined, today - timedelta(days=rnd.randrange(540)))
        if kind == "transfer":
            targets = [o for o in org_ids if o != org_id]
            if not targets:
                continue
            transfer_member(db, actor, member_id, when, to_organization_id=rnd.choice(targets),
                            reason="调换工作单位（演示）", today=today)
        elif kind == "transfer_out":
            transfer_member(db, actor, member_id, when, other_union=rnd.choice(OTHER_UNIONS),
                            reason="到外地就业（演示）", today=today)
        elif kind in ("withdraw", "auto_withdraw"):
            withdraw_member(db, actor, member_id, when, automatic=kind == "auto_withdraw",
                            reason="" if kind == "auto_withdraw" else "本人申请退会（演示）", today=today)
        elif kind == "death":
            record_death(db, actor, member_id, when, reason="病故（演示）", today=today)
        else:
            void_member(db, actor, member_id, "重复录入，作废（演示）", today=today)
        done[kind] = done.get(kind, 0) + 1
    return done

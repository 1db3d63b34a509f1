"""演示竞赛: a 安康杯 contest, a skills contest by 工种, knowledge contests and a table-tennis tournament.

Everything goes through the real services, as the demo clerk (周文静) would enter it from the notices
and result lists: competitions with their events, teams of the registered organizations, entrants of
every kind (people, teams, organizations), results typed in rank order with ties (1, 1, 3) and the
competition's own award tiers, then the honours that follow. Dates fall in the previous and the
current year, results never before a competition's start nor after today (early in the year the
current year's dates are squeezed to today, as in the aid demo). The same seed on the same day gives
the same data.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from db import Database
from db.models import Member, Organization, Person
from desktop.services.actor import Actor
from desktop.services.competition_entries import ResultLine, add_entry, create_team, record_results
from desktop.services.competition_queries import events_of
from desktop.services.competition_rules import ranks_for_order
from desktop.services.competitions import CompetitionDraft, EventDraft, create_competition
from desktop.services.honour_rules import HonourDraft
from desktop.services.honours import create_honour

COUNTY_UNION = "云溪县总工会（演示）"
CITY_UNION = "市总工会（演示）"
TOWN_UNION = "星河镇总工会（演示）"
TEAM_GROUPS = ("机修班", "电工班", "装配一班", "质检班", "安保班", "后勤保障班")
OTHER_TOWN_TEAMS = ("城关镇代表队（演示）", "白沙乡代表队（演示）")
ANKANG_TIERS = "优胜单位、优胜班组、优秀组织单位、先进个人"
TT_TIERS = "金奖、银奖、铜奖、优秀奖、优秀组织奖"
Entrant = tuple[int, int | None]  # a person and the organization they represent (None for a non-member)


@dataclass
class DemoCompetitionsResult:
    competitions: int = 0
    events: int = 0
    teams: int = 0
    entries: int = 0
    results: int = 0
    honours: int = 0
    seconds: float = 0.0


@dataclass
class _Placed:
    """An event's entries in finishing order, as recorded: what the honours are given for."""

    competition_id: int
    event_id: int
    entries: list[int]
    ranks: list[int | None]
    awards: list[str]
    entrants: list[int]  # the person, team or organization ids, in the same order
    result_on: date


def short_name(organization: str) -> str:
    """"众诚园林绿化有限公司（演示）" → "众诚园林绿化", for team names."""
    name = organization.replace("（演示）", "")
    return re.sub(r"(股份有限公司|有限责任公司|有限公司)$", "", name) or name


class _Demo:
    """Enters the demo's competitions through the services; every random choice comes from ``rnd``."""

    def __init__(self, db: Database, clerk: Actor, rnd: random.Random, today: date) -> None:
        self.db, self.clerk, self.rnd, self.today = db, clerk, rnd, today
        self.result = DemoCompetitionsResult()
        self.placed: dict[str, _Placed] = {}
        with db.read_session() as session:
            members = list(session.execute(
                select(Person.id, Person.gender, Member.organization_id).join(Member, Member.person_id == Person.id)
                .where(Member.status == "active").order_by(Member.id)))
            member_ids = {pid for pid, _, _ in members}
            others = [(pid, gender, None) for pid, gender in session.execute(
                select(Person.id, Person.gender).order_by(Person.id)) if pid not in member_ids]
            staffed = list(session.execute(
                select(Organization.id, Organization.name, func.count(Member.id))
                .join(Member, Member.organization_id == Organization.id)
                .where(Member.status == "active", Organization.voided.is_(False))
                .group_by(Organization.id).order_by(func.count(Member.id).desc(), Organization.id)))
        # members first; people outside the register (registered by the aid demo) fill in a small ledger
        self.people: list[tuple[int, str, int | None]] = [*members, *others]
        self.staff: dict[int, list[int]] = {}
        for pid, _, org in members:
            self.staff.setdefault(org, []).append(pid)  # type: ignore[arg-type]
        self.orgs: list[tuple[int, str]] = [(oid, name) for oid, name, _ in staffed]
        self.teamable = [(oid, name) for oid, name, count in staffed if count >= 3]

    # ------------------------------------------------------------ helpers

    def on(self, year: int, month: int, day: int, plus: int = 0) -> date:
        """A date, ``plus`` days later, but never after today."""
        return min(date(year, month, day) + timedelta(days=plus), self.today)

    def competition(self, draft: CompetitionDraft, events: Sequence[EventDraft]) -> tuple[int, list[int]]:
        cid = create_competition(self.db, self.clerk, draft, events=list(events))
        self.result.competitions += 1
        self.result.events += len(events)
        return cid, [e.id for e in events_of(self.db, cid)]

    def pick(self, k: int, gender: str = "", exclude: Sequence[int] = ()) -> list[Entrant]:
        pool = [(pid, org) for pid, g, org in self.people if (not gender or g == gender) and pid not in exclude]
        return self.rnd.sample(pool, min(k, len(pool)))

    def enter_people(self, event: int, people: Sequence[Entrant]) -> list[int]:
        self.result.entries += len(people)
        return [add_entry(self.db, self.clerk, event, "person", pid, organization_id=org) for pid, org in people]

    def enter(self, event: int, kind: str, ids: Sequence[int]) -> list[int]:
        self.result.entries += len(ids)
        return [add_entry(self.db, self.clerk, event, kind, i) for i in ids]

    def team(self, cid: int, name: str, org: int | None, size: int, used: set[int]) -> int:
        """A team of ``size`` (the organization's members, else anyone), the first one its captain."""
        staff = [p for p in self.staff.get(org, []) if p not in used] if org is not None else []
        chosen = self.rnd.sample(staff, min(size, len(staff)))
        if len(chosen) < size:
            chosen += [p for p, _ in self.pick(size - len(chosen), exclude=[*used, *chosen])]
        used.update(chosen)
        self.result.teams += 1
        return create_team(self.db, self.clerk, cid, name, organization_id=org,
                           members=[(p, "队长" if i == 0 else "队员") for i, p in enumerate(chosen)])

    def results(self, key: str, cid: int, event: int, entries: list[int], entrants: list[int], when: date, *,
                ties: Sequence[bool] = (), ranked: bool = True, scores: Sequence[str] = (),
                awards: Sequence[str] = ()) -> None:
        """Results typed in finishing order: ``ties[i]`` ties entrant i with the one above (1, 1, 3)."""
        flags = [*ties, *[False] * len(entries)][:len(entries)]
        ranks: list[int | None] = list(ranks_for_order(flags)) if ranked else [None] * len(entries)
        scores = [*scores, *[""] * len(entries)][:len(entries)]
        awards = [*awards, *[""] * len(entries)][:len(entries)]
        lines = [ResultLine(e, scores[i], ranks[i], awards[i]) for i, e in enumerate(entries)]
        self.result.results += record_results(self.db, self.clerk, event, lines, when, today=self.today)
        self.placed[key] = _Placed(cid, event, entries, ranks, list(awards), entrants, when)


def award_by_rank(ranks: Sequence[int | None], tiers: Sequence[tuple[int, str]], rest: str = "") -> list[str]:
    """The award of each rank: ``tiers`` as (best rank, award) — ranks up to it get the award."""
    return [next((award for limit, award in tiers if r is not None and r <= limit), rest) for r in ranks]


def falling_scores(rnd: random.Random, count: int, top: float, ties: Sequence[bool]) -> list[str]:
    """Scores in finishing order (92.5, 92.5, 90.0 …): tied entrants share a score, the others fall."""
    scores: list[float] = []
    for i in range(count):
        tied = i < len(ties) and ties[i] and scores
        scores.append(scores[-1] if tied else (top if not scores else scores[-1] - rnd.choice((0.5, 1.0, 1.5, 2.5))))
    return [f"{s:.1f}" for s in scores]


# ---------------------------------------------------------------- the contests


def _ankang(d: _Demo, year: int) -> None:
    """Last year's county 安康杯: organizations assessed (优胜单位), 班组 of those organizations (优胜班组)."""
    cid, (units, groups) = d.competition(CompetitionDraft(
        f"{year}年度云溪县“安康杯”竞赛", "安康杯竞赛", "县（区、旗）", date(year, 3, 1), date(year, 12, 31),
        organizer=f"{COUNTY_UNION}、云溪县应急管理局（演示）", host=TOWN_UNION, document_number=f"云工发〔{year}〕8号",
        award_tiers=ANKANG_TIERS, note="以“安全生产、健康发展”为主题，全年开展隐患排查、安全培训和应急演练（演示）"),
        [EventDraft("安康杯优胜单位评选", "organization", "年终考核评比"),
         EventDraft("优胜班组", "team", "各单位推荐一线班组参评")])
    orgs = sorted(d.orgs, key=lambda o: "公司" not in o[1])[:6]  # enterprises first
    staffed = {oid for oid, _ in d.teamable}
    entries = d.enter(units, "organization", [o for o, _ in orgs])
    ties = [False, False, False, True]  # the third and fourth assessed equally: 1, 2, 3, 3, 5
    ranks = ranks_for_order(ties + [False] * len(entries))[:len(entries)]
    d.results("ankang_units", cid, units, entries, [o for o, _ in orgs], date(year, 12, 20), ties=ties,
              scores=falling_scores(d.rnd, len(entries), 96.5, ties),
              awards=award_by_rank(ranks, [(2, "优胜单位"), (3, "优秀组织单位")]))
    used: set[int] = set()
    teams = [d.team(cid, f"{short_name(name)}{TEAM_GROUPS[i]}", oid, 4, used)
             for i, (oid, name) in enumerate([o for o in orgs if o[0] in staffed][:4])]
    entries = d.enter(groups, "team", teams)
    ranks = ranks_for_order([False] * len(entries))
    d.results("ankang_groups", cid, groups, entries, teams, date(year, 12, 20),
              scores=falling_scores(d.rnd, len(entries), 95.0, ()), awards=award_by_rank(ranks, [(2, "优胜班组")]))


def _law_quiz(d: _Demo, year: int) -> None:
    """Last year's city law quiz: the town's team came second (全市职工法律知识竞赛第二名)."""
    start = date(year, 11, 18)
    cid, (event,) = d.competition(CompetitionDraft(
        f"{year}年全市职工法律知识竞赛", "知识竞赛", "市", start, start, organizer=f"{CITY_UNION}、市司法局（演示）",
        document_number=f"市工发〔{year}〕31号"), [EventDraft("团体赛", "team", "各乡镇（街道）总工会组队参赛，每队 3 人")])
    used: set[int] = set()
    ours = d.team(cid, "星河镇代表队", None, 3, used)
    others = [create_team(d.db, d.clerk, cid, name) for name in OTHER_TOWN_TEAMS]  # members not in our ledger
    d.result.teams += len(others)
    teams = [others[0], ours, others[1]]
    entries = d.enter(event, "team", teams)
    d.results("law_quiz", cid, event, entries, teams, start, scores=["290", "275", "260"],
              awards=["一等奖", "二等奖", "三等奖"])


def _skills(d: _Demo, year: int) -> None:
    """The city skills contest by 工种: 电工, 焊工, 叉车司机, scored, with a tie for first."""
    start = d.on(year, 4, 20)
    cid, events = d.competition(CompetitionDraft(
        f"{year}年全市职工职业技能竞赛", "职业技能竞赛", "市", start, d.on(year, 4, 22),
        organizer=f"{CITY_UNION}、市人力资源和社会保障局（演示）", host="市技师学院（演示）",
        document_number=f"市工发〔{year}〕12号", note="理论考试占 30%，实际操作占 70%（演示）"),
        [EventDraft(name, "person", note) for name, note in (
            ("电工", "低压电工实际操作"), ("焊工", "手工电弧焊"), ("叉车司机", "场地驾驶与货物码放"))])
    when = max(start, d.on(year, 4, 22))
    used: list[int] = []
    for key, event, size, ties in zip(("电工", "焊工", "叉车司机"), events, (7, 6, 5),
                                      ([False, True], [False, False, True], []), strict=True):
        people = d.pick(size, exclude=used)
        used += [p for p, _ in people]
        entries = d.enter_people(event, people)
        flags = [*ties, *[False] * len(entries)][:len(entries)]
        ranks = ranks_for_order(flags)
        d.results(f"skills_{key}", cid, event, entries, [p for p, _ in people], when, ties=flags,
                  scores=falling_scores(d.rnd, len(entries), d.rnd.choice((92.5, 94.0, 95.5)), flags),
                  awards=award_by_rank(ranks, [(1, "一等奖"), (3, "二等奖"), (5, "三等奖")], "优秀奖"))


def _safety_quiz(d: _Demo, year: int) -> None:
    """The county's 安全生产知识竞赛 in 安全生产月: a team round and an individual online round."""
    start = d.on(year, 6, 10)
    cid, (teams_event, single) = d.competition(CompetitionDraft(
        f"{year}年“安康杯”安全生产知识竞赛", "知识竞赛", "县（区、旗）", start, d.on(year, 6, 12),
        organizer=COUNTY_UNION, host=TOWN_UNION, document_number=f"云工发〔{year}〕15号"),
        [EventDraft("团体赛", "team", "必答题、抢答题、风险题"), EventDraft("个人赛", "person", "线上答题")])
    when = max(start, d.on(year, 6, 12))
    used: set[int] = set()
    teams = [d.team(cid, f"{short_name(name)}代表队", oid, 3, used) for oid, name in d.teamable[1:5]]
    entries = d.enter(teams_event, "team", teams)
    ranks = ranks_for_order([False] * len(entries))
    d.results("safety_teams", cid, teams_event, entries, teams, when, scores=["285", "270", "255", "240"],
              awards=award_by_rank(ranks, [(1, "一等奖"), (2, "二等奖"), (3, "三等奖")], "优秀奖"))
    people = d.pick(8)
    entries = d.enter_people(single, people)
    ties = [False, False, True]  # second place shared: 1, 2, 2, 4
    ranks = ranks_for_order([*ties, *[False] * len(entries)][:len(entries)])
    d.results("safety_single", cid, single, entries, [p for p, _ in people], when, ties=ties,
              scores=[str(s) for s in (100, 98, 98, 96, 95, 93, 92, 90)][:len(entries)],
              awards=award_by_rank(ranks, [(1, "一等奖"), (3, "二等奖"), (6, "三等奖")], "优秀奖"))


def _table_tennis(d: _Demo, year: int) -> None:
    """The town's table-tennis tournament: singles with shared third places, a team event, 优秀组织奖."""
    start = d.on(year, 4, 27)
    cid, (men, women, team_event, organizing) = d.competition(CompetitionDraft(
        f"{year}年星河镇“迎五一”职工乒乓球比赛", "职工文体比赛", "乡镇（街道）", start, d.on(year, 4, 29),
        organizer=TOWN_UNION, host="星河镇文化体育服务中心（演示）", award_tiers=TT_TIERS),
        [EventDraft("男子单打"), EventDraft("女子单打"), EventDraft("团体赛", "team", "每队 3 人，五场三胜"),
         EventDraft("优秀组织奖", "organization", "组织参赛积极的单位")])
    first, second = max(start, d.on(year, 4, 28)), max(start, d.on(year, 4, 29))
    singles_awards = ["金奖", "银奖", "铜奖", "铜奖", "优秀奖", "优秀奖", "优秀奖", "优秀奖"]
    singles_ties = [False, False, False, True, False, True, True, True]  # 1, 2, 3, 3, 5, 5, 5, 5
    for key, event, gender, size in (("tt_men", men, "男", 8), ("tt_women", women, "女", 6)):
        people = d.pick(size, gender)
        entries = d.enter_people(event, people)
        d.results(key, cid, event, entries, [p for p, _ in people], first, ties=singles_ties[:len(entries)],
                  scores=["决赛 3:1", "决赛 1:3"], awards=singles_awards[:len(entries)])
    used: set[int] = set()
    clubs = d.teamable[:5]
    teams = [d.team(cid, f"{short_name(name)}队", oid, 3, used) for oid, name in clubs]
    entries = d.enter(team_event, "team", teams)
    d.results("tt_teams", cid, team_event, entries, teams, second, ties=[False, False, False, True],
              scores=["3:1", "1:3", "", ""], awards=["金奖", "银奖", "铜奖", "铜奖", "优秀奖"])
    organizers = [oid for oid, _ in clubs[:3]]
    entries = d.enter(organizing, "organization", organizers)
    d.results("tt_organizing", cid, organizing, entries, organizers, second, ranked=False,
              awards=["优秀组织奖"] * len(entries))


def _honours(d: _Demo) -> None:
    """The honours that followed: 技术能手 for the skills winners, 安康杯 titles, 优秀组织奖, then two not
    tied to a competition — a city 五一劳动奖章 for a member and a 工人先锋号 for the best 班组."""
    def give(title: str, level: str, on: date, kind: str, recipient: int, body: str, number: str,
             placed: _Placed | None = None, entry: int | None = None, note: str = "") -> None:
        ids = {"person_id": recipient} if kind == "person" else {"team_id": recipient} if kind == "team" \
            else {"organization_id": recipient}
        create_honour(d.db, d.clerk, HonourDraft(
            title, level, on, kind, granting_body=body, document_number=number, note=note,
            competition_id=placed.competition_id if placed else None, entry_id=entry, **ids), today=d.today)  # type: ignore[arg-type]
        d.result.honours += 1

    def winners(key: str, award: str = "", rank: int | None = None) -> list[tuple[int, int]]:
        placed = d.placed.get(key)
        if placed is None:
            return []
        return [(entry, entrant) for entry, entrant, r, a in zip(placed.entries, placed.entrants, placed.ranks,
                                                                  placed.awards, strict=True)
                if (not award or a == award) and (rank is None or r == rank)]

    year = d.today.year
    for key in ("skills_电工", "skills_焊工", "skills_叉车司机"):
        placed = d.placed[key]
        when = min(placed.result_on + timedelta(days=20), d.today)
        for entry, person in winners(key, rank=1):
            give("技术能手", "市", when, "person", person, f"{CITY_UNION}、市人力资源和社会保障局（演示）",
                 f"市人社发〔{year}〕27号", placed, entry, f"{key.removeprefix('skills_')}第一名")
    ankang = d.placed["ankang_units"]
    for entry, org in winners("ankang_units", "优胜单位"):
        give("安康杯优胜单位", "县（区、旗）", date(year - 1, 12, 28), "organization", org,
             f"{COUNTY_UNION}、云溪县应急管理局（演示）", f"云工发〔{year - 1}〕40号", ankang, entry)
    for entry, team in winners("ankang_groups", "优胜班组"):
        give("安康杯优胜班组", "县（区、旗）", date(year - 1, 12, 28), "team", team,
             f"{COUNTY_UNION}、云溪县应急管理局（演示）", f"云工发〔{year - 1}〕40号", d.placed["ankang_groups"], entry)
    organizing = d.placed["tt_organizing"]
    for entry, org in winners("tt_organizing", "优秀组织奖"):
        give("优秀组织奖", "乡镇（街道）", organizing.result_on, "organization", org, TOWN_UNION,
             f"星工发〔{year}〕9号", organizing, entry)
    labour_day = d.on(year, 4, 28)
    members = [pid for pid, _, org in d.people if org is not None]
    if members:
        give("五一劳动奖章", "市", labour_day, "person", d.rnd.choice(members), CITY_UNION, f"市工发〔{year}〕10号",
             note="扎根一线二十年，带出徒弟三十余名（演示）")
    best_groups = winners("ankang_groups", rank=1)
    if best_groups:
        give("工人先锋号", "县（区、旗）", labour_day, "team", best_groups[0][1], COUNTY_UNION, f"云工发〔{year}〕11号",
             note="班组安全生产连续三年零事故（演示）")


def add_demo_competitions(db: Database, clerk: Actor, *, seed: int, today: date | None = None) -> DemoCompetitionsResult:
    """Competitions of every kind across the previous and the current year, then their honours."""
    started = time.perf_counter()
    today = today or date.today()
    demo = _Demo(db, clerk, random.Random(f"competitions:{seed}"), today)
    if len(demo.people) >= 3:  # a ledger with nobody in it gets no competitions
        _ankang(demo, today.year - 1)
        _law_quiz(demo, today.year - 1)
        _skills(demo, today.year)
        _table_tennis(demo, today.year)
        _safety_quiz(demo, today.year)
        _honours(demo)
    demo.result.seconds = time.perf_counter() - started
    return demo.result

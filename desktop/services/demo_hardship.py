"""演示困难职工档案: a dozen files of every 困难类别 and status, opened, reviewed and moved through the service.

Called by ``demo_aid`` before the aid is entered, for the people who then receive 医疗救助 and 金秋助学.
The figures are chosen so that ``hardship_rules.classify`` (with the demo's 低保 line of 800 元) gives the
intended category; dates are relative to today, so a few reviews (复核) always fall due within 30 days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from db import Database
from desktop.domain.id_number import check_character
from desktop.services.actor import Actor
from desktop.services.hardship import create_file
from desktop.services.hardship_lifecycle import change_status, review_file
from desktop.services.hardship_rules import FamilyMemberDraft, HardshipDraft


@dataclass(frozen=True)
class Worker:
    """Someone a file is opened for: a member (with their organization) or a non-member (with a work unit)."""

    name: str
    id_number: str
    organization_id: int | None = None
    work_unit: str = ""


@dataclass(frozen=True)
class Relative:
    name: str
    relation: str
    age: int  # years, for a fictitious resident ID
    income_yuan: int = 0
    health: str = "健康"
    work_or_school: str = ""


@dataclass(frozen=True)
class FileSpec:
    main_reason: str
    others: tuple[str, ...]
    own_monthly_yuan: int
    other_annual_yuan: int
    rigid_yuan: int
    household: int
    health: str
    work_status: str
    housing: str
    marital: str
    opened_days_ago: int  # 365 - n: the yearly review falls due in n days
    family: tuple[Relative, ...] = ()
    single_parent: bool = False
    zero_employment: bool = False
    disability: str = ""
    reviewed_days_ago: int | None = None
    status: str = "open"  # where the file ends: open, phasing_out, out, closed
    status_days_ago: int = 0
    status_reason: str = ""
    note: str = ""


SPOUSE_M, SPOUSE_F = ("陈国栋", "刘建华", "赵志刚", "孙永强"), ("李秀珍", "王桂兰", "张丽娟", "周玉梅")
# With a 低保 line of 800 元 the monthly per-capita disposable income decides: < 800 深度困难, < 1,600 相对困难;
# above that, a disaster or an accident among the reasons makes it 意外致困. The first five cover every
# category and status, so a small demo shows them all too.
SPECS = (
    FileSpec("患重特大疾病", ("子女上学",), 1_500, 6_000, 8_000, 3, "患大病", "病休", "自有住房", "已婚", 365 - 12,
             (Relative("", "配偶", 45, 6_000, "一般", "星河镇农贸市场（演示）"), Relative("", "子女", 16, 0, "健康", "云溪县第一中学（演示）")),
             note="本人患尿毒症，长期透析（演示）"),
    FileSpec("有劳动能力未就业", ("子女上学",), 2_600, 4_000, 3_000, 2, "健康", "失业", "租房", "离异", 700,
             (Relative("", "子女", 12, 0, "健康", "星河镇中心小学（演示）"),), single_parent=True, reviewed_days_ago=335,
             status="phasing_out", status_days_ago=60, status_reason="本人再就业后收入增加，进入渐退期（一年）"),
    FileSpec("遭受意外事故", ("患重特大疾病",), 5_000, 30_000, 20_000, 3, "残疾", "病休", "自有住房", "已婚", 100,
             (Relative("", "配偶", 40, 30_000, "健康", "星河镇卫生院（演示）"), Relative("", "子女", 9, 0, "健康", "星河镇中心小学（演示）")),
             disability="肢体残疾三级", note="工伤事故致残，正在申请工伤认定（演示）"),
    FileSpec("下岗失业", ("子女上学",), 2_000, 18_000, 2_000, 3, "健康", "下岗", "自有住房", "已婚", 690,
             (Relative("", "配偶", 46, 18_000, "健康", "灵活就业"), Relative("", "子女", 19, 0, "健康", "云溪职业技术学院（演示）")),
             reviewed_days_ago=330, status="out", status_days_ago=90,
             status_reason="本人实现稳定就业，家庭月人均收入超过低保标准两倍，脱困"),
    FileSpec("患重特大疾病", (), 1_200, 0, 6_000, 1, "患大病", "病休", "租房", "丧偶", 650, status="closed",
             status_days_ago=200, status_reason="本人随子女迁往外省居住，档案移交，销档"),
    FileSpec("无劳动能力", ("未参加社会保险",), 800, 3_600, 4_000, 2, "残疾", "病休", "公租房", "已婚", 200,
             (Relative("", "配偶", 52, 3_600, "长期慢性病", "无业"),), disability="视力残疾二级", reviewed_days_ago=None,
             zero_employment=True),
    FileSpec("下岗失业", ("未参加社会保险",), 0, 9_600, 1_000, 3, "健康", "失业", "租房", "已婚", 365 - 5,
             (Relative("", "配偶", 41, 9_600, "一般", "灵活就业"), Relative("", "子女", 14, 0, "健康", "星河镇中学（演示）")),
             note="夫妻双方均无稳定工作（演示）"),
    FileSpec("子女上学", ("其他",), 3_000, 20_000, 12_000, 4, "一般", "在岗", "自有住房", "已婚", 300,
             (Relative("", "配偶", 44, 20_000, "长期慢性病", "星河镇卫生院（演示）"),
              Relative("", "子女", 20, 0, "健康", "浙江某大学（演示）"), Relative("", "子女", 17, 0, "健康", "云溪县第一中学（演示）"))),
    FileSpec("患重特大疾病", ("子女上学",), 3_200, 12_000, 14_000, 3, "一般", "在岗", "自有住房", "已婚", 365 - 25,
             (Relative("", "配偶", 38, 12_000, "患大病", "无业"), Relative("", "子女", 10, 0, "健康", "星河镇中心小学（演示）")),
             note="配偶患乳腺癌，正在化疗（演示）"),
    FileSpec("遭受自然灾害", (), 4_500, 36_000, 10_000, 3, "健康", "农民工", "自建房", "已婚", 365 + 20,
             (Relative("", "配偶", 39, 36_000, "健康", "云溪县某服装厂（演示）"), Relative("", "子女", 6, 0, "健康", "星河镇幼儿园（演示）")),
             note="台风致房屋倒塌（演示）"),
    FileSpec("社会保险待遇落实不到位", (), 2_800, 6_000, 5_000, 2, "长期慢性病", "内退", "自有住房", "已婚", 720,
             (Relative("", "配偶", 57, 6_000, "一般", "退休"),), reviewed_days_ago=360, status="out", status_days_ago=40,
             status_reason="养老金待遇补发到位，脱困"),
    FileSpec("遭受意外事故", ("患重特大疾病",), 4_800, 24_000, 8_000, 3, "一般", "在岗", "自有住房", "已婚", 400,
             (Relative("", "配偶", 36, 24_000, "健康", "星河镇某超市（演示）"), Relative("", "子女", 11, 0, "健康", "星河镇中心小学（演示）")),
             reviewed_days_ago=35, status="phasing_out", status_days_ago=25, status_reason="伤愈复工，进入渐退期（一年）"),
)
CHILDREN = ("小宇", "小雨", "思琪", "浩然", "子涵", "梓萱", "一鸣", "欣怡")


def _relative_id(today: date, age: int, serial: int) -> str:
    birth = today - timedelta(days=int(365.25 * age) + 40 + serial * 17)
    body = f"330183{birth:%Y%m%d}{800 + serial % 100:03d}"
    return body + check_character(body)


def _family(spec: FileSpec, worker: Worker, index: int, today: date) -> tuple[FamilyMemberDraft, ...]:
    surname = worker.name[0] if "·" not in worker.name else "李"
    family = []
    for j, r in enumerate(spec.family):
        if r.relation == "配偶":
            name = (SPOUSE_M + SPOUSE_F)[(index + j) % 8]
        else:
            name = surname + CHILDREN[(index * 3 + j) % len(CHILDREN)]
        family.append(FamilyMemberDraft(name, r.relation, _relative_id(today, r.age, index * 5 + j),
                                        r.income_yuan * 100, r.health, r.work_or_school))
    return tuple(family)


def add_demo_hardship(db: Database, clerk: Actor, workers: list[Worker], today: date) -> list[int]:
    """Open one file per worker (up to a dozen), review some and move some on; returns the files' ids."""
    ids: list[int] = []
    for index, (spec, worker) in enumerate(zip(SPECS, workers, strict=False)):
        opened = today - timedelta(days=spec.opened_days_ago)
        draft = HardshipDraft(
            name=worker.name, id_number=worker.id_number, main_reason=spec.main_reason, opened_on=opened,
            organization_id=worker.organization_id, work_unit=worker.work_unit,
            file_number=f"XHKN{opened.year}{index + 1:03d}", health=spec.health, disability=spec.disability,
            work_status=spec.work_status, model_worker="无", housing=spec.housing, marital_status=spec.marital,
            medical_insurance="城乡居民医保" if spec.work_status == "农民工" else "职工医保",
            single_parent=spec.single_parent, zero_employment=spec.zero_employment,
            other_reasons=tuple(r for r in spec.others if r != spec.main_reason),
            own_monthly_income_fen=spec.own_monthly_yuan * 100, other_annual_income_fen=spec.other_annual_yuan * 100,
            rigid_spending_fen=spec.rigid_yuan * 100, household_size=spec.household,
            bank_name="云溪农商银行星河支行（演示）", bank_account=f"62309{index + 1:03d}{(index * 7_919) % 10**8:08d}",
            note=spec.note, family=_family(spec, worker, index, today))
        file_id = create_file(db, clerk, draft, today=today).id
        if spec.reviewed_days_ago is not None:
            review_file(db, clerk, file_id, today - timedelta(days=spec.reviewed_days_ago), note="家庭情况核实无变化",
                        today=today)
        if spec.status != "open":
            change_status(db, clerk, file_id, spec.status, today - timedelta(days=spec.status_days_ago),
                          spec.status_reason, today=today)
        ids.append(file_id)
    return ids

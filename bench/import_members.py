"""Import of a large member roster, end to end through the CLI, against a floor pipeline.

The floor, run in the same process as a fresh interpreter like the CLI: python-calamine reads the
same .xlsx, and raw ``sqlite3`` ``executemany`` writes the same rows' fields into the same tables
(person, member) of a copy of the same ledger, with no checks at all.  The app does everything a
clerk relies on: header detection, every cell converted, every row checked (ID check digit,
vocabularies, dates, duplicates in the file and against the ledger), search keys and name pieces,
the membership event, one audit event, one transaction.

Usage: python bench/import_members.py [--rows 100000] [--runs 3] [--keep DIR]
Reports median wall time of each, the ratio app/floor and the app's peak RSS (ru_maxrss of the child).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬斌宇浩凯健俊帆帅旭宁龙林欣"
REGIONS = ("110105", "310104", "330102", "440305", "510107", "340524", "420106", "610113")
HEADER = ["序号", "姓名", "性别", "民族", "身份证号码", "政治面貌", "手机号码", "工作单位", "是否农民工", "新就业形态群体",
          "入会时间", "会员卡号"]
APP = """\
import resource, sys
from desktop.cli import main
code = main(sys.argv[1:])
print("RSS", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
sys.exit(code)
"""
FLOOR = r"""
import sqlite3, sys, uuid
from python_calamine import CalamineWorkbook
book = CalamineWorkbook.from_path(sys.argv[1])
rows = book.get_sheet_by_index(0).to_python()
header = rows[1]
data = rows[2:]
conn = sqlite3.connect(sys.argv[2])
org = dict(conn.execute("SELECT name, id FROM organization"))
cur = conn.cursor()
cur.execute("BEGIN IMMEDIATE")
start = (cur.execute("SELECT coalesce(max(id), 0) FROM person").fetchone()[0]) + 1
people = [(start + i, r[1], "居民身份证", r[4], r[4][::-1], r[2], r[3], r[6], r[5], str(uuid.uuid4()),
           "2026-01-01 00:00:00", "2026-01-01 00:00:00") for i, r in enumerate(data)]
cur.executemany("INSERT INTO person (id, name, id_type, id_number, id_number_rev, gender, ethnicity, phone, political_status, "
                "uuid, created_at, updated_at, birth_date, household_type, household_place, education, skill_level, name_initials) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,NULL,'','','','','')", people)
members = [(start + i, org[r[7]], str(r[10])[:10], r[11], r[8] == "是", r[9] or "", str(uuid.uuid4()),
            "2026-01-01 00:00:00", "2026-01-01 00:00:00") for i, r in enumerate(data)]
cur.executemany("INSERT INTO member (person_id, organization_id, join_date, card_number, is_migrant_worker, "
                "new_employment_group, uuid, created_at, updated_at, employment_status, status) "
                "VALUES (?,?,?,?,?,?,?,?,?,'','active')", members)
conn.commit()
import resource
print(len(data))
print("RSS", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def make_roster(path: Path, rows: int, orgs: list[str]) -> None:
    from openpyxl import Workbook

    from desktop.domain.id_number import check_character

    rnd = random.Random(7)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("花名册")
    sheet.append(["星河镇总工会会员花名册（基准测试，虚构数据）"])
    sheet.append(HEADER)
    groups = ["", "", "", "", "快递员", "外卖配送员", "网约车司机", "货车司机"]
    seen: set[str] = set()
    for i in range(rows):
        while True:
            birth = date(1966, 1, 1) + timedelta(days=rnd.randrange(0, 365 * 38))
            body = f"{rnd.choice(REGIONS)}{birth:%Y%m%d}{rnd.randrange(1000):03d}"
            if body not in seen:
                seen.add(body)
                break
        number = body + check_character(body)
        gender = "男" if int(body[16]) % 2 else "女"
        name = rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2, 2))))
        earliest = max(date(birth.year + 18, birth.month, 1), date(2000, 1, 1))
        joined = earliest + timedelta(days=rnd.randrange(0, max(1, (date(2026, 6, 30) - earliest).days)))
        sheet.append([i + 1, name, gender, "汉族", number, rnd.choice(["群众", "中共党员", "共青团员"]),
                      f"139{rnd.randrange(10**8):08d}", rnd.choice(orgs), rnd.choice(["是", "否"]),
                      rnd.choice(groups), joined, f"XH{i + 1:07d}"])
    book.save(path)


def make_ledger(folder: Path, orgs: list[str]) -> Path:
    from db import open_database
    from desktop.services.auth import login
    from desktop.services.demo import create_demo
    from desktop.services.organizations import OrganizationDraft, create_organization

    shutil.rmtree(folder, ignore_errors=True)
    db = open_database(folder / "ledger.sqlite3", folder / "backups")
    try:
        create_demo(db)
        clerk = login(db, "clerk", "demo1234")
        for name in orgs:
            create_organization(db, clerk, OrganizationDraft(name=name))
    finally:
        db.close()
    return folder / "ledger.sqlite3"


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MB (printed by the child itself as its last line), and its last output line."""
    start = time.perf_counter()
    proc = subprocess.run(argv, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"child failed ({proc.returncode}): {proc.stderr[-2000:]}")
    lines = proc.stdout.strip().splitlines()
    peak = float(lines[-1].split()[1]) / 1024 if lines and lines[-1].startswith("RSS ") else 0.0
    return elapsed, peak, lines[-2] if len(lines) > 1 else ""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the roster and ledgers in this folder")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="ul-import-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    orgs = [f"星河第{i}机械有限公司（演示）" for i in range(1, 41)]
    roster = work / f"roster-{args.rows}.xlsx"
    if not roster.exists():
        t = time.perf_counter()
        make_roster(roster, args.rows, orgs)
        print(f"roster written in {time.perf_counter() - t:.1f} s ({roster.stat().st_size / 1e6:.1f} MB)")
    template = make_ledger(work / "template", orgs)
    env = {**os.environ, "UNION_LEDGER_PASSWORD": "demo1234", "PYTHONPYCACHEPREFIX": str(work / "pycache")}
    app_times, floor_times, rss = [], [], []
    for run in range(args.runs):
        for variant in ("floor", "app"):
            folder = work / f"{variant}-{run}"
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            shutil.copy(template, folder / "ledger.sqlite3")
            if variant == "floor":
                seconds, peak, last = timed([sys.executable, "-c", FLOOR, str(roster), str(folder / "ledger.sqlite3")], env)
                floor_times.append(seconds)
            else:
                argv = [sys.executable, "-c", APP, "--data-dir", str(folder), "--user", "clerk",
                        "import", "members", str(roster)]
                seconds, peak, last = timed(argv, env)
                app_times.append(seconds)
                rss.append(peak)
            print(f"run {run + 1} {variant:<5} {seconds:6.2f} s  {peak:5.0f} MB  {last}")
    floor, app = statistics.median(floor_times), statistics.median(app_times)
    print(f"\nrows={args.rows} runs={args.runs}")
    print(f"floor (calamine + sqlite3 executemany): median {floor:.2f} s")
    print(f"app   (union-ledger import members):   median {app:.2f} s, peak RSS {max(rss):.0f} MB")
    print(f"ratio app/floor: {app / floor:.2f}x (goal <= 1.5x); peak RSS goal <= 300 MB")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

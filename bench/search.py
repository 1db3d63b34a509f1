"""Member search at 300 000 members: p50 / p90 / max for each kind of search the 会员 page runs.

The ledger is built once with the demo generator (``add_demo_members``: realistic names, valid IDs,
phones, cards, every group, some transfers and withdrawals), or reused with ``--reuse DIR``.
Query texts are sampled from the ledger's own active members with a fixed seed, so each query
finds something, as when a clerk looks up a person they know. Each query is timed twice,
separately: ``search_members(query, limit=200)`` (the first page the table shows) and
``count_members(query)`` (the count beside the search box); each call opens its own read session,
as the page does. A few warm-up queries run first (the page is used with a warm cache).

Goals (issue [B]): p90 < 5 ms for whole ID, ID last 4/6, 1-character name prefix, 2-character
name piece and pinyin initials; p90 < 50 ms for every kind.

Usage: python bench/search.py [--members 300000] [--queries 200] [--reuse DIR] [--plans] [--json] [--check]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FAST, SLOW = 5.0, 50.0  # ms


@dataclass
class Kind:
    key: str
    label: str
    goal_ms: float
    queries: list[object] = field(default_factory=list)  # MemberQuery objects
    search_ms: list[float] = field(default_factory=list)
    count_ms: list[float] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    counts: list[int] = field(default_factory=list)


def build(folder: Path, members: int) -> float:
    from db import open_database
    from desktop.services.demo import create_demo, populate_demo

    folder.mkdir(parents=True, exist_ok=True)
    db = open_database(folder / "ledger.sqlite3", folder / "backups")
    try:
        create_demo(db)
        result = populate_demo(db, members)
    finally:
        db.close()
    with closing(sqlite3.connect(folder / "ledger.sqlite3")) as conn:  # leave one self-contained file
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return result.seconds


Person_ = tuple[str, str, str, str, str]  # name, id_number, phone, initials, card


def _sample(db_file: Path, n: int, seed: int) -> tuple[list[Person_], list[int]]:
    """(name, id_number, phone, initials, card) of ``n`` random active members."""
    conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        top = conn.execute("SELECT max(id) FROM member").fetchone()[0] or 0
        rnd = random.Random(seed)
        ids = rnd.sample(range(1, top + 1), min(top, n * 3))
        marks = ",".join("?" * len(ids))
        rows = conn.execute(
            "SELECT p.name, p.id_number, p.phone, p.name_initials, coalesce(m.card_number, '') FROM member m "
            f"JOIN person p ON p.id = m.person_id WHERE m.status = 'active' AND m.id IN ({marks})", ids).fetchall()
        org_ids = [r[0] for r in conn.execute("SELECT id FROM organization WHERE voided = 0")]
    finally:
        conn.close()
    rnd.shuffle(rows)
    return rows[:n], org_ids


def _piece(rnd: random.Random, name: str, size: int) -> str:
    chars = list(name.replace("·", ""))
    start = rnd.randrange(len(chars) - size + 1)
    return "".join(chars[start:start + size])


def make_kinds(db_file: Path, queries: int, seed: int) -> list[Kind]:
    from desktop.services.member_search import GROUP_MIGRANT, GROUP_WOMEN, MemberQuery

    people, org_ids = _sample(db_file, queries, seed)
    rnd = random.Random(seed + 1)
    longer = [p for p in people if len(p[0].replace("·", "")) >= 3] or people
    with_card = [p for p in people if p[4]] or people
    with_phone = [p for p in people if p[2]] or people

    def texts(pick: Callable[[Person_], str], pool: list[Person_]) -> list[object]:
        return [MemberQuery(text=pick(pool[i % len(pool)])) for i in range(queries)]

    this_year = date(date.today().year, 1, 1)
    filters: list[tuple[str, str, Callable[[int], object]]] = [
        ("filter_org", "filter: one organization", lambda i: MemberQuery(organization_id=org_ids[i % len(org_ids)])),
        ("filter_migrant", "filter: group 农民工", lambda i: MemberQuery(group=GROUP_MIGRANT)),
        ("filter_women", "filter: group 女职工", lambda i: MemberQuery(group=GROUP_WOMEN)),
        ("filter_courier", "filter: group 快递员", lambda i: MemberQuery(group="快递员")),
        ("filter_joined", "filter: joined this year", lambda i: MemberQuery(joined_from=this_year)),
        ("filter_all", "filter: every status", lambda i: MemberQuery(status=None)),
    ]
    kinds = [
        Kind("id_whole", "ID number, whole", FAST, texts(lambda p: p[1], people)),
        Kind("id_last4", "ID number, last 4", FAST, texts(lambda p: p[1][-4:].lower(), people)),
        Kind("id_last6", "ID number, last 6", FAST, texts(lambda p: p[1][-6:].lower(), people)),
        Kind("name_prefix", "name prefix, 1 character", FAST, texts(lambda p: p[0][0], people)),
        Kind("name_piece2", "name piece, 2 characters", FAST, texts(lambda p: _piece(rnd, p[0], 2), people)),
        Kind("name_sub3", "name substring, 3 characters", SLOW, texts(lambda p: _piece(rnd, p[0], 3), longer)),
        Kind("pinyin", "pinyin initials prefix (2–3)", FAST,
             texts(lambda p: p[3][:rnd.choice((2, 3))], [p for p in people if len(p[3]) >= 2] or people)),
        Kind("phone_prefix", "phone, first 7 digits", SLOW, texts(lambda p: p[2][:7], with_phone)),
        Kind("phone_whole", "phone, whole", SLOW, texts(lambda p: p[2], with_phone)),
        Kind("card", "card number, whole", SLOW, texts(lambda p: p[4], with_card)),
        Kind("first_page", "no text (first paint)", SLOW, [MemberQuery()] * queries),
    ]
    per_filter = max(10, queries // 5)
    kinds += [Kind(key, label, SLOW, [make(i) for i in range(per_filter)]) for key, label, make in filters]
    return kinds


def run(db_file: Path, kinds: list[Kind], warmup: int) -> None:
    from db import open_database
    from desktop.services import member_search

    db = open_database(db_file, db_file.parent / "backups", check=False)
    try:
        for kind in kinds:  # warm the page cache and the pool
            for query in kind.queries[:warmup]:
                member_search.search_members(db, query, limit=200)  # type: ignore[arg-type]
                member_search.count_members(db, query)  # type: ignore[arg-type]
        for kind in kinds:
            for query in kind.queries:
                start = time.perf_counter()
                rows = member_search.search_members(db, query, limit=200)  # type: ignore[arg-type]
                middle = time.perf_counter()
                count = member_search.count_members(db, query)  # type: ignore[arg-type]
                end = time.perf_counter()
                kind.search_ms.append((middle - start) * 1000)
                kind.count_ms.append((end - middle) * 1000)
                kind.rows.append(len(rows))
                kind.counts.append(count)
    finally:
        db.close()


def _stats(values: list[float]) -> tuple[float, float, float]:
    ordered = sorted(values)
    p90 = ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]
    return statistics.median(ordered), p90, ordered[-1]


def report(kinds: list[Kind]) -> bool:
    print("\n| kind | goal p90 | first page p50 / p90 / max ms | count p50 / p90 / max ms | rows (median) "
          "| count (median) | met |")
    print("|---|---:|---:|---:|---:|---:|:---:|")
    all_met = True
    for k in kinds:
        s, c = _stats(k.search_ms), _stats(k.count_ms)
        met = s[1] < k.goal_ms
        all_met &= met
        example = getattr(k.queries[0], "text", "")
        label = f"{k.label} (`{example}`)" if example else k.label
        print(f"| {label} | < {k.goal_ms:.0f} | {s[0]:.2f} / {s[1]:.2f} / {s[2]:.1f} | {c[0]:.2f} / {c[1]:.2f} / "
              f"{c[2]:.1f} | {statistics.median(k.rows):.0f} | {statistics.median(k.counts):.0f} "
              f"| {'yes' if met else '**no**'} |")
    print("\n'met' compares the first page's p90 with the goal; counts are shown beside it.")
    return all_met


def plans(db_file: Path, kinds: list[Kind]) -> None:
    """EXPLAIN QUERY PLAN of every SELECT the service runs for the first query of each kind.

    The statements are captured as the service sends them, so this follows the service as it changes.
    """
    from sqlalchemy import event

    from db import open_database
    from desktop.services import member_search

    db = open_database(db_file, db_file.parent / "backups", check=False)
    captured: list[tuple[str, object]] = []

    def grab(_conn: object, _cursor: object, statement: str, parameters: object, *_rest: object) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            captured.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", grab)
    raw = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        for kind in kinds:
            query = kind.queries[0]
            for what, call in (("page", member_search.search_members), ("count", member_search.count_members)):
                captured.clear()
                call(db, query)  # type: ignore[operator]
                print(f"\n-- {kind.label} [{what}] {query}")
                for number, (statement, parameters) in enumerate(list(captured), start=1):
                    for row in raw.execute("EXPLAIN QUERY PLAN " + statement, parameters):  # type: ignore[arg-type]
                        print(f"   {number}: {row[3]}")
    finally:
        raw.close()
        db.close()


def machine() -> dict[str, str]:
    cpu = ""
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        cpu = platform.processor()
    return {"cpus": str(os.cpu_count()), "cpu": cpu, "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version, "platform": platform.platform()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--members", type=int, default=300_000)
    parser.add_argument("--queries", type=int, default=200, help="queries per kind")
    parser.add_argument("--reuse", type=Path, help="use the ledger in DIR (built there first if missing)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--warmup", type=int, default=5, help="untimed queries per kind first")
    parser.add_argument("--plans", action="store_true", help="print EXPLAIN QUERY PLAN for each kind")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--check", action="store_true", help="exit 1 if a goal is missed")
    args = parser.parse_args()

    folder = args.reuse or Path(tempfile.mkdtemp(prefix="ul-search-bench-"))
    db_file = folder / "ledger.sqlite3"
    try:
        if db_file.exists():
            print(f"reusing {db_file} ({db_file.stat().st_size / 1e6:.0f} MB)")
        else:
            seconds = build(folder, args.members)
            print(f"built {args.members} demo members in {seconds:.1f} s ({db_file.stat().st_size / 1e6:.0f} MB)")
        with sqlite3.connect(f"file:{db_file}?mode=ro", uri=True) as conn:
            total = conn.execute("SELECT count(*) FROM member").fetchone()[0]
        info = machine()
        print(f"members in ledger: {total}; {info['cpus']} CPUs, {info['cpu']}; Python {info['python']}, "
              f"SQLite {info['sqlite']}")
        kinds = make_kinds(db_file, args.queries, args.seed)
        run(db_file, kinds, args.warmup)
        ok = report(kinds)
        if args.plans:
            plans(db_file, kinds)
        if args.json:
            print(json.dumps({"members": total, "machine": info, "kinds": [
                {"key": k.key, "goal_ms": k.goal_ms, "search_ms": _stats(k.search_ms), "count_ms": _stats(k.count_ms)}
                for k in kinds]}, ensure_ascii=False, indent=1))
    finally:
        if args.reuse is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 1 if args.check and not ok else 0


if __name__ == "__main__":
    sys.exit(main())

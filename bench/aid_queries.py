"""The 帮扶 page's queries on a large ledger: what a clerk waits for after every save.

Builds a demo ledger (200 members, the demo's aid) and adds ``--records`` disbursements spread over
campaigns, persons and statuses with one executemany (the generator is not what is measured), then
times, each ``--runs`` times: the totals bar (aid_totals by category / campaign / fund source for the
year), the 活动 tab (list_campaigns with budget figures), the approval queue (``--pending`` waiting),
the first page of the 发放记录 list (500 rows, no filter and a name search), and the double-aid check
behind one new entry (create_disbursement).

Usage: python bench/aid_queries.py [--records 100000] [--pending 2000] [--runs 7] [--keep DIR]
"""

from __future__ import annotations

import argparse
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _fill(path: Path, records: int, pending: int, seed: int = 7) -> None:
    """Add ``records`` disbursements (``pending`` of them submitted, the rest approved or paid)."""
    rnd = random.Random(seed)
    with sqlite3.connect(path) as conn:
        persons = [r[0] for r in conn.execute("SELECT id FROM person")]
        campaigns = conn.execute("SELECT id, kind, fund_source, starts_on FROM aid_campaign").fetchall()
        now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
        rows = []
        for i in range(records):
            cid, kind, source, starts = rnd.choice(campaigns)
            day = date.fromisoformat(starts) + timedelta(days=rnd.randrange(0, 60))
            day = min(day, date.today())
            status = "submitted" if i < pending else rnd.choice(("approved", "paid", "paid", "paid"))
            rows.append((str(uuid.UUID(int=rnd.getrandbits(128))), rnd.choice(persons), cid, kind,
                         day.isoformat(), rnd.choice((20000, 30000, 50000, 100000)), "", 0, source or "本级经费",
                         "现金", "", "", status, "", "", "clerk", now, "approver" if status != "submitted" else "",
                         0, now, now))
        conn.executemany(
            "INSERT INTO disbursement (uuid, person_id, campaign_id, category, aid_date, cash_fen, items, "
            "items_value_fen, fund_source, method, evidence, note, status, duplicate_override, "
            "duplicate_override_by, created_by, submitted_at, decided_by, self_approved, created_at, updated_at, "
            "decision_comment, paid_method, receipt, paid_by, void_reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', '', '', '')", rows)


def _time(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    fn()  # warm
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.9) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--pending", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()

    from db import open_database
    from desktop.services.aid_campaigns import list_campaigns
    from desktop.services.aid_queries import DisbursementQuery, approval_queue, list_disbursements
    from desktop.services.aid_totals import aid_totals
    from desktop.services.auth import login
    from desktop.services.demo import create_demo, populate_demo
    from desktop.services.disbursements import DisbursementDraft, create_disbursement
    from desktop.services.persons import checked_identity

    folder = args.keep or Path(tempfile.mkdtemp(prefix="aidbench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db_file = folder / "ledger.sqlite3"
    if not db_file.exists():
        db = open_database(db_file, folder / "backups")
        create_demo(db)
        populate_demo(db, 200)
        db.close()
        _fill(db_file, args.records, args.pending)
    db = open_database(db_file, folder / "backups")
    clerk = login(db, "clerk", "demo1234")
    year = date.today().year
    start, end = date(year, 1, 1), date(year, 12, 31)
    with sqlite3.connect(db_file) as conn:
        total = conn.execute("SELECT count(*) FROM disbursement").fetchone()[0]
    campaign = list_campaigns(db)[0].id
    serial = iter(range(100, 999))

    def one_entry() -> None:
        from desktop.domain.id_number import check_character
        first17 = f"11010519800101{next(serial):03d}"
        create_disbursement(db, clerk, DisbursementDraft(0, "生活救助", date.today(), 10_000, campaign_id=campaign),
                            recipient=checked_identity("测试人员", first17 + check_character(first17)),
                            confirm=frozenset({"over_budget"}))

    cases: list[tuple[str, Callable[[], object]]] = [
        ("totals bar: by category, this year", lambda: aid_totals(db, "category", date_from=start, date_to=end)),
        ("totals bar: by campaign, this year", lambda: aid_totals(db, "campaign", date_from=start, date_to=end)),
        ("totals bar: by fund source, all time", lambda: aid_totals(db, "fund_source")),
        ("活动 tab: campaigns with budget figures", lambda: list_campaigns(db)),
        ("审批 tab: the approval queue", lambda: approval_queue(db)),
        ("发放记录: first 500 rows, no filter", lambda: list_disbursements(db, DisbursementQuery(), limit=500)),
        ("发放记录: name search 王", lambda: list_disbursements(db, DisbursementQuery(text="王"), limit=500)),
        ("one new entry (checks + double-aid + budget)", one_entry),
    ]
    print(f"{platform.processor() or platform.machine()}, Python {platform.python_version()}, "
          f"SQLite {sqlite3.sqlite_version}; {total} disbursements, {args.pending} waiting; ledger {db_file}")
    print(f"{'query':<48}{'median ms':>10}{'p90 ms':>10}")
    for label, fn in cases:
        median, p90 = _time(fn, args.runs)
        print(f"{label:<48}{median:>10.1f}{p90:>10.1f}")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

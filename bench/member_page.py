"""会员 page first paint at N members against 0 members (issue [B]: goal ≤ 1.2×).

Each timed run is a fresh process (offscreen Qt) that opens the ledger, then times from
``MembersPage(context)`` until the page, shown at 1100×700 with its first screen of rows and
the count, has been painted once (``QWidget.grab()``).  Runs alternate empty / full.

A ledger of 1 000 members is measured too, to separate "rows to paint" from "size of the ledger".

Usage: python bench/member_page.py [--members 300000] [--reuse DIR] [--runs 9]
``--reuse DIR`` uses (or first builds, with the demo generator) the large ledger in DIR, the
same one ``bench/search.py --reuse DIR`` uses.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHILD = """\
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from db import open_database
from desktop.app import create_application
from desktop.paths import LedgerPaths
from desktop.services.actor import Actor
from desktop.ui.context import UiContext
from desktop.ui.members.page import MembersPage
app = create_application()
paths = LedgerPaths.from_options(Path(sys.argv[1]))
db = open_database(paths.db_file, paths.backup_dir, check=False)
context = UiContext(db, Actor("clerk", "周文静", "clerk", 2), paths)
started = time.perf_counter()
page = MembersPage(context)
page.resize(1100, 700)
page.show()
page.refresh()
app.processEvents()
page.grab()
elapsed = time.perf_counter() - started
print(f"{elapsed * 1000:.1f} {page.table.model().rowCount()} {page.count_label.text()}")
os._exit(0)
"""


def build_empty(folder: Path, members: int = 0) -> None:
    from db import open_database
    from desktop.services.demo import create_demo, populate_demo

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    db = open_database(folder / "ledger.sqlite3", folder / "backups")
    try:
        create_demo(db)
        if members:
            populate_demo(db, members)
    finally:
        db.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=300_000)
    parser.add_argument("--reuse", type=Path)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ul-page-bench-"))
    full = args.reuse or work / "full"
    if not (full / "ledger.sqlite3").exists():
        import search  # the search benchmark's builder: the demo generator at N members

        print(f"building a ledger with {args.members} members in {full} …", flush=True)
        search.build(full, args.members)
    empty, small = work / "empty", work / "small"
    build_empty(empty)
    build_empty(small, 1000)
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(work / "pycache")}
    times: dict[str, list[float]] = {"empty": [], "small": [], "full": []}
    for run in range(args.runs + 1):  # the first round warms the bytecode cache and is dropped
        for label, folder in (("empty", empty), ("small", small), ("full", full)):
            out = subprocess.run([sys.executable, "-c", CHILD, str(folder)], env=env, capture_output=True, text=True,
                                 cwd=ROOT)
            if out.returncode != 0:
                raise SystemExit(out.stderr[-2000:])
            ms, rows, count = out.stdout.split(maxsplit=2)
            if run:
                times[label].append(float(ms))
            print(f"run {run} {label:<5} {float(ms):7.1f} ms  rows loaded {rows:>4}  {count.strip()}", flush=True)
    e, m, f = (statistics.median(times[k]) for k in ("empty", "small", "full"))
    print(f"\nfirst paint median: 0 members {e:.1f} ms, 1000 members {m:.1f} ms, full ledger {f:.1f} ms")
    print(f"ratio full/empty {f / e:.2f}x (goal <= 1.2x); full/1000 members {f / m:.2f}x")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

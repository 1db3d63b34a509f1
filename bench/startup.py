"""Start-up benchmark: process start -> main window shown and idle, against a bare PySide6 window.

Each timed child is a fresh interpreter.  The parent notes ``time.perf_counter()`` just before
``Popen`` and again when the child's ``READY`` line arrives on stdout; the child prints that line
from a ``QTimer.singleShot(0, ...)`` once the milestone's window is shown, i.e. once the event loop
has run and drained the pending events.  Interpreter start-up therefore counts for both sides.
Children get a private PYTHONPYCACHEPREFIX (filled by the warm-up rounds), as an installed app
has bytecode.

The app children run the real start path, ``desktop.cli.main(["--data-dir", DIR, "gui"])``, on an
existing demo ledger; small hooks only report when a milestone is reached:
  bare       QApplication + QMainWindow with a QTableView.
  shell      the app's main window shown and idle (it appears before the database layer is
             imported; the database opens right after).  Headline: the issue's "main window
             shown and idle".
  login      the login dialog shown over it, ready for the password: database layer imported,
             database opened, integrity-checked, migrations checked.
  workspace  the password "typed" instantly (admin/demo1234, one scrypt hash) and the
             workspace with its home page built and shown: everything but the human.

The headline ratio is the median over rounds of shell / bare (each pair measured back to back).
Usage: python bench/startup.py [--runs N] [--json] [--check] [--platform offscreen|xcb] [--importtime]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL = 3.0
HEAVY = ("openpyxl", "reportlab", "pypinyin", "pandas", "numpy")

BARE = """\
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1100, 720)
window.show()
def ready():
    print("READY", time.perf_counter_ns(), flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""

APP = """\
import os, sys, time
from PySide6.QtCore import QTimer

def ready():
    print("READY", time.perf_counter_ns(), flush=True)
    os._exit(0)  # skip Qt teardown; it is not part of start-up

milestone = sys.argv[2]
from desktop.ui import main_window
if milestone == "shell":
    original_show = main_window.MainWindow.show
    def show(self):
        original_show(self)
        QTimer.singleShot(0, ready)
    main_window.MainWindow.show = show
else:
    from desktop.ui.dialogs import login_dialog
    def exec_(dialog):
        if milestone == "login":
            QTimer.singleShot(0, ready)
            return dialog.__class__.__base__.exec(dialog)
        dialog.username.setText("admin")
        dialog.password.setText("demo1234")
        dialog.try_login()
        return 1
    login_dialog.LoginDialog.exec = exec_
    original_attach = main_window.MainWindow.attach
    def attach(self, *args, **kwargs):
        original_attach(self, *args, **kwargs)
        QTimer.singleShot(0, ready)
    main_window.MainWindow.attach = attach
import desktop.cli
desktop.cli.main(["--data-dir", sys.argv[1], "gui"])
"""

VARIANTS = ("bare", "shell", "login", "workspace")


def child_argv(variant: str, data_dir: Path) -> list[str]:
    if variant == "bare":
        return [sys.executable, "-c", BARE]
    return [sys.executable, "-c", APP, str(data_dir), variant]


def run_once(argv: list[str], env: dict[str, str]) -> float:
    """Milliseconds from just before Popen to reading the child's READY line."""
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=err, env=env, text=True)
        assert proc.stdout is not None
        line = proc.stdout.readline()
        elapsed = (time.perf_counter() - t0) * 1000
        proc.stdout.close()
        if proc.wait(timeout=30) != 0 or not line.startswith("READY"):
            err.seek(0)
            raise SystemExit(f"child failed ({proc.returncode}): {' '.join(argv[:2])}\n{err.read().decode()}")
    return elapsed


def make_demo(data_dir: Path, env: dict[str, str]) -> None:
    exe = Path(sys.executable).with_name("union-ledger")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "desktop.cli"]
    subprocess.run([*cmd, "--data-dir", str(data_dir), "demo"], check=True, stdout=subprocess.DEVNULL, env=env)


def p90(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=10, method="inclusive")[-1]


def importtime(data_dir: Path, env: dict[str, str], top: int = 10) -> None:
    """Run the login milestone once under -X importtime; print the heaviest imports and any heavy module's chain."""
    argv = child_argv("login", data_dir)
    run_once(argv, env)  # fill the bytecode cache first
    proc = subprocess.run([argv[0], "-X", "importtime", *argv[1:]], env=env, capture_output=True, text=True)
    rows: list[tuple[int, int, str]] = []  # (cumulative us, depth, module), in the order imports finish
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cum, name = (part for part in line[len("import time:"):].split("|"))
        depth = (len(name) - len(name.lstrip())) // 2
        rows.append((int(cum), depth, name.strip()))

    def chain(i: int) -> list[str]:  # a module's importer is the next row (finish order) with a smaller depth
        names, depth = [rows[i][2]], rows[i][1]
        for _, d, parent in rows[i + 1:]:
            if d < depth:
                names.append(parent)
                depth = d
        return names

    print(f"{'cumulative ms':>13}  module  (<- imported by)")
    for i in sorted(range(len(rows)), key=lambda i: rows[i][0], reverse=True)[:top]:
        names = chain(i)
        print(f"{rows[i][0] / 1000:13.1f}  {names[0]}" + (f"  (<- {names[1]})" if len(names) > 1 else ""))
    for i, (cum, _, name) in enumerate(rows):
        if name in HEAVY:
            print(f"HEAVY {name} ({cum / 1000:.1f} ms): " + " <- ".join(chain(i)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15, help="timed runs per variant (default 15)")
    parser.add_argument("--warmup", type=int, default=2, help="discarded rounds first (default 2)")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM (default offscreen; xcb needs DISPLAY)")
    parser.add_argument("--json", action="store_true", help="print machine-readable results")
    parser.add_argument("--check", action="store_true", help=f"exit 1 if the headline ratio exceeds {GOAL}")
    parser.add_argument("--importtime", action="store_true", help="print the app child's top imports and exit")
    args = parser.parse_args()
    if args.runs < 2:
        parser.error("--runs must be at least 2")

    with tempfile.TemporaryDirectory(prefix="union-ledger-bench-") as tmp:
        data_dir = Path(tmp) / "ledger"
        # Installed apps run from cached bytecode; keep one in tmp even if PYTHONDONTWRITEBYTECODE is set.
        env = {**os.environ, "QT_QPA_PLATFORM": args.platform, "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        make_demo(data_dir, env)
        if args.importtime:
            importtime(data_dir, env)
            return 0
        times: dict[str, list[float]] = {v: [] for v in VARIANTS}
        for round_no in range(args.warmup + args.runs):
            for variant in VARIANTS:
                ms = run_once(child_argv(variant, data_dir), env)
                if round_no >= args.warmup:
                    times[variant].append(ms)

    bare = times["bare"]
    result: dict[str, object] = {
        "platform": args.platform, "runs": args.runs, "warmup": args.warmup, "goal": GOAL,
        "python": sys.version.split()[0],
    }
    for variant in VARIANTS:
        xs = times[variant]
        result[variant] = {"median_ms": statistics.median(xs), "p90_ms": p90(xs), "samples_ms": xs}
    for variant in ("shell", "login", "workspace"):
        paired = [a / b for a, b in zip(times[variant], bare, strict=True)]
        result[f"ratio_{variant}"] = statistics.median(paired)
        result[f"ratio_of_medians_{variant}"] = statistics.median(times[variant]) / statistics.median(bare)
    ratio = float(result["ratio_shell"])  # type: ignore[arg-type]
    result["pass"] = ratio <= GOAL

    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"platform={args.platform} runs={args.runs} (+{args.warmup} warm-up rounds discarded)")
        print(f"{'variant':<10}{'median ms':>11}{'p90 ms':>9}{'ratio':>8}")
        for variant in VARIANTS:
            stats = result[variant]
            assert isinstance(stats, dict)
            r = "1.00" if variant == "bare" else f"{result[f'ratio_{variant}']:.2f}"
            print(f"{variant:<10}{stats['median_ms']:>11.1f}{stats['p90_ms']:>9.1f}{r:>8}")
        print(f"headline (shell / bare, median of paired ratios): {ratio:.2f}x, goal <= {GOAL}x: "
              + ("PASS" if ratio <= GOAL else "FAIL"))
    return 1 if args.check and ratio > GOAL else 0


if __name__ == "__main__":
    sys.exit(main())

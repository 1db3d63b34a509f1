"""Shared fixtures for the installer tests: the Linux freeze and the .deb, each built once.

The freeze in dist/linux/UnionLedger is reused when it is newer than every source file that goes
into it; set UNION_LEDGER_REBUILD=1 to rebuild it (and the .deb) anyway. Sizes and times are
printed at the end of the run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FROZEN_DIR = ROOT / "dist" / "linux" / "UnionLedger"
FROZEN_EXE = FROZEN_DIR / "union-ledger"
SOURCES = ("desktop", "db", "resources", "installer/union_ledger.spec", "pyproject.toml")
MEASURED: dict[str, str] = {}

sys.path.insert(0, str(ROOT))
from desktop import __version__  # noqa: E402

VERSION = __version__
DEB_FILE = ROOT / "dist" / f"union-ledger_{VERSION}_amd64.deb"


def _newest_source() -> float:
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        for file in files:
            if "__pycache__" not in file.parts and file.suffix != ".ts":
                newest = max(newest, file.stat().st_mtime)
    return newest


def _rebuild_forced() -> bool:
    return os.environ.get("UNION_LEDGER_REBUILD", "") not in ("", "0")


def _run_build(script: str) -> float:
    start = time.monotonic()
    result = subprocess.run(["bash", str(ROOT / "installer" / script)], cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        pytest.fail(f"{script} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return time.monotonic() - start


def du(path: Path) -> str:
    return subprocess.run(["du", "-sh", str(path)], capture_output=True, text=True, check=True).stdout.split()[0]


@pytest.fixture(scope="session")
def frozen_app() -> Path:
    """dist/linux/UnionLedger/union-ledger, frozen now or reused when up to date."""
    if _rebuild_forced() or not FROZEN_EXE.is_file() or FROZEN_EXE.stat().st_mtime < _newest_source():
        MEASURED["freeze time"] = f"{_run_build('build_linux.sh'):.0f} s"
    else:
        MEASURED["freeze time"] = "reused (set UNION_LEDGER_REBUILD=1 to rebuild)"
    MEASURED["bundle size (du -sh)"] = du(FROZEN_DIR)
    return FROZEN_EXE


@pytest.fixture(scope="session")
def deb_file(frozen_app: Path) -> Path:
    """dist/union-ledger_<version>_amd64.deb, rebuilt unless newer than the freeze."""
    if _rebuild_forced() or not DEB_FILE.is_file() or DEB_FILE.stat().st_mtime < frozen_app.stat().st_mtime:
        MEASURED[".deb build time"] = f"{_run_build('build_deb.sh'):.0f} s"
    MEASURED[".deb size"] = du(DEB_FILE)
    return DEB_FILE


def app_env(home: Path, **extra: str) -> dict[str, str]:
    """A clean environment: offscreen Qt, a throw-away HOME, no ledger-location overrides."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("UNION_LEDGER_", "XDG_")) and k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", **extra)
    return env


@pytest.fixture(scope="session")
def measured() -> dict[str, str]:
    """Sizes and times to print at the end of the run (name -> value)."""
    return MEASURED


@pytest.fixture
def home(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "home"
    folder.mkdir()
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if MEASURED:
        terminalreporter.section("installer measurements")
        for name, value in MEASURED.items():
            terminalreporter.write_line(f"{name}: {value}")

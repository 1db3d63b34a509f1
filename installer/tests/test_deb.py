"""The .deb: what dpkg shows about it, and a real `dpkg -i` followed by the smoke test from PATH."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from installer.tests.conftest import VERSION, app_env

PACKAGE = "union-ledger"
OPT = Path("/opt/union-ledger")


def dpkg_deb(*args: str) -> str:
    return subprocess.run(["dpkg-deb", *args], capture_output=True, text=True, check=True).stdout


def desktop_entry(deb: Path) -> str:
    tar = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(deb)], capture_output=True, check=True).stdout
    return subprocess.run(["tar", "-xO", "./usr/share/applications/union-ledger.desktop"], input=tar,
                          capture_output=True, check=True).stdout.decode("utf-8")


def test_control_fields(deb_file: Path) -> None:
    fields = {name: dpkg_deb("--field", str(deb_file), name).strip()
              for name in ("Package", "Version", "Architecture", "Maintainer", "Depends", "Description")}
    assert fields["Package"] == PACKAGE
    assert fields["Version"] == VERSION
    assert fields["Architecture"] == "amd64"
    assert "@" in fields["Maintainer"]
    for library in ("libxcb-cursor0", "libxkbcommon-x11-0", "libegl1", "libfontconfig1", "libc6 (>="):
        assert library in fields["Depends"]
    assert "Union Ledger" in fields["Description"] and "工会台账" in fields["Description"]


def test_contents_program_entry_and_icons(deb_file: Path) -> None:
    listing = dpkg_deb("--contents", str(deb_file))
    assert "./usr/bin/union-ledger -> /opt/union-ledger/union-ledger" in listing
    assert "./opt/union-ledger/union-ledger\n" in listing
    assert "./usr/share/applications/union-ledger.desktop" in listing
    for size in (48, 128, 256):
        assert f"./usr/share/icons/hicolor/{size}x{size}/apps/union-ledger.png" in listing
    paths = [line.split()[5] for line in listing.splitlines()]
    assert all(p.startswith(("./opt/union-ledger", "./usr/")) or p in ("./", "./opt/") for p in paths)
    assert all(" root/root " in line for line in listing.splitlines())


def test_desktop_entry_has_the_chinese_name(deb_file: Path, tmp_path: Path) -> None:
    entry = desktop_entry(deb_file)
    lines = set(entry.splitlines())
    assert {"Name=Union Ledger", "Name[zh_CN]=工会台账", "Icon=union-ledger", "Categories=Office;",
            "Terminal=false"} <= lines
    assert any(line.startswith("Comment[zh_CN]=") for line in lines)
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate not installed (apt-get install desktop-file-utils)")
    (tmp_path / "union-ledger.desktop").write_text(entry, encoding="utf-8")
    result = subprocess.run(["desktop-file-validate", str(tmp_path / "union-ledger.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p): (p.lstat().st_size, p.lstat().st_mtime_ns) for p in folder.rglob("*")}


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("dpkg") is None, reason="needs root and dpkg")
def test_install_run_from_path_and_remove(deb_file: Path, home: Path, measured: dict[str, str]) -> None:
    already = subprocess.run(["dpkg-query", "-W", PACKAGE], capture_output=True).returncode == 0
    if already:
        pytest.skip(f"{PACKAGE} is installed on this machine already; not touching it")
    try:
        installed = subprocess.run(["dpkg", "-i", str(deb_file)], capture_output=True, text=True)
        assert installed.returncode == 0, installed.stdout + installed.stderr
        assert shutil.which(PACKAGE, path="/usr/bin") == "/usr/bin/union-ledger"
        before = _snapshot(OPT)

        start = time.monotonic()
        smoke = subprocess.run([PACKAGE, "gui", "--smoke-test"], env=app_env(home), capture_output=True,
                               text=True, timeout=300)
        measured["smoke test of the installed .deb"] = f"{time.monotonic() - start:.1f} s"
        assert smoke.returncode == 0, smoke.stderr
        assert "界面自检通过" in smoke.stdout

        # A clerk is no root: the installed files must be readable and runnable by anyone.
        if shutil.which("setpriv"):
            other_home = home.parent / "nobody-home"
            other_home.mkdir()
            os.chown(other_home, 65534, 65534)
            as_nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
            smoke = subprocess.run([*as_nobody, PACKAGE, "gui", "--smoke-test"], env=app_env(other_home),
                                   capture_output=True, text=True, timeout=300)
            assert smoke.returncode == 0, smoke.stderr

        # Without --data-dir the ledger goes to the user's home, never next to the program.
        demo = subprocess.run([PACKAGE, "demo"], env=app_env(home), capture_output=True, text=True, timeout=300)
        assert demo.returncode == 0, demo.stderr
        assert (home / ".local" / "share" / "UnionLedger" / "ledger.sqlite3").is_file()
        assert _snapshot(OPT) == before, "the program wrote under /opt/union-ledger"
    finally:
        subprocess.run(["dpkg", "-r", PACKAGE], capture_output=True)
    assert not OPT.exists() and not Path("/usr/bin/union-ledger").exists()
    assert (home / ".local" / "share" / "UnionLedger" / "ledger.sqlite3").is_file(), "removal touched user data"

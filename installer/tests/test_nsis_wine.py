"""Windows installer (installer/union_ledger.nsi): compiled with makensis, run under wine.

What this covers: the installer *mechanics* — a 64-bit Setup.exe with a Chinese version
resource; silent install into Program Files; the Chinese Start-menu and desktop shortcuts; the
Add/Remove Programs entry; running what was installed; an upgrade that keeps the user data;
a refused silent downgrade; a silent uninstall that keeps the user data; /D=<folder>; the refusal
on Windows older than 10 1809.

What it does not cover: the real frozen app. A PyInstaller Windows build cannot be made on Linux,
so the payload is the stand-in from installer/stub/ (two tiny exes with the same names and
layout whose `gui --smoke-test` checks their resources and exits 0). The real app's smoke test,
before and after installing, runs on Windows: installer/build_windows.ps1 -Test and
.github/workflows/windows-installer.yml.

The tests run in file order and share one wine prefix (install → run → upgrade → uninstall).
Run: .venv/bin/python -m pytest -q installer/tests        (about half a minute here)
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import ParamSpec, TypeVar

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "installer" / "build_installer.sh"
APP = "工会台账"
UNINSTALL_KEY = r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\UnionLedger"
WINVER_KEY = r"HKLM\Software\Microsoft\Windows NT\CurrentVersion"
OLD, NEW, OLDER = "0.1.0", "0.1.1", "0.0.9"
EXIT_UNSUPPORTED, EXIT_DOWNGRADE = 3, 4

pytestmark = [
    pytest.mark.skipif(
        shutil.which("makensis") is None, reason="makensis not installed (apt-get install nsis)"
    ),
]
needs_wine = pytest.mark.skipif(
    shutil.which("wine") is None or shutil.which("wineserver") is None,
    reason="wine not installed (apt-get install wine wine64)",
)

P = ParamSpec("P")
T = TypeVar("T")

# Step timings and sizes, printed at the end of the run.
TIMINGS: dict[str, float] = {}
SIZES: dict[str, str] = {}


def _timed(name: str, func: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    start = time.monotonic()
    try:
        return func(*args, **kwargs)
    finally:
        TIMINGS[name] = TIMINGS.get(name, 0.0) + time.monotonic() - start


@pytest.fixture(scope="module", autouse=True)
def _report_timings(request: pytest.FixtureRequest) -> Iterator[None]:
    try:  # the summary printed at the end of the run by installer/tests/conftest.py
        shared: dict[str, str] | None = request.getfixturevalue("measured")
    except pytest.FixtureLookupError:
        shared = None
    yield
    if not TIMINGS:
        return
    lines = {f"NSIS/wine: {name}": f"{seconds:.1f} s" for name, seconds in TIMINGS.items()}
    lines.update({f"NSIS/wine: {name}": value for name, value in SIZES.items()})
    if shared is not None:
        shared.update(lines)
        return
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line("")
            for name, value in lines.items():
                reporter.write_line(f"{name:<50} {value}")


# ---------------------------------------------------------------------------------------------
# Building the installers around the stand-in payload
# ---------------------------------------------------------------------------------------------


@dataclass
class Installers:
    old: Path  # 0.1.0, its payload carries one extra file the newer version no longer has
    new: Path  # 0.1.1
    older: Path  # 0.0.9, for the downgrade


def _build(*args: str) -> None:
    subprocess.run(["bash", str(BUILD), *args], check=True, cwd=ROOT, capture_output=True, text=True)


@pytest.fixture(scope="module")
def installers(tmp_path_factory: pytest.TempPathFactory) -> Installers:
    out = tmp_path_factory.mktemp("nsis")
    old_work = out / "payload-old"
    _timed(
        "build stub payload + installer",
        _build,
        "--stub",
        "--version",
        OLD,
        "--work",
        str(old_work),
        "--out",
        str(out / "tmp.exe"),
    )
    payload = old_work / "UnionLedger"
    (payload / "_internal" / "only-in-old-version.txt").write_text("removed by the upgrade\n")
    old = out / f"UnionLedger-{OLD}-Setup.exe"
    _timed(
        "build installer (makensis)", _build, "--payload", str(payload), "--version", OLD, "--out", str(old)
    )
    new = out / f"UnionLedger-{NEW}-Setup.exe"
    _build("--stub", "--version", NEW, "--work", str(out / "payload-new"), "--out", str(new))
    older = out / f"UnionLedger-{OLDER}-Setup.exe"
    _build("--stub", "--version", OLDER, "--work", str(out / "payload-older"), "--out", str(older))
    SIZES["installer size (stand-in payload)"] = f"{old.stat().st_size // 1024} KiB"
    return Installers(old=old, new=new, older=older)


def test_installer_is_a_64bit_pe_with_chinese_version_resource(installers: Installers) -> None:
    data = installers.old.read_bytes()
    assert data[:2] == b"MZ"
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    assert data[pe : pe + 4] == b"PE\0\0"
    machine = struct.unpack_from("<H", data, pe + 4)[0]
    optional_magic = struct.unpack_from("<H", data, pe + 24)[0]
    assert machine == 0x8664, "the installer should be an x86-64 executable"
    assert optional_magic == 0x20B, "the installer should be PE32+"
    if shutil.which("file"):
        described = subprocess.run(["file", "-b", str(installers.old)], capture_output=True, text=True).stdout
        assert "PE32+" in described and "x86-64" in described, described
    # Explorer → Properties → Details: the Chinese product name and the version.
    utf16 = lambda s: s.encode("utf-16-le")  # noqa: E731
    assert utf16(APP) in data
    assert utf16(f"{APP} 安装程序") in data
    assert utf16("ProductVersion") + b"\0\0" in data
    assert utf16(OLD) in data
    # VS_FIXEDFILEINFO (the numeric file version Windows compares): signature, then version words.
    fixed = data.find(struct.pack("<I", 0xFEEF04BD))
    assert fixed > 0, "no version resource"
    ms, ls = struct.unpack_from("<II", data, fixed + 8)
    assert (ms >> 16, ms & 0xFFFF, ls >> 16, ls & 0xFFFF) == (0, 1, 0, 0)


# ---------------------------------------------------------------------------------------------
# wine
# ---------------------------------------------------------------------------------------------


@dataclass
class Wine:
    prefix: Path
    env: dict[str, str] = field(default_factory=dict)

    def _wine(self, args: tuple[str, ...], timeout: float) -> tuple[int, str]:
        # Output goes to a file, not a pipe: wine's background services (kept alive by the
        # persistent wineserver) inherit the handles and would hold a pipe open for ever.
        with tempfile.TemporaryFile() as out:
            proc = subprocess.run(
                ["wine", *args], env=self.env, stdout=out, stderr=subprocess.DEVNULL, timeout=timeout
            )
            out.seek(0)
            return proc.returncode, out.read().decode("utf-8", errors="replace").strip()

    def run(self, *args: str, timeout: float = 120) -> int:
        """Runs a Windows program, waits for it and returns its exit code."""
        return self._wine(args, timeout)[0]

    def uninstall(self, folder: str, timeout: float = 60) -> int:
        """Runs <folder>\\Uninstall.exe /S. It copies itself to %TEMP%, starts the copy and returns at
        once, so this waits until the copy has removed Uninstall.exe and the registry entry."""
        code = self.run(rf"{folder}\Uninstall.exe", "/S")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not (self.path(folder) / "Uninstall.exe").exists() and self.reg_values(UNINSTALL_KEY) is None:
                break
            time.sleep(0.5)
        time.sleep(0.5)  # the last steps after the registry entry is gone are instant
        return code

    def out(self, *args: str) -> str:
        code, text = self._wine(args, 60)
        assert code == 0, f"wine {' '.join(args)} failed with {code}"
        return text

    def set_windows(self, version: str, build: int | None = None) -> None:
        self.out("winecfg", "-v", version)
        if build is not None:
            self.out("reg", "add", WINVER_KEY, "/v", "CurrentBuildNumber", "/d", str(build), "/f")

    def path(self, windows_path: str) -> Path:
        return Path(self.out("winepath", "-u", windows_path))

    def reg_values(self, key: str) -> dict[str, str | int] | None:
        """The values of a registry key (None if it does not exist), read through `reg export`
        because `reg query` prints Chinese as '?' without a Chinese console code page."""
        target = self.prefix / "drive_c" / "export.reg"
        if self.run("reg", "export", key, r"C:\export.reg", "/y", timeout=60) != 0:
            return None
        values: dict[str, str | int] = {}
        for line in target.read_bytes().decode("utf-16").splitlines():
            if not line.startswith('"') or "=" not in line:
                continue
            name, _, raw = line.partition("=")
            if raw.startswith("dword:"):
                values[name.strip('"')] = int(raw[6:], 16)
            else:  # "text" with \\ and \" escaped
                values[name.strip('"')] = re.sub(r"\\(.)", r"\1", raw[1:-1])
        target.unlink()
        return values


@pytest.fixture(scope="module")
def wine() -> Iterator[Wine]:
    if shutil.which("wine") is None or shutil.which("wineserver") is None:
        pytest.skip("wine not installed (apt-get install wine wine64)")
    # A throw-away prefix and HOME under /tmp, outside the repository: wine never sees ~/.wine.
    base = Path(tempfile.mkdtemp(prefix="union-ledger-wine-", dir="/tmp"))
    (base / "home").mkdir()
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "WINEPREFIX"}}
    env.update(
        WINEPREFIX=str(base / "prefix"),
        HOME=str(base / "home"),
        WINEDEBUG="-all",
        WINEARCH="win64",
        DISPLAY="",
        WINEDLLOVERRIDES="mscoree,mshtml=",  # no Mono/Gecko download prompts
    )
    w = Wine(prefix=base / "prefix", env=env)
    _timed(
        "wine prefix creation",
        subprocess.run,
        ["wineboot", "--init"],
        env=env,
        capture_output=True,
        timeout=300,
        check=True,
    )
    subprocess.run(["wineserver", "-w"], env=env, timeout=300, check=True)
    # One wineserver for the whole module: each wine command then starts in a fraction of a second.
    subprocess.run(["wineserver", "-p"], env=env, timeout=60, check=True)
    try:
        yield w
    finally:
        subprocess.run(["wineserver", "-k"], env=env, capture_output=True, timeout=60)
        shutil.rmtree(base, ignore_errors=True)


@dataclass
class Layout:
    program_dir: Path
    start_menu: Path
    desktop_link: Path
    data_dir: Path


@pytest.fixture(scope="module")
def layout(wine: Wine) -> Layout:
    programs = wine.path(r"C:\ProgramData\Microsoft\Windows\Start Menu\Programs")
    return Layout(
        program_dir=wine.path(r"C:\Program Files\UnionLedger"),
        start_menu=programs / APP,
        desktop_link=wine.path(r"C:\users\Public\Desktop") / f"{APP}.lnk",
        data_dir=wine.path(wine.out("cmd", "/c", "echo %LOCALAPPDATA%")) / "UnionLedger",
    )


def _nothing_installed(wine: Wine, layout: Layout) -> None:
    assert not layout.program_dir.exists()
    assert not layout.start_menu.exists()
    assert not layout.desktop_link.exists()
    assert wine.reg_values(UNINSTALL_KEY) is None


@needs_wine
@pytest.mark.parametrize(
    ("windows", "build"),
    [("win10", 17134), ("win81", None), ("win7", None)],
    ids=["win10-1803", "win8.1", "win7"],
)
def test_refuses_windows_older_than_10_1809(
    installers: Installers, wine: Wine, layout: Layout, windows: str, build: int | None
) -> None:
    wine.set_windows(windows, build)
    code = _timed("refused install on old Windows", wine.run, str(installers.old), "/S")
    assert code == EXIT_UNSUPPORTED
    _nothing_installed(wine, layout)


@needs_wine
def test_silent_install_on_windows_10_1809(installers: Installers, wine: Wine, layout: Layout) -> None:
    wine.set_windows("win10", 17763)  # the oldest supported build
    assert _timed("silent install", wine.run, str(installers.old), "/S") == 0

    for name in ("UnionLedger.exe", "union-ledger.exe", "Uninstall.exe", "_internal/resources/i18n/zh_CN.qm"):
        assert (layout.program_dir / name).is_file(), name
    for link in (layout.start_menu / f"{APP}.lnk", layout.desktop_link):
        assert link.is_file(), link
        assert (
            "UnionLedger.exe".encode("utf-16-le") in link.read_bytes()
            or b"UnionLedger.exe" in link.read_bytes()
        )
    assert (layout.start_menu / f"卸载{APP}.lnk").is_file()

    values = wine.reg_values(UNINSTALL_KEY)
    assert values is not None, "no Add/Remove Programs entry"
    assert values["DisplayName"] == APP
    assert values["DisplayVersion"] == OLD
    assert values["Publisher"]
    assert values["InstallLocation"] == r"C:\Program Files\UnionLedger"
    assert values["DisplayIcon"] == r"C:\Program Files\UnionLedger\UnionLedger.exe,0"
    assert values["UninstallString"] == r'"C:\Program Files\UnionLedger\Uninstall.exe"'
    assert values["QuietUninstallString"] == r'"C:\Program Files\UnionLedger\Uninstall.exe" /S'
    assert values["NoModify"] == 1 and values["NoRepair"] == 1
    assert isinstance(values["EstimatedSize"], int) and values["EstimatedSize"] > 0


@needs_wine
@pytest.mark.parametrize("exe", ["UnionLedger.exe", "union-ledger.exe"])
def test_installed_app_runs(wine: Wine, layout: Layout, exe: str) -> None:
    marker = wine.path(wine.out("cmd", "/c", "echo %TEMP%")) / "UnionLedger-stub-smoke.txt"
    marker.unlink(missing_ok=True)
    code = _timed(
        "run installed stand-in smoke test",
        wine.run,
        rf"C:\Program Files\UnionLedger\{exe}",
        "gui",
        "--smoke-test",
    )
    assert code == 0
    report = marker.read_text(encoding="utf-8", errors="replace")
    assert rf"C:\Program Files\UnionLedger\{exe}" in report
    assert "exit=0" in report


@needs_wine
def test_upgrade_replaces_program_files_and_keeps_user_data(
    installers: Installers, wine: Wine, layout: Layout
) -> None:
    layout.data_dir.mkdir(parents=True, exist_ok=True)
    ledger = layout.data_dir / "ledger.sqlite3"
    ledger.write_bytes(b"SQLite format 3\0 the clerk's ledger")
    assert (layout.program_dir / "_internal" / "only-in-old-version.txt").is_file()

    assert _timed("silent upgrade", wine.run, str(installers.new), "/S") == 0

    values = wine.reg_values(UNINSTALL_KEY)
    assert values is not None and values["DisplayVersion"] == NEW
    assert NEW in (layout.program_dir / "_internal" / "STUB-PAYLOAD.txt").read_text()
    assert not (layout.program_dir / "_internal" / "only-in-old-version.txt").exists()
    assert (layout.start_menu / f"{APP}.lnk").is_file() and layout.desktop_link.is_file()
    assert ledger.read_bytes() == b"SQLite format 3\0 the clerk's ledger"


@needs_wine
def test_silent_downgrade_is_refused(installers: Installers, wine: Wine, layout: Layout) -> None:
    assert wine.run(str(installers.older), "/S") == EXIT_DOWNGRADE
    values = wine.reg_values(UNINSTALL_KEY)
    assert values is not None and values["DisplayVersion"] == NEW
    assert NEW in (layout.program_dir / "_internal" / "STUB-PAYLOAD.txt").read_text()


@needs_wine
def test_silent_uninstall_removes_program_and_keeps_user_data(wine: Wine, layout: Layout) -> None:
    code = _timed("silent uninstall", wine.uninstall, r"C:\Program Files\UnionLedger")
    assert code == 0
    _nothing_installed(wine, layout)
    assert (layout.data_dir / "ledger.sqlite3").read_bytes() == b"SQLite format 3\0 the clerk's ledger"


@needs_wine
def test_silent_install_to_a_chosen_folder(installers: Installers, wine: Wine, layout: Layout) -> None:
    # /D= must be the last argument and must not be quoted; wine quotes an argument that holds a
    # space, so this folder name has none (on Windows `Setup.exe /S /D=C:\Apps\Union Ledger` works).
    assert wine.run(str(installers.new), "/S", r"/D=C:\Apps\UnionLedger2") == 0
    folder = wine.path(r"C:\Apps\UnionLedger2")
    assert (folder / "UnionLedger.exe").is_file()
    values = wine.reg_values(UNINSTALL_KEY)
    assert values is not None and values["InstallLocation"] == r"C:\Apps\UnionLedger2"
    assert wine.uninstall(r"C:\Apps\UnionLedger2") == 0
    assert not folder.exists()
    assert wine.reg_values(UNINSTALL_KEY) is None
    assert (layout.data_dir / "ledger.sqlite3").is_file()

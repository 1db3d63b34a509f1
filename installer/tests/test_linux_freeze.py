"""The Linux freeze (dist/linux/UnionLedger) runs on its own: GUI smoke test, command line, contents."""

from __future__ import annotations

import subprocess
import time
from datetime import date
from pathlib import Path

from installer.tests.conftest import ROOT, VERSION, app_env

ESSENTIALS = {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport"}  # what desktop/ imports
NOT_ESSENTIALS = ("WebEngine", "Pdf", "Qml", "Quick", "3D", "Multimedia", "Charts", "DataVisualization",
                  "Designer", "UiTools", "Sql", "Test", "Network")


def run(exe: Path, *args: str, home: Path, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(exe), *args], env=app_env(home, **env), input=stdin,
                          capture_output=True, text=True, timeout=300)


def test_gui_smoke_test_passes_offscreen(frozen_app: Path, home: Path, measured: dict[str, str]) -> None:
    start = time.monotonic()
    result = run(frozen_app, "gui", "--smoke-test", home=home)
    measured["smoke test of the frozen app"] = f"{time.monotonic() - start:.1f} s"
    assert result.returncode == 0, result.stderr
    assert "界面自检通过" in result.stdout  # translations, fonts, migrations, pdfium, pyHanko, zxing bundled


def test_version_is_the_package_version(frozen_app: Path, home: Path) -> None:
    result = run(frozen_app, "--version", home=home)
    assert result.returncode == 0
    assert result.stdout.strip() == f"union-ledger {VERSION}"


def test_command_line_demo_signed_report_and_verify(frozen_app: Path, home: Path, tmp_path: Path) -> None:
    data = tmp_path / "ledger"
    pdf = tmp_path / "summary.pdf"
    cert = tmp_path / "unit.pem"
    demo = run(frozen_app, "--data-dir", str(data), "demo", home=home)
    assert demo.returncode == 0, demo.stderr
    assert (data / "ledger.sqlite3").is_file()

    report = run(frozen_app, "--data-dir", str(data), "--user", "approver", "report", "summary",
                 "--period", str(date.today().year), "--out", str(pdf), "--sign",
                 home=home, UNION_LEDGER_PASSWORD="demo1234")
    assert report.returncode == 0, report.stderr
    assert pdf.read_bytes().startswith(b"%PDF")

    exported = run(frozen_app, "--data-dir", str(data), "identity", "export-cert", "--out", str(cert), home=home)
    assert exported.returncode == 0, exported.stderr
    verified = run(frozen_app, "verify", str(pdf), "--trust", str(cert), home=home)
    assert verified.returncode == 0, verified.stdout + verified.stderr

    tampered = tmp_path / "tampered.pdf"
    body = bytearray(pdf.read_bytes())
    at = body.index(b"/Contents") // 2  # somewhere inside the signed page content, before the signature
    body[at] = ord("X") if body[at] != ord("X") else ord("Y")
    tampered.write_bytes(bytes(body))
    refused = run(frozen_app, "verify", str(tampered), "--trust", str(cert), home=home)
    assert refused.returncode == 1, refused.stdout


def test_only_pyside6_essentials_is_bundled(frozen_app: Path) -> None:
    internal = frozen_app.parent / "_internal"
    modules = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.so")}
    assert modules == ESSENTIALS
    qt_libs = [p.name for p in (internal / "PySide6" / "Qt" / "lib").iterdir()]
    assert not [name for name in qt_libs if any(f"Qt6{bad}" in name for bad in NOT_ESSENTIALS)]
    assert not list(internal.rglob("libgtk-3*"))
    assert not (internal / "tkinter").exists() and not (internal / "numpy").exists()


def test_resources_and_migrations_are_bundled(frozen_app: Path) -> None:
    internal = frozen_app.parent / "_internal"
    assert (internal / "resources" / "i18n" / "union_ledger_zh_CN.qm").is_file()
    assert (internal / "resources" / "fonts" / "wqy-microhei.ttc").is_file()
    assert (internal / "resources" / "icons" / "union-ledger.png").is_file()
    assert (internal / "db" / "migrations" / "env.py").is_file()
    shipped = sorted(p.name for p in (internal / "db" / "migrations" / "versions").glob("*.py"))
    assert shipped == sorted(p.name for p in (ROOT / "db" / "migrations" / "versions").glob("*.py"))
    assert list((internal / "PySide6" / "Qt" / "translations").glob("qtbase_zh_CN.qm"))


def test_bundle_size_stays_reasonable(frozen_app: Path, measured: dict[str, str]) -> None:
    size = sum(p.stat().st_size for p in frozen_app.parent.rglob("*") if p.is_file() and not p.is_symlink())
    measured["bundle size (bytes)"] = f"{size:,}"
    assert size < 220 * 1024 * 1024  # measured 178 MB (Qt 70 MB of it, ICU data 31 MB); catches a stray Qt module


def test_excel_template_export_and_import_check(frozen_app: Path, home: Path, tmp_path: Path) -> None:
    """openpyxl writes and python-calamine reads from the bundle: the clerk's Excel round trip."""
    data, sheet, template = tmp_path / "ledger", tmp_path / "members.xlsx", tmp_path / "template.xlsx"
    assert run(frozen_app, "--data-dir", str(data), "demo", home=home).returncode == 0
    made = run(frozen_app, "--data-dir", str(data), "template", "members", "--out", str(template), home=home)
    assert made.returncode == 0 and template.stat().st_size > 0, made.stderr
    as_admin = ("--data-dir", str(data), "--user", "admin")
    exported = run(frozen_app, *as_admin, "export", "members", "--out", str(sheet),
                   home=home, UNION_LEDGER_PASSWORD="demo1234")
    assert exported.returncode == 0, exported.stderr
    checked = run(frozen_app, *as_admin, "import", "members", str(sheet), "--dry-run",
                  home=home, UNION_LEDGER_PASSWORD="demo1234")
    assert checked.returncode == 1  # every exported member is already in the ledger
    assert "不能重复入会" in checked.stderr

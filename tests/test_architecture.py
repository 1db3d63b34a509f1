"""The house rules: Qt stays in desktop/ui, and the command line starts without heavy imports."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT_PACKAGES = ("PySide6", "shiboken6")
HEAVY_PACKAGES = ("openpyxl", "reportlab", "pypinyin")


def _loaded_after(code: str) -> dict[str, list[str]]:
    """Run ``code`` in a fresh interpreter; it must print a JSON object."""
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def _top_level(names: list[str], packages: tuple[str, ...]) -> list[str]:
    return sorted(n for n in names if n.split(".")[0] in packages)


def test_the_qt_free_packages_load_no_qt() -> None:
    found = _loaded_after("""
        import importlib, json, pkgutil, sys
        import db, db.models, desktop.cli, desktop.paths
        import desktop.domain, desktop.reports, desktop.services, desktop.signing
        walked = []
        for package in (desktop.services, desktop.domain, desktop.reports, desktop.signing):
            for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
                importlib.import_module(info.name)
                walked.append(info.name)
        print(json.dumps({"walked": walked, "loaded": sorted(sys.modules)}))
    """)
    # The discovery really reached the modules (an empty walk would prove nothing).
    assert {"desktop.services.backups", "desktop.services.audit", "desktop.domain.credit_code",
            "desktop.reports.render", "desktop.signing.verify"} <= set(found["walked"])
    assert _top_level(found["loaded"], QT_PACKAGES) == []


def test_the_command_line_starts_without_heavy_libraries() -> None:
    found = _loaded_after("""
        import json, sys
        import desktop.cli
        desktop.cli.build_parser()
        print(json.dumps({"loaded": sorted(sys.modules)}))
    """)
    assert _top_level(found["loaded"], HEAVY_PACKAGES + QT_PACKAGES) == []


def _qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    hits = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules = [node.module]
        else:
            continue
        hits += [f"{path.relative_to(ROOT)}:{node.lineno} imports {m}" for m in modules
                 if m.split(".")[0] in QT_PACKAGES]
    return hits


def test_only_desktop_ui_and_desktop_app_import_qt() -> None:
    allowed_dir, allowed_file = ROOT / "desktop" / "ui", ROOT / "desktop" / "app.py"
    checked, offenders = 0, []
    for package in ("desktop", "db"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if path == allowed_file or allowed_dir in path.parents:
                continue
            checked += 1
            offenders += _qt_imports(path)
            text = path.read_text(encoding="utf-8")
            offenders += [f"{path.relative_to(ROOT)}: {line.strip()}" for line in text.splitlines()
                          if line.lstrip().startswith(("import PySide6", "from PySide6"))]
    assert checked > 10
    assert offenders == []

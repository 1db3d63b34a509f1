"""Translations: ``update`` refreshes the .ts sources from the code, ``build`` compiles .qm files.

    python scripts/i18n.py update   # after adding or changing tr() strings; then translate the .ts
    python scripts/i18n.py build    # run by the set-up scripts, tests and the installer build
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN",)


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6-Essentials into this environment")
    return found


def sources() -> list[str]:
    files = [*sorted((ROOT / "desktop" / "ui").rglob("*.py")), ROOT / "desktop" / "app.py"]
    return [str(f) for f in files]


def update() -> None:
    for lang in LANGUAGES:
        subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", *sources(), "-ts",
                        str(I18N / f"union_ledger_{lang}.ts")], check=True)


def build() -> None:
    for lang in LANGUAGES:
        ts = I18N / f"union_ledger_{lang}.ts"
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)


if __name__ == "__main__":
    {"update": update, "build": build}[sys.argv[1] if len(sys.argv) > 1 else "build"]()

#!/usr/bin/env bash
# Freeze Union Ledger for Linux into dist/linux/UnionLedger (one folder, executable union-ledger).
# Usage: bash installer/build_linux.sh
# Needs .venv with the "installer" extra (pip install -e ".[installer]"). Takes ~1–2 minutes.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY=.venv/bin/python
[ -x .venv/bin/pyinstaller ] || { echo "PyInstaller missing: .venv/bin/pip install -e '.[installer]'" >&2; exit 1; }

"$PY" scripts/i18n.py build
[ -f resources/icons/union-ledger.ico ] || "$PY" installer/make_icon.py

start=$(date +%s)
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist/linux --workpath build/linux installer/union_ledger.spec
echo "Frozen in $(( $(date +%s) - start )) s: dist/linux/UnionLedger"
du -sh dist/linux/UnionLedger

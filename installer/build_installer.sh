#!/usr/bin/env bash
# Build the Windows installer (NSIS) on Linux around a one-folder app.
#
# Usage: installer/build_installer.sh [--payload DIR | --stub] [--version X.Y.Z] [--out FILE] [--work DIR]
#   --payload DIR   folder holding UnionLedger.exe (default: dist/windows/UnionLedger, the
#                   PyInstaller Windows build copied from a Windows machine or the CI artifact)
#   --stub          build the stand-in payload from installer/stub/ instead (for the wine tests:
#                   installer mechanics only — the real frozen app is tested on Windows)
#   --version       default: __version__ in desktop/__init__.py
#   --out FILE      default: dist/UnionLedger-<version>-Setup.exe
#   --work DIR      where --stub puts its payload (default: build/installer-stub)
# Needs: makensis (Debian package nsis, with the amd64-unicode stubs of nsis-common).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

usage() { sed -n '4,11s/^# \{0,1\}//p' "$0"; exit "${1:-0}"; }

payload="dist/windows/UnionLedger"
stub=0
version=""
out=""
work="build/installer-stub"
while [ $# -gt 0 ]; do
  case "$1" in
    --payload) payload="$2"; shift 2 ;;
    --stub) stub=1; shift ;;
    --version) version="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    -h|--help) usage 0 ;;
    *) echo "Unknown argument: $1" >&2; usage 2 ;;
  esac
done

command -v makensis >/dev/null || { echo "makensis not found: apt-get install nsis" >&2; exit 1; }

if [ -z "$version" ]; then
  version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' desktop/__init__.py)"
  [ -n "$version" ] || { echo "Cannot read __version__ from desktop/__init__.py" >&2; exit 1; }
fi
# Numeric a.b.c.d for the Windows version resource: the leading digits of each part, padded.
IFS=. read -r -a parts <<< "$version"
vi=()
for i in 0 1 2 3; do
  n="$(printf '%s' "${parts[$i]:-0}" | sed 's/[^0-9].*//')"
  vi+=("${n:-0}")
done
viversion="$(IFS=.; echo "${vi[*]}")"
out="${out:-dist/UnionLedger-$version-Setup.exe}"

if [ "$stub" = 1 ]; then
  payload="$work/UnionLedger"
  rm -rf "$payload"
  mkdir -p "$payload/_internal/resources/i18n" "$payload/_internal/resources/fonts" \
           "$payload/_internal/db/migrations"
  for exe in UnionLedger.exe union-ledger.exe; do
    makensis -V2 -DOUTFILE="$(realpath "$payload")/$exe" installer/stub/stub.nsi >/dev/null
  done
  # Stand-ins for the bundled resources (the stub's smoke test checks two of them exist).
  printf 'stand-in translation\n' > "$payload/_internal/resources/i18n/zh_CN.qm"
  printf 'stand-in font folder\n' > "$payload/_internal/resources/fonts/README.txt"
  printf '# stand-in Alembic env\n' > "$payload/_internal/db/migrations/env.py"
  printf 'Stand-in payload built from installer/stub/stub.nsi, version %s\n' "$version" \
    > "$payload/_internal/STUB-PAYLOAD.txt"
fi

[ -f "$payload/UnionLedger.exe" ] || {
  echo "No UnionLedger.exe in $payload: build it on Windows (installer/build_windows.ps1) or use --stub" >&2
  exit 1
}

# The uninstaller removes exactly UnionLedger.exe, union-ledger.exe and _internal\ (never the whole
# folder, in case someone installed into a folder that holds other things), so the payload must
# have PyInstaller 6's one-folder layout and nothing else at its top level.
extra="$(find "$payload" -mindepth 1 -maxdepth 1 \
  ! -name UnionLedger.exe ! -name union-ledger.exe ! -name _internal -printf '%f ')"
[ -z "$extra" ] || {
  echo "Unexpected top-level entries in $payload: $extra(the uninstaller would leave them behind)" >&2
  exit 1
}

mkdir -p "$(dirname "$out")"
# makensis changes into the script's folder, so every path handed to it is absolute.
makensis -V2 -DVERSION="$version" -DVIVERSION="$viversion" \
  -DPAYLOAD="$(realpath "$payload")" -DOUTFILE="$(realpath -m "$out")" installer/union_ledger.nsi
size="$(stat -c %s "$out")"
echo "Built $out ($((size / 1024)) KiB, version $version, payload $payload)"

# Shared set-up for run-app.sh and run-tests.sh (sourced, not run).
# 1. As root on Debian/Ubuntu: installs the system libraries Qt needs, a Chinese font,
#    and the tools the tests use — only what is missing, so later runs are quick.
# 2. Creates .venv with Python >= 3.11 and installs the project (with its test and installer extras)
#    whenever pyproject.toml changed.
# 3. Compiles the translations (.ts -> .qm).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SYSTEM_PACKAGES=(
  python3 python3-venv python3-pip
  libgl1 libegl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxrender1 libxi6
  libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0
  libxcb-xinerama0 libxcb-xkb1
  fonts-wqy-microhei fonts-hanazono sqlite3
)
# Only for the tests (run-tests.sh sets WITH_TEST_TOOLS=1): PDF and QR checkers, and the
# installer builders and checkers (NSIS, wine, dpkg tools).
if [ "${WITH_TEST_TOOLS:-0}" = 1 ]; then
  SYSTEM_PACKAGES+=(poppler-utils zbar-tools binutils file nsis wine wine64 desktop-file-utils fakeroot)
fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  missing=()
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

PYTHON="${PYTHON:-}"
if [ -z "$PYTHON" ]; then
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      PYTHON="$candidate"; break
    fi
  done
fi
[ -n "$PYTHON" ] || { echo "Python 3.11 or newer is required." >&2; exit 1; }

if [ ! -x .venv/bin/python ]; then
  echo "Creating the virtual environment (.venv) with $PYTHON"
  "$PYTHON" -m venv .venv
fi
stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  echo "Installing Union Ledger and its dependencies into .venv (first run takes a few minutes)"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test,installer]"
  rm -f .venv/.installed-*
  touch "$stamp"
fi
.venv/bin/python scripts/i18n.py build

#!/usr/bin/env bash
# Runs every check: ruff, then the whole pytest suite — tests/ and installer/tests/ (Qt offscreen;
# the installer tests freeze the app, build the .deb and the NSIS installer) — after setting up
# what is missing (system packages when root, .venv, translations). Extra arguments go to pytest.
WITH_TEST_TOOLS=1
source "$(dirname "${BASH_SOURCE[0]}")/setup-env.sh"
export QT_QPA_PLATFORM=offscreen
echo "ruff:"
.venv/bin/ruff check .
exec .venv/bin/python -m pytest "$@"

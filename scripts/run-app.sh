#!/usr/bin/env bash
# Runs Union Ledger from this checkout on a demo ledger of its own (.demo-data/),
# creating the virtual environment and the demo data on first use.
# The installed app (and `union-ledger` without --data-dir) starts with the set-up wizard instead.
source "$(dirname "${BASH_SOURCE[0]}")/setup-env.sh"
DATA="$ROOT/.demo-data"
if [ ! -f "$DATA/ledger.sqlite3" ]; then
  .venv/bin/union-ledger --data-dir "$DATA" demo
fi
exec .venv/bin/union-ledger --data-dir "$DATA" gui "$@"

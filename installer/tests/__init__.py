"""Slow installer tests: the Linux freeze and the .deb (run: .venv/bin/python -m pytest -q installer/tests)."""

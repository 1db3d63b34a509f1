"""Set-up shared by the import and demo tests: a ledger folder copied from the demo template, the command
line as a clerk runs it, and a sheet written as clerks make them."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from db import Database, open_database
from desktop import cli


def copy_ledger(template: Path, folder: Path) -> Path:
    """``folder`` (made if need be) holding a copy of the demo ledger file."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(template, folder / "ledger.sqlite3")
    return folder


def open_copy(template: Path, folder: Path) -> Database:
    """A copy of the demo ledger in ``folder``, opened (with its backups folder beside it)."""
    copy_ledger(template, folder)
    return open_database(folder / "ledger.sqlite3", folder / "backups")


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: object) -> tuple[int, str, str]:
    code = cli.main(["--data-dir", str(data_dir), *(str(a) for a in argv)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def workbook(path: Path, header: list[str], rows: list[list[object]], title: str | None = None) -> Path:
    """A sheet with ``header`` and ``rows``, under a merged title line when ``title`` is given."""
    book = openpyxl.Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path

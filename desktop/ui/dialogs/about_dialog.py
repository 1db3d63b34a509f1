"""关于: version, where the data is, licences."""

from __future__ import annotations

import sqlite3
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import __version__
from desktop.paths import LedgerPaths


def show_about(parent: QWidget, paths: LedgerPaths | None) -> None:
    text = QCoreApplication.translate(
        "AboutDialog",
        "<h3>Union Ledger {0}</h3>"
        "<p>Registers of members, aid and competitions for township and grassroots trade unions, "
        "with signed PDF summaries for the county union.</p>"
        "<p>Database: {1}<br>Backups: {2}</p>"
        "<p>Python {3}, Qt for Python {4}, SQLite {5}</p>"
    ).format(__version__, paths.db_file if paths else "—", paths.backup_dir if paths else "—", sys.version.split()[0], pyside_version,
             sqlite3.sqlite_version)
    QMessageBox.about(parent, QCoreApplication.translate("AboutDialog", "About Union Ledger"), text)

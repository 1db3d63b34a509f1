"""Render the main screens to PNG files for a human look: python scripts/screenshots.py OUT_DIR"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from db import open_database
from desktop.app import create_application
from desktop.paths import LedgerPaths
from desktop.services.auth import login
from desktop.services.demo import create_demo
from desktop.ui.context import UiContext
from desktop.ui.dialogs.login_dialog import LoginDialog
from desktop.ui.dialogs.setup_wizard import SetupWizard
from desktop.ui.main_window import MainWindow


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    with tempfile.TemporaryDirectory() as tmp:
        paths = LedgerPaths.from_options(Path(tmp))
        wizard = SetupWizard(LedgerPaths.from_options(Path(tmp) / "new"))
        wizard.show()
        wizard.next()
        wizard.unit_page.form.name.setText("示例镇总工会")
        wizard.unit_page.form.code.setText("91350100M000100Y44")
        app.processEvents()
        wizard.grab().save(str(out / "wizard-unit.png"))
        wizard.close()
        db = open_database(paths.db_file, paths.backup_dir)
        create_demo(db)
        dialog = LoginDialog(db, "星河镇总工会（演示）", demo_hint=True)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(out / "login.png"))
        dialog.close()
        window = MainWindow(UiContext(db, login(db, "admin", "demo1234"), paths), demo=True)
        window.show()
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            app.processEvents()
            window.grab().save(str(out / f"page-{row}.png"))
        for tab in range(window.settings.tabs.count()):
            window.settings.tabs.setCurrentIndex(tab)
            app.processEvents()
            window.grab().save(str(out / f"settings-{tab}.png"))
        window.close_without_asking()
        db.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))

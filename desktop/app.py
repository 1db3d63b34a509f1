"""Builds the QApplication and runs the GUI (or its smoke test)."""

from __future__ import annotations

import logging
import sys
import tempfile
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.paths import LedgerPaths


def _configure_logging(paths: LedgerPaths) -> None:
    folder = paths.db_file.parent / "logs"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(folder / "union-ledger.log", maxBytes=1_000_000,
                                                       backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])


def create_application(argv: list[str] | None = None) -> QApplication:
    from desktop.ui.i18n import install_translators

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Union Ledger")
    app.setApplicationDisplayName("工会台账")
    app.setOrganizationName("UnionLedger")
    app.setApplicationVersion(__version__)
    install_translators(app, "zh_CN")  # before the first widget; settings may switch it later
    _use_bundled_resources(app)
    return app


def _use_bundled_resources(app: QApplication) -> None:
    """The window icon, and the bundled Chinese font where the system has none (a bare Linux desktop)."""
    from PySide6.QtGui import QFont, QFontDatabase, QIcon

    from desktop.paths import resources_dir

    icon = resources_dir() / "icons" / "union-ledger.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return  # Windows (微软雅黑) and most desktops: keep the system's own look
    font = resources_dir() / "fonts" / "wqy-microhei.ttc"
    font_id = QFontDatabase.addApplicationFont(str(font)) if font.is_file() else -1
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        app.setFont(QFont(families[0], app.font().pointSize()))


def _install_excepthook() -> None:
    def hook(exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        logging.getLogger("desktop").error("uncaught", exc_info=(exc_type, exc, tb))
        from desktop.ui.messages import show_error

        show_error(None, exc)

    sys.excepthook = hook


def run_smoke_test(app: QApplication) -> int:
    """Open the main window on a throw-away demo ledger, visit every page and tab, exit."""
    from db import open_database
    from desktop.services.auth import login
    from desktop.services.demo import DEMO_PASSWORD, create_demo
    from desktop.ui.context import UiContext
    from desktop.ui.i18n import install_translators
    from desktop.ui.main_window import MainWindow

    if not install_translators(app, "zh_CN"):
        print("界面自检失败：找不到中文翻译文件（union_ledger_zh_CN.qm），安装不完整。", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="union-ledger-smoke-") as tmp:
        paths = LedgerPaths.from_options(Path(tmp))
        db = open_database(paths.db_file, paths.backup_dir)
        try:
            create_demo(db)
            window = MainWindow(UiContext(db, login(db, "admin", DEMO_PASSWORD), paths), demo=True)
            window.show()
            visited = 0
            for row in range(window.nav.count()):
                window.nav.setCurrentRow(row)
                app.processEvents()
                visited += 1
            for tab in range(window.settings.tabs.count()):
                window.settings.tabs.setCurrentIndex(tab)
                app.processEvents()
                visited += 1
            window.close_without_asking()
            problem = _check_signed_report(db, Path(tmp))
        finally:
            db.close()
    if problem:
        print(f"报表自检失败：{problem}", file=sys.stderr)
        return 1
    print(f"界面自检通过：主窗口已打开，访问了 {visited} 个页面和选项卡；签名报表已生成并核验通过。")
    return 0


def _check_signed_report(db, folder: Path) -> str:  # type: ignore[no-untyped-def]
    """Export a signed report and verify it: proves the fonts, pdfium, pyHanko and zxing are all there."""
    from datetime import date

    from desktop.domain.periods import parse_period
    from desktop.services.auth import login
    from desktop.services.demo import DEMO_PASSWORD
    from desktop.services.reports import export_report
    from desktop.services.signing_identity import export_certificate_pem
    from desktop.signing.verify import verify_pdf

    try:
        approver = login(db, "approver", DEMO_PASSWORD)
        out = folder / "smoke.pdf"
        period = parse_period(str(date.today().year))
        export_report(db, approver, "summary", period, out, sign=True, password=DEMO_PASSWORD)
        result = verify_pdf(out.read_bytes(), [export_certificate_pem(db).encode()])
    except Exception as exc:  # the smoke test reports, never crashes
        return f"{type(exc).__name__}: {exc}"
    return "" if result.ok else "；".join(c.message for c in result.checks if not c.ok)


def run_gui(paths: LedgerPaths, smoke_test: bool = False) -> int:
    app = create_application()
    if smoke_test:
        return run_smoke_test(app)
    _configure_logging(paths)
    _install_excepthook()
    from desktop.ui.main_window import MainWindow

    # The window appears at once; the database layer is imported and opened right after,
    # while the clerk looks at it or types the password.
    window = MainWindow()
    window.show()
    # Dialogs come and go before and between sessions; the controller decides when to quit.
    app.setQuitOnLastWindowClosed(False)
    holder: dict[str, object] = {}

    def start() -> None:
        from desktop.ui.controller import AppController

        controller = AppController(app, paths, window)
        holder["controller"] = controller
        if not controller.start():
            controller.quit()

    QTimer.singleShot(0, start)
    code = app.exec()
    controller = holder.get("controller")
    if controller is not None:
        controller.shutdown()  # type: ignore[attr-defined]
    return code


def main() -> int:
    """Entry point of the ``union-ledger-gui`` launcher (no console window on Windows)."""
    from desktop.cli import main as cli_main

    return cli_main(["gui", *sys.argv[1:]])

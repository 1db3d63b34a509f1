"""Qt translations: the app's .qm (built from resources/i18n/*.ts) and Qt's own qtbase."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.paths import resources_dir

APP_CATALOG = "union_ledger"
_installed: list[QTranslator] = []


def qm_path(language: str) -> str:
    return str(resources_dir() / "i18n" / f"{APP_CATALOG}_{language}.qm")


def install_translators(app: QCoreApplication, language: str) -> bool:
    """Install (or replace) the translators for ``language``; English needs none.

    Returns False when the app's own catalogue could not be loaded.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Territory.UnitedStates))
        return True
    QLocale.setDefault(QLocale(language))
    ok = True
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for catalog, directory in ((f"qtbase_{language}", qt_dir), (qm_path(language), "")):
        translator = QTranslator(app)
        loaded = translator.load(catalog, directory) if directory else translator.load(catalog)
        if loaded:
            app.installTranslator(translator)
            _installed.append(translator)
        elif directory == "":
            ok = False
    return ok

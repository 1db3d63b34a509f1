"""Showing errors and questions to the clerk: always a sentence, never a traceback."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from db import DatabaseError
from desktop.domain.errors import DomainError
from desktop.services.errors import ServiceError

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, ServiceError | DomainError | DatabaseError):
        return str(exc)
    log.error("unexpected error", exc_info=exc)
    details = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    return QCoreApplication.translate(
        "messages", "An unexpected error occurred; nothing was changed. Details: {0}"
    ).format(details)


def show_error(parent: QWidget | None, exc: BaseException | str, title: str | None = None) -> None:
    text = exc if isinstance(exc, str) else error_text(exc)
    QMessageBox.warning(parent, title or QCoreApplication.translate("messages", "Cannot continue"), text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes

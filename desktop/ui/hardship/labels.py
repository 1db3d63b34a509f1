"""Translated labels for hardship categories and file statuses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CATEGORIES = ("deep", "relative", "accident", "none")
STATUSES = ("open", "phasing_out", "out", "closed")


def category_label(category: str) -> str:
    labels = {
        "deep": QCoreApplication.translate("hardship", "Deep hardship"),
        "relative": QCoreApplication.translate("hardship", "Relative hardship"),
        "accident": QCoreApplication.translate("hardship", "Hardship by accident"),
        "none": QCoreApplication.translate("hardship", "Not eligible"),
    }
    return labels.get(category, category)


def status_label(status: str) -> str:
    labels = {
        "open": QCoreApplication.translate("hardship", "On file"),
        "phasing_out": QCoreApplication.translate("hardship", "Phasing out"),
        "out": QCoreApplication.translate("hardship", "Out of hardship"),
        "closed": QCoreApplication.translate("hardship", "Closed"),
    }
    return labels.get(status, status)

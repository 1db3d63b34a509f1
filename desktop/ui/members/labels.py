"""Translated labels for member statuses, membership events and worker groups."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.member_search import GROUP_MIGRANT, GROUP_NEW_FORMS, GROUP_WOMEN

STATUSES = ("active", "transferred_out", "withdrawn", "deceased", "voided")


def status_label(status: str) -> str:
    labels = {
        "active": QCoreApplication.translate("members", "Active"),
        "transferred_out": QCoreApplication.translate("members", "Transferred out"),
        "withdrawn": QCoreApplication.translate("members", "Withdrawn"),
        "deceased": QCoreApplication.translate("members", "Deceased"),
        "voided": QCoreApplication.translate("members", "Voided"),
    }
    return labels.get(status, status)


def event_label(kind: str) -> str:
    labels = {
        "join": QCoreApplication.translate("members", "Joined"),
        "transfer_in": QCoreApplication.translate("members", "Transferred in"),
        "transfer": QCoreApplication.translate("members", "Internal transfer"),
        "transfer_out": QCoreApplication.translate("members", "Transferred out"),
        "withdraw": QCoreApplication.translate("members", "Withdrew"),
        "auto_withdraw": QCoreApplication.translate("members", "Automatic withdrawal"),
        "death": QCoreApplication.translate("members", "Deceased"),
        "void": QCoreApplication.translate("members", "Voided"),
    }
    return labels.get(kind, kind)


def group_filters(new_employment_groups: list[str]) -> list[tuple[str, str]]:
    """(label, MemberQuery.group value) for the group filter, "all" first."""
    return [
        (QCoreApplication.translate("members", "All groups"), ""),
        (QCoreApplication.translate("members", "Migrant workers"), GROUP_MIGRANT),
        (QCoreApplication.translate("members", "Women workers"), GROUP_WOMEN),
        (QCoreApplication.translate("members", "New forms of employment (all)"), GROUP_NEW_FORMS),
        *((group, group) for group in new_employment_groups),
    ]


def yes_no(value: bool) -> str:
    return QCoreApplication.translate("members", "Yes") if value else QCoreApplication.translate("members", "No")

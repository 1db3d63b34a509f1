"""Translated labels for stored codes (roles, audit actions)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def role_label(role: str) -> str:
    labels = {
        "admin": QCoreApplication.translate("labels", "Administrator"),
        "approver": QCoreApplication.translate("labels", "Responsible person"),
        "clerk": QCoreApplication.translate("labels", "Clerk"),
        "system": QCoreApplication.translate("labels", "System"),
    }
    return labels.get(role, role)


def action_label(action: str) -> str:
    labels = {
        "login": QCoreApplication.translate("labels", "Logged in"),
        "login.failed": QCoreApplication.translate("labels", "Failed login"),
        "login.refused": QCoreApplication.translate("labels", "Login refused"),
        "unit.create": QCoreApplication.translate("labels", "Unit created"),
        "unit.update": QCoreApplication.translate("labels", "Unit changed"),
        "user.create": QCoreApplication.translate("labels", "User created"),
        "user.update": QCoreApplication.translate("labels", "User changed"),
        "user.reset_password": QCoreApplication.translate("labels", "Password reset"),
        "user.change_password": QCoreApplication.translate("labels", "Password changed"),
        "user.unlock": QCoreApplication.translate("labels", "User unlocked"),
        "settings.update": QCoreApplication.translate("labels", "Settings changed"),
        "backup.create": QCoreApplication.translate("labels", "Backup made"),
        "backup.restore": QCoreApplication.translate("labels", "Restored from backup"),
        "backup.recover": QCoreApplication.translate("labels", "Recovered damaged database"),
    }
    return labels.get(action, action)

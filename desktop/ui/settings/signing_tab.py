"""签名证书 tab: the unit's signing certificate, who may sign with it, and the admin's tools for it."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.china_time import to_china_time
from desktop.services import signing_identity as service
from desktop.services.errors import NotFound
from desktop.services.signing_identity import IdentityInfo, ImportResult
from desktop.ui.context import UiContext
from desktop.ui.messages import confirm, show_error
from desktop.ui.settings.signing_dialogs import GrantDialog, ImportDialog, RenewDialog, run_dialog

EXPIRY_WARNING_DAYS = 90
_HOLDER = re.compile(r"\[([^\]，]+)，[^\]]*\]\s*$")  # "林晓梅 [approver，负责人]" → approver
_CN = re.compile(r"(?:^|,)CN=([^,]+)")
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def holder_username(holder: str) -> str:
    match = _HOLDER.search(holder)
    return match.group(1) if match else ""


def grouped_key_id(key_id: str) -> str:
    """64 hex digits as two lines of eight 4-digit groups, easy to read out over the phone."""
    groups = [key_id[i:i + 4].upper() for i in range(0, len(key_id), 4)]
    return "\n".join(" ".join(groups[i:i + 8]) for i in range(0, len(groups), 8))


def _value_label() -> QLabel:
    label = QLabel()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setWordWrap(True)
    return label


class SigningTab(QWidget):
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self._context = context
        self.info: IdentityInfo | None = None
        layout = QVBoxLayout(self)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)

        box = QGroupBox(self.tr("Unit signing certificate"))
        form = QFormLayout(box)
        self.subject, self.unit_code, self.issuer = _value_label(), _value_label(), _value_label()
        self.key_id, self.validity, self.origin = _value_label(), _value_label(), _value_label()
        self.retired = _value_label()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.15)
        self.key_id.setFont(mono)
        self.key_id.setWordWrap(False)
        form.addRow(self.tr("Unit (certificate subject):"), self.subject)
        form.addRow(self.tr("Unit code:"), self.unit_code)
        form.addRow(self.tr("Issuer:"), self.issuer)
        form.addRow(self.tr("Key ID (SHA-256 fingerprint):"), self.key_id)
        form.addRow(self.tr("Valid:"), self.validity)
        form.addRow(self.tr("Origin:"), self.origin)
        form.addRow(self.tr("Earlier certificates:"), self.retired)
        layout.addWidget(box)

        holders_box = QGroupBox(self.tr("Who may sign with it"))
        holders_layout = QVBoxLayout(holders_box)
        self.holders = QListWidget()
        self.holders.setMaximumHeight(110)
        holders_layout.addWidget(self.holders)
        layout.addWidget(holders_box)

        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Export certificate…"))
        self.grant_button = QPushButton(self.tr("&Grant signing…"))
        self.revoke_button = QPushButton(self.tr("Re&voke grant"))
        self.import_button = QPushButton(self.tr("&Import certificate (.p12)…"))
        self.renew_button = QPushButton(self.tr("Generate &new certificate…"))
        for button in (self.export_button, self.grant_button, self.revoke_button, self.import_button,
                       self.renew_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        if context.actor.role not in service.HOLDERS:
            hint = QLabel(self.tr("Only an administrator or a responsible person can change who may sign; "
                                  "anyone may export the certificate."))
            hint.setStyleSheet("color: #555;")
            layout.addWidget(hint)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.export_button.clicked.connect(self.export_certificate)
        self.grant_button.clicked.connect(self.grant)
        self.revoke_button.clicked.connect(self.revoke)
        self.import_button.clicked.connect(self.import_p12)
        self.renew_button.clicked.connect(self.renew)
        self.holders.itemSelectionChanged.connect(self._update_buttons)

    # --- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            self.info = service.identity_info(self._context.db)
        except NotFound:
            self.info = None
        except Exception as exc:
            self.info = None
            show_error(self, exc)
        self._show(self.info)
        self._update_buttons()

    def _show(self, info: IdentityInfo | None) -> None:
        fields = (self.subject, self.unit_code, self.issuer, self.key_id, self.validity, self.origin, self.retired)
        self.holders.clear()
        if info is None:
            for label in fields:
                label.clear()
            self.notice.setStyleSheet("color: #b00020;")
            self.notice.setText(self.tr(
                "This ledger has no signing certificate yet (it was created before signed reports existed). "
                "An administrator should press \"Generate new certificate…\" below."))
            return
        self.notice.setStyleSheet("")
        self.notice.setText(self.tr(
            "Signed reports carry this certificate. Export it and give the file to the county union once, "
            "so they can check that reports really come from this unit and were not changed."))
        self.subject.setText(info.common_name)
        self.subject.setToolTip(info.subject)
        self.unit_code.setText(info.unit_code or self.tr("(not written in the certificate)"))
        issuer_cn = _CN.search(info.issuer)
        self.issuer.setText(self.tr("Self-signed") if info.issuer == info.subject
                            else issuer_cn.group(1) if issuer_cn else info.issuer)
        self.issuer.setToolTip(info.issuer)
        self.key_id.setText(grouped_key_id(info.key_id))
        self._show_validity(info)
        self.origin.setText(info.origin_label)
        self.retired.setText(self.tr("{0} kept for checking older reports").format(info.retired)
                             if info.retired else self.tr("None"))
        self.holders.addItems(list(info.grant_holders))

    def _show_validity(self, info: IdentityInfo) -> None:
        start, end = to_china_time(info.not_before), to_china_time(info.not_after)
        text = self.tr("{0} to {1}").format(f"{start:%Y-%m-%d}", f"{end:%Y-%m-%d}")
        not_after = info.not_after if info.not_after.tzinfo else info.not_after.replace(tzinfo=UTC)
        days = (not_after - datetime.now(UTC)).days
        if not_after <= datetime.now(UTC):
            text += self.tr(" (expired: signed reports can no longer be trusted; renew or import a certificate)")
        elif days < EXPIRY_WARNING_DAYS:
            text += self.tr(" (expires in {0} days)").format(days)
        warn = not_after <= datetime.now(UTC) or days < EXPIRY_WARNING_DAYS
        self.validity.setText(text)
        self.validity.setStyleSheet("color: #b00020; font-weight: bold;" if warn else "")

    def holder_usernames(self) -> set[str]:
        return {holder_username(h) for h in self.info.grant_holders} if self.info else set()

    def _update_buttons(self) -> None:
        role, me = self._context.actor.role, self._context.actor.username
        has = self.info is not None
        holds = me in self.holder_usernames()
        no_identity = self.tr("The ledger has no signing certificate yet.")
        self._allow(self.export_button, has, no_identity)
        if role not in service.HOLDERS:
            self._allow(self.grant_button, False, self.tr(
                "Only an administrator or a responsible person who holds a signing grant can grant signing."))
        elif not has:
            self._allow(self.grant_button, False, no_identity)
        else:
            self._allow(self.grant_button, holds, self.tr(
                "You do not hold a signing grant yourself; ask an administrator or another holder."))
        if role != "admin":
            self._allow(self.revoke_button, False, self.tr("Only an administrator can revoke a signing grant."))
        else:
            self._allow(self.revoke_button, has and bool(self.holders.selectedItems()),
                        self.tr("Select the person in the list above first."))
        self._allow(self.import_button, role in service.HOLDERS, self.tr(
            "Only an administrator or a responsible person can import a certificate."))
        self._allow(self.renew_button, role == "admin", self.tr(
            "Only an administrator can generate a new certificate."))

    @staticmethod
    def _allow(button: QPushButton, allowed: bool, why_not: str) -> None:
        button.setEnabled(allowed)
        button.setToolTip("" if allowed else why_not)

    # --- actions -------------------------------------------------------------------------------

    def default_export_name(self) -> str:
        unit = _UNSAFE.sub("_", self.info.common_name if self.info else "").strip("_") or "unit"
        return self.tr("{0}_signing certificate.pem").format(unit)

    def export_certificate(self) -> None:
        try:
            pem = service.export_certificate_pem(self._context.db)
        except Exception as exc:
            show_error(self, exc)
            return
        suggested = Path.home() / self.default_export_name()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export signing certificate"), str(suggested),
                                              self.tr("Certificate (*.pem)"))
        if not name:
            return
        target = Path(name)
        if target.suffix.lower() != ".pem":
            target = target.with_name(target.name + ".pem")
        try:
            target.write_text(pem, encoding="ascii")
        except OSError as exc:
            show_error(self, self.tr("Cannot write {0}: {1}").format(target, exc.strerror or exc))
            return
        self.status.setText(self.tr("Certificate saved as {0}. Give this file to the county union so it can "
                                    "verify your reports.").format(target))

    def grant(self) -> None:
        dialog = GrantDialog(self._context, self.holder_usernames(), self)

        def done(who: str) -> None:
            self.refresh()
            self.status.setText(self.tr("Signing granted to {0}; they sign with their own password.").format(who))

        run_dialog(dialog, done)

    def revoke(self) -> None:
        items = self.holders.selectedItems()
        if not items:
            return
        holder = items[0].text()
        if not confirm(self, self.tr("Revoke grant"), self.tr(
                "Revoke the signing grant of {0}? They will no longer be able to sign reports.").format(holder)):
            return
        try:
            service.revoke_signing(self._context.db, self._context.actor, holder_username(holder))
        except Exception as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.status.setText(self.tr("The signing grant of {0} was revoked.").format(holder))

    def import_p12(self) -> None:
        def done(result: ImportResult) -> None:
            self.refresh()
            self.status.setText(result.message)
            QMessageBox.information(self, self.tr("Import certificate"), result.message)

        run_dialog(ImportDialog(self._context, self), done)

    def renew(self) -> None:
        def done(info: IdentityInfo) -> None:
            self.refresh()
            text = self.tr("A new certificate was generated (key ID {0}…). The old one is retired and kept. "
                           "Only you hold a signing grant now: grant signing to the responsible person again, "
                           "and export the new certificate for the county union.").format(info.key_id[:16].upper())
            self.status.setText(text)
            QMessageBox.information(self, self.tr("Generate new certificate"), text)

        run_dialog(RenewDialog(self._context, self.info is not None, self), done)

"""Small dialogs for the workflow steps: reject (comment), mark paid, reverse (reason), void (reason).

Each calls one service; a refusal is shown inside the dialog in the service's words, and the
dialog stays open with everything typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop.services import aid_approval
from desktop.services.disbursements import void_disbursement
from desktop.services.errors import ServiceError
from desktop.services.vocabulary import all_terms
from desktop.ui.action_dialog import ActionDialog
from desktop.ui.context import UiContext
from desktop.ui.members.date_field import DateField


class TextDialog(ActionDialog):
    """One required line of text (a comment or a reason) handed to ``action``."""

    def __init__(self, title: str, prompt: str, caption: str, ok_text: str, action: Callable[[str], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(title, prompt, ok_text, parent)
        self._action = action
        self.text = QLineEdit()
        self.text.setMaxLength(300)
        self.form.addRow(caption, self.text)
        self.finish_layout()

    def run(self) -> Any:
        return self._action(self.text.text())


def reject_dialog(context: UiContext, ids: list[int], parent: QWidget | None = None) -> TextDialog:
    ctx = context
    return TextDialog(
        QCoreApplication.translate("aid", "Return for correction"),
        QCoreApplication.translate("aid", "The {0} selected record(s) go back to the clerk who entered them. Say what is wrong and what "
                  "to change; the comment is required.").format(len(ids)),
        QCoreApplication.translate("aid", "&Comment:"), QCoreApplication.translate("aid", "&Return"),
        lambda comment: aid_approval.reject(ctx.db, ctx.actor, ids, comment), parent)


def void_dialog(context: UiContext, disbursement_id: int, parent: QWidget | None = None) -> TextDialog:
    ctx = context
    return TextDialog(
        QCoreApplication.translate("aid", "Void record"),
        QCoreApplication.translate("aid", "Void this record only if it was entered by mistake. It stays in the ledger with its history "
                  "but never counts. Why is it void?"),
        QCoreApplication.translate("aid", "&Reason:"), QCoreApplication.translate("aid", "&Void"),
        lambda reason: void_disbursement(ctx.db, ctx.actor, disbursement_id, reason), parent)


def reverse_dialog(context: UiContext, disbursement_id: int, parent: QWidget | None = None) -> TextDialog:
    ctx = context
    return TextDialog(
        QCoreApplication.translate("aid", "Reverse record"),
        QCoreApplication.translate("aid", "An approved or paid record is never changed. A reversal enters the same amounts negated, "
                  "referencing this record; once approved it nets this record out of every total. Enter a "
                  "corrected record afterwards if needed. Why is it reversed?"),
        QCoreApplication.translate("aid", "&Reason:"), QCoreApplication.translate("aid", "&Reverse"),
        lambda reason: aid_approval.reverse(ctx.db, ctx.actor, disbursement_id, reason), parent)


class MarkPaidDialog(ActionDialog):
    """登记发放: the date, how it was paid, and the receipt or the recipient's sign-off."""

    def __init__(self, context: UiContext, ids: list[int], *, method: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mark as paid"),
                         self.tr("Record that the approved money reached the recipient."), self.tr("&Mark paid"),
                         parent)
        self._context, self._ids = context, ids
        self.paid_on = DateField()
        self.paid_on.set_value(date.today())
        self.method = QComboBox()
        self.method.addItem("")
        self.method.addItems(all_terms(context.db).get("pay_method", []))
        if method:
            self.method.setCurrentText(method)
        self.receipt = QLineEdit()
        self.receipt.setMaxLength(200)
        self.receipt.setPlaceholderText(self.tr("Signed by the recipient, signed by a proxy, or the bank slip number"))
        self.form.addRow(self.tr("Paid &on:"), self.paid_on)
        self.form.addRow(self.tr("&Method:"), self.method)
        self.form.addRow(self.tr("&Receipt / sign-off:"), self.receipt)
        self.finish_layout()

    def run(self) -> int:
        when = self.paid_on.value()
        if not self.paid_on.is_valid() or when is None:
            raise ServiceError(self.tr("Date not understood: write it as 2024-03-05."))
        ctx = self._context
        return aid_approval.mark_paid(ctx.db, ctx.actor, self._ids, when, self.method.currentText(),
                                      self.receipt.text())

"""会籍变动 dialogs: transfer, withdraw, death, and a reason dialog for voiding.

Each calls one service; a refusal (an impossible move) is shown in the dialog in the service's words.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from desktop.services import member_lifecycle
from desktop.services.errors import ServiceError
from desktop.services.membership import MemberDetail
from desktop.services.organizations import organization_names
from desktop.ui.action_dialog import ActionDialog
from desktop.ui.context import UiContext
from desktop.ui.members.date_field import DateField
from desktop.ui.organizations.picker import OrganizationPicker


class ReasonDialog(ActionDialog):
    """作废 with a required reason; ``action(reason)`` is the service call."""

    def __init__(self, title: str, prompt: str, ok_text: str, action: Callable[[str], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(title, "", ok_text, parent, min_width=460)
        self._action = action
        text = QLabel(prompt)
        text.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(300)
        self.form.addRow(text)
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.finish_layout()

    def run(self) -> Any:
        return self._action(self.reason.text())


class LifecycleDialog(ActionDialog):
    """转移, 退会 or 登记去世 for one member (``kind``: "transfer", "withdraw" or "death")."""

    def __init__(self, context: UiContext, member: MemberDetail, kind: str, parent: QWidget | None = None) -> None:
        super().__init__("", "", "", parent, min_width=460)
        titles = {"transfer": self.tr("Transfer {0}"), "withdraw": self.tr("Withdraw {0}"),
                  "death": self.tr("Record the death of {0}")}
        oks = {"transfer": self.tr("&Transfer"), "withdraw": self.tr("&Withdraw"), "death": self.tr("&Record")}
        self.setWindowTitle(titles[kind].format(member.draft.name))
        self.ok_button.setText(oks[kind])
        self._context, self._member, self.kind = context, member, kind
        self.when = DateField()
        self.when.set_value(date.today())
        self.reason = QLineEdit()
        self.reason.setMaxLength(300)
        self.form.addRow(QLabel(self.tr("Current employer: {0}").format(member.organization_name)))
        self.form.addRow(self.tr("&Date:"), self.when)
        if kind == "transfer":
            self.inside = QRadioButton(self.tr("To another &organization of this union:"))
            self.outside = QRadioButton(self.tr("Out to &another union:"))
            group = QButtonGroup(self)
            group.addButton(self.inside)
            group.addButton(self.outside)
            self.inside.setChecked(True)
            self.target = OrganizationPicker()
            self.target.set_organizations((org_id, name) for org_id, name in organization_names(context.db)
                                          if org_id != member.draft.organization_id)
            self.target.set_current_id(None)
            self.other_union = QLineEdit()
            self.other_union.setPlaceholderText(self.tr("Name of the union the member moves to"))
            self.form.addRow(self.inside)
            self.form.addRow("", self.target)
            self.form.addRow(self.outside)
            self.form.addRow("", self.other_union)
            self.inside.toggled.connect(self._transfer_kind_changed)
            self._transfer_kind_changed()
        elif kind == "withdraw":
            self.automatic = QCheckBox(self.tr("Automatic withdrawal (six months without dues)"))
            self.form.addRow("", self.automatic)
        self.form.addRow(self.tr("&Reason:") if kind != "death" else self.tr("&Note:"), self.reason)
        self.finish_layout()

    def _transfer_kind_changed(self) -> None:
        inside = self.inside.isChecked()
        self.target.setEnabled(inside)
        self.other_union.setEnabled(not inside)

    def run(self) -> MemberDetail:
        if not self.when.is_valid() or self.when.value() is None:
            raise ServiceError(self.tr("Date not understood: write it as 2024-03-05."))
        when = self.when.value()
        assert when is not None
        ctx, member_id = self._context, self._member.id
        if self.kind == "transfer":
            if self.inside.isChecked():
                target = self.target.current_id()
                if target is None:
                    raise ServiceError(self.tr("Choose the organization the member moves to."))
                return member_lifecycle.transfer_member(ctx.db, ctx.actor, member_id, when, to_organization_id=target,
                                                        reason=self.reason.text())
            return member_lifecycle.transfer_member(ctx.db, ctx.actor, member_id, when,
                                                    other_union=self.other_union.text(), reason=self.reason.text())
        if self.kind == "withdraw":
            return member_lifecycle.withdraw_member(ctx.db, ctx.actor, member_id, when, reason=self.reason.text(),
                                                    automatic=self.automatic.isChecked())
        return member_lifecycle.record_death(ctx.db, ctx.actor, member_id, when, reason=self.reason.text())

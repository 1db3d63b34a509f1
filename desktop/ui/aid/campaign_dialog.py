"""帮扶活动 form: name, kind, dates, fund source and budget; problems show beside each field.

Also home to the small helpers the aid forms share: amounts typed in 元, 元 text for fen.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from desktop.domain.money import InvalidAmount, parse_amount
from desktop.services.aid_campaigns import CampaignDraft, CampaignRow, create_campaign, update_campaign
from desktop.services.member_rules import FieldProblem
from desktop.services.vocabulary import all_terms
from desktop.ui.context import UiContext
from desktop.ui.field_errors import FieldErrors, problems_of
from desktop.ui.members.date_field import DateField
from desktop.ui.members.entry_form import set_combo_text
from desktop.ui.messages import confirm


def yuan_text(fen: int | None) -> str:
    """Fen as 元 for an edit box: 50000 → "500.00"; None → ""."""
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    return f"{sign}{abs(fen) // 100}.{abs(fen) % 100:02d}"


def amount_or_problem(text: str, field: str, problems: list[FieldProblem], *, empty: int | None = 0) -> int | None:
    """The fen typed in ``text`` (``empty`` when blank), or None with a problem added."""
    if not text.strip():
        return empty
    try:
        return parse_amount(text)
    except InvalidAmount as exc:
        problems.append(FieldProblem(field, str(exc)))
        return None


class CampaignDialog(QDialog):
    """New campaign, or (with ``campaign``) corrections to one; ``saved_id`` once saved."""

    def __init__(self, context: UiContext, campaign: CampaignRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self._campaign = context, campaign
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit campaign") if campaign else self.tr("New campaign"))
        self.setMinimumWidth(520)
        terms = all_terms(context.db)
        self.name = QLineEdit()
        self.name.setMaxLength(100)
        self.name.setPlaceholderText(self.tr("e.g. 2026 New Year and Spring Festival warmth campaign"))
        self.kind = QComboBox()
        self.kind.addItems(terms.get("aid_kind", []))
        self.starts_on = DateField()
        self.ends_on = DateField()
        self.ends_on.setPlaceholderText(self.tr("YYYY-MM-DD (optional)"))
        self.fund_source = QComboBox()
        self.fund_source.addItem("")
        self.fund_source.addItems(terms.get("fund_source", []))
        self.budget = QLineEdit()
        self.budget.setPlaceholderText(self.tr("in yuan, e.g. 30000; empty = no budget"))
        self.description = QLineEdit()
        self.description.setMaxLength(500)
        form = QFormLayout(self)
        self.errors = FieldErrors(form, "name")
        self.errors.add("name", self.tr("&Name:"), self.name)
        self.errors.add("kind", self.tr("&Kind:"), self.kind)
        self.errors.add("starts_on", self.tr("&Starts on:"), self.starts_on)
        self.errors.add("ends_on", self.tr("&Ends on:"), self.ends_on)
        self.errors.add("fund_source", self.tr("&Fund source:"), self.fund_source)
        self.errors.add("budget_fen", self.tr("&Budget (yuan):"), self.budget)
        self.errors.add("description", self.tr("&Description:"), self.description)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("&Save (Enter)"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.save_button.setDefault(True)  # once inside the dialog, or the dialog does not know it
        if campaign is not None:
            d = campaign.draft
            self.name.setText(d.name)
            set_combo_text(self.kind, d.kind)
            self.starts_on.set_value(d.starts_on)
            self.ends_on.set_value(d.ends_on)
            set_combo_text(self.fund_source, d.fund_source)
            self.budget.setText(yuan_text(d.budget_fen))
            self.description.setText(d.description)
        else:
            self.starts_on.set_value(date.today())
        self._baseline = self.snapshot()
        self.name.setFocus()

    def snapshot(self) -> tuple[str, ...]:
        return (self.name.text(), self.kind.currentText(), self.starts_on.text(), self.ends_on.text(),
                self.fund_source.currentText(), self.budget.text(), self.description.text())

    def has_unsaved_changes(self) -> bool:
        return self.snapshot() != self._baseline

    def collect(self) -> tuple[CampaignDraft | None, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        for field, widget in (("starts_on", self.starts_on), ("ends_on", self.ends_on)):
            widget.tidy()
            if not widget.is_valid():
                problems.append(FieldProblem(field, self.tr("Date not understood: write it as 2026-01-05.")))
        starts_on = self.starts_on.value()
        if starts_on is None and self.starts_on.is_valid():
            problems.append(FieldProblem("starts_on", self.tr("Enter the date the campaign starts.")))
        budget = amount_or_problem(self.budget.text(), "budget_fen", problems, empty=None)
        if problems or starts_on is None:
            return None, problems
        return CampaignDraft(self.name.text(), self.kind.currentText(), starts_on, self.ends_on.value(),
                             self.fund_source.currentText(), budget, self.description.text()), problems

    def save(self) -> bool:
        draft, problems = self.collect()
        if draft is None:
            self.errors.show(problems, self)
            return False
        ctx = self._context
        try:
            if self._campaign is None:
                self.saved_id = create_campaign(ctx.db, ctx.actor, draft)
            else:
                update_campaign(ctx.db, ctx.actor, self._campaign.id, draft)
                self.saved_id = self._campaign.id
        except Exception as exc:
            self.errors.show(problems_of(exc, "name"), self)
            return False
        self._baseline = self.snapshot()
        self.accept()
        return True

    def close_without_asking(self) -> None:
        """Discard what was typed (log-out, tests)."""
        self._baseline = self.snapshot()
        super().reject()

    def reject(self) -> None:
        if self.has_unsaved_changes() and not confirm(
                self, self.tr("Unsaved changes"), self.tr("The campaign has not been saved. Discard the changes?")):
            return
        super().reject()

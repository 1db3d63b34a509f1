"""发放登记: the recipient first, then campaign, category, date, money; Enter saves and submits (连续录入).

After a save the form clears for the next recipient and keeps the campaign, category, date, fund
source and method. Problems are shown beside their fields in the service's words; a 负责人 can
allow a second payment in the same campaign by giving a reason; a campaign over budget asks first.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.domain.money import format_amount, parse_amount
from desktop.services.aid_campaigns import CampaignRow, list_campaigns
from desktop.services.disbursements import (
    EDITABLE,
    DisbursementDraft,
    create_disbursement,
    submit_disbursements,
    update_disbursement,
)
from desktop.services.errors import ConfirmationNeeded, ServiceError
from desktop.services.member_rules import FieldProblem, InvalidMember
from desktop.services.person_rules import Identity
from desktop.services.vocabulary import all_terms
from desktop.ui.aid.person_finder import PersonFinder
from desktop.ui.context import UiContext
from desktop.ui.form_state import chain_tab_order
from desktop.ui.members.date_field import DateField
from desktop.ui.members.entry_form import ERROR_STYLE, HINT_STYLE, grow_to_fit, set_combo_text
from desktop.ui.messages import confirm, show_error

PERSON_FIELDS = ("name", "id_number", "phone", "id_type", "gender", "birth_date")


def _money_text(fen: int) -> str:
    """Fen as the clerk would type yuan: 50000 → "500", 123450 → "1234.50"."""
    if not fen:
        return ""
    return str(fen // 100) if fen % 100 == 0 else f"{fen // 100}.{fen % 100:02d}"


class DisbursementDialog(QDialog):
    """New records one after another, or (with ``record_id`` and ``draft``) corrections to a draft/rejected one."""

    saved = Signal(int)  # the record id

    def __init__(self, context: UiContext, *, record_id: int | None = None, draft: DisbursementDraft | None = None,
                 status: str = "draft", read_only_message: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self._record_id = context, record_id
        self.saved_count = 0
        self._campaigns: dict[int, CampaignRow] = {c.id: c for c in list_campaigns(context.db)}
        terms = all_terms(context.db)
        self.setWindowTitle(self.tr("Edit disbursement") if record_id else self.tr("Enter disbursements"))
        self._errors: dict[str, QLabel] = {}
        self.finder = PersonFinder(context.db)
        self.campaign = QComboBox()
        self.campaign.addItem(self.tr("(no campaign)"), None)
        for row in self._campaigns.values():
            self.campaign.addItem(row.name, row.id)
        self.category = QComboBox()
        self.category.addItem("")
        self.category.addItems(terms.get("aid_kind", []))
        self.aid_date = DateField()
        self.aid_date.set_value(date.today())
        self.cash = QLineEdit()
        self.cash.setPlaceholderText(self.tr("in yuan, e.g. 500 or 1,234.50"))
        self.items = QLineEdit()
        self.items.setMaxLength(200)
        self.items.setPlaceholderText(self.tr("e.g. rice, flour and oil"))
        self.items_value = QLineEdit()
        self.items_value.setPlaceholderText(self.tr("value of the items in yuan"))
        self.fund_source = QComboBox()
        self.fund_source.addItem("")
        self.fund_source.addItems(terms.get("fund_source", []))
        self.method = QComboBox()
        self.method.addItem("")
        self.method.addItems(terms.get("pay_method", []))
        self.evidence = QLineEdit()
        self.evidence.setMaxLength(300)
        self.evidence.setPlaceholderText(self.tr("attachments kept on paper, e.g. admission letter copy"))
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.duplicate_reason = QLineEdit()
        self.duplicate_reason.setMaxLength(300)
        self.duplicate_reason.setPlaceholderText(self.tr("why this person is paid twice in the campaign"))

        self.form = QFormLayout()
        self._add("person_id", self.tr("&Recipient:"), self.finder)
        self._add("duplicate_override", self.tr("Override reason:"), self.duplicate_reason)
        self._set_row_visible(self.duplicate_reason, False)
        self._add("campaign_id", self.tr("Ca&mpaign:"), self.campaign)
        self._add("category", self.tr("Ca&tegory:"), self.category)
        self._add("aid_date", self.tr("&Date:"), self.aid_date)
        self._add("cash_fen", self.tr("&Cash (yuan):"), self.cash)
        self._add("items", self.tr("&Items:"), self.items)
        self._add("items_value_fen", self.tr("Items &value (yuan):"), self.items_value)
        self._add("fund_source", self.tr("&Fund source:"), self.fund_source)
        self._add("method", self.tr("Payment met&hod:"), self.method)
        self._add("evidence", self.tr("Attachments (e&vidence):"), self.evidence)
        self._add("note", self.tr("&Note:"), self.note)
        self.read_only_line = QLabel(read_only_message)
        self.read_only_line.setWordWrap(True)
        self.read_only_line.setStyleSheet(ERROR_STYLE)
        self.read_only_line.setVisible(bool(read_only_message))
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        self.status_line.setStyleSheet(HINT_STYLE)
        self.draft_button = QPushButton(self.tr("Save as &draft"))
        self.draft_button.setAutoDefault(False)
        self.submit_button = QPushButton(self.tr("&Save and submit (Enter)"))
        self.submit_button.setDefault(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.draft_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(self.tr("Close (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setAutoDefault(False)
        self.draft_button.clicked.connect(lambda: self.save(submit=False))
        self.submit_button.clicked.connect(lambda: self.save(submit=True))
        self.close_button.clicked.connect(self.reject)
        help_text = QLabel(self.tr(
            "Find the recipient first (Enter picks), then Tab through the fields. Enter saves and submits for "
            "approval; the form then clears for the next recipient and keeps the campaign, category and date."))
        help_text.setWordWrap(True)
        help_text.setStyleSheet("color: #555555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_line)
        layout.addLayout(self.form)
        if record_id is None:
            layout.addWidget(help_text)
        layout.addWidget(self.status_line)
        layout.addWidget(buttons)

        self.fields: list[QWidget] = [self.finder.search, self.campaign, self.category, self.aid_date, self.cash,
                                      self.items, self.items_value, self.fund_source, self.method, self.evidence,
                                      self.note]
        chain_tab_order(self.fields)
        self.campaign.currentIndexChanged.connect(self._campaign_chosen)
        self.finder.picked.connect(self._person_picked)
        if draft is not None:
            self.load(draft)
        if read_only_message or (record_id is not None and status not in EDITABLE):
            for widget in [*self.fields, self.finder, self.draft_button, self.submit_button]:
                widget.setEnabled(False)
        self._baseline = self.snapshot()
        if draft is None:
            self.finder.setFocus()
        self.resize(720, self.sizeHint().height())

    # ------------------------------------------------------------ layout helpers

    def _add(self, field: str, caption: str, widget: QWidget) -> None:
        self.form.addRow(caption, widget)
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        self.form.addRow("", error)
        self.form.setRowVisible(error, False)
        self._errors[field] = error

    def _set_row_visible(self, widget: QWidget, visible: bool) -> None:
        self.form.setRowVisible(widget, visible)

    def set_problem(self, field: str, message: str) -> None:
        label = self._errors.get(field) or self._errors["person_id"]
        label.setText(message)
        self.form.setRowVisible(label, bool(message))
        if message:
            grow_to_fit(self)

    def problem(self, field: str) -> str:
        return self._errors[field].text()

    def show_problems(self, problems: list[FieldProblem]) -> None:
        for field in self._errors:
            self.set_problem(field, "")
        person_problems = [p for p in problems if p.field in PERSON_FIELDS]
        self.finder.show_problems(person_problems)
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            if problem.field in PERSON_FIELDS:
                continue
            by_field.setdefault(problem.field if problem.field in self._errors else "person_id", []).append(
                problem.message)
        for field, messages in by_field.items():
            self.set_problem(field, "\n".join(messages))
        if problems:
            self._focus(problems[0].field)

    def _focus(self, field: str) -> None:
        widgets = {"person_id": self.finder, "campaign_id": self.campaign, "category": self.category,
                   "aid_date": self.aid_date, "cash_fen": self.cash, "items": self.items,
                   "items_value_fen": self.items_value, "fund_source": self.fund_source, "method": self.method,
                   "evidence": self.evidence, "note": self.note, "duplicate_override": self.duplicate_reason,
                   "name": self.finder.new_name, "id_number": self.finder.new_id_number,
                   "phone": self.finder.new_phone}
        widget = widgets.get(field, self.finder)
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    # ------------------------------------------------------------ values

    def _person_picked(self, _person_id: int) -> None:
        """Next: the campaign for a first record, the amount when campaign and category are kept from the last."""
        self.set_problem("person_id", "")
        if self.isEnabled() and self.finder.isEnabled():
            kept = self.campaign.currentData() is not None and self.category.currentText()
            (self.cash if kept else self.campaign).setFocus()

    def _campaign_chosen(self) -> None:
        row = self._campaigns.get(self.campaign.currentData())
        if row is None:
            return
        set_combo_text(self.category, row.draft.kind)
        if row.draft.fund_source:
            set_combo_text(self.fund_source, row.draft.fund_source)

    def load(self, draft: DisbursementDraft) -> None:
        self.finder.set_person_id(draft.person_id)
        index = self.campaign.findData(draft.campaign_id)
        if index < 0 and draft.campaign_id is not None:
            self.campaign.addItem(self.tr("Campaign #{0}").format(draft.campaign_id), draft.campaign_id)
            index = self.campaign.count() - 1
        self.campaign.blockSignals(True)
        self.campaign.setCurrentIndex(max(0, index))
        self.campaign.blockSignals(False)
        set_combo_text(self.category, draft.category)
        self.aid_date.set_value(draft.aid_date)
        self.cash.setText(_money_text(draft.cash_fen))
        self.items.setText(draft.items)
        self.items_value.setText(_money_text(draft.items_value_fen))
        set_combo_text(self.fund_source, draft.fund_source)
        set_combo_text(self.method, draft.method)
        self.evidence.setText(draft.evidence)
        self.note.setText(draft.note)

    def snapshot(self) -> tuple[object, ...]:
        return (self.finder.snapshot(), self.campaign.currentIndex(), self.category.currentText(),
                self.aid_date.text(), self.cash.text(), self.items.text(), self.items_value.text(),
                self.fund_source.currentText(), self.method.currentText(), self.evidence.text(), self.note.text(),
                self.duplicate_reason.text())

    def has_unsaved_changes(self) -> bool:
        return self.snapshot() != self._baseline

    def collect(self) -> tuple[DisbursementDraft | None, Identity | None, list[FieldProblem]]:
        """The draft as typed, the new person (if any), and what only the form can see."""
        problems: list[FieldProblem] = []
        amounts: dict[str, int] = {}
        for field, edit in (("cash_fen", self.cash), ("items_value_fen", self.items_value)):
            try:
                amounts[field] = parse_amount(edit.text()) if edit.text().strip() else 0
            except DomainError as exc:
                problems.append(FieldProblem(field, str(exc)))
        self.aid_date.tidy()
        when = self.aid_date.value()
        if not self.aid_date.is_valid() or when is None:
            problems.append(FieldProblem("aid_date", self.tr("Date not understood: write it as 2024-03-05.")))
        identity: Identity | None = None
        if self.finder.is_new_person():
            try:
                identity = self.finder.new_identity()
            except InvalidMember as exc:
                problems += exc.problems
        elif self.finder.person_id() is None:
            problems.append(FieldProblem("person_id", self.tr(
                "Choose the recipient: type a name, ID number or mobile and pick with Enter, or register a new "
                "person.")))
        if problems:
            return None, identity, problems
        assert when is not None
        draft = DisbursementDraft(
            person_id=self.finder.person_id() or 0, category=self.category.currentText(), aid_date=when,
            cash_fen=amounts["cash_fen"], items=self.items.text(), items_value_fen=amounts["items_value_fen"],
            campaign_id=self.campaign.currentData(), fund_source=self.fund_source.currentText(),
            method=self.method.currentText(), evidence=self.evidence.text(), note=self.note.text())
        return draft, identity, []

    # ------------------------------------------------------------ saving

    def save(self, *, submit: bool = True) -> bool:
        """Save (and submit); on problems show each beside its field and keep everything typed."""
        draft, identity, problems = self.collect()
        if draft is None:
            self.show_problems(problems)
            return False
        ctx = self._context
        confirmed: frozenset[str] = frozenset()
        reason = self.duplicate_reason.text() if self.form.isRowVisible(self.duplicate_reason) else ""
        while True:
            try:
                if self._record_id is None:
                    record_id = create_disbursement(ctx.db, ctx.actor, draft, recipient=identity, submit=submit,
                                                    duplicate_reason=reason, confirm=confirmed)
                else:
                    record_id = self._record_id
                    update_disbursement(ctx.db, ctx.actor, record_id, draft, duplicate_reason=reason,
                                        confirm=confirmed)
                    if submit:
                        submit_disbursements(ctx.db, ctx.actor, [record_id])
                break
            except ConfirmationNeeded as exc:
                if not confirm(self, self.tr("Please confirm"), exc.message):
                    return False
                confirmed |= {exc.key}
            except InvalidMember as exc:
                self.show_problems(exc.problems)
                self.status_line.clear()
                return False
            except ServiceError as exc:
                self._service_refused(exc)
                return False
            except Exception as exc:
                show_error(self, exc)
                return False
        self._saved(record_id, submit)
        return True

    def _service_refused(self, exc: ServiceError) -> None:
        self.show_problems([FieldProblem(exc.field or "person_id", exc.message)])
        self.status_line.clear()
        if exc.field == "person_id" and self._context.actor.role == "approver":
            # double aid: a 负责人 may allow it with a reason
            self._set_row_visible(self.duplicate_reason, True)
            self.set_problem("duplicate_override", self.tr(
                "As the responsible person you may allow this second payment: give the reason here and save again."))
            self.duplicate_reason.setFocus()
            grow_to_fit(self)

    def _saved(self, record_id: int, submitted: bool) -> None:
        self.saved_count += 1
        self.saved.emit(record_id)
        if self._record_id is not None:
            self._baseline = self.snapshot()
            self.accept()
            return
        person = self.finder.person()
        name = person.name if person else self.finder.new_name.text().strip()
        total = (parse_amount(self.cash.text() or "0") + parse_amount(self.items_value.text() or "0"))
        what = self.tr("submitted for approval") if submitted else self.tr("saved as draft")
        self.status_line.setText(self.tr("{0}: {1} {2} ({3} this session)").format(
            what, name, format_amount(total), self.saved_count))
        self.clear_for_next()

    def clear_for_next(self) -> None:
        """Empty the recipient and amounts; campaign, category, date, fund source and method stay."""
        self.finder.clear()
        for edit in (self.cash, self.items, self.items_value, self.evidence, self.note, self.duplicate_reason):
            edit.clear()
        self._set_row_visible(self.duplicate_reason, False)
        for field in self._errors:
            self.set_problem(field, "")
        self._baseline = self.snapshot()
        self.finder.setFocus()

    # ------------------------------------------------------------ closing

    def close_without_asking(self) -> None:
        """Discard what was typed (log-out, restore, tests)."""
        self._baseline = self.snapshot()
        super().reject()

    def reject(self) -> None:
        """Esc, the Close button and the window's close box all come here."""
        if self.has_unsaved_changes() and not confirm(
                self, self.tr("Unsaved changes"),
                self.tr("The disbursement being entered has not been saved. Discard what was typed?")):
            return
        super().reject()

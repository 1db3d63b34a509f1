"""建会单位 form: the credit code is checked as it is typed; refusals show beside the field."""

from __future__ import annotations

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.domain.credit_code import describe_credit_code
from desktop.domain.errors import DomainError
from desktop.services.errors import ServiceError
from desktop.services.organizations import (
    OrganizationDraft,
    OrganizationInfo,
    create_organization,
    update_organization,
)
from desktop.services.vocabulary import all_terms
from desktop.ui.context import UiContext
from desktop.ui.members.date_field import DateField
from desktop.ui.members.entry_form import ERROR_STYLE, HINT_STYLE, grow_to_fit, set_combo_text
from desktop.ui.messages import confirm, error_text

VOCABULARY_COMBOS = {"nature": "org_nature", "economic_type": "economic_type", "industry": "industry",
                     "union_type": "union_type"}


class OrganizationDialog(QDialog):
    """Create an organization, or edit one (read-only when it was voided)."""

    def __init__(self, context: UiContext, organization: OrganizationInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self._org = context, organization
        self.saved: OrganizationInfo | None = None
        self.setWindowTitle(self.tr("Edit organization") if organization else self.tr("New organization"))
        self.setMinimumWidth(560)
        self._errors: dict[str, QLabel] = {}
        self.form = QFormLayout(self)
        self.name = QLineEdit()
        self.credit_code = QLineEdit()
        self.credit_code.setMaxLength(18)
        self.credit_code.setPlaceholderText(self.tr("18-character unified social credit code"))
        self.code_status = QLabel()
        self.code_status.setWordWrap(True)
        self.union_name = QLineEdit()
        self.union_name.setPlaceholderText(self.tr("e.g. XX Company Trade Union Committee"))
        self.nature, self.economic_type, self.industry, self.union_type = (QComboBox() for _ in range(4))
        terms = all_terms(context.db)
        for field, kind in VOCABULARY_COMBOS.items():
            combo: QComboBox = getattr(self, field)
            combo.addItem("")
            combo.addItems(terms.get(kind, []))
        self.founded_on = DateField()
        self.employee_count = QLineEdit()
        self.employee_count.setValidator(QIntValidator(0, 10_000_000, self))
        self.chairman = QLineEdit()
        self.phone = QLineEdit()
        self.address = QLineEdit()
        self._add("name", self.tr("Organization &name:"), self.name)
        self._add("credit_code", self.tr("&Credit code:"), self.credit_code)
        self.form.addRow("", self.code_status)
        self.form.setRowVisible(self.code_status, False)
        self._add("union_name", self.tr("&Union name:"), self.union_name)
        self._add("nature", self.tr("Nature:"), self.nature)
        self._add("economic_type", self.tr("Economic type:"), self.economic_type)
        self._add("industry", self.tr("Industry:"), self.industry)
        self._add("union_type", self.tr("Union type:"), self.union_type)
        self._add("founded_on", self.tr("Union &founded on:"), self.founded_on)
        self._add("employee_count", self.tr("&Employees:"), self.employee_count)
        self._add("chairman", self.tr("Union c&hairman:"), self.chairman)
        self._add("phone", self.tr("&Phone:"), self.phone)
        self._add("address", self.tr("&Address:"), self.address)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.form.addRow(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.form.addRow(self.buttons)
        self.credit_code.textChanged.connect(self._check_code)
        self.credit_code.textChanged.connect(lambda _t: self.set_problem("credit_code", ""))
        self.name.textChanged.connect(lambda _t: self.set_problem("name", ""))
        if organization is not None:
            self._load(organization)
            if organization.voided:
                self.message.setText(self.tr("Voided: {0}").format(organization.void_reason))
                for widget in self._widgets():
                    widget.setEnabled(False)
                self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self._baseline = self._snapshot()

    def _add(self, field: str, label: str, widget: QWidget) -> None:
        self.form.addRow(label, widget)
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        self.form.addRow("", error)
        self.form.setRowVisible(error, False)
        self._errors[field] = error

    def _widgets(self) -> list[QWidget]:
        return [self.name, self.credit_code, self.union_name, self.nature, self.economic_type, self.industry,
                self.union_type, self.founded_on, self.employee_count, self.chairman, self.phone, self.address]

    def _snapshot(self) -> tuple[str, ...]:
        return tuple(w.currentText() if isinstance(w, QComboBox) else w.text()  # type: ignore[attr-defined]
                     for w in self._widgets())

    def _load(self, org: OrganizationInfo) -> None:
        for field in ("name", "credit_code", "union_name", "chairman", "phone", "address"):
            getattr(self, field).setText(getattr(org, field))
        for field in VOCABULARY_COMBOS:
            set_combo_text(getattr(self, field), getattr(org, field))
        self.founded_on.set_value(org.founded_on)
        self.employee_count.setText("" if org.employee_count is None else str(org.employee_count))

    def _check_code(self) -> None:
        text = self.credit_code.text().strip()
        self.form.setRowVisible(self.code_status, len(text) >= 18)
        if len(text) < 18:
            self.code_status.clear()
            return
        try:
            description = describe_credit_code(text)
        except DomainError as exc:
            self.code_status.setStyleSheet(ERROR_STYLE)
            self.code_status.setText(str(exc))
        else:
            self.code_status.setStyleSheet(HINT_STYLE)
            self.code_status.setText("✓ " + description)
        grow_to_fit(self)

    def set_problem(self, field: str, message: str) -> None:
        label = self._errors.get(field)
        if label is None:
            self.message.setText(message)
            return
        label.setText(message)
        self.form.setRowVisible(label, bool(message))
        if message:
            if field == "credit_code":
                self.form.setRowVisible(self.code_status, False)  # the same finding, once
            getattr(self, field).setFocus()
            grow_to_fit(self)

    def problem(self, field: str) -> str:
        return self._errors[field].text()

    def has_unsaved_changes(self) -> bool:
        return self._snapshot() != self._baseline

    def draft(self) -> OrganizationDraft | None:
        if not self.founded_on.is_valid():
            self.set_problem("founded_on", self.tr("Date not understood: write it as 2024-03-05."))
            return None
        count = self.employee_count.text().strip()
        return OrganizationDraft(
            name=self.name.text(), credit_code=self.credit_code.text(), union_name=self.union_name.text(),
            nature=self.nature.currentText(), economic_type=self.economic_type.currentText(),
            industry=self.industry.currentText(), union_type=self.union_type.currentText(),
            founded_on=self.founded_on.value(), employee_count=int(count) if count else None,
            chairman=self.chairman.text(), phone=self.phone.text(), address=self.address.text())

    def save(self) -> bool:
        for field in self._errors:
            self.set_problem(field, "")
        self.message.clear()
        draft = self.draft()
        if draft is None:
            return False
        ctx = self._context
        try:
            if self._org is None:
                self.saved = create_organization(ctx.db, ctx.actor, draft)
            else:
                self.saved = update_organization(ctx.db, ctx.actor, self._org.id, draft)
        except ServiceError as exc:
            self.set_problem(exc.field or "", exc.message)
            return False
        except Exception as exc:
            self.message.setText(error_text(exc))
            return False
        self._baseline = self._snapshot()
        self.accept()
        return True

    def reject(self) -> None:
        if self.has_unsaved_changes() and not confirm(
                self, self.tr("Unsaved changes"), self.tr("This organization has unsaved changes. Discard them?")):
            return
        super().reject()

"""The hardship file form: the worker, the file, the household's figures with the live 困难类别, the family.

Typing a resident ID fills the birth date and gender; an ID already in the ledger fills the name and phone.
Problems appear beside their fields in the words of the checks (``hardship_rules``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain._text import compact
from desktop.domain.errors import DomainError
from desktop.domain.id_number import parse_id_number
from desktop.services.errors import ServiceError
from desktop.services.hardship import list_files
from desktop.services.hardship_rules import (
    Classification,
    HardshipDraft,
    classify,
    dibao_missing,
    household_annual_income,
    yuan,
)
from desktop.services.member_rules import FieldProblem
from desktop.services.persons import search_persons
from desktop.services.vocabulary import ID_TYPES, RESIDENT_ID
from desktop.ui.context import UiContext
from desktop.ui.form_state import chain_tab_order, connect_edits, edited_values
from desktop.ui.hardship.fields import AmountField, FamilyTable, ProblemLabels, error_label
from desktop.ui.hardship.labels import category_label, status_label
from desktop.ui.members.date_field import DateField
from desktop.ui.members.entry_form import HINT_STYLE, set_combo_text
from desktop.ui.organizations.picker import OrganizationPicker

# form field → vocabulary kind
VOCABULARY_COMBOS = {"health": "health_status", "work_status": "work_identity", "model_worker": "model_worker",
                     "main_reason": "hardship_reason"}
TEXT_FIELDS = ("work_unit", "file_number", "disability", "housing", "marital_status", "enterprise_status",
               "medical_insurance", "bank_name", "bank_account", "note")
AMOUNTS = {"own_monthly_income_fen": "own_monthly_income", "other_annual_income_fen": "other_annual_income",
           "rigid_spending_fen": "rigid_spending"}


class HardshipForm(QWidget):
    changed = Signal()

    def __init__(self, context: UiContext, *, dibao_fen: int, editing: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self._dibao, self._editing = context, dibao_fen, editing
        self.classification: Classification | None = None
        self.name, self.id_number, self.phone = QLineEdit(), QLineEdit(), QLineEdit()
        self.name.setMaxLength(30)
        self.id_number.setMaxLength(40)
        self.phone.setMaxLength(20)
        self.id_type = QComboBox()
        self.id_type.addItems(list(ID_TYPES))
        self.gender = QComboBox()
        for label, value in (("", ""), (self.tr("Male"), "男"), (self.tr("Female"), "女")):
            self.gender.addItem(label, value)
        self.birth_date, self.opened_on = DateField(), DateField()
        self.organization = OrganizationPicker()
        self.work_unit, self.file_number, self.disability, self.housing, self.marital_status = (
            QLineEdit() for _ in range(5))
        self.enterprise_status, self.medical_insurance, self.bank_name, self.bank_account, self.note = (
            QLineEdit() for _ in range(5))
        self.bank_account.setMaxLength(40)
        self.health, self.work_status, self.model_worker, self.main_reason = (QComboBox() for _ in range(4))
        self.other_reasons = [QComboBox() for _ in range(3)]
        self.single_parent = QCheckBox(self.tr("Single parent"))
        self.zero_employment = QCheckBox(self.tr("No one in the household employed"))
        self.own_monthly_income, self.other_annual_income, self.rigid_spending = (AmountField() for _ in range(3))
        self.household_size = QSpinBox()
        self.household_size.setRange(1, 30)
        self.household_size.setSuffix(self.tr(" person(s)"))
        self.annual_total, self.category, self.category_reason = QLabel(), QLabel(), QLabel()
        self.category.setStyleSheet("font-weight: bold; font-size: 15px;")
        self.category_reason.setWordWrap(True)
        self.id_hint = QLabel()
        self.id_hint.setWordWrap(True)
        self.id_hint.setStyleSheet(HINT_STYLE)
        self.family = FamilyTable()
        self.general_problem = error_label()
        self.problems = ProblemLabels(self, self.general_problem)

        person = QGroupBox(self.tr("Worker"))
        form = QFormLayout(person)
        self._add(form, "name", self.tr("&Name:"), self.name)
        self._add(form, "id_number", self.tr("&ID number:"), self.id_number)
        form.addRow("", self.id_hint)
        form.setRowVisible(self.id_hint, False)
        self._person_form = form
        self._add(form, "id_type", self.tr("ID &type:"), self.id_type)
        self._add(form, "gender", self.tr("Gender:"), self.gender)
        self._add(form, "birth_date", self.tr("Date of birth:"), self.birth_date)
        self._add(form, "phone", self.tr("&Mobile:"), self.phone)
        self._add(form, "organization_id", self.tr("Empl&oyer:"), self.organization)
        self._add(form, "work_unit", self.tr("or employer as written:"), self.work_unit)
        self._add(form, "work_status", self.tr("&Work status:"), self.work_status)
        self._add(form, "health", self.tr("&Health:"), self.health)
        self._add(form, "disability", self.tr("Disability and grade:"), self.disability)
        self._add(form, "model_worker", self.tr("Model worker:"), self.model_worker)

        file_box = QGroupBox(self.tr("File"))
        form = QFormLayout(file_box)
        reasons = QWidget()
        row = QHBoxLayout(reasons)
        row.setContentsMargins(0, 0, 0, 0)
        for combo in self.other_reasons:
            row.addWidget(combo)
        self._add(form, "opened_on", self.tr("Opened &on:"), self.opened_on)
        self._add(form, "file_number", self.tr("File number:"), self.file_number)
        self._add(form, "main_reason", self.tr("Main &reason:"), self.main_reason)
        self._add(form, "other_reasons", self.tr("Other reasons (up to 3):"), reasons)
        for field, label in (("housing", self.tr("Housing:")), ("marital_status", self.tr("Marital status:")),
                             ("enterprise_status", self.tr("Employer's situation:")),
                             ("medical_insurance", self.tr("Medical insurance:"))):
            self._add(form, field, label, getattr(self, field))
        flags = QWidget()
        row = QHBoxLayout(flags)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.single_parent)
        row.addWidget(self.zero_employment)
        form.addRow("", flags)
        self._add(form, "bank_name", self.tr("Bank:"), self.bank_name)
        self._add(form, "bank_account", self.tr("Bank account:"), self.bank_account)
        self._add(form, "note", self.tr("Note:"), self.note)

        income = QGroupBox(self.tr("Household income"))
        form = QFormLayout(income)
        self._add(form, "own_monthly_income_fen", self.tr("Own income per &month (yuan):"), self.own_monthly_income)
        self._add(form, "other_annual_income_fen", self.tr("Other household income per &year (yuan):"),
                  self.other_annual_income)
        self._add(form, "rigid_spending_fen", self.tr("Unavoidable spending per year (yuan):"), self.rigid_spending)
        self._add(form, "household_size", self.tr("Household si&ze:"), self.household_size)
        form.addRow(self.tr("Household income per year:"), self.annual_total)
        form.addRow(self.tr("Category:"), self.category)
        form.addRow(self.category_reason)
        rigid_help = QLabel(self.tr("Unavoidable spending: medical bills, school fees and the like."))
        rigid_help.setWordWrap(True)
        rigid_help.setStyleSheet("color: #555555;")
        form.addRow(rigid_help)

        family_box = QGroupBox(self.tr("Family members (not counting the worker)"))
        family_layout = QVBoxLayout(family_box)
        family_layout.addWidget(self.family)
        family_error = error_label()
        family_layout.addWidget(family_error)
        self.problems.add_label("family", family_error)

        top, bottom = QHBoxLayout(), QHBoxLayout()
        top.addWidget(person, 1)
        top.addWidget(file_box, 1)
        bottom.addWidget(income, 1)
        bottom.addWidget(family_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.general_problem)
        layout.addLayout(top)
        layout.addLayout(bottom, 1)

        self.tab_order: list[QWidget] = [
            self.name, self.id_number, self.id_type, self.gender, self.birth_date, self.phone, self.organization,
            self.work_unit, self.work_status, self.health, self.disability, self.model_worker,
            self.opened_on, self.file_number, self.main_reason, *self.other_reasons,
            self.housing, self.marital_status, self.enterprise_status, self.medical_insurance,
            self.single_parent, self.zero_employment, self.bank_name, self.bank_account, self.note,
            self.own_monthly_income, self.other_annual_income, self.rigid_spending, self.household_size,
            self.family.table, self.family.add_button, self.family.remove_button]
        chain_tab_order(self.tab_order)
        connect_edits(self.tab_order, self.changed)
        self.family.changed.connect(self.changed)
        self.family.rows_changed.connect(self._family_rows_changed)
        for field, attribute in AMOUNTS.items():
            amount: AmountField = getattr(self, attribute)
            amount.textChanged.connect(lambda _t, f=field, a=amount: self.set_problem(f, a.problem()))
            amount.textChanged.connect(self.update_classification)
        self.household_size.valueChanged.connect(self.update_classification)
        for combo in (self.main_reason, *self.other_reasons):
            combo.currentIndexChanged.connect(self.update_classification)
        self.id_number.textChanged.connect(lambda _t: self._id_changed(finished=False))
        self.id_number.editingFinished.connect(lambda: self._id_changed(finished=True))
        self.id_type.currentIndexChanged.connect(lambda _i: self._id_changed(finished=True))
        self._set_derived_editable(False)
        if editing:  # a file stays with its person: a wrong person means voiding the file
            self.id_number.setReadOnly(True)
            self.id_type.setEnabled(False)
        self.update_classification()

    def _add(self, form: QFormLayout, field: str, label: str, widget: QWidget) -> None:
        self.problems.add_row(form, field, label, widget)

    # ------------------------------------------------------------ choices and values

    def set_choices(self, vocabularies: dict[str, list[str]], organizations: list[tuple[int, str]]) -> None:
        combos = [(getattr(self, f), kind) for f, kind in VOCABULARY_COMBOS.items()]
        combos += [(combo, "hardship_reason") for combo in self.other_reasons]
        for combo, kind in combos:
            current = combo.currentText()
            blocked = combo.blockSignals(True)
            combo.clear()
            combo.addItem("")
            combo.addItems(vocabularies.get(kind, []))
            set_combo_text(combo, current)
            combo.blockSignals(blocked)
        self.organization.set_organizations(organizations)

    def _amount(self, field: str, problems: list[FieldProblem]) -> int:
        widget: AmountField = getattr(self, AMOUNTS[field])
        fen = widget.fen()
        if fen is None:
            problems.append(FieldProblem(field, widget.problem()))
        return fen or 0

    def collect(self) -> tuple[HardshipDraft, list[FieldProblem]]:
        """The draft as typed, and the problems only the form can see (dates, amounts, unknown employer)."""
        problems: list[FieldProblem] = []
        for field, widget in (("birth_date", self.birth_date), ("opened_on", self.opened_on)):
            widget.tidy()
            if not widget.is_valid():
                problems.append(FieldProblem(field, self.tr("Date not understood: write it as 2024-03-05.")))
        if self.organization.has_unknown_text():
            problems.append(FieldProblem("organization_id", self.tr(
                "No organization is called “{0}”: choose one from the list, or write the employer in the box "
                "below.").format(self.organization.currentText())))
        family, family_problems = self.family.members()
        problems += family_problems
        resident = self.id_type.currentText() == RESIDENT_ID
        draft = HardshipDraft(
            name=self.name.text(), id_number=self.id_number.text(), id_type=self.id_type.currentText(),
            gender="" if resident else self.gender.currentData() or "",
            birth_date=None if resident else self.birth_date.value(), phone=self.phone.text(),
            organization_id=self.organization.current_id(), main_reason=self.main_reason.currentText(),
            other_reasons=tuple(c.currentText() for c in self.other_reasons if c.currentText()),
            health=self.health.currentText(), work_status=self.work_status.currentText(),
            model_worker=self.model_worker.currentText(), opened_on=self.opened_on.value(),
            single_parent=self.single_parent.isChecked(), zero_employment=self.zero_employment.isChecked(),
            household_size=self.household_size.value(), family=family,
            **{name: getattr(self, name).text() for name in TEXT_FIELDS},
            **{field: self._amount(field, problems) for field in AMOUNTS},
        )
        return draft, problems

    def load(self, draft: HardshipDraft) -> None:
        self.name.setText(draft.name)
        self.id_type.setCurrentText(draft.id_type)
        self.id_number.setText(draft.id_number)
        self.gender.setCurrentIndex(max(0, self.gender.findData(draft.gender)))
        self.birth_date.set_value(draft.birth_date)
        self.phone.setText(draft.phone)
        self.organization.set_current_id(draft.organization_id)
        for name in TEXT_FIELDS:
            getattr(self, name).setText(getattr(draft, name))
        for field in VOCABULARY_COMBOS:
            set_combo_text(getattr(self, field), getattr(draft, field))
        for index, combo in enumerate(self.other_reasons):
            set_combo_text(combo, draft.other_reasons[index] if index < len(draft.other_reasons) else "")
        self.single_parent.setChecked(draft.single_parent)
        self.zero_employment.setChecked(draft.zero_employment)
        self.opened_on.set_value(draft.opened_on)
        for field, attribute in AMOUNTS.items():
            getattr(self, attribute).set_fen(getattr(draft, field))
        self.household_size.setValue(draft.household_size)
        self.family.load(draft.family)
        self.clear_problems()
        self._set_hint("")
        self.update_classification()

    def snapshot(self) -> tuple[object, ...]:
        """Everything typed, to tell whether the form has unsaved edits."""
        return (*edited_values(self.tab_order), self.family.snapshot())

    # ------------------------------------------------------------ the live 困难类别

    def _family_rows_changed(self, rows: int) -> None:
        if self.household_size.value() < rows + 1:
            self.household_size.setValue(rows + 1)  # a family member added: the household grows with it

    def update_classification(self) -> None:
        amounts = [getattr(self, attribute).fen() for attribute in AMOUNTS.values()]
        self.classification = None
        if None in amounts:
            self.annual_total.setText("—")
            self.category.setText("—")
            self.category_reason.setText(self.tr("Correct the amounts to see the category."))
            return
        own, other, rigid = (a or 0 for a in amounts)
        annual = household_annual_income(own, other)
        self.annual_total.setText(self.tr("{0} yuan").format(yuan(annual)))
        reasons = [c.currentText() for c in (self.main_reason, *self.other_reasons) if c.currentText()]
        try:
            self.classification = classify(annual, rigid, self.household_size.value(), self._dibao, reasons)
        except ServiceError as exc:
            self.category.setText("—")
            self.category_reason.setText(exc.message if self._dibao > 0 else dibao_missing().message)
            return
        self.category.setText(category_label(self.classification.category))
        self.category_reason.setText(self.classification.reason)

    # ------------------------------------------------------------ problems beside the fields

    def set_problem(self, field: str, message: str) -> None:
        self.problems.set(field, message)

    def problem(self, field: str) -> str:
        return self.problems.text(field)

    def clear_problems(self) -> None:
        self.problems.clear()

    def show_problems(self, problems: list[FieldProblem]) -> None:
        self.problems.show(problems)
        if problems:
            self.focus_field(problems[0].field)

    def focus_field(self, field: str) -> None:
        widgets: dict[str, QWidget] = {"organization_id": self.organization, "family": self.family.table,
                                       "other_reasons": self.other_reasons[0],
                                       **{f: getattr(self, a) for f, a in AMOUNTS.items()}}
        widget = widgets.get(field) or getattr(self, field, None)
        if isinstance(widget, QWidget):
            if not widget.isEnabled():
                widget = self.id_number
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    # ------------------------------------------------------------ the ID fills in what it can

    def _set_hint(self, text: str) -> None:
        self.id_hint.setText(text)
        self._person_form.setRowVisible(self.id_hint, bool(text))

    def _set_derived_editable(self, editable: bool) -> None:
        self.gender.setEnabled(editable)
        self.birth_date.setEnabled(editable)
        if editable:
            self.birth_date.show_format_hint()
        else:
            self.birth_date.setPlaceholderText(self.tr("filled in from the ID number"))

    def _id_changed(self, *, finished: bool) -> None:
        resident = self.id_type.currentText() == RESIDENT_ID
        self._set_derived_editable(not resident)
        if not resident:
            self._set_hint("")
            self.set_problem("id_number", "")
            return
        number = compact(self.id_number.text()).upper()
        try:
            if len(number) != 18 and not (finished and number):
                raise ValueError
            info = parse_id_number(number)
        except (ValueError, DomainError) as exc:
            self.set_problem("id_number", str(exc) if isinstance(exc, DomainError) else "")
            self._set_hint("")
            self.birth_date.clear()
            self.gender.setCurrentIndex(0)
            return
        self.set_problem("id_number", "")
        self.birth_date.set_value(info.birth_date)
        self.gender.setCurrentIndex(self.gender.findData(info.gender))
        hint = self.tr("15-digit number: it will be stored as {0}.").format(info.number) \
            if info.converted_from_15 else ""
        if not self._editing:
            hint = self._known_person(info.number) or hint
        self._set_hint(hint)

    def _known_person(self, number: str) -> str:
        db = self._context.db
        person = next((p for p in search_persons(db, number, limit=5) if p.id_number == number), None)
        if person is None:
            return ""
        if not self.name.text().strip():
            self.name.setText(person.name)
        if not self.phone.text().strip() and person.phone:
            self.phone.setText(person.phone)
        current = next((r for r in list_files(db, text=number) if r.person_id == person.id and r.status != "closed"),
                       None)
        if current is not None:
            self.set_problem("id_number", self.tr(
                "{0} already has a hardship file ({1}, opened on {2}); open it from the list instead of opening "
                "a second one.").format(person.name, status_label(current.status), current.opened_on.isoformat()))
            return ""
        return self.tr("{0} is already in the ledger ({1}); name and mobile filled in.").format(
            person.name, person.member_label)

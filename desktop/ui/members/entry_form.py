"""The member entry form: person on the left, membership on the right, problems beside each field.

Typing a resident ID fills the birth date and gender (and makes them read-only); an ID that belongs
to a person already in the ledger fills in their personal details.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.domain._text import compact
from desktop.domain.errors import DomainError
from desktop.domain.id_number import parse_id_number
from desktop.services.member_rules import FieldProblem, MemberDraft
from desktop.services.vocabulary import ID_TYPES, RESIDENT_ID
from desktop.ui.context import UiContext
from desktop.ui.form_state import chain_tab_order
from desktop.ui.members.date_field import DateField
from desktop.ui.members.known_person import KnownPerson, look_up_person
from desktop.ui.members.labels import status_label
from desktop.ui.organizations.picker import OrganizationPicker

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #1b5e20;"
# form field → vocabulary kind
VOCABULARY_COMBOS = {
    "ethnicity": "ethnicity", "political_status": "political_status", "education": "education",
    "skill_level": "skill_level", "household_type": "household_type",
    "new_employment_group": "new_employment_group", "employment_status": "employment_status",
}
# personal fields copied from a person already in the ledger when the form's field is empty
PREFILLED = ("name", "ethnicity", "phone", "political_status", "education", "skill_level", "household_type",
             "household_place")


def grow_to_fit(window: QWidget) -> None:
    """Make a dialog tall enough for wrapped messages that just appeared (Qt does not grow it itself)."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(window.width())
    if needed > window.height():
        window.resize(window.width(), needed)


def set_combo_text(combo: QComboBox, value: str) -> None:
    """Choose ``value``, adding it when a retired term is still on the record."""
    index = combo.findText(value)
    if index < 0:
        combo.addItem(value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


class MemberForm(QWidget):
    changed = Signal()

    def __init__(self, context: UiContext, *, editing: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self._editing = context, editing
        self.known: KnownPerson | None = None
        self._errors: dict[str, tuple[QFormLayout, QLabel]] = {}
        self.name = QLineEdit()
        self.name.setMaxLength(30)
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(40)
        self.id_type = QComboBox()
        self.id_type.addItems(list(ID_TYPES))
        self.gender = QComboBox()
        self.gender.addItem("", "")
        self.gender.addItem(self.tr("Male"), "男")
        self.gender.addItem(self.tr("Female"), "女")
        self.birth_date = DateField()
        self.ethnicity, self.political_status, self.education, self.skill_level, self.household_type = (
            QComboBox() for _ in range(5))
        self.phone = QLineEdit()
        self.phone.setMaxLength(20)
        self.household_place = QLineEdit()
        self.organization = OrganizationPicker()
        self.join_date = DateField()
        self.entry_kind = QComboBox()
        self.entry_kind.addItem(self.tr("Join"), "join")
        self.entry_kind.addItem(self.tr("Transfer in from another union"), "transfer_in")
        self.other_union = QLineEdit()
        self.card_number = QLineEdit()
        self.card_number.setMaxLength(40)
        self.is_migrant_worker = QCheckBox(self.tr("Migrant worker"))
        self.new_employment_group, self.employment_status = QComboBox(), QComboBox()
        self.id_hint = QLabel()
        self.id_hint.setWordWrap(True)
        self.id_hint.setStyleSheet(HINT_STYLE)

        person = QGroupBox(self.tr("Person"))
        person_form = QFormLayout(person)
        self._add(person_form, "name", self.tr("&Name:"), self.name)
        self._add(person_form, "id_number", self.tr("&ID number:"), self.id_number)
        person_form.addRow("", self.id_hint)
        person_form.setRowVisible(self.id_hint, False)
        self._person_form = person_form
        self._add(person_form, "id_type", self.tr("ID &type:"), self.id_type)
        self._add(person_form, "gender", self.tr("Gender:"), self.gender)
        self._add(person_form, "birth_date", self.tr("Date of birth:"), self.birth_date)
        self._add(person_form, "ethnicity", self.tr("&Ethnicity:"), self.ethnicity)
        self._add(person_form, "phone", self.tr("&Mobile:"), self.phone)
        self._add(person_form, "political_status", self.tr("&Political status:"), self.political_status)
        self._add(person_form, "education", self.tr("Ed&ucation:"), self.education)
        self._add(person_form, "skill_level", self.tr("Skill level:"), self.skill_level)
        self._add(person_form, "household_type", self.tr("Household type:"), self.household_type)
        self._add(person_form, "household_place", self.tr("Household registered in:"), self.household_place)
        membership = QGroupBox(self.tr("Membership"))
        member_form = QFormLayout(membership)
        self._add(member_form, "organization_id", self.tr("Empl&oyer:"), self.organization)
        self._add(member_form, "join_date", self.tr("&Joined on:"), self.join_date)
        self._add(member_form, "entry_kind", self.tr("How joined:"), self.entry_kind)
        self._add(member_form, "other_union", self.tr("Previous &union:"), self.other_union)
        self._add(member_form, "card_number", self.tr("&Card number:"), self.card_number)
        self._add(member_form, "is_migrant_worker", "", self.is_migrant_worker)
        self._add(member_form, "new_employment_group", self.tr("New form of employment:"),
                  self.new_employment_group)
        self._add(member_form, "employment_status", self.tr("Employment status:"), self.employment_status)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(person, 1)
        layout.addWidget(membership, 1)

        self.tab_order = [self.name, self.id_number, self.id_type, self.gender, self.birth_date, self.ethnicity,
                          self.phone, self.political_status, self.education, self.skill_level, self.household_type,
                          self.household_place, self.organization, self.join_date, self.entry_kind,
                          self.other_union, self.card_number, self.is_migrant_worker, self.new_employment_group,
                          self.employment_status]
        chain_tab_order(self.tab_order)
        if editing:
            self.organization.setEnabled(False)
            self.entry_kind.setEnabled(False)
        for widget in self.tab_order:
            signal = getattr(widget, "textChanged", None) or getattr(widget, "currentIndexChanged", None)
            if isinstance(widget, QCheckBox):
                signal = widget.toggled
            if isinstance(widget, QComboBox) and widget.isEditable():
                signal = widget.editTextChanged
            signal.connect(self.changed)
        self.id_number.textChanged.connect(lambda _t: self._id_changed(finished=False))
        self.id_number.editingFinished.connect(lambda: self._id_changed(finished=True))
        self.id_type.currentIndexChanged.connect(lambda _i: self._id_changed(finished=True))
        self.entry_kind.currentIndexChanged.connect(self._entry_kind_changed)
        self._entry_kind_changed()
        self._set_derived_editable(False)

    def _add(self, form: QFormLayout, field: str, label: str, widget: QWidget) -> None:
        form.addRow(label, widget)
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        form.addRow("", error)
        form.setRowVisible(error, False)
        self._errors[field] = (form, error)

    # ------------------------------------------------------------ choices and values

    def set_choices(self, vocabularies: dict[str, list[str]], organizations: list[tuple[int, str]]) -> None:
        for field, kind in VOCABULARY_COMBOS.items():
            combo: QComboBox = getattr(self, field)
            current = combo.currentText()
            blocked = combo.blockSignals(True)
            combo.clear()
            combo.addItem("")
            combo.addItems(vocabularies.get(kind, []))
            set_combo_text(combo, current)
            combo.blockSignals(blocked)
        self.organization.set_organizations(organizations)

    def collect(self) -> tuple[MemberDraft, list[FieldProblem]]:
        """The draft as typed, and the problems only the form can see (unreadable dates, unknown employer)."""
        problems: list[FieldProblem] = []
        for field, widget in (("birth_date", self.birth_date), ("join_date", self.join_date)):
            widget.tidy()
            if not widget.is_valid():
                problems.append(FieldProblem(field, self.tr("Date not understood: write it as 2024-03-05.")))
        if self.organization.has_unknown_text():
            problems.append(FieldProblem("organization_id", self.tr(
                "No organization is called “{0}”: choose one from the list.").format(self.organization.currentText())))
        draft = MemberDraft(
            name=self.name.text(), id_number=self.id_number.text(), id_type=self.id_type.currentText(),
            organization_id=self.organization.current_id(), join_date=self.join_date.value(),
            gender=self.gender.currentData() or "", birth_date=self.birth_date.value(),
            ethnicity=self.ethnicity.currentText(), phone=self.phone.text(),
            household_type=self.household_type.currentText(), household_place=self.household_place.text(),
            political_status=self.political_status.currentText(), education=self.education.currentText(),
            skill_level=self.skill_level.currentText(), card_number=self.card_number.text(),
            is_migrant_worker=self.is_migrant_worker.isChecked(),
            new_employment_group=self.new_employment_group.currentText(),
            employment_status=self.employment_status.currentText(),
            entry_kind=self.entry_kind.currentData(), other_union=self.other_union.text(),
        )
        if draft.id_type == RESIDENT_ID:  # derived from the ID by the service; never contradict it
            draft = replace(draft, gender="", birth_date=None)
        return draft, problems

    def load(self, draft: MemberDraft) -> None:
        self.name.setText(draft.name)
        self.id_type.setCurrentText(draft.id_type)
        self.id_number.setText(draft.id_number)
        self.gender.setCurrentIndex(max(0, self.gender.findData(draft.gender)))
        self.birth_date.set_value(draft.birth_date)
        for field in VOCABULARY_COMBOS:
            set_combo_text(getattr(self, field), getattr(draft, field))
        self.phone.setText(draft.phone)
        self.household_place.setText(draft.household_place)
        self.organization.set_current_id(draft.organization_id)
        self.join_date.set_value(draft.join_date)
        self.entry_kind.setCurrentIndex(max(0, self.entry_kind.findData(draft.entry_kind)))
        self.other_union.setText(draft.other_union)
        self.card_number.setText(draft.card_number)
        self.is_migrant_worker.setChecked(draft.is_migrant_worker)
        self.clear_problems()

    def clear_for_next(self) -> None:
        """Empty the person's fields for the next record; employer, join date and how joined stay."""
        for edit in (self.name, self.id_number, self.phone, self.household_place, self.card_number):
            edit.clear()
        self.birth_date.clear()
        self.gender.setCurrentIndex(0)
        self.id_type.setCurrentText(RESIDENT_ID)
        for field in VOCABULARY_COMBOS:
            getattr(self, field).setCurrentIndex(0)
        self.is_migrant_worker.setChecked(False)
        self.known = None
        self._set_hint("")
        self.clear_problems()
        self.name.setFocus()

    def snapshot(self) -> tuple[object, ...]:
        """Everything typed, to tell whether the form has unsaved edits."""
        return tuple(w.isChecked() if isinstance(w, QCheckBox) else w.currentText() if isinstance(w, QComboBox)
                     else w.text() for w in self.tab_order)

    # ------------------------------------------------------------ problems beside the fields

    def set_problem(self, field: str, message: str) -> None:
        form, label = self._errors.get(field) or self._errors["name"]
        label.setText(message)
        form.setRowVisible(label, bool(message))
        if message:
            grow_to_fit(self.window())

    def problem(self, field: str) -> str:
        return self._errors[field][1].text()

    def clear_problems(self) -> None:
        for field in self._errors:
            self.set_problem(field, "")

    def show_problems(self, problems: list[FieldProblem]) -> None:
        self.clear_problems()
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            field = problem.field if problem.field in self._errors else "name"
            by_field.setdefault(field, []).append(problem.message)
        for field, messages in by_field.items():
            self.set_problem(field, "\n".join(messages))
        if problems:
            self.focus_field(problems[0].field)

    def focus_field(self, field: str) -> None:
        widget = getattr(self, field.removesuffix("_id"), None)
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
        if text:
            grow_to_fit(self.window())

    def _set_derived_editable(self, editable: bool) -> None:
        """Gender and birth date come from a resident ID (read-only); other documents need them typed."""
        self.gender.setEnabled(editable)
        self.birth_date.setEnabled(editable)
        if editable:
            self.birth_date.show_format_hint()
        else:
            self.birth_date.setPlaceholderText(self.tr("filled in from the ID number"))

    def _entry_kind_changed(self) -> None:
        transfer = self.entry_kind.currentData() == "transfer_in"
        self.other_union.setEnabled(transfer)
        if not transfer:
            self.other_union.clear()

    def _id_changed(self, *, finished: bool) -> None:
        resident = self.id_type.currentText() == RESIDENT_ID
        self._set_derived_editable(not resident)
        if not resident:
            self._set_hint("")
            self.set_problem("id_number", "")
            return
        number = compact(self.id_number.text()).upper()
        if len(number) != 18 and not (finished and number):
            self.set_problem("id_number", "")
            self._set_hint("")
            self.birth_date.clear()
            self.gender.setCurrentIndex(0)
            return
        try:
            info = parse_id_number(number)
        except DomainError as exc:
            self.set_problem("id_number", str(exc))
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
            hint = self._prefill_known_person(info.number) or hint
        self._set_hint(hint)

    def _prefill_known_person(self, number: str) -> str:
        self.known = look_up_person(self._context.db, number)
        if self.known is None:
            return ""
        for field in PREFILLED:
            widget = getattr(self, field)
            value = getattr(self.known.draft, field)
            if isinstance(widget, QComboBox):
                if not widget.currentText() and value:
                    set_combo_text(widget, value)
            elif not widget.text().strip() and value:
                widget.setText(value)
        if self.known.active_organization:
            self.set_problem("id_number", self.tr(
                "{0} is already an active member at “{1}” and cannot join twice. If they changed employer, "
                "open their record on the Members page and transfer the membership.").format(
                self.known.draft.name, self.known.active_organization))
            return ""
        return self.tr("{0} is already in the ledger (last membership: {1}, {2}); personal details filled in.") \
            .format(self.known.draft.name, self.known.organization, status_label(self.known.status))

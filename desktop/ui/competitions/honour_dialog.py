"""荣誉 form: title (suggested or typed freely), level, date, granting body, document number, the recipient
(a person found as in 会员 or typed in new, a team, an organization) and optionally the competition and
the result it follows from. Problems show beside each field; Enter saves, Esc cancels.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QStackedWidget,
    QWidget,
)

from desktop.services.competition_queries import list_competitions
from desktop.services.honour_roll import recipient_entries
from desktop.services.honour_rules import RECIPIENT_KINDS
from desktop.services.honours import (
    HonourDraft,
    HonourRow,
    create_honour,
    find_teams,
    update_honour,
)
from desktop.services.member_rules import FieldProblem, InvalidMember
from desktop.services.organizations import organization_names
from desktop.services.person_rules import Identity
from desktop.services.vocabulary import all_terms
from desktop.ui.aid.person_finder import PersonFinder
from desktop.ui.context import UiContext
from desktop.ui.field_errors import FieldErrors, problems_of
from desktop.ui.members.date_field import DateField
from desktop.ui.members.entry_form import set_combo_text
from desktop.ui.messages import confirm
from desktop.ui.organizations.picker import OrganizationPicker

PERSON_FIELDS = ("name", "id_number", "phone")  # a new person's fields, shown inside the finder


def rank_text(rank: int | None) -> str:
    return QCoreApplication.translate("honours", "Rank {0}").format(rank) if rank else ""


class HonourDialog(QDialog):
    """New honour, or (with ``honour``) corrections to one; ``saved_id`` once saved."""

    def __init__(self, context: UiContext, honour: HonourRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self._honour = context, honour
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit honour") if honour else self.tr("New honour"))
        self.setMinimumWidth(620)
        terms = all_terms(context.db)
        self.title = QComboBox()
        self.title.setEditable(True)
        self.title.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.title.addItems(terms.get("honour_title", []))
        self.title.setCurrentIndex(-1)
        self.title.lineEdit().setMaxLength(120)
        self.title.lineEdit().setPlaceholderText(self.tr("Choose or type, e.g. 技术能手"))
        self.level = QComboBox()
        self.level.addItems(terms.get("competition_level", []))
        self.awarded_on = DateField()
        self.granting_body = QLineEdit()
        self.granting_body.setMaxLength(200)
        self.granting_body.setPlaceholderText(self.tr("e.g. 星河镇总工会"))
        self.document_number = QLineEdit()
        self.document_number.setMaxLength(60)
        self.document_number.setPlaceholderText(self.tr("e.g. 星工发〔2026〕8号"))

        self.kind_buttons = QButtonGroup(self)
        kinds = QWidget()
        row = QHBoxLayout(kinds)
        row.setContentsMargins(0, 0, 0, 0)
        for i, caption in enumerate((self.tr("Person (&1)"), self.tr("Team or work group (&2)"), self.tr("Organization (&3)"))):
            button = QRadioButton(caption)
            self.kind_buttons.addButton(button, i)
            row.addWidget(button)
        row.addStretch(1)
        self.kind_buttons.button(0).setChecked(True)
        self.person = PersonFinder(context.db)
        self.team = OrganizationPicker()
        self.team.lineEdit().setPlaceholderText(self.tr("Type part of the team's name"))
        self.team.set_organizations((t.id, f"{t.name}（{t.competition_name}）") for t in find_teams(context.db, limit=500))
        self.organization = OrganizationPicker()
        self.organization.lineEdit().setPlaceholderText(self.tr("Type part of the organization's name"))
        self.organization.set_organizations(organization_names(context.db))
        self.recipient = QStackedWidget()
        for page in (self.person, self.team, self.organization):
            self.recipient.addWidget(page)
        self.competition = OrganizationPicker(all_label=self.tr("(not from a competition)"))
        self.competition.set_organizations((c.id, c.name) for c in list_competitions(context.db))
        self.entry = QComboBox()
        self.note = QLineEdit()
        self.note.setMaxLength(300)

        form = QFormLayout(self)
        self.errors = FieldErrors(form, "title")
        self.errors.add("title", self.tr("Honour &title:"), self.title)
        self.errors.add("level", self.tr("&Level:"), self.level)
        self.errors.add("awarded_on", self.tr("&Date awarded:"), self.awarded_on)
        self.errors.add("granting_body", self.tr("&Granted by:"), self.granting_body)
        self.errors.add("document_number", self.tr("Document &No.:"), self.document_number)
        self.errors.add("recipient_kind", self.tr("Recipient is a:"), kinds)
        self.errors.add("recipient", self.tr("&Recipient:"), self.recipient)
        self.errors.add("competition_id", self.tr("&Competition:"), self.competition)
        self.errors.add("entry_id", self.tr("Res&ult:"), self.entry)
        self.errors.add("note", self.tr("Not&e:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("&Save (Enter)"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.save_button.setDefault(True)

        self.kind_buttons.idToggled.connect(lambda _id, on: on and self._kind_changed())
        self.person.changed.connect(self._fill_entries)
        self.team.currentIndexChanged.connect(self._fill_entries)
        self.organization.currentIndexChanged.connect(self._fill_entries)
        self.competition.currentIndexChanged.connect(self._fill_entries)
        if honour is not None:
            self._load(honour)
        else:
            self.awarded_on.set_value(date.today())
        self._kind_changed()
        self._baseline = self.snapshot()
        self.title.setFocus()

    def _load(self, honour: HonourRow) -> None:
        d = honour.draft
        self.title.setEditText(d.title)
        set_combo_text(self.level, d.level)
        self.awarded_on.set_value(d.awarded_on)
        self.granting_body.setText(d.granting_body)
        self.document_number.setText(d.document_number)
        self.note.setText(d.note)
        self.kind_buttons.button(RECIPIENT_KINDS.index(d.recipient_kind)).setChecked(True)
        if d.person_id is not None:
            self.person.set_person_id(d.person_id)
        self.team.set_current_id(d.team_id)
        self.organization.set_current_id(d.organization_id if d.recipient_kind == "organization" else None)
        self.competition.set_current_id(d.competition_id)
        self._fill_entries()
        index = self.entry.findData(d.entry_id)
        self.entry.setCurrentIndex(max(index, 0))

    # ------------------------------------------------------------ recipient and result

    def recipient_kind(self) -> str:
        return RECIPIENT_KINDS[max(self.kind_buttons.checkedId(), 0)]

    def _kind_changed(self) -> None:
        index = max(self.kind_buttons.checkedId(), 0)
        self.recipient.setCurrentIndex(index)
        self.recipient.setFocusProxy(self.recipient.currentWidget())
        self._fill_entries()

    def recipient_id(self) -> int | None:
        kind = self.recipient_kind()
        if kind == "person":
            return self.person.person_id()
        return (self.team if kind == "team" else self.organization).current_id()

    def _fill_entries(self) -> None:
        """The recipient's own results in the chosen competition (or any), to link the honour to one."""
        kept = self.entry.currentData()
        self.entry.clear()
        self.entry.addItem(self.tr("(none)"), None)
        rid = self.recipient_id()
        if rid is not None:
            for a in recipient_entries(self._context.db, self.recipient_kind(), rid, self.competition.current_id()):
                parts = [a.competition, a.event, rank_text(a.rank), a.award, a.score]
                self.entry.addItem(" · ".join(p for p in parts if p), a.entry_id)
        self.entry.setCurrentIndex(max(self.entry.findData(kept), 0))

    # ------------------------------------------------------------ saving

    def snapshot(self) -> tuple[object, ...]:
        return (self.title.currentText(), self.level.currentText(), self.awarded_on.text(), self.granting_body.text(),
                self.document_number.text(), self.recipient_kind(), self.person.snapshot(), self.team.currentText(),
                self.organization.currentText(), self.competition.currentText(), self.entry.currentData(),
                self.note.text())

    def has_unsaved_changes(self) -> bool:
        return self.snapshot() != self._baseline

    def collect(self) -> tuple[HonourDraft | None, Identity | None, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        self.awarded_on.tidy()
        awarded_on = self.awarded_on.value()
        if not self.awarded_on.is_valid():
            problems.append(FieldProblem("awarded_on", self.tr("Date not understood: write it as 2026-01-05.")))
        elif awarded_on is None:
            problems.append(FieldProblem("awarded_on", self.tr("Enter the date the honour was awarded.")))
        kind, identity = self.recipient_kind(), None
        if kind == "person" and self.person.is_new_person():
            try:
                identity = self.person.new_identity()
            except InvalidMember as exc:
                problems += exc.problems
        elif kind != "person" and (self.team if kind == "team" else self.organization).has_unknown_text():
            problems.append(FieldProblem("recipient", self.tr("Nothing in the list has this name: choose one of "
                                                              "the suggestions.")))
        if self.competition.has_unknown_text():
            problems.append(FieldProblem("competition_id", self.tr("No competition has this name: choose one "
                                                                   "from the list or leave it empty.")))
        if problems or awarded_on is None:
            return None, None, problems
        rid = self.recipient_id()
        draft = HonourDraft(self.title.currentText(), self.level.currentText(), awarded_on, kind,
                            person_id=rid if kind == "person" else None, team_id=rid if kind == "team" else None,
                            organization_id=rid if kind == "organization" else None,
                            granting_body=self.granting_body.text(), document_number=self.document_number.text(),
                            competition_id=self.competition.current_id(), entry_id=self.entry.currentData(),
                            note=self.note.text())
        return draft, identity, problems

    def _show(self, problems: list[FieldProblem]) -> None:
        self.person.show_problems([p for p in problems if p.field in PERSON_FIELDS])
        others = [p for p in problems if p.field not in PERSON_FIELDS]
        self.errors.show(others, self)
        if len(others) < len(problems) and not others:
            self.person.new_name.setFocus()

    def save(self) -> bool:
        draft, identity, problems = self.collect()
        if draft is None:
            self._show(problems)
            return False
        ctx = self._context
        try:
            if self._honour is None:
                self.saved_id = create_honour(ctx.db, ctx.actor, draft, recipient=identity)
            else:
                update_honour(ctx.db, ctx.actor, self._honour.id, draft, recipient=identity)
                self.saved_id = self._honour.id
        except Exception as exc:
            self._show(problems_of(exc, "title"))
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
                self, self.tr("Unsaved changes"), self.tr("The honour has not been saved. Discard the changes?")):
            return
        super().reject()

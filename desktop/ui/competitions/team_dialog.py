"""参赛队伍: a team of the competition (name, organization, members with 队长 / 队员 / 教练), and the teams panel.

Members are found with the 会员 search: type, Enter (a chooser when several match); the role chosen
beside the box goes with the member added, and can be changed in the table. Enter with the box empty
saves. An existing team keeps its name and organization; its members can be changed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.masking import mask_id_number
from desktop.services.competition_entries import create_team, set_team_members
from desktop.services.competition_queries import TeamRow, teams_of
from desktop.services.member_rules import FieldProblem
from desktop.services.organizations import organization_names
from desktop.services.persons import PersonRow, persons_by_ids
from desktop.ui.aid.batch_rows import choice_label, resolve
from desktop.ui.competitions.competition_dialog import is_enter
from desktop.ui.competitions.entrants import ChoicePopup
from desktop.ui.context import UiContext
from desktop.ui.field_errors import FieldErrors, problems_of
from desktop.ui.messages import confirm
from desktop.ui.organizations.picker import OrganizationPicker

ROLES = ("队长", "队员", "教练")


class TeamDialog(QDialog):
    """New team of ``competition_id`` or (with ``team``) its members changed; ``saved_id`` once saved."""

    def __init__(self, context: UiContext, competition_id: int, team: TeamRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self.competition_id, self.team = context, competition_id, team
        self.saved_id: int | None = None
        self.popup: ChoicePopup | None = None
        self._people: list[PersonRow] = []
        self.setWindowTitle(self.tr("Team members: {0}").format(team.name) if team else self.tr("New team"))
        self.setMinimumSize(560, 460)
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(self.tr("e.g. 星河机械厂代表队"))
        self.organization = OrganizationPicker()
        self.organization.set_organizations(organization_names(context.db))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Member: name, initials, ID number tail or mobile, then Enter"))
        self.role = QComboBox()
        self.role.addItems(ROLES)
        self.role.setCurrentText("队员")
        self.members = QTableWidget(0, 3)
        self.members.setHorizontalHeaderLabels([self.tr("Name"), self.tr("ID number"), self.tr("Role")])
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.remove_button = QPushButton(self.tr("&Remove member"))
        self.remove_button.setAutoDefault(False)
        form = QFormLayout()
        self.errors = FieldErrors(form, "name")
        self.errors.add("name", self.tr("&Team name:"), self.name)
        self.errors.add("organization_id", self.tr("&Organization:"), self.organization)
        search_row = QWidget()
        row = QHBoxLayout(search_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 1)
        row.addWidget(self.role)
        self.errors.add("members", self.tr("&Add member:"), search_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.members, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Enter with the member box empty saves the team.")))
        bottom.addStretch(1)
        bottom.addWidget(self.remove_button)
        layout.addLayout(bottom)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.save_button.setDefault(True)  # once inside the dialog, or the dialog does not know it
        self.search.installEventFilter(self)
        self.remove_button.clicked.connect(self.remove_selected)
        if team is not None:
            self.name.setText(team.name)
            self.organization.set_current_id(team.organization_id)
            self.name.setEnabled(False)
            self.organization.setEnabled(False)
            people = {p.id: p for p in persons_by_ids(context.db, [m[0] for m in team.members])}
            for person_id, _name, role in team.members:
                if person_id in people:
                    self.add_member(people[person_id], role)
            self.search.setFocus()
        else:
            self.name.setFocus()
        self._baseline = self.snapshot()

    # ------------------------------------------------------------ members

    def member_list(self) -> list[tuple[int, str]]:
        result = []
        for row, person in enumerate(self._people):
            combo = self.members.cellWidget(row, 2)
            result.append((person.id, combo.currentText() if isinstance(combo, QComboBox) else "队员"))
        return result

    def add_member(self, person: PersonRow, role: str = "") -> bool:
        if any(p.id == person.id for p in self._people):
            self.errors.set("members", self.tr("{0} is already in the team.").format(person.name))
            return False
        row = len(self._people)
        self._people.append(person)
        self.members.insertRow(row)
        self.members.setItem(row, 0, QTableWidgetItem(person.name))
        self.members.setItem(row, 1, QTableWidgetItem(mask_id_number(person.id_number)))
        combo = QComboBox()
        combo.addItems(ROLES)
        combo.setCurrentText(role or self.role.currentText())
        self.members.setCellWidget(row, 2, combo)
        self.errors.set("members", "")
        return True

    def remove_selected(self) -> None:
        row = self.members.currentRow()
        if 0 <= row < len(self._people):
            self.members.removeRow(row)
            del self._people[row]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and is_enter(event) and self.search.text().strip():
            self.pick()
            return True
        return super().eventFilter(watched, event)

    def pick(self) -> None:
        text = self.search.text().strip()
        resolution = resolve(self._context.db, text)
        if resolution.person is not None:
            self._added(resolution.person)
        elif resolution.candidates:
            title = self.tr("“{0}”: {1} people match. ↑↓ then Enter; Esc to type more.").format(
                text, len(resolution.candidates))
            popup = ChoicePopup([(choice_label(p), p) for p in resolution.candidates], title, self)
            self.popup = popup
            popup.chosen.connect(self._added)
            popup.finished.connect(lambda _r: self.search.setFocus())
            popup.show_below(self.search)
        elif resolution.identity is not None:
            self.errors.set("members", self.tr("{0} is not in the ledger yet: enter them in an individual event "
                                               "or as a member first.").format(resolution.identity.name))
        else:
            self.errors.set("members", resolution.problem)

    def _added(self, person: object) -> None:
        assert isinstance(person, PersonRow)
        if self.add_member(person):
            self.search.clear()
        self.search.setFocus()

    # ------------------------------------------------------------ saving

    def snapshot(self) -> tuple[object, ...]:
        return (self.name.text(), self.organization.currentText(), tuple(self.member_list()))

    def has_unsaved_changes(self) -> bool:
        return self.snapshot() != self._baseline

    def save(self) -> bool:
        ctx = self._context
        if self.organization.has_unknown_text():
            self.errors.show([FieldProblem("organization_id", self.tr(
                "No organization is called “{0}”: choose one from the list or leave it empty.").format(
                self.organization.currentText()))], self)
            return False
        try:
            if self.team is None:
                self.saved_id = create_team(ctx.db, ctx.actor, self.competition_id, self.name.text(),
                                            organization_id=self.organization.current_id(),
                                            members=self.member_list())
            else:
                set_team_members(ctx.db, ctx.actor, self.team.id, self.member_list())
                self.saved_id = self.team.id
        except Exception as exc:
            self.errors.show(problems_of(exc, "name"), self)
            return False
        self._baseline = self.snapshot()
        self.accept()
        return True

    def close_without_asking(self) -> None:
        self._baseline = self.snapshot()
        super().reject()

    def reject(self) -> None:
        if self.has_unsaved_changes() and not confirm(
                self, self.tr("Unsaved changes"), self.tr("The team has not been saved. Discard the changes?")):
            return
        super().reject()


class TeamsPanel(QWidget):
    """The competition's teams with their members; New team, Edit members. ``changed`` after a save."""

    changed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.competition_id: int | None = None
        self.dialog: TeamDialog | None = None
        self._teams: list[TeamRow] = []
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Team"), self.tr("Organization"), self.tr("Members")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.new_button = QPushButton(self.tr("New tea&m…"))
        self.edit_button = QPushButton(self.tr("Edit mem&bers…"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Teams"))
        title.setStyleSheet("font-weight: bold;")
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        layout.addLayout(buttons)
        self.new_button.clicked.connect(self.new_team)
        self.edit_button.clicked.connect(self.edit_selected)
        self.table.activated.connect(lambda _i: self.edit_selected())

    def show_competition(self, competition_id: int | None, *, editable: bool = True) -> None:
        self.competition_id = competition_id
        self._teams = teams_of(self._context.db, competition_id) if competition_id is not None else []
        self.table.setRowCount(len(self._teams))
        for row, team in enumerate(self._teams):
            members = "、".join(f"{name}（{role}）" if role != "队员" else name for _p, name, role in team.members)
            for column, text in enumerate((team.name, team.organization_name, members)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.new_button.setEnabled(competition_id is not None and editable)
        self.edit_button.setEnabled(bool(self._teams) and editable)

    def teams(self) -> list[TeamRow]:
        return list(self._teams)

    def new_team(self) -> TeamDialog | None:
        if self.competition_id is None:
            return None
        return self._open(TeamDialog(self._context, self.competition_id, None, self))

    def edit_selected(self) -> TeamDialog | None:
        row = self.table.currentRow()
        if self.competition_id is None or not 0 <= row < len(self._teams):
            return None
        return self._open(TeamDialog(self._context, self.competition_id, self._teams[row], self))

    def _open(self, dialog: TeamDialog) -> TeamDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()
        return dialog

    def _closed(self, dialog: TeamDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        if dialog.saved_id is not None:
            self.show_competition(self.competition_id)
            self.changed.emit()

    def has_unsaved_changes(self) -> bool:
        return self.dialog is not None and self.dialog.has_unsaved_changes()

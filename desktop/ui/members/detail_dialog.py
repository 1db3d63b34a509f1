"""One member: personal and membership details, the history of 会籍变动, and the lifecycle actions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.member_lifecycle import void_member
from desktop.services.membership import EventInfo, MemberDetail, get_member
from desktop.services.users import list_users
from desktop.ui.competitions.honour_roll import PersonRecordView
from desktop.ui.context import UiContext
from desktop.ui.members.entry_dialog import MemberEntryDialog
from desktop.ui.members.event_dialogs import LifecycleDialog, ReasonDialog
from desktop.ui.members.labels import event_label, status_label, yes_no
from desktop.ui.table_model import Column, RowTableModel


def _value_label() -> QLabel:
    label = QLabel()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class MemberDetailDialog(QDialog):
    changed = Signal(int)  # the member id, after an edit or a lifecycle change

    def __init__(self, context: UiContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self.member_id = context, member_id
        self.detail: MemberDetail | None = None
        self._users = {u.username: u.display_name for u in list_users(context.db)}
        self.resize(860, 640)
        self.heading = QLabel()
        self.values: dict[str, QLabel] = {}
        person = self._box(self.tr("Person"), [
            ("name", self.tr("Name:")), ("gender", self.tr("Gender:")), ("id_type", self.tr("ID type:")),
            ("id_number", self.tr("ID number:")), ("birth_date", self.tr("Date of birth:")),
            ("ethnicity", self.tr("Ethnicity:")), ("phone", self.tr("Mobile:")),
            ("political_status", self.tr("Political status:")), ("education", self.tr("Education:")),
            ("skill_level", self.tr("Skill level:")), ("household_type", self.tr("Household type:")),
            ("household_place", self.tr("Household registered in:")),
        ])
        membership = self._box(self.tr("Membership"), [
            ("organization", self.tr("Employer:")), ("join_date", self.tr("Joined on:")),
            ("card_number", self.tr("Card number:")), ("status", self.tr("Status:")),
            ("is_migrant_worker", self.tr("Migrant worker:")),
            ("new_employment_group", self.tr("New form of employment:")),
            ("employment_status", self.tr("Employment status:")),
        ])
        self.history: RowTableModel[EventInfo] = RowTableModel([
            Column(self.tr("Date"), lambda e: e.event_date.isoformat()),
            Column(self.tr("Change"), lambda e: event_label(e.kind)),
            Column(self.tr("From"), lambda e: e.from_organization),
            Column(self.tr("To"), lambda e: e.to_organization or e.other_union),
            Column(self.tr("Reason"), lambda e: e.reason),
            Column(self.tr("Recorded by"), lambda e: self._users.get(e.recorded_by, e.recorded_by)),
        ], self)
        self.history_view = QTableView()
        self.history_view.setModel(self.history)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.verticalHeader().hide()
        self.history_view.horizontalHeader().setStretchLastSection(True)
        self.record_view = PersonRecordView(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.history_view, self.tr("Membership history"))
        self.tabs.addTab(self.record_view, self.tr("Competitions and honours"))

        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.transfer_button = QPushButton(self.tr("&Transfer…"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"))
        self.death_button = QPushButton(self.tr("Record &death…"))
        self.void_button = QPushButton(self.tr("&Void…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.action_hint = QLabel()
        self.action_hint.setStyleSheet("color: #555555;")
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.transfer_button, self.withdraw_button, self.death_button,
                       self.void_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addWidget(self.action_hint, 1)
        buttons.addWidget(self.close_button)
        self.edit_button.clicked.connect(self.edit)
        self.transfer_button.clicked.connect(lambda: self.open_action("transfer"))
        self.withdraw_button.clicked.connect(lambda: self.open_action("withdraw"))
        self.death_button.clicked.connect(lambda: self.open_action("death"))
        self.void_button.clicked.connect(self.void)
        self.close_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        boxes = QHBoxLayout()
        boxes.addWidget(person, 1)
        boxes.addWidget(membership, 1)
        layout.addLayout(boxes)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.refresh()

    def _box(self, title: str, fields: list[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(title)
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        for row, (key, caption) in enumerate(fields):
            self.values[key] = _value_label()
            grid.addWidget(QLabel(caption), row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.values[key], row, 1)
        grid.setRowStretch(len(fields), 1)
        return box

    def refresh(self) -> None:
        detail = self.detail = get_member(self._context.db, self.member_id)
        draft = detail.draft
        self.setWindowTitle(self.tr("Member: {0}").format(draft.name))
        status = status_label(detail.status)
        if detail.status_date and detail.status != "active":
            status = self.tr("{0} since {1}").format(status, detail.status_date.isoformat())
        self.heading.setText(f"<h2>{draft.name}</h2><p>{status} · {detail.organization_name}</p>")
        shown = {
            "name": draft.name, "gender": draft.gender, "id_type": draft.id_type, "id_number": draft.id_number,
            "birth_date": draft.birth_date.isoformat() if draft.birth_date else "", "ethnicity": draft.ethnicity,
            "phone": draft.phone, "political_status": draft.political_status, "education": draft.education,
            "skill_level": draft.skill_level, "household_type": draft.household_type,
            "household_place": draft.household_place, "organization": detail.organization_name,
            "join_date": draft.join_date.isoformat() if draft.join_date else "", "card_number": draft.card_number,
            "status": status, "is_migrant_worker": yes_no(draft.is_migrant_worker),
            "new_employment_group": draft.new_employment_group, "employment_status": draft.employment_status,
        }
        for key, label in self.values.items():
            label.setText(shown[key] or "—")
        self.history.set_rows(detail.events)
        self.history_view.resizeColumnsToContents()
        self.record_view.load(detail.person_id)
        self.tabs.setTabText(1, self.tr("Competitions and honours ({0})").format(
            self.record_view.entries.rowCount() + self.record_view.honours.rowCount()))
        active, voided = detail.status == "active", detail.status == "voided"
        for button in (self.transfer_button, self.withdraw_button, self.death_button):
            button.setEnabled(active)
        self.edit_button.setEnabled(not voided)
        self.void_button.setEnabled(not voided)
        self.action_hint.setText("" if active else self.tr("Only active members can be transferred or withdrawn."))

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit(self.member_id)

    def open_action(self, kind: str) -> LifecycleDialog:
        assert self.detail is not None
        dialog = LifecycleDialog(self._context, self.detail, kind, self)
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog

    def void(self) -> ReasonDialog:
        assert self.detail is not None
        ctx = self._context
        dialog = ReasonDialog(
            self.tr("Void member record"),
            self.tr("Void the record of {0} only if it was entered by mistake. It stays in the ledger with its "
                    "history but no longer counts. Why is it void?").format(self.detail.draft.name),
            self.tr("&Void"), lambda reason: void_member(ctx.db, ctx.actor, self.member_id, reason), self)
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog

    def edit(self) -> MemberEntryDialog:
        assert self.detail is not None
        dialog = MemberEntryDialog(self._context, member=self.detail, parent=self)
        dialog.saved.connect(lambda _id: self._changed())
        dialog.open()
        return dialog

"""The search box and filters above the member table; emits ``changed`` (debounced for typing)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.services.member_search import MemberQuery
from desktop.ui.members.date_field import DateField
from desktop.ui.members.labels import STATUSES, group_filters, status_label
from desktop.ui.organizations.picker import OrganizationPicker

SEARCH_DELAY_MS = 180
ALL_STATUSES = "*"  # the status combo's "all" entry (MemberQuery.status=None)


class MemberFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr(
            "Search: name, pinyin initials (zs), ID number or its last digits, mobile, card number"))
        self.organization = OrganizationPicker(all_label=self.tr("All organizations"))
        self.group = QComboBox()
        self.status = QComboBox()
        self.status.addItem(status_label("active"), "active")
        self.status.addItem(self.tr("All statuses"), ALL_STATUSES)
        for status in STATUSES[1:]:
            self.status.addItem(status_label(status), status)
        self.joined_from = DateField()
        self.joined_to = DateField()
        for field in (self.joined_from, self.joined_to):
            field.setFixedWidth(field.fontMetrics().horizontalAdvance(field.placeholderText()) + 24)
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        self.date_problem = QLabel()
        self.date_problem.setStyleSheet("color: #b00020;")
        self.date_problem.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        row = QHBoxLayout()
        for label, widget in ((self.tr("&Organization:"), self.organization), (self.tr("&Group:"), self.group),
                              (self.tr("S&tatus:"), self.status), (self.tr("Joined &from:"), self.joined_from),
                              (self.tr("to"), self.joined_to)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget, 2 if widget is self.organization else 0)
        row.addWidget(self.date_problem)
        row.addStretch(1)
        row.addWidget(self.clear_button)
        layout.addLayout(row)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self._timer.start)
        self.joined_from.textChanged.connect(self._timer.start)
        self.joined_to.textChanged.connect(self._timer.start)
        self.joined_from.editingFinished.connect(self.search_now)
        self.joined_to.editingFinished.connect(self.search_now)
        self.organization.currentIndexChanged.connect(self._organization_changed)
        self.organization.lineEdit().editingFinished.connect(self._organization_typed)
        self.group.currentIndexChanged.connect(self.changed)
        self.status.currentIndexChanged.connect(self.changed)
        self.clear_button.clicked.connect(self.clear)

    def set_choices(self, organizations: list[tuple[int, str]], new_employment_groups: list[str]) -> None:
        """Fill the organization and group lists, keeping what is chosen (no ``changed`` signal)."""
        self.organization.set_organizations(organizations)
        group = self.group.currentData()
        blocked = self.group.blockSignals(True)
        self.group.clear()
        for label, value in group_filters(new_employment_groups):
            self.group.addItem(label, value)
        self.group.setCurrentIndex(max(0, self.group.findData(group or "")))
        self.group.blockSignals(blocked)

    def _organization_changed(self) -> None:
        self.changed.emit()

    def _organization_typed(self) -> None:
        if not self.organization.currentText().strip():
            self.organization.set_current_id(None)
            self.changed.emit()

    def search_now(self) -> None:
        """Apply pending typing at once (Enter in the search box, tests)."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()

    def is_filtered(self) -> bool:
        query = self.query()
        return query != MemberQuery()

    def query(self) -> MemberQuery:
        status = self.status.currentData()
        bad_dates = [f for f in (self.joined_from, self.joined_to) if not f.is_valid() and not f.hasFocus()]
        self.date_problem.setText(self.tr("Date not understood: use 2024-03-05") if bad_dates else "")
        self.date_problem.setVisible(bool(bad_dates))
        return MemberQuery(
            text=self.search.text().strip(),
            organization_id=self.organization.current_id(),
            group=self.group.currentData() or "",
            status=None if status == ALL_STATUSES else status,
            joined_from=self.joined_from.value(),
            joined_to=self.joined_to.value(),
        )

    def show_organization(self, org_id: int | None) -> None:
        self.organization.set_current_id(org_id)
        self.changed.emit()

    def clear(self) -> None:
        widgets = (self.search, self.organization, self.group, self.status, self.joined_from, self.joined_to)
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        self.organization.set_current_id(None)
        self.group.setCurrentIndex(0)
        self.status.setCurrentIndex(0)
        self.joined_from.clear()
        self.joined_to.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self._timer.stop()
        self.changed.emit()

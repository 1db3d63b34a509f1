"""集体慰问 form: one visit that reached N organizations and M people, with its total; or one shown read-only.

"走访68家企业…慰问161人次，发放款物9.5万元": tick the organizations of the register that were visited,
add others by name (one per line), give the head count and the money; named recipients are optional.
The record goes to the 负责人 for approval as soon as it is saved.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.masking import mask_id_number
from desktop.domain.money import format_amount
from desktop.services.aid_campaigns import list_campaigns
from desktop.services.errors import ConfirmationNeeded
from desktop.services.group_distributions import GroupDraft, GroupRow, create_group_distribution
from desktop.services.member_rules import FieldProblem
from desktop.services.organizations import organization_names
from desktop.services.persons import PersonRow, search_persons
from desktop.services.vocabulary import all_terms
from desktop.ui.aid.batch_chooser import PersonChooser
from desktop.ui.aid.campaign_dialog import amount_or_problem
from desktop.ui.context import UiContext
from desktop.ui.field_errors import FieldErrors, problems_of
from desktop.ui.members.date_field import DateField
from desktop.ui.messages import confirm

ID_ROLE = Qt.ItemDataRole.UserRole


def _box(*widgets: QWidget) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return box


class GroupDialog(QDialog):
    """A new group distribution (``campaign_id`` preselects the campaign); ``saved_id`` once saved."""

    def __init__(self, context: UiContext, campaign_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.saved_id: int | None = None
        self.chooser: PersonChooser | None = None
        self.setWindowTitle(self.tr("New group distribution"))
        self.setMinimumWidth(640)
        terms = all_terms(context.db)
        self.campaign = QComboBox()
        for row in list_campaigns(context.db):
            self.campaign.addItem(f"{row.name}（{row.draft.kind}）", row.id)
        if campaign_id is not None:
            self.campaign.setCurrentIndex(max(0, self.campaign.findData(campaign_id)))
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        self.title.setPlaceholderText(self.tr("e.g. Spring Festival visits to front-line workers"))
        self.event_date = DateField()
        self.event_date.set_value(date.today())
        self.org_filter = QLineEdit()
        self.org_filter.setPlaceholderText(self.tr("Filter the organizations; Space ticks, Enter ticks the only match"))
        self.organizations = QListWidget()
        self.organizations.setMinimumHeight(140)
        for org_id, name in organization_names(context.db):
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, org_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.organizations.addItem(item)
        self.others = QPlainTextEdit()
        self.others.setPlaceholderText(self.tr("Other organizations reached, one per line"))
        self.others.setTabChangesFocus(True)
        self.others.setFixedHeight(60)
        self.organization_count = QLineEdit()
        self.organization_count.setValidator(QIntValidator(0, 1_000_000, self))
        self.people_count = QLineEdit()
        self.people_count.setValidator(QIntValidator(0, 10_000_000, self))
        self.recipient_search = QLineEdit()
        self.recipient_search.setPlaceholderText(self.tr("Name, ID number or mobile, then Enter"))
        self.add_recipient_button = QPushButton(self.tr("&Add"))
        self.recipients = QListWidget()
        self.recipients.setFixedHeight(70)
        self.remove_recipient_button = QPushButton(self.tr("Remo&ve"))
        self.cash = QLineEdit()
        self.items = QLineEdit()
        self.items.setMaxLength(200)
        self.items_value = QLineEdit()
        self.fund_source = QComboBox()
        self.fund_source.addItem(self.tr("(the campaign's)"), "")
        for source in terms.get("fund_source", []):
            self.fund_source.addItem(source, source)
        self.note = QLineEdit()
        self.note.setMaxLength(500)

        form = QFormLayout()
        self.errors = FieldErrors(form, "title")
        self.errors.add("campaign_id", self.tr("&Campaign:"), self.campaign)
        self.errors.add("title", self.tr("&Title:"), self.title)
        self.errors.add("event_date", self.tr("&Date:"), self.event_date)
        self.errors.add("organization_ids", self.tr("Organizations &reached:"), self.org_filter)
        form.addRow("", self.organizations)
        self.errors.add("other_organizations", self.tr("&Others:"), self.others)
        self.errors.add("organization_count", self.tr("Organization c&ount:"), self.organization_count)
        self.errors.add("people_count", self.tr("&People reached:"), self.people_count)
        self.errors.add("recipient_ids", self.tr("Named recipients:"),
                        _box(self.recipient_search, self.add_recipient_button))
        form.addRow("", _box(self.recipients, self.remove_recipient_button))
        self.errors.add("cash_fen", self.tr("Cas&h (yuan):"), self.cash)
        self.errors.add("items", self.tr("&Items:"), self.items)
        self.errors.add("items_value_fen", self.tr("Items &value (yuan):"), self.items_value)
        self.errors.add("fund_source", self.tr("&Fund source:"), self.fund_source)
        self.errors.add("note", self.tr("&Note:"), self.note)
        self.errors.widgets["recipient_ids"] = self.recipient_search
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("&Save and submit (Enter)"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.save_button.setDefault(True)  # once inside the dialog, or the dialog does not know it

        self.org_filter.textChanged.connect(self._filter_organizations)
        self.organizations.itemChanged.connect(lambda _i: self._update_count_hint())
        self.others.textChanged.connect(self._update_count_hint)
        self.add_recipient_button.clicked.connect(self.add_recipient)
        self.remove_recipient_button.clicked.connect(self._remove_recipient)
        self.org_filter.installEventFilter(self)
        self.recipient_search.installEventFilter(self)
        self._update_count_hint()
        self._baseline = self.snapshot()
        self.title.setFocus()

    # ------------------------------------------------------------ organizations and recipients

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the two search boxes acts there instead of saving the form."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if watched is self.recipient_search:
                self.add_recipient()
                return True
            if watched is self.org_filter:
                visible = [i for i in self._org_items() if not i.isHidden()]
                if len(visible) == 1:
                    visible[0].setCheckState(Qt.CheckState.Checked)
                    self.org_filter.clear()
                return True
        return super().eventFilter(watched, event)

    def _org_items(self) -> list[QListWidgetItem]:
        return [self.organizations.item(i) for i in range(self.organizations.count())]

    def _filter_organizations(self, text: str) -> None:
        text = text.strip().lower()
        for item in self._org_items():
            item.setHidden(bool(text) and text not in item.text().lower())

    def checked_organizations(self) -> list[int]:
        return [int(i.data(ID_ROLE)) for i in self._org_items() if i.checkState() == Qt.CheckState.Checked]

    def check_organization(self, org_id: int, checked: bool = True) -> None:
        for item in self._org_items():
            if item.data(ID_ROLE) == org_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def other_organizations(self) -> list[str]:
        return [line.strip() for line in self.others.toPlainText().splitlines() if line.strip()]

    def _update_count_hint(self) -> None:
        listed = len(self.checked_organizations()) + len(set(self.other_organizations()))
        self.organization_count.setPlaceholderText(self.tr("{0} listed; type a larger number if more").format(listed))

    def recipient_ids(self) -> list[int]:
        return [int(self.recipients.item(i).data(ID_ROLE)) for i in range(self.recipients.count())]

    def add_recipient(self) -> None:
        text = self.recipient_search.text().strip()
        if not text:
            return
        found = search_persons(self._context.db, text, limit=30)
        if len(found) == 1:
            self._add_person(found[0])
        elif found:
            self.chooser = PersonChooser(found, text, self)
            self.chooser.chosen.connect(self._add_person)
            self.chooser.show_at(self.recipient_search.mapToGlobal(self.recipient_search.rect().bottomLeft()))
        else:
            self.errors.set("recipient_ids", self.tr("No one in the ledger matches “{0}”.").format(text))

    def _add_person(self, person: PersonRow) -> None:
        self.errors.set("recipient_ids", "")
        self.recipient_search.clear()
        self.recipient_search.setFocus()
        if person.id in self.recipient_ids():
            return
        item = QListWidgetItem(f"{person.name}  {mask_id_number(person.id_number)}  {person.member_label}")
        item.setData(ID_ROLE, person.id)
        self.recipients.addItem(item)

    def _remove_recipient(self) -> None:
        row = self.recipients.currentRow()
        if row >= 0:
            self.recipients.takeItem(row)

    # ------------------------------------------------------------ saving

    def snapshot(self) -> tuple[object, ...]:
        return (self.campaign.currentIndex(), self.title.text(), self.event_date.text(), self.others.toPlainText(),
                tuple(self.checked_organizations()), self.organization_count.text(), self.people_count.text(),
                tuple(self.recipient_ids()), self.cash.text(), self.items.text(), self.items_value.text(),
                self.fund_source.currentIndex(), self.note.text())

    def has_unsaved_changes(self) -> bool:
        return self.snapshot() != self._baseline

    def collect(self) -> tuple[GroupDraft | None, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        if self.campaign.currentData() is None:
            problems.append(FieldProblem("campaign_id", self.tr("Set up a campaign first (the Campaigns tab).")))
        self.event_date.tidy()
        if self.event_date.value() is None:
            problems.append(FieldProblem("event_date", self.tr("Date not understood: write it as 2026-01-20.")))
        cash = amount_or_problem(self.cash.text(), "cash_fen", problems)
        value = amount_or_problem(self.items_value.text(), "items_value_fen", problems)
        people = self.people_count.text().strip()
        if not people:
            problems.append(FieldProblem("people_count", self.tr("How many people were reached?")))
        if problems or cash is None or value is None or self.event_date.value() is None:
            return None, problems
        count = self.organization_count.text().strip()
        return GroupDraft(
            campaign_id=int(self.campaign.currentData()), title=self.title.text(),
            event_date=self.event_date.value() or date.today(), people_count=int(people), cash_fen=cash,
            items=self.items.text(), items_value_fen=value, organization_ids=tuple(self.checked_organizations()),
            other_organizations=tuple(self.other_organizations()), organization_count=int(count) if count else None,
            fund_source=self.fund_source.currentData() or "", note=self.note.text(),
            recipient_ids=tuple(self.recipient_ids())), problems

    def save(self) -> bool:
        draft, problems = self.collect()
        if draft is None:
            self.errors.show(problems, self)
            return False
        ctx = self._context
        confirmed: frozenset[str] = frozenset()
        while True:
            try:
                self.saved_id = create_group_distribution(ctx.db, ctx.actor, draft, confirm=confirmed)
                break
            except ConfirmationNeeded as exc:
                if exc.key in confirmed or not confirm(self, self.tr("Please confirm"), exc.message):
                    return False
                confirmed = confirmed | {exc.key}
            except Exception as exc:
                self.errors.show(problems_of(exc, "title"), self)
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
                self, self.tr("Unsaved changes"),
                self.tr("The group distribution has not been saved. Discard what was typed?")):
            return
        super().reject()


class GroupDetailDialog(QDialog):
    """One group distribution, read-only (it cannot be edited once entered; void it and enter it again)."""

    def __init__(self, group: GroupRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Group distribution: {0}").format(group.title))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        status = group.status_label + (self.tr(" (approved by the person who entered it)") if group.self_approved
                                       else "")
        rows = [
            (self.tr("Campaign:"), group.campaign_name), (self.tr("Title:"), group.title),
            (self.tr("Date:"), group.event_date.isoformat()),
            (self.tr("Organizations reached:"), str(group.organization_count)),
            (self.tr("Listed:"), "、".join(group.organizations) or self.tr("(none listed)")),
            (self.tr("People reached:"), str(group.people_count)),
            (self.tr("Named recipients:"), "、".join(group.recipients) or self.tr("(none named)")),
            (self.tr("Cash:"), format_amount(group.cash_fen)),
            (self.tr("Items:"), f"{group.items}  {format_amount(group.items_value_fen)}" if group.items else ""),
            (self.tr("Total:"), format_amount(group.total_fen)), (self.tr("Fund source:"), group.fund_source),
            (self.tr("Note:"), group.note), (self.tr("Status:"), status),
            (self.tr("Entered by:"), group.created_by), (self.tr("Decided by:"), group.decided_by),
            (self.tr("Comment:"), group.decision_comment),
        ]
        self.labels: dict[str, QLabel] = {}
        for caption, text in rows:
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, label)
            self.labels[caption] = label
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

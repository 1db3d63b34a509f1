"""One 发放记录: every field, its history (entered, decided, paid, reversed), and the actions its status allows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.china_time import format_datetime
from desktop.domain.masking import mask_id_number
from desktop.domain.money import format_amount
from desktop.services.aid_queries import DisbursementRow, Trail, disbursement, workflow_trails
from desktop.services.disbursements import (
    EDITABLE,
    draft_of,
    read_only_message,
    recall_disbursement,
    submit_disbursements,
)
from desktop.services.errors import ServiceError
from desktop.ui.aid.action_dialogs import MarkPaidDialog, TextDialog, reverse_dialog, void_dialog
from desktop.ui.aid.disbursement_dialog import DisbursementDialog
from desktop.ui.aid.disbursement_list import status_text, user_names
from desktop.ui.context import UiContext
from desktop.ui.messages import show_error


def _date(value: date | None) -> str:
    return value.isoformat() if value else ""


class RecordDialog(QDialog):
    changed = Signal(int)  # the record id, after any action
    open_other = Signal(int)  # the reversal link was followed

    def __init__(self, context: UiContext, record_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self.record_id = context, record_id
        self.row: DisbursementRow | None = None
        self.trail: Trail | None = None
        self._users = user_names(context.db)
        self.resize(760, 600)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.values: dict[str, QLabel] = {}
        fields = QGroupBox(self.tr("Record"))
        grid = QGridLayout(fields)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        captions = [
            ("name", self.tr("Recipient:")), ("id_number", self.tr("ID number:")),
            ("campaign", self.tr("Campaign:")), ("category", self.tr("Category:")),
            ("aid_date", self.tr("Date:")), ("status", self.tr("Status:")),
            ("cash", self.tr("Cash:")), ("items", self.tr("Items:")),
            ("items_value", self.tr("Items value:")), ("total", self.tr("Total:")),
            ("fund_source", self.tr("Fund source:")), ("method", self.tr("Method:")),
            ("evidence", self.tr("Attachments:")), ("note", self.tr("Note:")),
        ]
        for index, (key, caption) in enumerate(captions):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = label
            grid.addWidget(QLabel(caption), index // 2, (index % 2) * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, index // 2, (index % 2) * 2 + 1)
        history_box = QGroupBox(self.tr("History"))
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.history.linkActivated.connect(lambda link: self.open_other.emit(int(link)))
        QVBoxLayout(history_box).addWidget(self.history)

        self.submit_button = QPushButton(self.tr("&Submit"))
        self.recall_button = QPushButton(self.tr("Re&call"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.void_button = QPushButton(self.tr("&Void…"))
        self.paid_button = QPushButton(self.tr("Mark &paid…"))
        self.reverse_button = QPushButton(self.tr("&Reverse…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #8a4b00;")
        buttons = QHBoxLayout()
        for button in (self.submit_button, self.recall_button, self.edit_button, self.void_button,
                       self.paid_button, self.reverse_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        self.submit_button.clicked.connect(self.submit)
        self.recall_button.clicked.connect(self.recall)
        self.edit_button.clicked.connect(self.edit)
        self.void_button.clicked.connect(self.void)
        self.paid_button.clicked.connect(self.mark_paid)
        self.reverse_button.clicked.connect(self.reverse)
        self.close_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(fields)
        layout.addWidget(history_box, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.refresh()

    def who(self, username: str) -> str:
        return self._users.get(username, username)

    # ------------------------------------------------------------ showing

    def refresh(self) -> None:
        row = self.row = disbursement(self._context.db, self.record_id)
        if row is None:
            self.heading.setText(self.tr("This record no longer exists."))
            for button in self._actions():
                button.setEnabled(False)
            return
        self.trail = workflow_trails(self._context.db, [row.id]).get(row.id)
        self.setWindowTitle(self.tr("Disbursement #{0}: {1}").format(row.id, row.name))
        self.heading.setText(f"<h2>{row.name} · {format_amount(row.total_fen)}</h2><p>{status_text(row)}</p>")
        shown = {
            "name": row.name, "id_number": mask_id_number(row.id_number), "campaign": row.campaign_name or "",
            "category": row.category, "aid_date": _date(row.aid_date), "status": status_text(row),
            "cash": format_amount(row.cash_fen), "items": row.items,
            "items_value": format_amount(row.items_value_fen), "total": format_amount(row.total_fen),
            "fund_source": row.fund_source, "method": row.method, "evidence": row.evidence, "note": row.note,
        }
        for key, label in self.values.items():
            label.setText(shown[key] or "—")
        self.history.setText("<br>".join(self.history_lines(row)))
        self._update_actions(row)

    def history_lines(self, row: DisbursementRow) -> list[str]:
        trail = self.trail
        lines = [self.tr("Entered by {0}").format(self.who(row.created_by))]
        if trail and trail.submitted_at:
            lines.append(self.tr("Submitted for approval at {0}").format(format_datetime(trail.submitted_at)))
        if row.duplicate_override:
            lines.append(self.tr("Second payment in the campaign allowed by {0}: {1}").format(
                self.who(trail.duplicate_override_by if trail else ""), row.duplicate_override))
        if row.decided_by:
            verb = self.tr("Returned by {0}") if row.status in ("rejected", "draft") else self.tr("Approved by {0}")
            line = verb.format(self.who(row.decided_by))
            if trail and trail.decided_at:
                line += self.tr(" at {0}").format(format_datetime(trail.decided_at))
            if row.decision_comment:
                line += self.tr(", comment: {0}").format(row.decision_comment)
            lines.append(line)
        if row.self_approved:
            lines.append("<b>" + self.tr("Entered and approved by the same person (confirmed).") + "</b>")
        if row.paid_on:
            lines.append(self.tr("Paid on {0}, method: {1}, receipt / sign-off: {2}; recorded by {3}").format(
                row.paid_on.isoformat(), (trail.paid_method if trail else "") or row.method, row.receipt,
                self.who(trail.paid_by if trail else "")))
        if row.reverses_id is not None:
            lines.append(self.tr('This is a reversal of <a href="{0}">record #{0}</a>.').format(row.reverses_id))
        if trail and trail.reversed_by is not None:
            lines.append(self.tr('Reversed by <a href="{0}">record #{0}</a>.').format(trail.reversed_by))
        if row.status == "voided":
            lines.append(self.tr("Void: {0}").format(row.void_reason))
        return lines

    def _actions(self) -> list[QPushButton]:
        return [self.submit_button, self.recall_button, self.edit_button, self.void_button, self.paid_button,
                self.reverse_button]

    def editable(self) -> bool:
        return self.row is not None and self.row.status in EDITABLE and self.row.reverses_id is None

    def _update_actions(self, row: DisbursementRow) -> None:
        actor = self._context.actor
        writer = actor.role in ("admin", "clerk", "approver")
        counted = row.status in ("approved", "paid")
        original = row.reverses_id is None
        self.submit_button.setEnabled(writer and row.status in EDITABLE)
        self.recall_button.setEnabled(writer and row.status == "submitted" and (
            row.created_by == actor.username or actor.role == "approver"))
        self.edit_button.setEnabled(writer and self.editable())
        self.void_button.setEnabled(writer and row.status in ("draft", "submitted", "rejected"))
        self.paid_button.setEnabled(writer and row.status == "approved" and original)
        self.reverse_button.setEnabled(writer and counted and original and not row.reversed)
        if self.editable() or row.status == "voided":
            hint = ""
        elif row.reverses_id is not None:
            hint = self.tr("A reversal cannot be edited; void it while it waits for approval if it was a mistake.")
        else:
            hint = read_only_message(row)  # type: ignore[arg-type]  # it reads only the status
        if row.reversed:
            hint = self.tr("This record has been reversed; the reversal is linked in the history.")
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.edit_button.setToolTip(hint)

    # ------------------------------------------------------------ actions

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit(self.record_id)

    def _call(self, action: Callable[[], object]) -> None:
        try:
            action()
        except ServiceError as exc:
            self.hint.setText(exc.message)
            self.hint.show()
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self._changed()

    def submit(self) -> None:
        ctx = self._context
        self._call(lambda: submit_disbursements(ctx.db, ctx.actor, [self.record_id]))

    def recall(self) -> None:
        ctx = self._context
        self._call(lambda: recall_disbursement(ctx.db, ctx.actor, self.record_id))

    def edit(self) -> DisbursementDialog | None:
        if not self.editable():
            return None
        assert self.row is not None
        dialog = DisbursementDialog(self._context, record_id=self.record_id,
                                    draft=draft_of(self._context.db, self.record_id), status=self.row.status,
                                    parent=self)
        dialog.saved.connect(lambda _id: self._changed())
        dialog.open()
        return dialog

    def _open_action(self, dialog: QDialog) -> QDialog:
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog

    def void(self) -> TextDialog:
        dialog = void_dialog(self._context, self.record_id, self)
        self._open_action(dialog)
        return dialog

    def reverse(self) -> TextDialog:
        dialog = reverse_dialog(self._context, self.record_id, self)
        self._open_action(dialog)
        return dialog

    def mark_paid(self) -> MarkPaidDialog:
        dialog = MarkPaidDialog(self._context, [self.record_id], method=self.row.method if self.row else "",
                                parent=self)
        self._open_action(dialog)
        return dialog


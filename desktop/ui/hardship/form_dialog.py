"""建档 and corrections: Enter saves (a new file then clears for the next), Esc cancels, edits are never lost silently.

A service question (age outside 16–60, a household that does not meet the standard) is asked as a yes/no box;
yes repeats the save with that answer given.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services.errors import ConfirmationNeeded, ServiceError
from desktop.services.hardship import HardshipDetail, create_file, get_file, update_file, validate_file
from desktop.services.hardship_rules import HardshipDraft
from desktop.services.member_rules import FieldProblem, InvalidMember
from desktop.services.organizations import organization_names
from desktop.services.settings import load_settings
from desktop.services.vocabulary import all_terms
from desktop.ui.context import UiContext
from desktop.ui.hardship.form import HardshipForm
from desktop.ui.hardship.labels import category_label, status_label
from desktop.ui.members.entry_form import HINT_STYLE
from desktop.ui.messages import confirm, show_error


def with_confirmations(parent: QWidget, title: str, action: Callable[[frozenset[str]], object]) -> object | None:
    """Run ``action(confirm)``; each ConfirmationNeeded is asked as yes/no and, on yes, the action repeats.

    Returns the action's result, or None when the clerk said no.
    """
    given: set[str] = set()
    while True:
        try:
            return action(frozenset(given))
        except ConfirmationNeeded as question:
            if question.key in given or not confirm(parent, title, question.message):
                return None
            given.add(question.key)


class HardshipFormDialog(QDialog):
    """New hardship files one after another, or (with ``file_id``) corrections to one file."""

    saved = Signal(int)  # the file id

    def __init__(self, context: UiContext, *, file_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.detail: HardshipDetail | None = get_file(context.db, file_id) if file_id is not None else None
        self.saved_count = 0
        self.setWindowTitle(self.tr("Hardship file: {0}").format(self.detail.name) if self.detail
                            else self.tr("Open hardship files"))
        self.form = HardshipForm(context, dibao_fen=load_settings(context.db).dibao_monthly_fen,
                                 editing=self.detail is not None)
        organizations = organization_names(context.db)
        if self.detail is not None and self.detail.draft.organization_id is not None and all(
                org_id != self.detail.draft.organization_id for org_id, _ in organizations):
            organizations.append((self.detail.draft.organization_id, self.detail.organization_name))
        self.form.set_choices(all_terms(context.db), organizations)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.status_line = QLabel()
        self.status_line.setStyleSheet(HINT_STYLE)
        self.save_button = QPushButton(self.tr("&Save and next (Enter)") if self.detail is None else self.tr("&Save"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)  # once it is inside the dialog, or Qt does not record it
        self.close_button = buttons.addButton(self.tr("Close (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status_line)
        layout.addWidget(buttons)
        if self.detail is not None:
            self.form.load(self.detail.draft)
            self._show_heading(self.detail)
        else:
            self.heading.hide()
            self.form.opened_on.set_value(date.today())
            self.form.update_classification()
        self._baseline = self.form.snapshot()
        self.form.name.setFocus()
        self.resize(1200, 800)

    def _show_heading(self, detail: HardshipDetail) -> None:
        text = self.tr("Status: {0} · category: {1} · next review: {2}").format(
            status_label(detail.status), category_label(detail.category), detail.next_review_on.isoformat())
        if detail.reviewed_on:
            text += self.tr(" · last reviewed {0} by {1}").format(detail.reviewed_on.isoformat(), detail.reviewed_by)
        if detail.voided:
            text = self.tr("Voided: {0}").format(detail.void_reason)
        self.heading.setText(text)
        if not detail.editable:
            self.form.setEnabled(False)
            self.save_button.hide()
            self.status_line.setText(self.tr("This file is closed or voided and can no longer be changed."))

    def has_unsaved_changes(self) -> bool:
        return self.form.snapshot() != self._baseline

    def save(self) -> bool:
        """Save the file; on problems show each beside its field and keep everything typed."""
        draft, problems = self.form.collect()
        ctx = self._context
        file_id = self.detail.id if self.detail else None
        if problems:
            seen = {p.field for p in problems}
            problems += [p for p in validate_file(ctx.db, draft, file_id) if p.field not in seen]
            self.form.show_problems(problems)
            return False
        try:
            detail = self._store(draft)
        except InvalidMember as exc:
            self.form.show_problems(exc.problems)
            self.status_line.clear()
            return False
        except ServiceError as exc:
            self.form.show_problems([FieldProblem(exc.field or "", exc.message)])
            return False
        except Exception as exc:
            show_error(self, exc)
            return False
        if detail is None:  # the clerk answered no
            return False
        self.saved_count += 1
        self.saved.emit(detail.id)
        if self.detail is not None:
            self.detail = detail
            self._baseline = self.form.snapshot()
            self.accept()
            return True
        opened_on = self.form.opened_on.value()
        self.form.load(HardshipDraft(name="", id_number="", opened_on=opened_on))
        self.form.name.setFocus()
        self._baseline = self.form.snapshot()
        self.status_line.setText(self.tr("Saved: {0}, {1} ({2} this session)").format(
            detail.name, category_label(detail.category), self.saved_count))
        return True

    def _store(self, draft: HardshipDraft) -> HardshipDetail | None:
        ctx = self._context
        title = self.tr("Please confirm")
        if self.detail is None:
            result = with_confirmations(self, title, lambda given: create_file(ctx.db, ctx.actor, draft, confirm=given))
        else:
            file_id = self.detail.id
            result = with_confirmations(self, title, lambda _given: update_file(ctx.db, ctx.actor, file_id, draft))
        return result if isinstance(result, HardshipDetail) else None

    def close_without_asking(self) -> None:
        """Discard what was typed (log-out, restore, tests)."""
        self._baseline = self.form.snapshot()
        super().reject()

    def reject(self) -> None:
        """Esc, the Close button and the window's close box all come here."""
        if self.has_unsaved_changes() and not confirm(
                self, self.tr("Unsaved changes"),
                self.tr("The hardship file being entered has not been saved. Discard what was typed?")):
            return
        super().reject()

"""会员登记: Enter saves and starts the next record (连续录入); Esc cancels; edits are never lost silently."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.errors import ServiceError
from desktop.services.member_rules import FieldProblem, InvalidMember
from desktop.services.membership import MemberDetail, enroll_member, update_member, validate_member
from desktop.services.organizations import organization_names
from desktop.services.vocabulary import all_terms
from desktop.ui.context import UiContext
from desktop.ui.members.entry_form import HINT_STYLE, MemberForm
from desktop.ui.messages import confirm, show_error


class MemberEntryDialog(QDialog):
    """New members one after another, or (with ``member``) corrections to one member."""

    saved = Signal(int)  # the member id

    def __init__(self, context: UiContext, *, member: MemberDetail | None = None,
                 organization_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self._member = context, member
        self.saved_count = 0
        self.setWindowTitle(self.tr("Edit member") if member else self.tr("Enroll members"))
        self.form = MemberForm(context, editing=member is not None)
        organizations = organization_names(context.db)
        if member is not None and all(org_id != member.draft.organization_id for org_id, _ in organizations):
            organizations.append((member.draft.organization_id or 0, member.organization_name))
        self.form.set_choices(all_terms(context.db), organizations)
        self.status_line = QLabel()
        self.status_line.setStyleSheet(HINT_STYLE)
        self.save_button = QPushButton(self.tr("&Save and next (Enter)") if member is None else self.tr("&Save"))
        self.save_button.setDefault(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(self.tr("Close (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        help_text = QLabel(self.tr(
            "Tab moves to the next field. Enter saves; the form then clears for the next member and keeps "
            "the employer and the join date.") if member is None else "")
        help_text.setWordWrap(True)
        help_text.setStyleSheet("color: #555555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        if member is None:
            layout.addWidget(help_text)
        layout.addWidget(self.status_line)
        layout.addWidget(buttons)
        if member is not None:
            self.form.load(member.draft)
        else:
            self.form.organization.set_current_id(organization_id)
        self._baseline = self.form.snapshot()
        self.form.name.setFocus()
        self.resize(900, self.sizeHint().height())

    def has_unsaved_changes(self) -> bool:
        return self.form.snapshot() != self._baseline

    def save(self) -> bool:
        """Save the member; on problems show each beside its field and keep everything typed."""
        draft, problems = self.form.collect()
        ctx = self._context
        if problems:
            seen = {p.field for p in problems}
            member_id = self._member.id if self._member else None
            problems += [p for p in validate_member(ctx.db, draft, member_id) if p.field not in seen]
            self.form.show_problems(problems)
            return False
        try:
            if self._member is None:
                detail = enroll_member(ctx.db, ctx.actor, draft)
            else:
                detail = update_member(ctx.db, ctx.actor, self._member.id, draft)
        except InvalidMember as exc:
            self.form.show_problems(exc.problems)
            self.status_line.clear()
            return False
        except ServiceError as exc:
            self.form.show_problems([FieldProblem(exc.field or "name", exc.message)])
            return False
        except Exception as exc:
            show_error(self, exc)
            return False
        self.saved_count += 1
        self.saved.emit(detail.id)
        if self._member is not None:
            self._member = detail
            self._baseline = self.form.snapshot()
            self.accept()
            return True
        self.form.clear_for_next()
        self._baseline = self.form.snapshot()
        self.status_line.setText(self.tr("Saved: {0} ({1} this session)").format(detail.draft.name,
                                                                                  self.saved_count))
        return True

    def close_without_asking(self) -> None:
        """Discard what was typed (log-out, restore, tests)."""
        self._baseline = self.form.snapshot()
        super().reject()

    def reject(self) -> None:
        """Esc, the Close button and the window's close box all come here."""
        if self.has_unsaved_changes() and not confirm(
                self, self.tr("Unsaved changes"),
                self.tr("The member being entered has not been saved. Discard what was typed?")):
            return
        super().reject()

"""复核 (the yearly review, figures updated and the category recomputed) and 状态变更 for one file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.errors import ServiceError
from desktop.services.hardship import HardshipDetail
from desktop.services.hardship_lifecycle import change_status, review_file
from desktop.services.hardship_rules import classify, household_annual_income
from desktop.services.member_rules import InvalidMember
from desktop.services.settings import load_settings
from desktop.ui.context import UiContext
from desktop.ui.hardship.fields import AmountField
from desktop.ui.hardship.labels import category_label, status_label
from desktop.ui.members.date_field import DateField
from desktop.ui.members.entry_form import ERROR_STYLE
from desktop.ui.messages import show_error


class _FileDialog(QDialog):
    """A small form about one file, with one error line and OK/Cancel.

    Its own strings use the "hardship" context: ``self.tr`` here would look them up under the subclass's name.
    """

    def __init__(self, context: UiContext, detail: HardshipDetail, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._context, self.detail = context, detail
        self.result_detail: HardshipDetail | None = None
        self.form = QFormLayout()
        heading = QLabel(QCoreApplication.translate("hardship", "{0} · {1} · {2}").format(detail.name, status_label(detail.status),
                                                          category_label(detail.category)))
        heading.setStyleSheet("font-weight: bold;")
        self.when = DateField()
        self.when.set_value(date.today())
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def show_problem(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _date(self) -> date | None:
        self.when.tidy()
        value = self.when.value()
        if value is None:
            self.show_problem(QCoreApplication.translate("hardship", "Date not understood: write it as 2024-03-05."))
        return value

    def _run(self, action: Callable[[], HardshipDetail]) -> bool:
        try:
            self.result_detail = action()
        except InvalidMember as exc:
            self.show_problem("\n".join(p.message for p in exc.problems))
            return False
        except ServiceError as exc:
            self.show_problem(exc.message)
            return False
        except Exception as exc:
            show_error(self, exc)
            return False
        self.accept()
        return True

    def save(self) -> bool:
        raise NotImplementedError


class ReviewDialog(_FileDialog):
    """复核: the household's figures as found today; the category is shown as they are typed."""

    def __init__(self, context: UiContext, detail: HardshipDetail, parent: QWidget | None = None) -> None:
        super().__init__(context, detail, parent)
        self.setWindowTitle(self.tr("Review hardship file"))
        self._dibao = load_settings(context.db).dibao_monthly_fen
        draft = detail.draft
        self.own_monthly_income, self.other_annual_income, self.rigid_spending = (AmountField() for _ in range(3))
        self.own_monthly_income.set_fen(draft.own_monthly_income_fen)
        self.other_annual_income.set_fen(draft.other_annual_income_fen)
        self.rigid_spending.set_fen(draft.rigid_spending_fen)
        self.household_size = QSpinBox()
        self.household_size.setRange(1, 30)
        self.household_size.setValue(draft.household_size)
        self.note = QLineEdit()
        self.category, self.reason = QLabel(), QLabel()
        self.category.setStyleSheet("font-weight: bold;")
        self.reason.setWordWrap(True)
        self.form.addRow(self.tr("Reviewed &on:"), self.when)
        self.form.addRow(self.tr("Own income per &month (yuan):"), self.own_monthly_income)
        self.form.addRow(self.tr("Other household income per &year (yuan):"), self.other_annual_income)
        self.form.addRow(self.tr("Unavoidable spending per year (yuan):"), self.rigid_spending)
        self.form.addRow(self.tr("Household si&ze:"), self.household_size)
        self.form.addRow(self.tr("Finding:"), self.note)
        self.form.addRow(self.tr("Category:"), self.category)
        self.form.addRow(self.reason)
        for amount in (self.own_monthly_income, self.other_annual_income, self.rigid_spending):
            amount.textChanged.connect(self.update_classification)
        self.household_size.valueChanged.connect(self.update_classification)
        self.update_classification()
        self.resize(620, self.sizeHint().height())

    def update_classification(self) -> None:
        amounts = [a.fen() for a in (self.own_monthly_income, self.other_annual_income, self.rigid_spending)]
        problem = next((a.problem() for a in (self.own_monthly_income, self.other_annual_income, self.rigid_spending)
                        if a.problem()), "")
        self.show_problem(problem)
        if None in amounts:
            self.category.setText("—")
            self.reason.clear()
            return
        own, other, rigid = (a or 0 for a in amounts)
        try:
            result = classify(household_annual_income(own, other), rigid, self.household_size.value(), self._dibao,
                              self.detail.draft.reasons)
        except ServiceError as exc:
            self.category.setText("—")
            self.reason.setText(exc.message)
            return
        self.category.setText(category_label(result.category))
        self.reason.setText(result.reason)

    def save(self) -> bool:
        when = self._date()
        amounts = [a.fen() for a in (self.own_monthly_income, self.other_annual_income, self.rigid_spending)]
        if when is None or None in amounts:
            return False
        own, other, rigid = (a or 0 for a in amounts)
        ctx, file_id = self._context, self.detail.id
        return self._run(lambda: review_file(
            ctx.db, ctx.actor, file_id, when, own_monthly_income_fen=own, other_annual_income_fen=other,
            rigid_spending_fen=rigid, household_size=self.household_size.value(), note=self.note.text()))


class StatusDialog(_FileDialog):
    """在档 → 渐退 → 脱困 → 销档 (or back to 在档), with the date and the reason."""

    def __init__(self, context: UiContext, detail: HardshipDetail, parent: QWidget | None = None) -> None:
        super().__init__(context, detail, parent)
        self.setWindowTitle(self.tr("Change the status of a hardship file"))
        self.status = QComboBox()
        for status in detail.next_statuses:
            self.status.addItem(status_label(status), status)
        self.reason = QLineEdit()
        self.reason.setMaxLength(300)
        self.form.addRow(self.tr("New &status:"), self.status)
        self.form.addRow(self.tr("&Date:"), self.when)
        self.form.addRow(self.tr("&Reason:"), self.reason)
        closing = QLabel(self.tr("Closing a file is final."))
        closing.setStyleSheet("color: #555555;")
        self.form.addRow(closing)
        self.resize(520, self.sizeHint().height())

    def save(self) -> bool:
        when = self._date()
        if when is None:
            return False
        ctx, file_id = self._context, self.detail.id
        return self._run(lambda: change_status(ctx.db, ctx.actor, file_id, self.status.currentData(), when,
                                               self.reason.text()))

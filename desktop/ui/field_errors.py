"""Problems shown beside the fields of a form: a red line under each row, and a failed save's words."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from desktop.services.errors import ServiceError
from desktop.services.member_rules import FieldProblem, InvalidMember
from desktop.ui.members.entry_form import ERROR_STYLE, grow_to_fit
from desktop.ui.messages import error_text


def problems_of(exc: Exception, fallback: str) -> list[FieldProblem]:
    """Why a save failed, as problems beside fields (``fallback`` when the error names no field)."""
    if isinstance(exc, InvalidMember):
        return list(exc.problems)
    if isinstance(exc, ServiceError):
        return [FieldProblem(exc.field or fallback, exc.message)]
    return [FieldProblem(fallback, error_text(exc))]


class FieldErrors:
    """A QFormLayout whose rows each have a red message line beneath, hidden while empty."""

    def __init__(self, form: QFormLayout, fallback: str) -> None:
        self.form, self._fallback = form, fallback
        self._labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}

    def add(self, field: str, label: str, widget: QWidget) -> None:
        self.form.addRow(label, widget)
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        self.form.addRow("", error)
        self.form.setRowVisible(error, False)
        self._labels[field] = error
        self.widgets[field] = widget

    def set(self, field: str, message: str) -> None:
        label = self._labels.get(field) or self._labels[self._fallback]
        label.setText(message)
        self.form.setRowVisible(label, bool(message))

    def text(self, field: str) -> str:
        return self._labels[field].text()

    def clear(self) -> None:
        for field in self._labels:
            self.set(field, "")

    def show(self, problems: Iterable[FieldProblem], window: QWidget) -> None:
        self.clear()
        by_field: dict[str, list[str]] = {}
        first = None
        for problem in problems:
            field = problem.field if problem.field in self._labels else self._fallback
            by_field.setdefault(field, []).append(problem.message)
            first = first or field
        for field, messages in by_field.items():
            self.set(field, "\n".join(messages))
        if first is not None:
            widget = self.widgets[first]
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()
            grow_to_fit(window)

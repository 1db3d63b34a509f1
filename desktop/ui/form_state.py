"""Plumbing shared by the long entry forms: tab order, one "changed" signal, and what was typed."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab moves through ``widgets`` in the order given."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def connect_edits(widgets: Sequence[QWidget], slot: Any) -> None:
    """Call ``slot`` (a function or a signal) whenever the clerk edits any of ``widgets`` (check boxes, combos, spin boxes, line edits)."""
    for widget in widgets:
        if isinstance(widget, QCheckBox):
            widget.toggled.connect(slot)
        elif isinstance(widget, QComboBox):
            (widget.editTextChanged if widget.isEditable() else widget.currentIndexChanged).connect(slot)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(slot)
        elif isinstance(widget, QLineEdit):
            widget.textChanged.connect(slot)


def edited_values(widgets: Sequence[QWidget]) -> tuple[object, ...]:
    """What ``widgets`` hold, to tell whether a form has unsaved edits (other widgets are skipped)."""
    values: list[object] = []
    for widget in widgets:
        if isinstance(widget, QCheckBox):
            values.append(widget.isChecked())
        elif isinstance(widget, QComboBox):
            values.append(widget.currentText())
        elif isinstance(widget, QSpinBox):
            values.append(widget.value())
        elif isinstance(widget, QLineEdit):
            values.append(widget.text())
    return tuple(values)

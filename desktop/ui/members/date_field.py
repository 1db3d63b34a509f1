"""A date typed as text, the way clerks write it; empty means "no date"."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.domain._text import to_halfwidth

_SEPARATED = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")


def parse_date(text: str) -> date | None:
    """2021-03-05, 2021/3/5, 2021.3.5, 20210305 or 2021年3月5日 → a date; "" → None; else ValueError."""
    text = to_halfwidth(text or "").strip()
    if not text:
        return None
    match = _SEPARATED.fullmatch(text) or _COMPACT.fullmatch(text)
    if match is None:
        raise ValueError(text)
    year, month, day = (int(part) for part in match.groups())
    return date(year, month, day)


class DateField(QLineEdit):
    """A line edit holding a date; it tidies what was typed to 2021-03-05 when focus leaves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_format_hint()
        self.setMaxLength(12)
        self.editingFinished.connect(self.tidy)

    def show_format_hint(self) -> None:
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))

    def is_valid(self) -> bool:
        try:
            parse_date(self.text())
        except ValueError:
            return False
        return True

    def value(self) -> date | None:
        """The date, or None when empty or unreadable (check ``is_valid`` first)."""
        try:
            return parse_date(self.text())
        except ValueError:
            return None

    def set_value(self, value: date | None) -> None:
        self.setText(value.isoformat() if value else "")

    def tidy(self) -> None:
        """Rewrite a readable date as 2021-03-05."""
        value = self.value()
        if value is not None and self.text() != value.isoformat():
            self.setText(value.isoformat())

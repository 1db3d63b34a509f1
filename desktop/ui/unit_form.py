"""The 本单位 form, shared by the set-up wizard and the settings page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.domain.credit_code import describe_credit_code, validate_credit_code
from desktop.domain.errors import DomainError
from desktop.services.unit import UNIT_LEVELS, UnitInfo


class UnitForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. XX Town Federation of Trade Unions"))
        self.code = QLineEdit()
        self.code.setMaxLength(18)
        self.code.setPlaceholderText(self.tr("18-character unified social credit code"))
        self.code_status = QLabel()
        self.code_status.setWordWrap(True)
        self.level = QComboBox()
        self.level.addItems(list(UNIT_LEVELS))
        self.parent_union = QLineEdit()
        self.leader = QLineEdit()
        self.contact = QLineEdit()
        self.phone = QLineEdit()
        self.address = QLineEdit()
        form.addRow(self.tr("Union &name:"), self.name)
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow("", self.code_status)
        form.addRow(self.tr("&Level:"), self.level)
        form.addRow(self.tr("&Parent union:"), self.parent_union)
        form.addRow(self.tr("Responsible &person:"), self.leader)
        form.addRow(self.tr("C&ontact:"), self.contact)
        form.addRow(self.tr("Contact mobile:"), self.phone)
        form.addRow(self.tr("&Address:"), self.address)
        for field in (self.name, self.code, self.parent_union, self.leader, self.contact, self.phone,
                      self.address):
            field.textChanged.connect(self.changed)
        self.level.currentIndexChanged.connect(self.changed)
        self.code.textChanged.connect(self._check_code)

    def _check_code(self) -> None:
        text = self.code.text().strip()
        if not text:
            self.code_status.clear()
            return
        try:
            code = validate_credit_code(text)
        except DomainError as exc:
            self.code_status.setStyleSheet("color: #b00020;")
            self.code_status.setText(str(exc))
        else:
            self.code_status.setStyleSheet("color: #1b5e20;")
            self.code_status.setText("✓ " + describe_credit_code(code))

    def code_is_valid(self) -> bool:
        try:
            validate_credit_code(self.code.text())
        except DomainError:
            return False
        return True

    def is_complete(self) -> bool:
        return bool(self.name.text().strip()) and self.code_is_valid()

    def value(self, uuid: str = "") -> UnitInfo:
        return UnitInfo(name=self.name.text(), code=self.code.text(), level=self.level.currentText(),
                        parent_union=self.parent_union.text(), leader_name=self.leader.text(),
                        contact_name=self.contact.text(), contact_phone=self.phone.text(),
                        address=self.address.text(), uuid=uuid)

    def set_value(self, unit: UnitInfo) -> None:
        self.name.setText(unit.name)
        self.code.setText(unit.code)
        self.level.setCurrentText(unit.level)
        self.parent_union.setText(unit.parent_union)
        self.leader.setText(unit.leader_name)
        self.contact.setText(unit.contact_name)
        self.phone.setText(unit.contact_phone)
        self.address.setText(unit.address)

    def focus_field(self, field: str | None) -> None:
        widgets = {"name": self.name, "code": self.code, "level": self.level,
                   "contact_phone": self.phone}
        widget = widgets.get(field or "")
        if widget is not None:
            widget.setFocus()

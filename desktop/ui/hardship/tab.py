"""困难职工档案 tab of the 帮扶 page: search as you type, filters, the review-due list, and the file dialogs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.hardship import (
    CURRENT,
    HardshipRow,
    files_due_for_review,
    get_file,
    list_files,
)
from desktop.services.hardship_lifecycle import void_file
from desktop.ui.context import UiContext
from desktop.ui.hardship.form_dialog import HardshipFormDialog
from desktop.ui.hardship.labels import CATEGORIES, STATUSES, category_label, status_label
from desktop.ui.hardship.review_dialog import ReviewDialog, StatusDialog
from desktop.ui.hardship.table_model import DUE_DAYS, HardshipTableModel
from desktop.ui.messages import confirm, show_error
from desktop.ui.register_excel import RegisterExcelButton
from desktop.ui.table_model import list_table, selected_row

SEARCH_DELAY_MS = 180
ALL = ""


class HardshipTab(QWidget):
    """The hardship register: ``HardshipTab(context)``, ``refresh()`` when shown; ``changed`` after any edit."""

    changed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._entries: list[HardshipFormDialog] = []
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: name, pinyin initials (zs), ID number or its last digits, "
                                               "mobile"))
        self.status = QComboBox()
        self.status.addItem(self.tr("In hardship (on file or phasing out)"), CURRENT)
        self.status.addItem(self.tr("All statuses"), ALL)
        for status in STATUSES:
            self.status.addItem(status_label(status), status)
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), ALL)
        for category in CATEGORIES:
            self.category.addItem(category_label(category), category)
        self.review_due = QPushButton()
        self.review_due.setCheckable(True)
        self.review_due.setToolTip(self.tr("Files whose yearly review is overdue or due within {0} days")
                                   .format(DUE_DAYS))
        self.model = HardshipTableModel(self)
        self.table = list_table(self.model)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("font-weight: bold;")
        self.new_button = QPushButton(self.tr("&New file… (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.review_button = QPushButton(self.tr("&Review…"))
        self.status_button = QPushButton(self.tr("Change &status…"))
        self.void_button = QPushButton(self.tr("&Void…"))
        self.excel_button = RegisterExcelButton(self, context, "hardship", self.refresh)
        new_action = QAction(self)
        new_action.setShortcut(QKeySequence("Ctrl+N"))
        new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_action.triggered.connect(self.new_file)
        self.addAction(new_action)

        filters = QHBoxLayout()
        for label, widget in ((self.tr("S&tatus:"), self.status), (self.tr("&Category:"), self.category)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.review_due)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        for button in (self.excel_button, self.void_button, self.status_button, self.review_button, self.open_button,
                       self.new_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._search_entered)
        self.status.currentIndexChanged.connect(self.apply_filters)
        self.category.currentIndexChanged.connect(self.apply_filters)
        self.review_due.toggled.connect(self.apply_filters)
        self.table.activated.connect(self.open_file_at)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.new_button.clicked.connect(self.new_file)
        self.open_button.clicked.connect(self._open_selected)
        self.review_button.clicked.connect(lambda: self.review_selected())
        self.status_button.clicked.connect(lambda: self.change_status_of_selected())
        self.void_button.clicked.connect(self.void_selected)
        self._update_buttons()

    # ------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Reload the list and the review-due count (called each time the tab is shown)."""
        self.apply_filters()

    def apply_filters(self) -> None:
        self._timer.stop()
        db, today = self._context.db, date.today()
        due = files_due_for_review(db, today, DUE_DAYS)
        self.review_due.setText(self.tr("Review due ({0})").format(len(due)))
        if self.review_due.isChecked():
            rows = list_files(db, text=self.search.text(), status=self.status.currentData() or None,
                              category=self.category.currentData() or None, due_within_days=DUE_DAYS, today=today)
        else:
            rows = list_files(db, text=self.search.text(), status=self.status.currentData() or None,
                              category=self.category.currentData() or None)
        self.model.today = today
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("{0} file(s)").format(len(rows)))
        if rows:
            self.table.resizeColumnsToContents()
            self.table.selectRow(0)
        self._update_buttons()

    def _search_entered(self) -> None:
        self.apply_filters()
        if self.model.rowCount():
            self.table.setFocus()

    def selected_row(self) -> HardshipRow | None:
        return selected_row(self.table, self.model)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        in_hardship = row is not None and row.status in ("open", "phasing_out")
        self.open_button.setEnabled(row is not None)
        self.review_button.setEnabled(in_hardship)
        self.status_button.setEnabled(row is not None and row.status != "closed")
        self.void_button.setEnabled(row is not None)

    def _reselect(self, file_id: int) -> None:
        self.changed.emit()
        self.apply_filters()
        index = self.model.row_index(file_id)
        if index >= 0:
            self.table.selectRow(index)

    # ------------------------------------------------------------ dialogs

    def new_file(self) -> HardshipFormDialog:
        dialog = HardshipFormDialog(self._context, parent=self)
        self._track(dialog)
        return dialog

    def open_file(self, file_id: int) -> HardshipFormDialog:
        dialog = HardshipFormDialog(self._context, file_id=file_id, parent=self)
        self._track(dialog)
        return dialog

    def _track(self, dialog: HardshipFormDialog) -> None:
        self._entries.append(dialog)
        dialog.saved.connect(self._reselect)
        dialog.finished.connect(lambda _r, d=dialog: self._entry_closed(d))
        dialog.open()

    def _entry_closed(self, dialog: HardshipFormDialog) -> None:
        if dialog in self._entries:
            self._entries.remove(dialog)
        dialog.deleteLater()

    def open_file_at(self, index: QModelIndex) -> HardshipFormDialog | None:
        if not index.isValid():
            return None
        return self.open_file(self.model.row_at(index.row()).id)

    def _open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_file(row.id)

    def review_selected(self) -> ReviewDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        dialog = ReviewDialog(self._context, get_file(self._context.db, row.id), self)
        dialog.accepted.connect(lambda file_id=row.id: self._reselect(file_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def change_status_of_selected(self) -> StatusDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        dialog = StatusDialog(self._context, get_file(self._context.db, row.id), self)
        dialog.accepted.connect(lambda file_id=row.id: self._reselect(file_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def void_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Void hardship file"), self.tr(
            "Void the file of {0}? A voided file stays in the audit trail but leaves every list and count.\n"
            "Reason:").format(row.name))
        if not ok:
            return
        if not reason.strip():
            show_error(self, self.tr("Please give the reason for voiding."))
            return
        if not confirm(self, self.tr("Void hardship file"), self.tr("Void the file of {0}?").format(row.name)):
            return
        try:
            void_file(self._context.db, self._context.actor, row.id, reason)
        except Exception as exc:
            show_error(self, exc)
            return
        self.changed.emit()
        self.apply_filters()

    def has_unsaved_changes(self) -> bool:
        return any(d.has_unsaved_changes() for d in self._entries)

"""批量录入: many recipients of one campaign typed (or pasted from Excel) into a grid, saved and submitted at once.

The grid and its keyboard are in ``batch_table``. Saving is all-or-nothing from the clerk's side: while
any row shows a problem (not found, several matches, already aided in the campaign, twice in the grid,
bad amount) nothing is saved, and the status line names the rows to correct or remove — so the count a
clerk typed is the count that goes to the 负责人, never a silent part of it. Should the service still
refuse a record while saving (another clerk entered the same person meanwhile), that row stays in the
grid with the reason; the others are saved and leave the grid.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.money import format_amount
from desktop.services.aid_campaigns import CampaignRow, get_campaign
from desktop.services.disbursements import BatchRowError, DisbursementDraft, create_disbursements
from desktop.services.errors import ConfirmationNeeded
from desktop.services.member_rules import InvalidMember
from desktop.services.vocabulary import all_terms
from desktop.ui.aid.batch_table import ITEMS, LOOKUP, NOTE, BatchTable
from desktop.ui.context import UiContext
from desktop.ui.members.date_field import DateField
from desktop.ui.members.entry_form import ERROR_STYLE, HINT_STYLE
from desktop.ui.messages import confirm, error_text


class BatchGridDialog(QDialog):
    """The batch entry grid for one campaign; ``saved_count`` records saved so far, ``saved_ids`` their ids."""

    def __init__(self, context: UiContext, campaign_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self.campaign_id = context, campaign_id
        self.campaign: CampaignRow = get_campaign(context.db, campaign_id)
        self.saved_count = 0
        self.saved_ids: list[int] = []
        self.setWindowTitle(self.tr("Batch entry: {0}").format(self.campaign.name))
        terms = all_terms(context.db)
        self.aid_date = DateField()
        self.aid_date.set_value(self._default_date())
        self.method = QComboBox()
        self.method.addItem("")
        self.method.addItems(terms.get("pay_method", []))
        self.evidence = QLineEdit()
        self.evidence.setMaxLength(300)
        self.evidence.setPlaceholderText(self.tr("e.g. admission letters attached (required for study aid)"))
        head = QFormLayout()
        d = self.campaign.draft
        budget = format_amount(d.budget_fen) if d.budget_fen is not None else self.tr("no budget")
        head.addRow(QLabel(self.tr("Campaign: {0} ({1}), fund source {2}, budget {3}").format(
            d.name, d.kind, d.fund_source or self.tr("not set"), budget)))
        head.addRow(self.tr("Aid &date:"), self.aid_date)
        head.addRow(self.tr("Payment &method:"), self.method)
        head.addRow(self.tr("&Evidence (all rows):"), self.evidence)
        self.grid = BatchTable(context.db, campaign_id, self)
        self.help = QLabel(self.tr(
            "Type a name, pinyin initials, the last digits of an ID number or a mobile, then Enter. A new person: "
            "name and full ID number, e.g. “张三 110105…”. Amounts are copied from the row above. Tab: next "
            "column; Delete: clear; Ctrl+V: paste rows from Excel (name or ID, cash, items, items value, note)."))
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: #555555;")
        self.footer = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("&Remove selected rows"))
        self.save_button = QPushButton(self.tr("&Save all and submit"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.remove_button, self.save_button, self.close_button):
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.help)
        layout.addWidget(self.footer)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.grid.contents_changed.connect(self._update_footer)
        self.remove_button.clicked.connect(self.grid.remove_selected_rows)
        self.save_button.clicked.connect(self.save_all)
        self.close_button.clicked.connect(self.reject)
        self.grid.setFocus()
        self._update_footer()
        self.resize(1150, 620)

    def _default_date(self) -> date:
        d, today = self.campaign.draft, date.today()
        if today < d.starts_on:
            return d.starts_on
        return min(today, d.ends_on) if d.ends_on else today

    def _update_footer(self) -> None:
        rows = self.grid.used_rows()
        cash = value = 0
        persons: set[object] = set()
        for row in rows:
            row_cash, row_value = self.grid.amounts(row)
            cash, value = cash + row_cash, value + row_value
            key = self.grid.row_state(row).resolution.key
            if key is not None:
                persons.add(key)
        text = self.tr("Rows: {0}   Persons: {1}   Cash: {2}   Items value: {3}").format(
            len(rows), len(persons), format_amount(cash), format_amount(value))
        budget, over = self.campaign.draft.budget_fen, False
        if budget is not None:
            left = budget - self.campaign.committed_fen - cash - value
            over = left < 0
            text += "   " + (self.tr("Over budget by {0}").format(format_amount(-left)) if over
                             else self.tr("Budget left after this batch: {0}").format(format_amount(left)))
        self.footer.setText(text)
        self.footer.setStyleSheet("font-weight: bold;" + (ERROR_STYLE if over else ""))

    def has_unsaved_changes(self) -> bool:
        return bool(self.grid.used_rows())

    def _show_status(self, text: str, *, error: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else HINT_STYLE)

    # ------------------------------------------------------------ saving

    def save_all(self) -> int:
        """Create and submit a record for every row; returns how many were saved."""
        rows = self.grid.used_rows()
        if not rows:
            self._show_status(self.tr("Nothing to save: the grid is empty."), error=True)
            return 0
        self.aid_date.tidy()
        aid_date = self.aid_date.value()
        if aid_date is None:
            self._show_status(self.tr("Enter the aid date as 2026-01-20."), error=True)
            self.aid_date.setFocus()
            return 0
        bad = self.grid.recheck()
        if bad:
            self._show_status(self.tr("Nothing was saved: rows {0} have problems (see the Problem column). Correct "
                                      "or remove them first.").format("、".join(str(r + 1) for r in bad)), error=True)
            self.grid.setCurrentCell(bad[0], LOOKUP)
            self.grid.setFocus()
            return 0
        amounts = {row: self.grid.amounts(row) for row in rows}
        batch = sum(c + v for c, v in amounts.values())
        confirmed: frozenset[str] = frozenset()
        self.campaign = get_campaign(self._context.db, self.campaign_id)
        budget, committed = self.campaign.draft.budget_fen, self.campaign.committed_fen
        if budget is not None and committed + batch > budget:
            if not confirm(self, self.tr("Over budget"), self.tr(
                    "This batch of {0} record(s) totals {1}. With {2} already committed, the campaign's budget of {3} "
                    "would be exceeded by {4}. Save anyway?").format(
                    len(rows), format_amount(batch), format_amount(committed), format_amount(budget),
                    format_amount(committed + batch - budget))):
                return 0
            confirmed = frozenset({"over_budget"})
        entries = [(self._draft(row, aid_date, amounts[row]), self.grid.row_state(row).resolution.identity)
                   for row in rows]
        ctx = self._context
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            ids = create_disbursements(ctx.db, ctx.actor, entries, submit=True, confirm=confirmed)
        except BatchRowError as exc:
            reason = "；".join(p.message for p in exc.error.problems) if isinstance(exc.error, InvalidMember) \
                else exc.message
            self.grid.finish_save([], [(rows[exc.index], reason)])
            self._show_status(self.tr("Nothing was saved: row {0} was refused (see the Problem column). Correct or "
                                      "remove it, then save again.").format(rows[exc.index] + 1), error=True)
            return 0
        except ConfirmationNeeded as exc:  # the ledger changed since the question: ask again next time
            self._show_status(exc.message, error=True)
            return 0
        except Exception as exc:
            self._show_status(error_text(exc), error=True)
            return 0
        finally:
            QApplication.restoreOverrideCursor()
        self.saved_ids.extend(ids)
        self.grid.finish_save(rows, [])
        self.saved_count += len(ids)
        self.campaign = get_campaign(self._context.db, self.campaign_id)
        self._update_footer()
        self._show_status(self.tr("{0} record(s) saved and submitted for approval.").format(len(ids)), error=False)
        self.grid.setFocus()
        return len(ids)

    def _draft(self, row: int, aid_date: date, amounts: tuple[int, int]) -> DisbursementDraft:
        resolution = self.grid.row_state(row).resolution
        return DisbursementDraft(
            person_id=resolution.person.id if resolution.person else 0, category=self.campaign.draft.kind,
            aid_date=aid_date, cash_fen=amounts[0], items=self.grid.text(row, ITEMS), items_value_fen=amounts[1],
            campaign_id=self.campaign_id, method=self.method.currentText(), evidence=self.evidence.text(),
            note=self.grid.text(row, NOTE))

    # ------------------------------------------------------------ closing

    def close_without_asking(self) -> None:
        super().reject()

    def reject(self) -> None:
        rows = len(self.grid.used_rows())
        if rows and not confirm(self, self.tr("Unsaved rows"), self.tr(
                "{0} row(s) in the grid have not been saved. Close and discard them?").format(rows)):
            return
        super().reject()

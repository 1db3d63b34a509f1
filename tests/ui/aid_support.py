"""Shared set-up for the 帮扶 campaign, batch-grid and group-distribution GUI tests (no tests here)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from test_members_support import resident_id, type_text

from db import Database
from desktop.services.actor import Actor
from desktop.services.aid_campaigns import CampaignDraft, create_campaign
from desktop.services.persons import checked_identity, ensure_person, search_persons

# names no demo person has (the demo draws from common surnames): each search finds only ours
PEOPLE = {"ouyang": "欧阳素琴", "sima": "司马建华", "zhuge": "诸葛明远", "new": "上官秀兰"}
IDS = {"ouyang": resident_id(7, female=True, born=date(1971, 3, 4), serial=731),
       "sima": resident_id(8, born=date(1968, 9, 9), serial=587),
       "zhuge": resident_id(9, born=date(1975, 5, 5), serial=913),
       "new": resident_id(10, female=True, born=date(1982, 2, 2), serial=442)}


def make_campaign(db: Database, actor: Actor, budget_fen: int | None = 1_000_000, name: str = "送温暖测试活动") -> int:
    return create_campaign(db, actor, CampaignDraft(name, "送温暖", date.today() - timedelta(days=30), None,
                                                    "上级下拨", budget_fen))


def register(db: Database, actor: Actor, key: str) -> int:
    with db.session() as session:
        return ensure_person(session, actor, checked_identity(PEOPLE[key], IDS[key])).id


def only_match(db: Database, text: str) -> bool:
    return len(search_persons(db, text)) == 1


def type_in_cell(qtbot, grid, row: int, column: int, text: str, end=Qt.Key.Key_Return) -> None:  # type: ignore[no-untyped-def]
    """Go to the cell, start editing (F2), type, then Enter (or Tab) — as a clerk does."""
    grid.setCurrentCell(row, column)
    grid.setFocus()
    QTest.keyClick(grid, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), "F2 opens the cell's editor"
    editor.selectAll()
    type_text(qtbot, editor, text)
    QTest.keyClick(editor, end)
    qtbot.wait(1)  # Enter commits through a queued call


def context_for(db: Database, paths, username: str):  # type: ignore[no-untyped-def]
    from desktop.services.auth import login
    from desktop.ui.context import UiContext

    return UiContext(db, login(db, username, "demo1234"), paths)

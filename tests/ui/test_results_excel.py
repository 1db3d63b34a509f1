"""Excel for 竞赛成绩 in the GUI: the wizard imports a results sheet, the button saves a template and exports."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QWidget

from db import Database
from desktop.domain.id_number import check_character
from desktop.paths import LedgerPaths
from desktop.services.actor import Actor
from desktop.services.competition_queries import entries_of, events_of, list_competitions
from desktop.services.competitions import CompetitionDraft, EventDraft, create_competition
from desktop.ui.context import UiContext
from desktop.ui.import_wizard import ImportWizard
from desktop.ui.register_excel import RegisterExcelButton

CONTEST = "2025年东岭片区职工乒乓球比赛"


def rid(serial: int) -> str:
    first17 = f"11010519800101{serial:03d}"
    return first17 + check_character(first17)


@pytest.fixture
def context(demo_db: Database, clerk: Actor, ledger_paths: LedgerPaths) -> UiContext:
    create_competition(demo_db, clerk, CompetitionDraft(CONTEST, "职工文体比赛", "乡镇（街道）", date(2025, 5, 10),
                                                        date(2025, 5, 12)), events=[EventDraft("男子单打")])
    return UiContext(demo_db, clerk, ledger_paths)


@pytest.fixture
def wizard(qtbot, context: UiContext) -> Iterator[ImportWizard]:  # type: ignore[no-untyped-def]
    made = ImportWizard(context, "results")
    made.show()
    yield made
    made.done(0)
    made.deleteLater()


def test_the_wizard_imports_a_results_sheet_with_a_tie(qtbot, wizard: ImportWizard, context: UiContext,
                                                       tmp_path: Path) -> None:
    path = tmp_path / "成绩.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["竞赛名称", "项目", "姓名", "身份证号码", "名次", "获奖等次"])
    sheet.append([CONTEST, "男子单打", "王建军", rid(3), "第一名", "一等奖"])
    sheet.append([CONTEST, "男子单打", "李建国", rid(5), "１", "一等奖"])
    sheet.append([CONTEST, "男子单打", "赵小军", rid(7), "三", "二等奖"])
    book.save(path)
    assert wizard.file_page.update_box.isVisibleTo(wizard)  # recorded results are overwritten only when asked
    wizard.file_page.set_path(path)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy and wizard.currentId() == ImportWizard.PREVIEW, timeout=15_000)
    assert wizard.preview_page.model.rowCount() == 3 and not wizard.plan.invalid_rows  # type: ignore[union-attr]
    assert wizard.preview_page.notices_model.rowCount() == 3  # three persons registered as non-members
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.RESULT, timeout=15_000)
    assert wizard.imported
    contest = next(c for c in list_competitions(context.db) if c.name == CONTEST)
    singles = events_of(context.db, contest.id)[0]
    assert [(e.name, e.rank, e.award) for e in entries_of(context.db, singles.id)] == [
        ("王建军", 1, "一等奖"), ("李建国", 1, "一等奖"), ("赵小军", 3, "二等奖")]


def test_the_excel_button_saves_a_results_template_and_exports(qtbot, context: UiContext, tmp_path: Path) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    button = RegisterExcelButton(host, context, "results", lambda: None)
    assert button._default_name("export").endswith(".xlsx") and button._default_name("template").endswith(".xlsx")
    button.save_template(tmp_path / "模板.xlsx")
    headers = [c.value for c in openpyxl.load_workbook(tmp_path / "模板.xlsx")["数据"][2]]
    assert headers[:2] == ["*竞赛名称", "*比赛项目"]
    button.export_file(tmp_path / "导出")
    qtbot.waitUntil(lambda: button.last_export is not None, timeout=10_000)
    assert [c.value for c in openpyxl.load_workbook(tmp_path / "导出.xlsx")["数据"][2]][-1] == "备注"

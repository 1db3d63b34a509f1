"""首页: this year's figures as readable text, charts that hold and paint the figures, 待办 lines that navigate."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from db import Database, open_database
from desktop.domain.money import format_amount
from desktop.paths import LedgerPaths
from desktop.services.auth import login
from desktop.services.dashboard import home_figures
from desktop.services.demo import populate_demo
from desktop.ui.charts import BAR, OVER, BudgetBars, BudgetRow, MonthBarChart
from desktop.ui.context import UiContext
from desktop.ui.pages.home import HomePage


def _page(qtbot, db: Database, paths: LedgerPaths, username: str = "clerk") -> HomePage:  # type: ignore[no-untyped-def]
    page = HomePage(UiContext(db, login(db, username, "demo1234"), paths))
    qtbot.addWidget(page)
    page.resize(1050, 800)
    page.show()
    page.refresh()
    return page


def _colours(image: QImage) -> set[int]:
    return {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}


@pytest.fixture(scope="module")
def filled_paths(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> LedgerPaths:
    """A demo ledger with members, aid and competitions, made once for the module (the page only reads)."""
    paths = LedgerPaths.from_options(tmp_path_factory.mktemp("home") / "ledger")
    paths.db_file.parent.mkdir(parents=True)
    shutil.copy(demo_template, paths.db_file)
    db = open_database(paths.db_file, paths.backup_dir)
    populate_demo(db, 40)
    db.close()
    return paths


@pytest.fixture
def filled(filled_paths: LedgerPaths) -> Iterator[Database]:
    db = open_database(filled_paths.db_file, filled_paths.backup_dir)
    yield db
    db.close()


def test_the_page_shows_this_years_figures_as_text(qtbot, filled: Database, filled_paths: LedgerPaths) -> None:
    page = _page(qtbot, filled, filled_paths)
    figures = home_figures(filled, date.today())
    assert figures.members_active > 0 and figures.aid.total_fen > 0
    assert page.members_card.value.text() == str(figures.members_active)
    assert page.joined_card.value.text() == str(figures.members_joined_this_year)
    assert str(figures.year) in page.joined_card.text()
    assert page.aid_card.value.text() == format_amount(figures.aid.total_fen)
    assert str(figures.aid.persons) in page.aid_card.text()
    assert format_amount(figures.aid.budget_fen) in page.aid_card.text()
    comp = figures.competitions
    assert str(comp.competitions) in page.competitions_card.value.text()
    assert str(comp.honours) in page.competitions_card.detail.text()
    assert page.members_card.accessibleName().endswith(page.members_card.detail.text())
    # what the page showed before stays: the unit and data safety
    assert page.unit_name.text() == "星河镇总工会（演示）"
    assert page.users.text() == "3"


def test_charts_hold_the_figures_and_paint_them(qtbot, filled: Database, filled_paths: LedgerPaths) -> None:
    page = _page(qtbot, filled, filled_paths)
    figures = home_figures(filled, date.today())
    assert page.month_chart.values == figures.new_members_by_month
    assert [r.label for r in page.budget_chart.rows] == [c.name for c in figures.aid.campaigns]
    assert [r.used_fen for r in page.budget_chart.rows] == [c.used_fen for c in figures.aid.campaigns]
    busiest = max(range(12), key=lambda m: figures.new_members_by_month[m])
    month_text = page.month_chart.tr("Month {0}: {1}").format(busiest + 1, figures.new_members_by_month[busiest])
    assert month_text in page.month_chart.toolTip()
    assert figures.aid.campaigns[0].name in page.budget_chart.accessibleDescription()
    month_image = page.month_chart.grab().toImage()
    assert BAR.rgb() in _colours(month_image)  # bars drawn, not a blank box
    assert len(_colours(page.budget_chart.grab().toImage())) > 5


def test_an_over_budget_campaign_is_drawn_in_red(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = BudgetBars()
    qtbot.addWidget(chart)
    chart.set_rows([BudgetRow("2026年夏送清凉", 3_000_000, 3_450_000, 2_900_000),
                    BudgetRow("2026年金秋助学", 3_000_000, 1_000_000, 1_000_000)])
    chart.resize(480, chart.sizeHint().height())
    assert "115%" in chart.toolTip()
    image = chart.grab().toImage()
    assert OVER.rgb() in _colours(image)
    chart.set_rows([BudgetRow("2026年金秋助学", 3_000_000, 1_000_000, 1_000_000)])
    assert OVER.rgb() not in _colours(chart.grab().toImage())


def test_month_chart_needs_twelve_values(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = MonthBarChart()
    qtbot.addWidget(chart)
    with pytest.raises(ValueError):
        chart.set_values([1, 2, 3])


def test_clicking_a_waiting_line_asks_for_its_page(qtbot, filled: Database, filled_paths: LedgerPaths) -> None:
    page = _page(qtbot, filled, filled_paths, "approver")
    waiting = home_figures(filled, date.today()).waiting
    keys = [key for key, _ in page.todo_buttons]
    assert {"aid", "hardship", "reports"} <= set(keys)
    assert not page.nothing_waiting.isVisible()
    texts = {key: [b.text() for k, b in page.todo_buttons if k == key] for key in keys}
    assert any(t.endswith(page.tr("{0} aid records waiting for your approval").format(waiting.approvals))
               for t in texts["aid"])
    assert any(str(waiting.reviews_due) in t for t in texts["hardship"])
    assert any(waiting.missing_exports[0].period.label in t for t in texts["reports"])
    for wanted in ("aid", "hardship", "reports"):
        button = next(b for k, b in page.todo_buttons if k == wanted)
        with qtbot.waitSignal(page.navigate_requested) as signal:
            button.click()
        assert signal.args == [wanted]


def test_a_clerk_is_told_approvals_wait_for_someone_else(qtbot, filled: Database, filled_paths: LedgerPaths) -> None:
    page = _page(qtbot, filled, filled_paths, "clerk")
    approvals = home_figures(filled, date.today()).waiting.approvals
    aid_lines = [b.text() for k, b in page.todo_buttons if k == "aid"]
    assert any(t.endswith(page.tr("{0} aid records waiting for approval").format(approvals)) for t in aid_lines)
    assert not any(t.endswith(page.tr("{0} aid records waiting for your approval").format(approvals))
                   for t in aid_lines)


def test_a_new_ledger_reads_zeros_and_nothing_waiting(qtbot, ui_db: Database, ui_paths: LedgerPaths) -> None:
    page = _page(qtbot, ui_db, ui_paths)
    assert page.members_card.value.text() == "0"
    assert page.joined_card.value.text() == "0"
    assert page.aid_card.value.text() == format_amount(0)
    assert page.month_chart.values == (0,) * 12 and page.budget_chart.rows == ()
    assert page.todo_buttons == []
    assert page.nothing_waiting.isVisible() and page.nothing_waiting.text()
    assert len(_colours(page.month_chart.grab().toImage())) > 2  # axis, month numbers and the empty note
    page.refresh()  # refreshing again does not pile up lines
    assert page.todo_buttons == []

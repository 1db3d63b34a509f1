"""Excel for 帮扶发放 and 困难职工档案 in the GUI: the button's files, the wizard asking before going over budget."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from db import Database
from desktop.domain.id_number import check_character
from desktop.paths import LedgerPaths
from desktop.services.actor import Actor
from desktop.services.aid_campaigns import CampaignDraft, create_campaign
from desktop.services.aid_queries import DisbursementQuery, list_disbursements
from desktop.services.hardship import list_files
from desktop.services.settings import save_settings
from desktop.ui.context import UiContext
from desktop.ui.import_wizard import ImportWizard
from desktop.ui.register_excel import RegisterExcelButton

CAMPAIGN = "2026年元旦春节送温暖"


def rid(serial: int, born: str = "19800101") -> str:
    first17 = f"110105{born}{serial:03d}"
    return first17 + check_character(first17)


def workbook(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["星河镇帮扶发放表"])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def context(demo_db: Database, clerk: Actor, admin: Actor, ledger_paths: LedgerPaths) -> UiContext:
    create_campaign(demo_db, clerk, CampaignDraft(CAMPAIGN, "送温暖", date(2026, 1, 5), None, "上级下拨", 50_000))
    save_settings(demo_db, admin, dibao_monthly_fen=80_000)
    return UiContext(demo_db, clerk, ledger_paths)


@pytest.fixture
def make_wizard(qtbot, context: UiContext) -> Iterator:  # type: ignore[no-untyped-def]
    made: list[ImportWizard] = []

    def make(kind: str) -> ImportWizard:
        wizard = ImportWizard(context, kind)
        wizard.show()
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:
        wizard.done(0)
        wizard.deleteLater()


def open_file(qtbot, wizard: ImportWizard, path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard.file_page.set_path(path)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy and wizard.currentId() == ImportWizard.PREVIEW, timeout=15_000)


def aid_sheet(tmp_path: Path) -> Path:
    return workbook(tmp_path / "发放.xlsx", ["姓名", "身份证号码", "帮扶活动", "发放日期", "慰问金"], [
        ["王秀英", rid(12), CAMPAIGN, "2026-01-20", 300],
        ["李建国", rid(13), CAMPAIGN, "2026-01-20", "¥300"],  # together ¥600: over the ¥500 budget
    ])


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_the_wizard_asks_before_taking_a_campaign_over_budget(qtbot, make_wizard, context: UiContext, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              answer: QMessageBox.StandardButton) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or answer)
    wizard = make_wizard("aid")
    assert not wizard.file_page.update_box.isVisibleTo(wizard)  # paid records are never overwritten
    open_file(qtbot, wizard, aid_sheet(tmp_path))
    page = wizard.preview_page
    assert "超出预算" in page.details.text() and page.model.rowCount() == 2
    assert page.notices_model.rowCount() == 2  # both recipients will be registered as non-members
    wizard.next()
    if answer == QMessageBox.StandardButton.No:
        assert wizard.currentId() == ImportWizard.PREVIEW and not wizard.busy
        assert list_disbursements(context.db, DisbursementQuery()) == []
    else:
        qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.RESULT, timeout=15_000)
        assert wizard.imported
        rows = list_disbursements(context.db, DisbursementQuery())
        assert sorted((r.name, r.cash_fen, r.status_label) for r in rows) == [("李建国", 30_000, "待审批"),
                                                                              ("王秀英", 30_000, "待审批")]
    assert len(asked) == 1 and "¥600.00 将超出预算 ¥500.00" in asked[0]


def test_hardship_rows_with_warnings_still_import(qtbot, make_wizard, context: UiContext, tmp_path: Path) -> None:
    path = workbook(tmp_path / "困难.xlsx", ["姓名", "身份证号码", "主要致困原因", "本人月收入", "家庭人口", "建档日期"], [
        ["赵建华", rid(21), "下岗失业", 500, 2, "2026-03-01"],
        ["钱老汉", rid(23, "19500101"), "下岗失业", 500, 2, "2026-03-01"],  # 76 years old: a notice
        ["孙七", rid(25), "太穷了", 500, 2, "2026-03-01"],
    ])
    wizard = make_wizard("hardship")
    assert wizard.file_page.update_box.isVisibleTo(wizard)
    open_file(qtbot, wizard, path)
    page = wizard.preview_page
    assert page.notices_model.rowCount() == 1 and "76 岁" in page.notices_model.row_at(0)[1]
    assert len(wizard.plan.invalid_rows) == 1  # type: ignore[union-attr]
    monkey = pytest.MonkeyPatch()
    monkey.setattr(ImportWizard, "confirm_skip", lambda self, invalid, valid: ImportWizard.SKIP_IMPORT)
    try:
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.RESULT, timeout=15_000)
    finally:
        monkey.undo()
    assert sorted(r.name for r in list_files(context.db)) == ["赵建华", "钱老汉"]
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()


@pytest.mark.parametrize("kind", ["aid", "hardship"])
def test_the_excel_button_saves_a_template_and_exports(qtbot, context: UiContext, tmp_path: Path, kind: str) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    button = RegisterExcelButton(host, context, kind, lambda: None)
    assert button._default_name("export").endswith(".xlsx") and button._default_name("template").endswith(".xlsx")
    button.save_template(tmp_path / "模板.xlsx")
    assert "模板.xlsx" in button.toolTip()
    headers = [c.value for c in openpyxl.load_workbook(tmp_path / "模板.xlsx")["数据"][2]]
    assert "*证件号码" in headers
    button.export_file(tmp_path / "导出")
    qtbot.waitUntil(lambda: button.last_export is not None, timeout=10_000)
    exported = openpyxl.load_workbook(tmp_path / "导出.xlsx")["数据"]
    last = [c.value for c in exported[2]][-1]
    assert last == ("审核人" if kind == "aid" else "状态")

"""The import wizard: preview with bad rows marked, column mapping, import of the valid rows, cancel."""

from __future__ import annotations

import csv
import re
import time
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QPushButton, QWizard

from db import Database
from desktop.domain.id_number import check_character
from desktop.paths import LedgerPaths
from desktop.services import member_import
from desktop.services.actor import Actor
from desktop.services.import_plan import ImportPlan, PlannedRow, RowIssue
from desktop.services.member_import import plan_member_import
from desktop.services.member_search import MemberQuery, count_members
from desktop.services.organizations import OrganizationDraft, create_organization, list_organizations
from desktop.tasks import TaskControl
from desktop.ui.context import UiContext
from desktop.ui.import_wizard import ImportWizard, open_import_wizard
from desktop.ui.import_wizard.preview_model import BAD_CELL, BAD_ROW, ImportPreviewModel

ORG = "星河测试机械厂"
HEADER = ["姓名", "身份证号码", "工作单位", "入会日期"]


def person_id(seq: int, birth: str = "19850615") -> str:
    first17 = f"350104{birth}{seq:03d}"
    return first17 + check_character(first17)


def workbook(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["星河镇总工会会员花名册"])  # a title row above the header, as clerks make them
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def roster(tmp_path: Path, name: str = "花名册.xlsx") -> Path:
    """Two good rows, one bad (an employer not in the ledger), one 合计 row."""
    return workbook(tmp_path / name, HEADER, [
        ["张小明", person_id(901), ORG, "2021-03-05"],
        ["李华", person_id(902), "不存在的厂", "2021-03-05"],
        ["欧阳晓燕", person_id(903), ORG, "2022/1/10"],
        ["合计", None, None, None],
    ])


def numbers(text: str) -> list[int]:
    """The counts in a sentence, whichever language it is in."""
    return [int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", text)]


@pytest.fixture
def context(demo_db: Database, clerk: Actor, ledger_paths: LedgerPaths) -> UiContext:
    create_organization(demo_db, clerk, OrganizationDraft(name=ORG))
    return UiContext(demo_db, clerk, ledger_paths)


def members_in_org(context: UiContext) -> int:
    org = next(o for o in list_organizations(context.db) if o.name == ORG)
    return count_members(context.db, MemberQuery(organization_id=org.id))


@pytest.fixture(autouse=True)
def no_unexpected_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    def unexpected(self: ImportWizard, invalid: int, valid: int) -> str:
        raise AssertionError("unexpected question about rows with errors")

    monkeypatch.setattr(ImportWizard, "confirm_skip", unexpected)


@pytest.fixture
def make_wizard(qtbot, context: UiContext) -> Iterator:  # type: ignore[no-untyped-def]
    made: list[ImportWizard] = []

    def make(kind: str = "members") -> ImportWizard:
        wizard = ImportWizard(context, kind)
        wizard.show()
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:
        if wizard.operation is not None:
            wizard.operation.control.cancel()
            qtbot.waitUntil(lambda w=wizard: w.operation is None, timeout=10_000)
        wizard.done(0)
        wizard.deleteLater()


def open_file(qtbot, wizard: ImportWizard, path: Path, expected: int) -> None:  # type: ignore[no-untyped-def]
    wizard.file_page.set_path(path)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy and wizard.currentId() == expected, timeout=15_000)


def test_the_preview_model_passes_the_model_tester(qtmodeltester, context: UiContext, tmp_path: Path) -> None:
    plan = plan_member_import(context.db, roster(tmp_path))
    model = ImportPreviewModel()
    model.set_plan(plan)
    qtmodeltester.check(model)
    model.set_only_invalid(True)
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    model.set_plan(None)
    qtmodeltester.check(model)


def test_the_preview_counts_the_rows_and_marks_the_bad_one(qtbot, make_wizard, tmp_path: Path) -> None:
    wizard = make_wizard()
    open_file(qtbot, wizard, roster(tmp_path), ImportWizard.PREVIEW)
    page = wizard.preview_page
    assert numbers(page.summary.text()) == [4, 2, 1, 1]  # total, importable, with errors, skipped (合计)
    model = page.model
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["3", "4", "5"]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[3:] == HEADER  # the file's columns, in the template's order
    bad = 1
    assert model.data(model.index(bad, 1)) == model.status_label("invalid")
    assert "不存在的厂" in model.data(model.index(bad, 2)) and "尚未登记" in model.data(model.index(bad, 2))
    org_cell = model.index(bad, 3 + HEADER.index("工作单位"))
    assert model.data(org_cell, Qt.ItemDataRole.BackgroundRole) == BAD_CELL
    assert "尚未登记" in model.data(org_cell, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(bad, 3), Qt.ItemDataRole.BackgroundRole) == BAD_ROW
    assert model.data(model.index(0, 3), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole) is None
    page.only_invalid.setChecked(True)
    assert model.rowCount() == 1 and model.data(model.index(0, 0)) == "4"
    assert page.skipped_model.rowCount() == 1 and "合计" in page.skipped_model.row_at(0).reason
    assert numbers(wizard.button(QWizard.WizardButton.CommitButton).text()) == [2]


def test_importing_the_valid_rows_writes_exactly_those(qtbot, make_wizard, context: UiContext, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    wizard = make_wizard()
    open_file(qtbot, wizard, roster(tmp_path), ImportWizard.PREVIEW)
    asked: list[tuple[int, int]] = []
    monkeypatch.setattr(ImportWizard, "confirm_skip",
                        lambda self, invalid, valid: asked.append((invalid, valid)) or ImportWizard.SKIP_IMPORT)
    assert members_in_org(context) == 0
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.RESULT, timeout=15_000)
    assert asked == [(1, 2)]
    assert members_in_org(context) == 2
    assert wizard.imported
    assert numbers(wizard.result_page.summary.text()) == [2, 0, 1]  # imported, updated, not imported
    out = tmp_path / "errors.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    wizard.result_page.save_button.click()
    qtbot.waitUntil(lambda: not wizard.busy and out.exists(), timeout=10_000)
    rows = [r for r in openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True) if any(r)]
    assert any("李华" in r for r in rows) and not any("张小明" in r for r in rows)
    assert wizard.result_page.message.isVisible() and str(out) in wizard.result_page.message.text()


def test_saving_the_bad_rows_from_the_question_imports_nothing_yet(qtbot, make_wizard, context: UiContext,
                                                                   tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    wizard = make_wizard()
    open_file(qtbot, wizard, roster(tmp_path), ImportWizard.PREVIEW)
    out = tmp_path / "to-fix.xlsx"
    monkeypatch.setattr(ImportWizard, "confirm_skip", lambda self, invalid, valid: ImportWizard.SKIP_SAVE)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy and out.exists(), timeout=10_000)
    assert wizard.currentId() == ImportWizard.PREVIEW and members_in_org(context) == 0


def test_a_file_without_the_employer_column_asks_which_column_holds_it(qtbot, make_wizard, context: UiContext,
                                                                       tmp_path: Path) -> None:
    path = workbook(tmp_path / "no-employer.xlsx", ["序号", "姓名", "身份证号码", "所在公司", "入会日期"], [
        [1, "张小明", person_id(911), ORG, "2021-03-05"],
        [2, "李华", person_id(912), ORG, "2021-03-05"],
    ])
    wizard = make_wizard()
    open_file(qtbot, wizard, path, ImportWizard.MAPPING)
    page = wizard.mapping_page
    assert "工作单位" in page.problem.text()  # the service's sentence names the missing column
    assert not page.isComplete()
    assert {wizard.file_headers[i] for i in page.combos} == {"序号", "姓名", "身份证号码", "所在公司", "入会日期"}
    assert page.mapping()[3] == "" and page.mapping()[1] == "name"
    combo = page.combos[3]  # column D, 所在公司
    combo.setCurrentIndex(combo.findData("organization"))
    assert page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy and wizard.currentId() == ImportWizard.PREVIEW, timeout=15_000)
    plan = wizard.plan
    assert plan is not None and not plan.problem
    assert len(plan.valid_rows) == 2 and not plan.invalid_rows
    assert "序号" in wizard.preview_page.details.text()  # the ignored column is named
    wizard.next()  # no bad rows: no question
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.RESULT, timeout=15_000)
    assert members_in_org(context) == 2


def test_choosing_a_field_another_column_holds_moves_it(qtbot, make_wizard, tmp_path: Path) -> None:
    path = workbook(tmp_path / "two.xlsx", ["姓名", "身份证号码", "工作单位", "备用单位", "入会日期"], [
        ["张小明", person_id(921), "某厂", ORG, "2021-03-05"],
    ])
    wizard = make_wizard()
    open_file(qtbot, wizard, path, ImportWizard.MAPPING)  # 备用单位 is not recognised
    page = wizard.mapping_page
    page.combos[3].setCurrentIndex(page.combos[3].findData("organization"))
    assert page.mapping()[2] == "" and page.mapping()[3] == "organization"
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy and wizard.currentId() == ImportWizard.PREVIEW, timeout=15_000)
    assert wizard.plan is not None and len(wizard.plan.valid_rows) == 1


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("坏文件.xlsx", b"this is not a workbook at all" * 10, "坏文件.xlsx"),
    ("空的.csv", b"", "空的"),
    ("说明.docx", b"PK\x03\x04", "不支持"),
])
def test_an_unreadable_file_is_explained_on_the_page(qtbot, make_wizard, tmp_path: Path, name: str,
                                                     content: bytes, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    wizard = make_wizard()
    wizard.file_page.set_path(path)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy and wizard.file_page.message.isVisible(), timeout=10_000)
    text = wizard.file_page.message.text()
    assert wizard.currentId() == ImportWizard.FILE
    assert expected in text and "Traceback" not in text and "Error" not in text


def test_cancel_before_importing_writes_nothing(qtbot, make_wizard, context: UiContext, tmp_path: Path) -> None:
    wizard = make_wizard()
    open_file(qtbot, wizard, roster(tmp_path), ImportWizard.PREVIEW)
    wizard.reject()
    assert not wizard.isVisible() and not wizard.imported and members_in_org(context) == 0


@pytest.mark.parametrize("how", ["progress dialog", "wizard"])
def test_cancel_while_importing_writes_nothing(qtbot, make_wizard, context: UiContext, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    path = workbook(tmp_path / "good.xlsx", HEADER, [["张小明", person_id(931), ORG, "2021-03-05"],
                                                     ["李华", person_id(932), ORG, "2021-03-05"]])
    real_apply = member_import.apply_member_import

    def slow_apply(*args, control: TaskControl, **kwargs):  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + 10
        while not control.cancelled and time.monotonic() < deadline:
            time.sleep(0.01)
        return real_apply(*args, control=control, **kwargs)  # the real service sees the cancel and rolls back

    monkeypatch.setattr(member_import, "apply_member_import", slow_apply)
    wizard = make_wizard()
    open_file(qtbot, wizard, path, ImportWizard.PREVIEW)
    wizard.next()
    assert wizard.busy and wizard.operation is not None
    assert not wizard.preview_page.isComplete()
    if how == "wizard":
        wizard.reject()  # Cancel/Esc while it runs: stop the work, then close
    else:
        wizard.operation.dialog.findChild(QPushButton).click()  # the progress dialog's Cancel button
    qtbot.waitUntil(lambda: not wizard.busy, timeout=15_000)
    assert members_in_org(context) == 0 and wizard.result is None and not wizard.imported
    if how == "wizard":
        assert not wizard.isVisible()
    else:
        assert wizard.currentId() == ImportWizard.PREVIEW and wizard.preview_page.message.isVisible()
        assert wizard.preview_page.isComplete()


def test_notices_and_csv(qtbot, make_wizard, tmp_path: Path) -> None:
    path = tmp_path / "gbk.csv"
    with path.open("w", encoding="gbk", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerow(["王芳", "350104850615941", ORG, "2021-03-05"])  # 15 digits: converted, with a notice
    wizard = make_wizard()
    open_file(qtbot, wizard, path, ImportWizard.PREVIEW)
    page = wizard.preview_page
    assert page.notices_model.rowCount() == 1 and "18" in page.notices_model.row_at(0)[1]
    assert page.model.data(page.model.index(0, 2))  # the notice is in the reason column too
    assert numbers(wizard.button(QWizard.WizardButton.CommitButton).text()) == [1]


def test_organizations_and_the_blank_template(qtbot, make_wizard, context: UiContext, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    template = tmp_path / "template.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(template), ""))
    wizard = make_wizard("organizations")
    assert not wizard.file_page.update_box.isVisibleTo(wizard)
    wizard.file_page.template_button.click()
    assert template.exists() and wizard.file_page.message.isVisible()
    book = openpyxl.load_workbook(template)
    assert any("单位名称" in str(c.value) for row in book.worksheets[0].iter_rows() for c in row)
    path = workbook(tmp_path / "orgs.xlsx", ["单位名称", "职工人数"], [["星河新建纸箱厂", 30], ["星河新建物流站", 12]])
    open_file(qtbot, wizard, path, ImportWizard.PREVIEW)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.RESULT, timeout=15_000)
    names = {o.name for o in list_organizations(context.db)}
    assert {"星河新建纸箱厂", "星河新建物流站"} <= names and wizard.imported


def test_a_dropped_file_is_chosen(make_wizard, tmp_path: Path) -> None:
    wizard = make_wizard()
    page = wizard.file_page
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "名单.xlsx"))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)
    assert page.path() == tmp_path / "名单.xlsx" and page.isComplete()


def test_open_import_wizard_says_whether_anything_was_imported(context: UiContext,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ImportWizard, "exec", lambda self: 0)
    assert open_import_wizard(None, context, "members") is False  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        ImportWizard(context, "payroll")  # not a register kind


def test_the_preview_handles_100000_rows(qtbot, context: UiContext, tmp_path: Path) -> None:
    plan = plan_member_import(context.db, roster(tmp_path))
    template = plan.rows
    big = ImportPlan(plan.kind, plan.path, plan.sheet_name, plan.columns, plan.header, rows=[
        PlannedRow(n + 3, template[n % 3].keys, template[n % 3].cells, template[n % 3].action,
                   [RowIssue(n + 3, i.column, i.message) for i in template[n % 3].issues])
        for n in range(100_000)])
    model = ImportPreviewModel()
    model.set_plan(big)
    model.set_only_invalid(True)
    assert model.rowCount() == len(big.invalid_rows) == 33_333
    model.set_only_invalid(False)
    assert model.rowCount() == 100_000
    assert model.data(model.index(99_999, 0)) == "100002"  # speed: bench/import_members.py, not a timed test

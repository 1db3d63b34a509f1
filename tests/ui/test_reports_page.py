"""报表 page widgets on their own: figures tables, page preview, printing, period chooser, export dialog."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from db import open_database
from desktop.domain.periods import InvalidPeriod, parse_period
from desktop.reports.model import AmountLine, Column, ReportDocument, Table
from desktop.services.auth import login
from desktop.services.demo import populate_demo
from desktop.ui.reports.export_dialog import ExportDialog
from desktop.ui.reports.figures_view import FiguresView, SectionModel
from desktop.ui.reports.pdf_view import PdfView
from desktop.ui.reports.period_chooser import (
    CUSTOM,
    HALF,
    MONTH,
    QUARTER,
    YEAR,
    PeriodChooser,
    last_ended_quarter,
)
from desktop.ui.reports.printing import print_pdf_to

AID = Table("一、帮扶资金按类别", (Column("类别"), Column("人次", align="right"), Column("金额（元）", align="right")),
            (("困难帮扶", "12", "24,000.00"), ("送温暖", "30", "15,000.00")), total=("合计", "42", "39,000.00"),
            note="金额单位：元")
EMPTY = Table("二、本期竞赛", (Column("名称"), Column("级别")), (), total=None)


def document() -> ReportDocument:
    return ReportDocument(
        title="星河镇总工会2026年第三季度帮扶资金发放汇总表", unit_name="星河镇总工会", unit_code="",
        period_label="2026年第三季度", serial="（预览，未编号）", generated_text="制表时间：2026年10月8日 14:05",
        sections=(AID, EMPTY),
        amount_lines=(AmountLine("本期帮扶资金合计", "39,000.00 元", "叁万玖仟元整"),),
    )


def make_pdf(pages: int) -> bytes:
    """A4 pages, each with a big black box in the top half (so a rendered page is not blank)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=A4)
    for n in range(pages):
        sheet.rect(100, 500, 395, 250, fill=1)
        sheet.drawString(100, 100, f"page {n + 1}")
        sheet.showPage()
    sheet.save()
    return buffer.getvalue()


def is_dark(color: QColor) -> bool:
    return color.red() < 60 and color.green() < 60 and color.blue() < 60


# ------------------------------------------------------------ figures


def test_figures_view_shows_titles_the_bold_total_and_the_amount_in_words(qtbot) -> None:
    view = FiguresView()
    qtbot.addWidget(view)
    view.set_document(document())
    assert view.section_titles() == ["一、帮扶资金按类别", "二、本期竞赛"]
    model = view.tables[0].section
    assert model.rowCount() == 3
    total = model.total_row()
    assert total == 2
    assert [model.index(total, c).data() for c in range(3)] == ["合计", "42", "39,000.00"]
    assert model.index(total, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
    right = int(model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole))
    assert right & int(Qt.AlignmentFlag.AlignRight)
    empty = view.tables[1].section
    assert empty.rowCount() == 1 and empty.index(0, 0).data() == "本期无记录"
    assert "叁万玖仟元整" in view.amount_labels[0].text()
    view.set_document(None)
    assert view.tables == []


def test_section_model_passes_the_model_tester(qtmodeltester) -> None:
    qtmodeltester.check(SectionModel(AID))
    qtmodeltester.check(SectionModel(EMPTY))


# ------------------------------------------------------------ page preview


def test_pdf_view_lays_out_every_page_but_renders_only_visible_ones(qtbot) -> None:
    view = PdfView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    view.set_pdf(make_pdf(5))
    assert len(view.pages) == 5
    assert "5" in view.page_count.text()
    qtbot.waitUntil(lambda: 0 in view.rendered_pages(), timeout=3000)
    assert 4 not in view.rendered_pages(), "a page far below the fold is not rendered yet"
    first = view.pages[0]
    assert first.width() > 600, "fit width fills the view"
    assert abs(first.height() / first.width() - 842 / 595) < 0.01
    image = first.pixmap.toImage()
    assert is_dark(image.pixelColor(image.width() // 2, image.height() // 3)), "the black box is drawn"
    assert not is_dark(image.pixelColor(10, image.height() - 10)), "the margin is white"
    view.scroll.verticalScrollBar().setValue(view.scroll.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: 4 in view.rendered_pages(), timeout=3000)
    renders = view.renders
    view.zoom.setCurrentIndex(view.zoom.findData(0.5))
    qtbot.waitUntil(lambda: view.renders > renders, timeout=3000)
    assert view.pages[0].width() == round(595.2756 / 72 * 96 * 0.5)
    view.set_pdf(None)
    assert view.pages == [] and view.empty.isVisibleTo(view)


def test_printing_puts_one_pdf_page_on_each_a4_sheet_at_true_size(tmp_path, qtbot) -> None:
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    from desktop.ui.reports.printing import make_printer

    set_up = make_printer("test")
    printer.setFullPage(True)
    printer.setPageLayout(set_up.pageLayout())
    assert print_pdf_to(printer, make_pdf(3)) == 3
    printed = pypdfium2.PdfDocument(out.read_bytes())
    assert len(printed) == 3
    width, height = printed.get_page_size(2)
    assert abs(width - 595.3) < 1.5 and abs(height - 841.9) < 1.5
    image = printed[0].render(scale=1).to_pil().convert("L")
    assert image.getpixel((297, 842 - 625)) < 60, "the box is where it is in the source page"
    assert image.getpixel((50, 50)) > 200 and image.getpixel((297, 842 - 450)) > 200
    printed.close()


# ------------------------------------------------------------ period chooser


def choose(chooser: PeriodChooser, kind: str, year: int, part: int | None = None) -> str:
    chooser.kind.setCurrentIndex(chooser.kind.findData(kind))
    chooser.year.setValue(year)
    if part is not None:
        chooser.part.setCurrentIndex(chooser.part.findData(part))
    return chooser.period().code


def test_period_chooser_gives_the_period_codes(qtbot) -> None:
    chooser = PeriodChooser(today=date(2026, 11, 24))
    qtbot.addWidget(chooser)
    assert chooser.period().code == "2026Q3", "the last quarter that has ended"
    assert choose(chooser, YEAR, 2026) == "2026"
    assert not chooser.part.isVisibleTo(chooser)
    assert choose(chooser, HALF, 2026, 1) == "2026H1"
    assert choose(chooser, QUARTER, 2026, 3) == "2026Q3"
    assert choose(chooser, MONTH, 2026, 7) == "2026-07"
    chooser.kind.setCurrentIndex(chooser.kind.findData(CUSTOM))
    assert chooser.period().code == "2026-07-01..2026-07-31", "the range starts as the period chosen before"
    assert chooser.start.isVisibleTo(chooser) and not chooser.year.isVisibleTo(chooser)
    chooser.start.setDate(QDate(2026, 2, 3))
    chooser.end.setDate(QDate(2026, 4, 5))
    assert chooser.period().code == "2026-02-03..2026-04-05"
    chooser.end.setDate(QDate(2026, 1, 1))
    with pytest.raises(InvalidPeriod):
        chooser.period()
    chooser.set_period(parse_period("2025H2"))
    assert chooser.kind.currentData() == HALF and chooser.period().code == "2025H2"


def test_last_ended_quarter() -> None:
    assert last_ended_quarter(date(2026, 2, 1)).code == "2025Q4"
    assert last_ended_quarter(date(2026, 4, 1)).code == "2026Q1"
    assert last_ended_quarter(date(2026, 12, 31)).code == "2026Q3"


# ------------------------------------------------------------ export dialog


def test_only_an_approver_may_tick_sign(qtbot, ui_db, tmp_path) -> None:
    period = parse_period("2026Q3")
    approver = ExportDialog(login(ui_db, "approver", "demo1234"), "星河镇总工会", "aid", period, tmp_path)
    clerk = ExportDialog(login(ui_db, "clerk", "demo1234"), "星河镇总工会", "aid", period, tmp_path)
    for dialog in (approver, clerk):
        qtbot.addWidget(dialog)
    assert approver.sign_box.isEnabled() and approver.sign_box.isChecked()
    assert not clerk.sign_box.isEnabled() and not clerk.sign_box.isChecked() and clerk.sign_box.toolTip()
    assert not clerk.sign() and clerk.password_text() is None
    assert approver.path() == tmp_path / "星河镇总工会_2026Q3_帮扶资金发放.pdf"
    approver.show()
    assert approver.password.isVisible()
    approver.accept()  # signing without a password: the dialog stays and says why
    assert approver.isVisible() and approver.error.isVisible()
    approver.sign_box.setChecked(False)
    assert not approver.password.isVisible()
    approver.accept()
    assert approver.result() == ExportDialog.DialogCode.Accepted


# ------------------------------------------------------------ the page on the demo ledger


@pytest.fixture(scope="module")
def populated_template(tmp_path_factory, demo_template):  # type: ignore[no-untyped-def]
    """The demo ledger with members, aid and competitions, built once for this module."""
    folder = tmp_path_factory.mktemp("reports-demo")
    file = folder / "ledger.sqlite3"
    shutil.copy(demo_template, file)
    database = open_database(file, folder / "backups")
    populate_demo(database, 120)
    database.close()
    return file


@pytest.fixture
def report_db(ui_paths, populated_template):  # type: ignore[no-untyped-def]
    shutil.copy(populated_template, ui_paths.db_file)
    database = open_database(ui_paths.db_file, ui_paths.backup_dir)
    yield database
    database.close()


@pytest.fixture
def open_page(qtbot, report_db, ui_paths):  # type: ignore[no-untyped-def]
    from desktop.ui.context import UiContext
    from desktop.ui.reports import ReportsPage

    def make(username: str) -> ReportsPage:
        page = ReportsPage(UiContext(report_db, login(report_db, username, "demo1234"), ui_paths))
        qtbot.addWidget(page)
        page.resize(1200, 800)
        page.kind.setCurrentIndex(page.kind.findData("aid"))
        page.period.set_period(parse_period("2026Q3"))
        page.show()
        qtbot.waitExposed(page)
        page.refresh()
        return page

    return make


def generate(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.generate()
    qtbot.waitUntil(lambda: page.preview is not None and page.generate_button.isEnabled(), timeout=8000)


def export_through_dialog(qtbot, page, monkeypatch, out: Path, password: str | None = None) -> str:  # type: ignore[no-untyped-def]
    """Open 导出PDF…, type the file name (and password), press Export; returns the message shown."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a: shown.append(text))
    before = page.last_export
    dialog = page.export()
    dialog.file.setText(str(out))
    if password is not None:
        assert dialog.sign_box.isChecked()
        dialog.password.setText(password)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: page.last_export is not before and bool(shown), timeout=15000)
    return shown[0]


def archive_row(page, row: int) -> dict[str, str]:  # type: ignore[no-untyped-def]
    model = page.archive.model
    return {str(model.headerData(c, Qt.Orientation.Horizontal)): model.index(row, c).data()
            for c in range(model.columnCount())}


def test_preview_shows_the_figures_then_the_pages(qtbot, open_page, press_shortcut) -> None:
    page = open_page("clerk")
    assert page.figures.tables == [] and page.pages.pages == []
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.kind.setFocus()
    press_shortcut(page, Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier)
    qtbot.waitUntil(lambda: page.preview is not None, timeout=8000)
    assert page.tabs.currentWidget() is page.figures
    titles = page.figures.section_titles()
    assert titles[0] == "一、帮扶资金按类别"
    first = page.figures.tables[0].section
    total = first.total_row()
    assert total is not None and first.index(total, 0).data() == "合计"
    assert "39,980.00" in [first.index(total, c).data() for c in range(first.columnCount())]
    assert any("大写" in label.text() or "人民币" in label.text() for label in page.figures.amount_labels)
    assert len(page.pages.pages) == page.preview.pages >= 1
    page.tabs.setCurrentWidget(page.pages)
    qtbot.waitUntil(lambda: 0 in page.pages.rendered_pages(), timeout=3000)
    image = page.pages.pages[0].pixmap.toImage()
    dark = sum(is_dark(image.pixelColor(x, y)) for x in range(0, image.width(), 7)
               for y in range(0, image.height() // 3, 7))
    assert dark > 50, "the rendered first page has text on it"
    page.period.set_period(parse_period("2026Q2"))
    assert "2026年第三季度" in page.status.text(), "the clerk is told the figures are for another period"


def test_clerk_exports_unsigned_and_the_archive_lists_it(qtbot, open_page, monkeypatch, tmp_path) -> None:
    page = open_page("clerk")
    dialog = page.export()
    assert not dialog.sign_box.isEnabled()
    dialog.reject()
    out = tmp_path / "aid-q3.pdf"
    message = export_through_dialog(qtbot, page, monkeypatch, out)
    assert out.read_bytes().startswith(b"%PDF")
    serial = page.last_export.serial
    assert serial.startswith("ZGH-BF-2026Q3-") and serial in message and str(out) in message
    assert not page.last_export.signed
    page.tabs.setCurrentWidget(page.archive)
    assert page.archive.model.rowCount() == 1
    row = archive_row(page, 0)
    assert serial in row.values() and out.name in row.values()
    assert page.archive.model.row_at(0).signed is False
    assert any(text in row.values() for text in ("未签名", "Unsigned"))


def test_approver_signs_and_a_second_export_replaces_the_first(qtbot, open_page, monkeypatch, tmp_path) -> None:
    page = open_page("approver")
    first_out, second_out = tmp_path / "first.pdf", tmp_path / "second.pdf"
    message = export_through_dialog(qtbot, page, monkeypatch, first_out, password="demo1234")
    first = page.last_export
    assert first.signed and first.serial in message
    assert b"/Sig" in first_out.read_bytes()
    if shutil.which("pdfsig"):
        checked = subprocess.run(["pdfsig", str(first_out)], capture_output=True, text=True, timeout=30)
        assert "Signature is Valid" in checked.stdout
    message = export_through_dialog(qtbot, page, monkeypatch, second_out, password="demo1234")
    second = page.last_export
    assert second.supersedes == first.serial and first.serial in message
    assert page.archive.model.rowCount() == 2
    newest, older = archive_row(page, 0), archive_row(page, 1)
    assert any(text in newest.values() for text in ("已签名", "Signed"))
    assert any(first.serial in text for text in newest.values() if text), "the newer one says what it replaces"
    assert any(second.serial in text for text in older.values() if text), "the older one says what replaced it"
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(("ok", text)))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(("bad", text)))
    page.archive.table.selectRow(1)
    assert page.archive.verify_selected() is True and shown[-1][0] == "ok"
    first_out.write_bytes(first_out.read_bytes() + b"\n% appended\n")
    assert page.archive.verify_selected() is False and shown[-1][0] == "bad"
    assert "✗" in shown[-1][1]


def test_wrong_password_is_refused_with_a_sentence(qtbot, open_page, monkeypatch, tmp_path) -> None:
    page = open_page("approver")
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: errors.append(text))
    page.run_export("aid", parse_period("2026Q3"), tmp_path / "x.pdf", sign=True, password="wrong")
    qtbot.waitUntil(lambda: bool(errors), timeout=8000)
    assert "密码" in errors[0] and not (tmp_path / "x.pdf").exists()
    assert page.generate_button.isEnabled()


def test_the_page_on_each_tab(qtbot, open_page) -> None:
    """Grab the page as a clerk sees it; set REPORTS_SCREENSHOTS=folder to keep the PNGs."""
    page = open_page("clerk")
    generate(qtbot, page)
    folder = os.environ.get("REPORTS_SCREENSHOTS")
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        image = page.grab().toImage()
        assert image.width() == 1200 and image.height() == 800
        if page.tabs.currentWidget() is not page.archive:  # the archive is empty here
            colours = {image.pixel(x, y) for x in range(0, 1200, 9) for y in range(120, 800, 9)}
            assert len(colours) > 20, "the tab shows something"
        if folder:
            image.save(str(Path(folder) / f"reports-tab-{index}.png"))

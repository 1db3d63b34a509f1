"""Reading the files clerks actually have: Excel with title rows, WPS/Excel CSV in GBK, tab-separated text."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.tabular import RawRow, TabularError, read_rows

HEADER = "姓名,身份证号码,出生日期,手机号码"
LINES = ["张三,11010519491231002X,1949-12-31,13800138000", "李四,440524188001010014,1880/1/1,"]


def _cells(path: Path) -> list[tuple[int, list[object]]]:
    return [(row.number, row.cells) for row in read_rows(path).rows]


def test_excel_rows_keep_spreadsheet_numbers_and_cell_types(make_xlsx: Callable[..., Path]) -> None:
    path = make_xlsx([
        ["星河镇总工会会员花名册", None, None, None],
        [],
        ["姓名", "身份证号", "出生日期", "家庭人口"],
        ["张三", 110105194912310002, datetime(1949, 12, 31), 3],
        [],
        ["李四", "440524188001010014", 44260, "  "],
    ], merge=["A1:D1"], formats={"C6": "yyyy-mm-dd"})
    sheet = read_rows(path)
    assert sheet.file_name == "名单.xlsx"
    assert sheet.sheet_name == "Sheet"
    assert [row.number for row in sheet.rows] == [1, 3, 4, 6]  # blank rows left out, numbers as Excel shows
    assert sheet.rows[0].cells == ["星河镇总工会会员花名册"]
    number_id, birth, size = sheet.rows[2].cells[1:]
    assert isinstance(number_id, float)  # the ID typed as a number reaches the converter as a number
    assert birth in (date(1949, 12, 31), datetime(1949, 12, 31))
    assert size == 3
    assert sheet.rows[3].cells[2] == date(2021, 3, 5)  # a serial formatted as a date is a date
    assert sheet.row(4) == sheet.rows[2] and sheet.row(5) is None


def test_hidden_and_empty_sheets_before_the_data_are_passed_over(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "空白"
    hidden = book.create_sheet("隐藏")
    hidden.append(["不该读到"])
    hidden.sheet_state = "hidden"
    data = book.create_sheet("名单")
    data.append(["姓名"])
    data.append(["张三"])
    book.save(tmp_path / "b.xlsx")
    sheet = read_rows(tmp_path / "b.xlsx")
    assert sheet.sheet_name == "名单"
    assert sheet.rows == [RawRow(1, ["姓名"]), RawRow(2, ["张三"])]
    assert read_rows(tmp_path / "b.xlsx", sheet_name="隐藏").rows == [RawRow(1, ["不该读到"])]
    with pytest.raises(TabularError, match="没有名为“汇总”的工作表"):
        read_rows(tmp_path / "b.xlsx", sheet_name="汇总")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_csv_in_every_encoding_chinese_windows_writes(make_csv: Callable[..., Path], encoding: str) -> None:
    path = make_csv("\r\n".join([HEADER, *LINES]) + "\r\n", encoding=encoding)
    assert _cells(path) == [
        (1, ["姓名", "身份证号码", "出生日期", "手机号码"]),
        (2, ["张三", "11010519491231002X", "1949-12-31", "13800138000"]),
        (3, ["李四", "440524188001010014", "1880/1/1"]),
    ]


def test_gbk_file_with_rare_characters_is_read_as_gb18030(make_csv: Callable[..., Path]) -> None:
    path = make_csv("姓名,备注\n王𬌗,喆镕\n", encoding="gb18030")  # 𬌗 is outside GBK
    assert read_rows(path).rows[1].cells == ["王𬌗", "喆镕"]


@pytest.mark.parametrize(("delimiter", "name"), [("\t", "名单.txt"), (";", "名单.csv"), ("\t", "名单.csv")])
def test_delimiter_is_sniffed(make_csv: Callable[..., Path], delimiter: str, name: str) -> None:
    body = "\n".join(line.replace(",", delimiter) for line in ["工会会员名单", HEADER, *LINES])
    path = make_csv(body, name=name)
    rows = read_rows(path).rows
    assert rows[0].cells == ["工会会员名单"]
    assert rows[1].cells == ["姓名", "身份证号码", "出生日期", "手机号码"]
    assert rows[2].cells[1] == "11010519491231002X"


def test_csv_quoted_fields_with_commas_and_line_breaks(make_csv: Callable[..., Path]) -> None:
    path = make_csv('姓名,地址,手机号码\n张三,"星河镇,幸福路1号\n3楼",13800138000\n,,\n李四,"说""明""",\n')
    assert _cells(path) == [
        (1, ["姓名", "地址", "手机号码"]),
        (2, ["张三", "星河镇,幸福路1号\n3楼", "13800138000"]),
        (4, ["李四", '说"明"']),  # the all-empty record 3 is left out, numbering keeps counting records
    ]


def test_xlsx_renamed_to_xls_is_still_read(make_xlsx: Callable[..., Path], tmp_path: Path) -> None:
    source = make_xlsx([["姓名"], ["张三"]])
    renamed = tmp_path / "旧名单.xls"
    shutil.copy(source, renamed)
    assert read_rows(renamed).rows[1].cells == ["张三"]


def test_xls_that_is_really_tab_separated_text(make_csv: Callable[..., Path]) -> None:
    path = make_csv("姓名\t身份证号码\n张三\t11010519491231002X\n", name="系统导出.xls", encoding="gbk")
    assert read_rows(path).rows[1].cells == ["张三", "11010519491231002X"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("名单.pdf", b"%PDF-1.4", "不支持文件“名单.pdf”的类型"),
        ("名单.et", b"\xd0\xcf\x11\xe0", "另存为 .xlsx"),
        ("名单.xlsx", b"", "是空的"),
        ("名单.csv", b"", "是空的"),
        ("名单.xlsx", b"not really a workbook", "不是有效的 Excel 文件"),
        ("名单.xlsx", b"PK\x03\x04 broken zip", "文件可能已损坏"),
        ("名单.xls", b"<html><body><table><tr><td>1</td></tr></table></body></html>", "网页格式"),
        ("名单.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512 + "EncryptedPackage".encode("utf-16-le"),
         "设置了打开密码"),
        ("名单.csv", b"\xff\xfe\xfd\x80\x81\x00\x00", "编码"),
        ("名单.csv", b"\n\n ,, \n", "没有数据"),
    ],
)
def test_unusable_files_say_which_file_and_what_to_do(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(TabularError) as caught:
        read_rows(path)
    assert message in caught.value.message
    assert name in caught.value.message
    assert caught.value.message.endswith("。")


def test_password_protected_workbook_is_recognised_when_large(tmp_path: Path) -> None:
    # An encrypted .xlsx is an OLE container with an "EncryptedPackage" stream; in a large
    # file its directory entry lies far from the start, where the CFB header points.
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    header[0x1E:0x20] = (9).to_bytes(2, "little")  # 512-byte sectors
    header[0x30:0x34] = (4000).to_bytes(4, "little")  # directory starts at sector 4000 (~2 MB in)
    path = tmp_path / "加密.xlsx"
    path.write_bytes(bytes(header) + bytes(4000 * 512) + "EncryptedPackage".encode("utf-16-le") + bytes(512))
    with pytest.raises(TabularError, match="设置了打开密码"):
        read_rows(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(TabularError, match="找不到文件"):
        read_rows(tmp_path / "没有.xlsx")
    (tmp_path / "文件夹.csv").mkdir()
    with pytest.raises(TabularError, match="是文件夹"):
        read_rows(tmp_path / "文件夹.csv")


def test_workbook_with_only_empty_sheets(tmp_path: Path) -> None:
    from openpyxl import Workbook

    Workbook().save(tmp_path / "空.xlsx")
    with pytest.raises(TabularError, match="没有数据"):
        read_rows(tmp_path / "空.xlsx")

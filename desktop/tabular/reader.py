"""Read the first sheet of an Excel workbook or a CSV file into plain rows.

python-calamine is imported only when an Excel file is read, so importing this module is
cheap. Cells keep the type the file gave them (str, float, int, bool, date, datetime, time);
empty cells are ``None``; fully empty rows are left out (row numbers stay as shown).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .errors import TabularError

__all__ = ["EXCEL_SUFFIXES", "TEXT_SUFFIXES", "RawRow", "SheetData", "read_rows"]

EXCEL_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"})
TEXT_SUFFIXES = frozenset({".csv", ".txt"})
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_DELIMITERS = (",", "\t", ";")
_SAVE_AS = "请在 Excel 或 WPS 中打开该文件，另存为 .xlsx 后重试。"


@dataclass(frozen=True)
class RawRow:
    """One non-empty row; ``number`` is the 1-based row number the spreadsheet shows."""

    number: int
    cells: list[object]


@dataclass
class SheetData:
    file_name: str
    sheet_name: str
    rows: list[RawRow] = field(default_factory=list)

    def row(self, number: int) -> RawRow | None:
        """The row with the given spreadsheet number, or None if it is empty/absent."""
        for raw in self.rows:
            if raw.number == number:
                return raw
            if raw.number > number:
                break
        return None


def read_rows(path: Path | str, *, sheet_name: str | None = None) -> SheetData:
    """Read ``path`` (.xlsx/.xlsm/.xls/.xlsb/.ods or .csv/.txt).

    Excel: the sheet named ``sheet_name``, or else the first visible sheet that has data.
    Text: UTF-8 (with or without BOM), GB18030/GBK or UTF-16 with BOM; the delimiter is
    sniffed among comma, tab and semicolon. Raises ``TabularError`` with a message that
    names the file and says what to do.
    """
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix == ".et":
        raise TabularError(f"文件“{name}”是 WPS 表格格式（.et）。请在 WPS 中另存为 .xlsx 后重试。")
    if suffix not in EXCEL_SUFFIXES | TEXT_SUFFIXES:
        raise TabularError(
            f"不支持文件“{name}”的类型。请选择 Excel 文件（.xlsx、.xls）或 CSV 文件（.csv）。"
        )
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise TabularError(f"找不到文件“{path}”。请确认文件位置后重试。") from None
    except IsADirectoryError:
        raise TabularError(f"“{path}”是文件夹，不是文件。请选择要导入的表格文件。") from None
    except PermissionError:
        raise TabularError(_busy(name)) from None
    except OSError as exc:
        raise TabularError(f"无法打开文件“{name}”（{exc.strerror or exc}）。请确认文件可以访问后重试。") from None
    if not head:
        raise TabularError(f"文件“{name}”是空的（0 字节）。请确认选择了正确的文件。")
    if not head.startswith((_ZIP_MAGIC, _OLE_MAGIC)) and (suffix in TEXT_SUFFIXES or _is_text_table(path)):
        rows = _text_rows(path, name)
        sheet = path.stem
    else:
        sheet, rows = _excel_rows(path, name, head, sheet_name)
    if not rows:
        raise TabularError(f"文件“{name}”中没有数据。请确认选择了正确的文件，或名单在第一个工作表中。")
    return SheetData(file_name=name, sheet_name=sheet, rows=rows)


def _busy(name: str) -> str:
    return f"文件“{name}”无法打开，可能正被 Excel 或 WPS 占用。请先关闭该文件后重试。"


def _clean(values: list[object]) -> list[object]:
    """Empty strings → None; trailing empty cells dropped."""
    cells: list[object] = [None if v == "" or v is None else v for v in values]
    while cells and cells[-1] is None:
        cells.pop()
    return cells


def _collect(raw_rows: list[list[object]]) -> list[RawRow]:
    rows = []
    for index, values in enumerate(raw_rows):
        cells = _clean(values)
        if any(c is not None and not (isinstance(c, str) and not c.strip()) for c in cells):
            rows.append(RawRow(index + 1, cells))
    return rows


# ---------------------------------------------------------------- Excel


def _excel_rows(path: Path, name: str, head: bytes, sheet_name: str | None) -> tuple[str, list[RawRow]]:
    import python_calamine as pc

    if head.startswith(_OLE_MAGIC) and path.suffix.lower() != ".xls" and _is_encrypted(path):
        raise TabularError(_password(name))
    if not head.startswith((_ZIP_MAGIC, _OLE_MAGIC)):
        if head.lstrip().startswith(b"<") or head.startswith(b"\xef\xbb\xbf<"):
            raise TabularError(
                f"文件“{name}”的扩展名是 {path.suffix}，但内容其实是网页格式（常见于从网上系统导出的表格）。{_SAVE_AS}"
            )
        raise TabularError(f"文件“{name}”不是有效的 Excel 文件，可能已损坏或扩展名被改过。{_SAVE_AS}")
    try:
        try:
            book = pc.CalamineWorkbook.from_path(str(path))
        except pc.PasswordError:
            raise
        except pc.CalamineError:
            # The extension does not match the content (an .xlsx renamed to .xls): sniff it.
            with path.open("rb") as handle:
                book = pc.CalamineWorkbook.from_filelike(io.BytesIO(handle.read()))
        with book:
            return _pick_sheet(book, name, sheet_name)
    except pc.PasswordError:
        raise TabularError(_password(name)) from None
    except PermissionError:
        raise TabularError(_busy(name)) from None
    except TabularError:
        raise
    except Exception as exc:  # calamine raises several unrelated types on damaged files
        raise TabularError(f"无法读取文件“{name}”，文件可能已损坏（{exc}）。{_SAVE_AS}") from None


def _is_text_table(path: Path) -> bool:
    """An ".xls" that is really tab-separated text, as some online systems export."""
    if path.suffix.lower() != ".xls":
        return False
    with path.open("rb") as handle:
        first = handle.read(4096).split(b"\n", 1)[0]
    return b"\t" in first and not first.lstrip().startswith(b"<")


def _password(name: str) -> str:
    return f"文件“{name}”设置了打开密码，无法读取。请在 Excel 或 WPS 中打开，取消密码（文件→信息→保护工作簿）并保存后重试。"


def _is_encrypted(path: Path) -> bool:
    """An OLE container holding an "EncryptedPackage" stream is a password-protected .xlsx."""
    marker = "EncryptedPackage".encode("utf-16-le")
    with path.open("rb") as handle:
        data = handle.read(1024 * 1024)
        if marker in data or len(data) < 0x40:
            return marker in data
        # Large file: look where the CFB header says the directory starts.
        sector_size = 1 << int.from_bytes(data[0x1E:0x20], "little")
        first_directory_sector = int.from_bytes(data[0x30:0x34], "little")
        handle.seek((first_directory_sector + 1) * sector_size)
        return marker in handle.read(64 * 1024)


def _pick_sheet(book: object, name: str, wanted: str | None) -> tuple[str, list[RawRow]]:
    import python_calamine as pc

    assert isinstance(book, pc.CalamineWorkbook)
    if wanted is not None:
        if wanted not in book.sheet_names:
            sheets = "、".join(book.sheet_names)
            raise TabularError(f"文件“{name}”中没有名为“{wanted}”的工作表（现有：{sheets}）。")
        return wanted, _collect(book.get_sheet_by_name(wanted).to_python(skip_empty_area=False))
    for meta in book.sheets_metadata:
        if meta.visible != pc.SheetVisibleEnum.Visible or meta.typ != pc.SheetTypeEnum.WorkSheet:
            continue
        rows = _collect(book.get_sheet_by_name(meta.name).to_python(skip_empty_area=False))
        if rows:
            return meta.name, rows
    return "", []


# ---------------------------------------------------------------- CSV / text


def _text_rows(path: Path, name: str) -> list[RawRow]:
    try:
        data = path.read_bytes()
    except PermissionError:
        raise TabularError(_busy(name)) from None
    text = _decode(data, name)
    delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return _collect(list(reader))  # type: ignore[arg-type]
    except csv.Error as exc:
        raise TabularError(f"文件“{name}”的格式有误（{exc}）。{_SAVE_AS}") from None


def _decode(data: bytes, name: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8", "gb18030"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            break
        return text
    raise TabularError(
        f"无法识别文件“{name}”的文字编码，或它不是文本文件。"
        "请在 Excel 中另存为“CSV UTF-8（逗号分隔）”或 .xlsx 后重试。"
    )


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits the most of the first lines into the same number (>1) of fields."""
    sample = [line for line in text[:64 * 1024].splitlines()[:50] if line.strip()]
    if len(sample) > 1 and len(text) > 64 * 1024:
        sample.pop()  # may be cut in the middle
    best, best_score = ",", 0
    for delimiter in _DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(sample, delimiter=delimiter)]
        except csv.Error:
            continue
        counts = Counter(w for w in widths if w > 1)
        if not counts:
            continue
        width, lines = counts.most_common(1)[0]
        score = lines * 1000 + width
        if score > best_score:
            best, best_score = delimiter, score
    return best

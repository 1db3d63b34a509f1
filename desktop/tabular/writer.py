"""Write import templates, exports and error files as .xlsx (openpyxl, streaming mode).

openpyxl is imported inside ``write_workbook`` only. Layout: optional merged title row,
bold header with fill (required headers "*"-marked in red), frozen below the header,
ID/phone columns stored as text ("@"), real dates as yyyy-mm-dd, dropdowns for choice
and yes/no columns, a "填写说明" sheet, and a hidden "选项" sheet for long lists.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from .columns import ColumnSpec, column_letter
from .errors import TabularError

__all__ = ["CHOICES_SHEET", "INSTRUCTIONS_SHEET", "REASON_HEADER", "TEMPLATE_ROWS", "write_workbook"]

REASON_HEADER = "错误原因"
INSTRUCTIONS_SHEET = "填写说明"
CHOICES_SHEET = "选项"
TEMPLATE_ROWS = 2000  # empty rows pre-formatted (text IDs, dropdowns) below the data
_TEXT_KINDS = frozenset({"id", "phone"})
_FORMATS = {"id": "@", "phone": "@", "date": "yyyy-mm-dd", "money": "#,##0.00"}
_INLINE_LIST_LIMIT = 200  # Excel refuses inline lists over 255 characters
_HEADER_FILL = "DDEBF7"
_RED = "C00000"

_KIND_TEXT = {
    "text": "文字",
    "id": "文本格式的号码，请勿存成数字（末位 X 照写）",
    "date": "日期，如 2021-03-05",
    "int": "整数，如 12",
    "bool": "从下拉列表选择“是”或“否”",
    "money": "金额（元），最多两位小数，如 1234.50",
    "choice": "从下拉列表选择",
    "phone": "文本格式，如 13800138000",
}


def _general_instructions(specs: Sequence[ColumnSpec], sheet_name: str, first_data_row: int) -> list[str]:
    lines = [f"请在“{sheet_name}”工作表第 {first_data_row} 行起逐行填写，一行一条记录；不要修改或删除表头。"]
    if any(s.required for s in specs):
        lines.append("带 * 的列为必填。")
    if any(s.kind in _TEXT_KINDS for s in specs):
        lines.append("号码和电话列已设为“文本”格式：请直接输入，或用“选择性粘贴→值”粘贴，不要存成数字，"
                     "否则 18 位号码的后几位会丢失（显示为 1.10105E+17）。")
    if any(s.kind == "date" for s in specs):
        lines.append("日期写成 2021-03-05（也可写 2021/3/5、2021年3月5日）。")
    return lines


def _cell_value(spec: ColumnSpec, value: object) -> object:
    if value is None or value == "":
        return None
    if spec.kind in _TEXT_KINDS and isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # an exact number from the caller; floats stay as they are (already damaged)
    if spec.kind == "bool" and isinstance(value, bool):
        return "是" if value else "否"
    if spec.kind == "money" and isinstance(value, int) and not isinstance(value, bool):
        return value / 100  # fen → yuan; exact to the fen for any realistic amount
    if spec.kind == "date" and isinstance(value, datetime):
        return value.date() if value.time() == datetime.min.time() else value
    if isinstance(value, date) and value.year < 1900:
        return value.isoformat()  # Excel has no dates before 1900; as text it still re-imports
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, str | int | float | date):
        return value
    return str(value)


def write_workbook(
    path: Path | str,
    specs: Sequence[ColumnSpec],
    rows: Iterable[Mapping[str, object]] = (),
    *,
    title: str | None = None,
    sheet_name: str = "数据",
    instructions: Sequence[str] = (),
    reason_column: str | None = None,
) -> None:
    """Write an .xlsx with one data sheet (``sheet_name``) plus "填写说明".

    ``rows`` map spec keys to values: str, int, date, bool; money columns take int fen.
    With ``title`` a merged title row comes first and the header is row 2.
    ``reason_column`` names the key in each row whose text goes into a last column
    "错误原因" (for error files; re-importing ignores it as an unrecognised column).
    The file is written next to ``path`` and then moved into place.
    """
    from openpyxl import Workbook

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise TabularError(f"只能保存为 .xlsx 文件，“{path.name}”的扩展名不对。请改为 .xlsx 后重试。")
    if not specs:
        raise ValueError("write_workbook needs at least one column")
    if not path.parent.is_dir():
        raise TabularError(f"无法保存“{path.name}”：文件夹“{path.parent}”不存在。请选择其他位置。")
    book = Workbook(write_only=True)
    try:
        _fill(book, specs, rows, title, sheet_name, instructions, reason_column)
        _save(book, path)
    except BaseException:  # cancelled from the rows iterator, a bad value, a locked file
        _discard(book)
        raise


def _discard(book: Any) -> None:
    """Close and remove openpyxl's temporary sheet files after an abandoned write."""
    for sheet in book.worksheets:
        rows, writer = getattr(sheet, "_rows", None), getattr(sheet, "_writer", None)
        with contextlib.suppress(Exception):
            if rows is not None:
                rows.close()
        with contextlib.suppress(Exception):
            if writer is not None:
                writer.close()
                writer.cleanup()


def _fill(book: Any, specs: Sequence[ColumnSpec], rows: Iterable[Mapping[str, object]], title: str | None,
          sheet_name: str, instructions: Sequence[str], reason_column: str | None) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.cell_range import CellRange

    sheet: Any = book.create_sheet(sheet_name)
    guide: Any = book.create_sheet(INSTRUCTIONS_SHEET)
    width = len(specs) + (1 if reason_column else 0)
    last = column_letter(width - 1)
    header_row = 2 if title else 1
    first_data = header_row + 1

    for index, spec in enumerate(specs):
        dim = sheet.column_dimensions[column_letter(index)]
        dim.width = spec.width
        if spec.kind in _FORMATS:
            dim.number_format = _FORMATS[spec.kind]  # new cells typed by the clerk too
    if reason_column:
        sheet.column_dimensions[last].width = 48
    sheet.freeze_panes = f"A{first_data}"

    bold = Font(bold=True)
    red_bold = Font(bold=True, color=_RED)
    fill = PatternFill("solid", fgColor=_HEADER_FILL)
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
    if title:
        cell = WriteOnlyCell(sheet, title)
        cell.font = Font(bold=True, size=16)
        cell.alignment = Alignment(horizontal="center", vertical="center")
        sheet.row_dimensions[1].height = 30
        sheet.merged_cells.add(CellRange(f"A1:{last}1"))
        sheet.append([cell])
    header_cells = []
    for spec in specs:
        cell = WriteOnlyCell(sheet, ("*" if spec.required else "") + spec.header)
        cell.font, cell.fill, cell.alignment = (red_bold if spec.required else bold), fill, centred
        header_cells.append(cell)
    if reason_column:
        cell = WriteOnlyCell(sheet, REASON_HEADER)
        cell.font, cell.fill, cell.alignment = red_bold, fill, centred
        header_cells.append(cell)
    sheet.append(header_cells)

    formats = [_FORMATS.get(spec.kind) for spec in specs]
    reason_font = Font(color=_RED)

    def styled(value: object, number_format: str | None) -> object:
        if isinstance(value, str):
            value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if number_format is None and not (isinstance(value, str) and value.startswith("=")):
            return value
        cell = WriteOnlyCell(sheet, value)
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"  # data, never a formula
        if number_format is not None and not (number_format == "yyyy-mm-dd" and not isinstance(value, date)):
            cell.number_format = number_format
        return cell

    written = 0
    for row in rows:
        out = [styled(_cell_value(spec, row.get(spec.key)), fmt) for spec, fmt in zip(specs, formats, strict=True)]
        if reason_column:
            reason = WriteOnlyCell(sheet, ILLEGAL_CHARACTERS_RE.sub("", str(row.get(reason_column) or "")))
            reason.font = reason_font
            out.append(reason)
        sheet.append(out)
        written += 1
    padding = TEMPLATE_ROWS if written == 0 else 0
    if padding and any(formats):
        for _ in range(padding):
            sheet.append([styled(None, fmt) if fmt else None for fmt in formats])
    last_row = first_data + max(written + padding, 1) - 1
    if any(spec.kind in ("choice", "bool") for spec in specs):
        _add_dropdowns(book, sheet, specs, first_data, max(last_row, first_data + TEMPLATE_ROWS - 1))
    if written:
        sheet.auto_filter.ref = f"A{header_row}:{last}{last_row}"
    _write_guide(guide, specs, [*_general_instructions(specs, sheet_name, first_data), *instructions])


def _add_dropdowns(book: Any, sheet: Any, specs: Sequence[ColumnSpec], first: int, last: int) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    lists: list[tuple[str, tuple[str, ...]]] = []  # (header, values) on the hidden sheet
    for index, spec in enumerate(specs):
        choices = ("是", "否") if spec.kind == "bool" else spec.choices
        if spec.kind not in ("choice", "bool") or not choices:
            continue
        inline = ",".join(choices)
        if len(inline) <= _INLINE_LIST_LIMIT and not any(c in inline for c in "\"'") and all(
                "," not in c for c in choices):
            formula = f'"{inline}"'
        else:
            lists.append((spec.header, choices))
            col = column_letter(len(lists) - 1)
            formula = f"'{CHOICES_SHEET}'!${col}$2:${col}${len(choices) + 1}"
        shown = "、".join(choices)
        dv = DataValidation(type="list", formula1=formula, allow_blank=True, showDropDown=False,
                            showErrorMessage=True, errorTitle="输入有误",
                            error=f"请从下拉列表中选择：{shown}"[:250])
        if spec.help:
            dv.showInputMessage, dv.promptTitle, dv.prompt = True, spec.header[:32], spec.help[:250]
        column = column_letter(index)
        dv.add(f"{column}{first}:{column}{last}")
        sheet.data_validations.append(dv)
    if lists:
        hidden: Any = book.create_sheet(CHOICES_SHEET)
        hidden.sheet_state = "hidden"
        hidden.append([header for header, _ in lists])
        for i in range(max(len(values) for _, values in lists)):
            hidden.append([values[i] if i < len(values) else None for _, values in lists])


def _write_guide(guide: Any, specs: Sequence[ColumnSpec], lines: Sequence[str]) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    for letter, width in zip("ABCD", (20, 10, 48, 60), strict=True):
        guide.column_dimensions[letter].width = width
    heading = WriteOnlyCell(guide, INSTRUCTIONS_SHEET)
    heading.font = Font(bold=True, size=14)
    guide.append([heading])
    for number, line in enumerate(lines, 1):
        guide.append([f"{number}. {line}"])
    guide.append([])
    fill = PatternFill("solid", fgColor=_HEADER_FILL)
    header = []
    for label in ("列名", "是否必填", "格式 / 可选值", "说明"):
        cell = WriteOnlyCell(guide, label)
        cell.font, cell.fill = Font(bold=True), fill
        header.append(cell)
    guide.append(header)
    wrap = Alignment(wrap_text=True, vertical="top")
    for spec in specs:
        fmt = _KIND_TEXT[spec.kind]
        if spec.kind == "choice" and spec.choices:
            fmt += "：" + "、".join(spec.choices)
        cells = []
        for value in (spec.header, "必填" if spec.required else "选填", fmt, spec.help):
            cell = WriteOnlyCell(guide, value)
            cell.alignment = wrap
            cells.append(cell)
        if spec.required:
            cells[1].font = Font(bold=True, color=_RED)
        guide.append(cells)


def _save(book: Any, path: Path) -> None:
    temporary = path.with_name(f".{path.name}.partial")
    try:
        book.save(temporary)
        os.replace(temporary, path)
    except PermissionError:
        raise TabularError(
            f"无法保存“{path.name}”：文件可能正在 Excel 或 WPS 中打开，或没有写入权限。请关闭该文件后重试。"
        ) from None
    except FileNotFoundError:
        raise TabularError(f"无法保存“{path.name}”：文件夹“{path.parent}”不存在。请选择其他位置。") from None
    finally:
        temporary.unlink(missing_ok=True)

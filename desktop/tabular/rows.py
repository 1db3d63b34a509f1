"""Turn the rows below the header into records, skipping what is not data."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from desktop.domain._text import compact

from .cells import convert, text
from .columns import ColumnSpec, normalize_header
from .errors import CellError
from .headers import HeaderMatch
from .reader import RawRow, SheetData

__all__ = ["CellProblem", "Record", "SkippedRow", "convert_record", "iter_records"]


@dataclass(frozen=True)
class Record:
    """A data row: ``number`` as the spreadsheet shows it; ``values`` raw cells by spec key."""

    number: int
    values: dict[str, object]


@dataclass(frozen=True)
class SkippedRow:
    """A row left out on purpose (summary, repeated header, footer), for the preview."""

    number: int
    reason: str


@dataclass(frozen=True)
class CellProblem:
    row: int
    column_header: str
    key: str
    message: str

    def describe(self, file_name: str | None = None) -> str:
        """One sentence for the clerk: 文件“a.xlsx”第5行“出生日期”列：日期“2021-02-30”不存在。…"""
        where = f"文件“{file_name}”" if file_name else ""
        return f"{where}第{self.row}行“{self.column_header}”列：{self.message}"


_SUMMARY_WORDS = ("合计", "小计", "总计", "共计")
_FOOTER = re.compile(r"(填表人|制表人|填报人|审核人|负责人|经办人|联系人|填表日期|制表日期|填报日期|"
                     r"单位盖章|单位\(盖章\)|盖章|注|说明)[:：]")
_ID_LIKE = re.compile(r"\d{15}|\d{17}[\dX]|[0-9A-Z]{18}")
SUMMARY_REASON = "合计行，已跳过。"
HEADER_REASON = "重复的表头行，已跳过。"
FOOTER_REASON = "表尾签名或说明行，已跳过。"
EMPTY_REASON = "已识别的列都是空的，已跳过。"


def _has_id_like(cells: list[object]) -> bool:
    for cell in cells:
        if isinstance(cell, int | float) and not isinstance(cell, bool) and abs(cell) >= 1e14:
            return True
        if isinstance(cell, str) and _ID_LIKE.search(compact(cell).upper()):
            return True
    return False


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_summary(texts: list[str]) -> bool:
    return any(t in _SUMMARY_WORDS or t.startswith("合计") for t in texts)


def _is_footer(cells: list[object]) -> bool:
    filled = [c for c in cells if not _blank(c)]
    return all(isinstance(c, str) and _FOOTER.match(compact(c)) for c in filled)


def _is_repeated_header(row: RawRow, header: list[str], raw_header: set[str], columns: Mapping[str, int]) -> bool:
    cells = row.cells
    if not any(i < len(cells) and isinstance(cells[i], str) and cells[i].strip() in raw_header
               for i in columns.values()):
        return False  # quick answer for ordinary data rows
    same = 0
    for index in columns.values():
        cell = normalize_header(text(row.cells[index])) if index < len(row.cells) else ""
        wanted = header[index] if index < len(header) else ""
        if cell and cell != wanted:
            return False
        same += bool(cell)
    return same >= min(2, len(columns)) and same > 0


def iter_records(
    sheet: SheetData, match: HeaderMatch, *, skipped: list[SkippedRow] | None = None
) -> Iterator[Record]:
    """Records for the rows after the header row.

    Skipped: blank rows, rows whose mapped columns are all empty, summary rows (合计 /
    小计 / 总计 / 共计, when the row holds no ID-like number), footers ("填表人：…"),
    and rows repeating the header. Pass a list as ``skipped`` to learn which and why.
    """
    header_row = sheet.row(match.row_number)
    header_cells = header_row.cells if header_row else []
    header = [normalize_header(text(c)) for c in header_cells]
    raw_header = {c.strip() for c in header_cells if isinstance(c, str)}
    columns = match.columns
    for row in sheet.rows:
        if row.number <= match.row_number:
            continue
        if all(_blank(c) for c in row.cells):
            continue
        # Only text holding 计 or a colon can make a summary or footer row (keeps big files fast).
        marked = [c for c in row.cells if isinstance(c, str) and ("计" in c or ":" in c or "：" in c)]
        reason = None
        if _is_repeated_header(row, header, raw_header, columns):
            reason = HEADER_REASON
        elif marked and _is_summary([compact(c) for c in marked]) and not _has_id_like(row.cells):
            reason = SUMMARY_REASON
        elif marked and _is_footer(row.cells) and not _has_id_like(row.cells):
            reason = FOOTER_REASON
        values = {key: row.cells[index] if index < len(row.cells) else None for key, index in columns.items()}
        if reason is None and all(_blank(v) for v in values.values()):
            reason = EMPTY_REASON
        if reason is not None:
            if skipped is not None:
                skipped.append(SkippedRow(row.number, reason))
            continue
        yield Record(row.number, values)


def convert_record(
    record: Record,
    specs_by_key: Mapping[str, ColumnSpec],
    *,
    headers: Mapping[str, str] | None = None,
) -> tuple[dict[str, object], list[CellProblem]]:
    """Convert every mapped cell; collect all problems (empty required cells included).

    ``headers`` (usually ``HeaderMatch.headers``) gives the column names as written in
    the file; otherwise the canonical headers are used. Cells that fail are left out of
    the returned values.
    """
    values: dict[str, object] = {}
    problems: list[CellProblem] = []
    for key, raw in record.values.items():
        spec = specs_by_key.get(key)
        if spec is None:
            continue
        header = (headers or {}).get(key) or spec.header
        try:
            value = convert(spec, raw)
        except CellError as exc:
            problems.append(CellProblem(record.number, header, key, exc.message))
            continue
        if spec.required and value in (None, ""):
            problems.append(CellProblem(record.number, header, key, "此项必填，不能为空。"))
        values[key] = value
    return values, problems

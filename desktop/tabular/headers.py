"""Find the header row of a roster and map its columns to ``ColumnSpec`` keys."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .cells import text
from .columns import ColumnSpec, column_letter, normalize_header
from .errors import TabularError
from .reader import RawRow, SheetData

__all__ = ["HeaderMatch", "locate_header"]


@dataclass(frozen=True)
class HeaderMatch:
    """Where the header is and which column holds which field.

    ``columns`` maps spec key → 0-based column index; ``headers`` maps spec key → the
    header text as written in the file (for messages); ``unrecognised`` lists
    (index, header text) of non-empty headers that matched no spec.
    """

    row_number: int
    columns: dict[str, int]
    unrecognised: list[tuple[int, str]] = field(default_factory=list)
    missing_required: list[ColumnSpec] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)


def _lookup(specs: Sequence[ColumnSpec]) -> dict[str, str]:
    names: dict[str, str] = {}
    for spec in specs:
        for name in spec.names:
            other = names.setdefault(name, spec.key)
            if other != spec.key:
                raise ValueError(f"header {name!r} is claimed by both {other!r} and {spec.key!r}")
    return names


def _matches(row: RawRow, names: Mapping[str, str]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for index, cell in enumerate(row.cells):
        key = names.get(normalize_header(text(cell)))
        if key is not None:
            found.setdefault(key, []).append(index)
    return found


def _where(index: int, header: str) -> str:
    return f"{column_letter(index)}列“{header}”"


def locate_header(
    sheet: SheetData,
    specs: Sequence[ColumnSpec],
    *,
    manual: Mapping[int, str] | None = None,
    scan_rows: int = 20,
    header_row: int | None = None,
) -> HeaderMatch:
    """Find the header among the first ``scan_rows`` non-empty rows: the row matching most specs.

    Title rows ("星河镇总工会会员花名册") and blank rows above the header are skipped.
    ``manual`` maps a column index to a spec key chosen by the clerk ("" = ignore the
    column); it overrides automatic matching. ``header_row`` forces the header's row
    number. Raises ``TabularError`` if no row looks like a header or two columns claim
    the same field.
    """
    names = _lookup(specs)
    by_key = {spec.key: spec for spec in specs}
    manual = dict(manual or {})
    for key in manual.values():
        if key and key not in by_key:
            raise ValueError(f"manual mapping names unknown column key {key!r}")

    if header_row is not None:
        row = sheet.row(header_row) or RawRow(header_row, [])
        found = _matches(row, names)
    else:
        row, found = _best_row(sheet, specs, names, scan_rows)

    header_texts = {index: text(cell) for index, cell in enumerate(row.cells) if text(cell)}
    columns: dict[str, int] = {}
    claimed: dict[str, list[int]] = {}
    for index, key in sorted(manual.items()):
        if key:
            claimed.setdefault(key, []).append(index)
    for key, indices in found.items():
        if key in claimed:
            continue
        free = [i for i in indices if i not in manual]
        if free:
            claimed[key] = free
    for key, indices in claimed.items():
        if len(indices) > 1:
            both = "和".join(_where(i, header_texts.get(i, "")) for i in indices)
            raise TabularError(
                f"文件“{sheet.file_name}”第{row.number}行的表头中，{both}都对应“{by_key[key].header}”。"
                "请删除或改名多余的列后重试。"
            )
        columns[key] = indices[0]

    used = set(columns.values()) | set(manual)
    unrecognised = [(i, h) for i, h in sorted(header_texts.items()) if i not in used]
    missing = [spec for spec in specs if spec.required and spec.key not in columns]
    headers = {key: header_texts.get(index, "").strip("*＊ ") or by_key[key].header
               for key, index in columns.items()}
    return HeaderMatch(row.number, columns, unrecognised, missing, headers)


def _best_row(
    sheet: SheetData, specs: Sequence[ColumnSpec], names: Mapping[str, str], scan_rows: int
) -> tuple[RawRow, dict[str, list[int]]]:
    best: tuple[RawRow, dict[str, list[int]]] | None = None
    for row in sheet.rows[:scan_rows]:
        found = _matches(row, names)
        if found and (best is None or len(found) > len(best[1])):
            best = (row, found)
    if best is None:
        expected = "、".join(("*" if s.required else "") + s.header for s in specs)
        raise TabularError(
            f"在文件“{sheet.file_name}”（工作表“{sheet.sheet_name}”）的前{scan_rows}行中没有找到表头。"
            f"请确认要导入的名单在第一个工作表中，并且表头包含以下列（带*为必填）：{expected}。"
        )
    return best

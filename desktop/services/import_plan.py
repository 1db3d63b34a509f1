"""What an import will do, row by row, before anything is written (shared by every register)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop.services.errors import ServiceError
from desktop.tabular import REASON_HEADER, ColumnSpec, HeaderMatch, SkippedRow, write_workbook

ADD_COLUMNS = "请在文件中加上这些列，或在导入向导中把对应的列指定给它们。"


@dataclass(frozen=True, slots=True)
class RowIssue:
    row: int
    column: str  # the header as written in the file; "" for a problem with the whole row
    message: str

    def describe(self, file_name: str = "") -> str:
        where = f"文件“{file_name}”" if file_name else ""
        column = f"“{self.column}”列" if self.column else ""
        return f"{where}第{self.row}行{column}：{self.message}"


@dataclass(slots=True)
class PlannedRow:
    number: int
    keys: tuple[str, ...]  # the column keys, shared by every row of a plan
    cells: tuple[object, ...]  # the cells as read, in ``keys`` order (a tuple: 100 000 dicts cost ~60 MB)
    action: str = "new"  # "new" | "update" | "invalid"
    issues: list[RowIssue] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    draft: object | None = None  # the checked draft, ready to save

    @property
    def raw(self) -> dict[str, object]:
        """The cells as read, by column key (for the error file and the preview)."""
        return dict(zip(self.keys, self.cells, strict=True))

    @property
    def reason(self) -> str:
        return "；".join(f"{i.column}：{i.message.rstrip('。')}" if i.column else i.message.rstrip("。")
                        for i in self.issues) + ("。" if self.issues else "")


@dataclass
class ImportPlan:
    kind: str  # "members" | "organizations"
    path: Path
    sheet_name: str
    columns: list[ColumnSpec]
    header: HeaderMatch | None
    rows: list[PlannedRow] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    problem: str = ""  # a problem with the whole file (missing required columns), "" if none

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def valid_rows(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.action != "invalid"]

    @property
    def invalid_rows(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.action == "invalid"]

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    def lacks_columns(self, advice: str = ADD_COLUMNS) -> bool:
        """Whether the header lacks required columns; if so, the plan's problem names them (with ``advice``)."""
        header = self.header
        if header is None or not header.missing_required:
            return False
        names = "、".join(f"“{s.header}”" for s in header.missing_required)
        self.problem = f"文件“{self.file_name}”第{header.row_number}行的表头中没有{names}列。{advice}"
        return True

    def ready_to_write(self, *, skip_invalid: bool) -> list[PlannedRow]:
        """The invalid rows (to be skipped); raises ServiceError for a problem with the whole file, or for
        invalid rows when they are not to be skipped — nothing is written then."""
        if self.problem:
            raise ServiceError(self.problem)
        invalid = self.invalid_rows
        if invalid and not skip_invalid:
            raise ServiceError(f"有 {len(invalid)} 行未通过检查，未导入任何数据。请改正后重试，或选择只导入通过检查的行。")
        return invalid

    def messages(self, limit: int | None = None) -> list[str]:
        """One Chinese sentence per problem, in row order."""
        issues = [issue for row in self.invalid_rows for issue in row.issues]
        return [issue.describe(self.file_name) for issue in issues[:limit]]


def planned_row(number: int, raw: dict[str, object], keys: tuple[str, ...]) -> PlannedRow:
    """A row to plan; ``keys`` should be one tuple shared by all rows of the file."""
    if tuple(raw) != keys:
        keys = tuple(raw)
    return PlannedRow(number, keys, tuple(raw.values()))


def issue_for(row: int, key: str, message: str, headers: Mapping[str, str], specs: Sequence[ColumnSpec]) -> RowIssue:
    header = headers.get(key) or next((s.header for s in specs if s.key == key), "")
    return RowIssue(row, header, message)


def write_error_file(plan: ImportPlan, out: Path) -> int:
    """The failing rows as read, with a reason column, ready to fix and import again; returns the count."""
    as_text = [ColumnSpec(s.key, s.header, s.synonyms, "id" if s.kind in ("id", "phone") else "text",
                          s.required, (), s.width, s.help) for s in plan.columns]
    rows = []
    for planned in plan.invalid_rows:
        values: dict[str, object] = {k: _as_text(v) for k, v in planned.raw.items()}
        values["__reason"] = f"第{planned.number}行：{planned.reason}"
        rows.append(values)
    write_workbook(out, as_text, rows, reason_column="__reason",
                   instructions=[f"以下是“{plan.file_name}”中未能导入的 {len(rows)} 行，最后一列“{REASON_HEADER}”说明原因。",
                                 "改正后可直接再次导入本文件（“错误原因”列会被忽略）。"])
    return len(rows)


def _as_text(value: object) -> str:
    from desktop.tabular import text

    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[no-any-return, union-attr]
    if isinstance(value, float):
        return f"{value:.6g}".upper() if abs(value) >= 1e15 else text(value)  # as Excel showed a mangled ID
    return text(value)

"""Qt-free, database-free import and export of rosters as Excel/CSV.

Reading: ``read_rows`` → ``locate_header`` → ``iter_records`` → ``convert_record``.
Writing: ``write_workbook`` (templates, exports, error files). openpyxl and
python-calamine are imported only when a file is written or read.
"""

from __future__ import annotations

from .cells import (
    bool_value,
    convert,
    date_value,
    excel_serial_to_date,
    id_number_text,
    int_value,
    money_fen,
    phone_text,
    text,
)
from .columns import ColumnKind, ColumnSpec, column_letter, normalize_header
from .errors import CellError, TabularError
from .headers import HeaderMatch, locate_header
from .reader import RawRow, SheetData, read_rows
from .rows import CellProblem, Record, SkippedRow, convert_record, iter_records
from .writer import REASON_HEADER, write_workbook

__all__ = [
    "REASON_HEADER",
    "CellError",
    "CellProblem",
    "ColumnKind",
    "ColumnSpec",
    "HeaderMatch",
    "RawRow",
    "Record",
    "SheetData",
    "SkippedRow",
    "TabularError",
    "bool_value",
    "column_letter",
    "convert",
    "convert_record",
    "date_value",
    "excel_serial_to_date",
    "id_number_text",
    "int_value",
    "iter_records",
    "locate_header",
    "money_fen",
    "normalize_header",
    "phone_text",
    "read_rows",
    "text",
    "write_workbook",
]

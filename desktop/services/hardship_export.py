"""The 困难职工档案 template and export (the template's columns plus 困难类别 and 状态, so an export re-imports).

Exported: the files still in hardship (在档, 渐退); with a period, those opened within it. Family members
are not exported (the sheet has one row per worker). The export is audited.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from db import Database
from db.models import HardshipFile, Organization, Person
from desktop.domain.periods import Period
from desktop.services import audit, hardship
from desktop.services.actor import Actor
from desktop.services.hardship_columns import HARDSHIP_NOTES, hardship_columns, hardship_export_columns
from desktop.services.hardship_rules import CATEGORY_LABELS, STATUS_LABELS
from desktop.services.unit import get_unit
from desktop.tabular import write_workbook
from desktop.tasks import TaskControl

TITLE = "困难职工档案"
EXPORT_NOTES = (*HARDSHIP_NOTES, "导出的是在档和渐退的档案；末尾的“困难类别”“状态”两列仅供查看，导入时忽略（困难类别按数字重新判定）。")
_FILE_COLUMNS = ("work_unit", "health", "work_status", "model_worker", "housing", "marital_status", "single_parent",
                 "zero_employment", "medical_insurance", "main_reason", "other_reasons", "own_monthly_income_fen",
                 "other_annual_income_fen", "rigid_spending_fen", "household_size", "opened_on", "bank_name",
                 "bank_account", "note", "category", "status")
_PERSON_COLUMNS = ("name", "id_type", "id_number", "gender", "birth_date", "phone")


def _vocabulary(db: Database) -> dict[str, list[str]]:
    with db.read_session() as session:
        return hardship.vocabularies(session)


def _title(db: Database, period: Period | None = None) -> str:
    unit = get_unit(db)
    return f"{unit.name if unit else ''}{TITLE}" + (f"（{period.label}建档）" if period else "")


def write_hardship_template(db: Database, out: Path) -> None:
    write_workbook(out, hardship_columns(_vocabulary(db)), title=_title(db), instructions=HARDSHIP_NOTES)


def export_hardship(db: Database, actor: Actor, out: Path, *, period: Period | None = None,
                    control: TaskControl | None = None) -> int:
    """The files in hardship (opened within ``period`` when given); returns the row count."""
    stmt = (select(*(getattr(Person, c) for c in _PERSON_COLUMNS), Organization.name,
                   *(getattr(HardshipFile, c) for c in _FILE_COLUMNS))
            .join(Person, Person.id == HardshipFile.person_id)
            .outerjoin(Organization, Organization.id == HardshipFile.organization_id)
            .where(HardshipFile.voided.is_(False), HardshipFile.status.in_(hardship.ON_REGISTER))
            .order_by(HardshipFile.opened_on, HardshipFile.id))
    if period is not None:
        stmt = stmt.where(HardshipFile.opened_on >= period.start, HardshipFile.opened_on <= period.end)
    rows: list[dict[str, object]] = []
    with db.read_session() as session:
        for record in session.execute(stmt):
            person, org_name, values = record[:6], record[6], record[7:]
            row: dict[str, object] = dict(zip(_PERSON_COLUMNS, person, strict=True))
            row.update(zip(_FILE_COLUMNS, values, strict=True))
            row["work_unit"] = org_name or row["work_unit"]
            for key in ("own_monthly_income_fen", "other_annual_income_fen", "rigid_spending_fen"):
                row[key] = row[key] or None
            row["category"] = CATEGORY_LABELS.get(str(row["category"]), row["category"])
            row["status"] = STATUS_LABELS.get(str(row["status"]), row["status"])
            rows.append(row)
            if control is not None and len(rows) % 2000 == 0:
                control.report(len(rows), 0, "正在读取…")
    if control is not None:
        control.report(len(rows), len(rows), "正在写入文件…")
    write_workbook(out, hardship_export_columns(_vocabulary(db)), rows, title=_title(db, period),
                   instructions=EXPORT_NOTES)
    with db.session() as session:
        audit.record(session, actor, "export.hardship", entity_type="hardship_file",
                     changes={"file": out.name, "rows": len(rows), "period": period.code if period else ""})
    return len(rows)

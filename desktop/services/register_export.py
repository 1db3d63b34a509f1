"""Templates and exports of the member and organization rosters (the same columns, so an export re-imports)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from db import Database
from db.models import Member, Organization, Person
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.member_rules import PERSON_FIELDS
from desktop.services.organizations import DRAFT_FIELDS, list_organizations
from desktop.services.register_columns import member_columns, organization_columns
from desktop.services.unit import get_unit
from desktop.services.vocabulary import all_terms
from desktop.tabular import write_workbook
from desktop.tasks import TaskControl

MEMBER_NOTES = (
    "每行一名会员。带 * 的列必填；证件号码列已设为文本格式，请勿改为数字。",
    "工作单位须是“建会单位”中已登记的单位名称或统一社会信用代码。",
    "日期可写成 2021-03-05、2021/3/5、2021.3.5 或 2021年3月5日。合计、小计行和空行会被自动跳过。",
)
ORGANIZATION_NOTES = ("每行一个建会单位。统一社会信用代码按 GB 32100 校验；同名或同代码的单位不会重复登记。",)


def _title(db: Database, what: str) -> str:
    unit = get_unit(db)
    return f"{unit.name if unit else ''}{what}"


def write_template(db: Database, kind: str, out: Path) -> None:
    vocab = all_terms(db)
    if kind == "members":
        write_workbook(out, member_columns(vocab), title=_title(db, "会员花名册"), instructions=MEMBER_NOTES)
    else:
        write_workbook(out, organization_columns(vocab), title=_title(db, "建会单位名册"), instructions=ORGANIZATION_NOTES)


def export_members(db: Database, actor: Actor, out: Path, *, control: TaskControl | None = None) -> int:
    """The active members in the template's columns; the export is audited. Returns the row count."""
    columns = [Member.id, Organization.name, *(getattr(Person, f) for f in PERSON_FIELDS), Member.join_date,
               Member.card_number, Member.is_migrant_worker, Member.new_employment_group, Member.employment_status]
    stmt = (select(*columns).join(Person, Person.id == Member.person_id)
            .join(Organization, Organization.id == Member.organization_id)
            .where(Member.status == "active").order_by(Organization.name, Member.id))
    rows: list[dict[str, object]] = []
    with db.read_session() as session:
        for record in session.execute(stmt):
            _, org_name, *person, join_date, card, migrant, group, employment = record
            row: dict[str, object] = dict(zip(PERSON_FIELDS, person, strict=True))
            row.update(organization=org_name, join_date=join_date, card_number=card or "", is_migrant_worker=migrant,
                       new_employment_group=group, employment_status=employment, entry_kind="入会", status="在会")
            rows.append(row)
            if control is not None and len(rows) % 5000 == 0:
                control.report(len(rows), 0, "正在读取…")
    if control is not None:
        control.report(len(rows), len(rows), "正在写入文件…")
    write_workbook(out, member_columns(all_terms(db)), rows, title=_title(db, "会员花名册"), instructions=MEMBER_NOTES)
    _audit_export(db, actor, "members", out, len(rows))
    return len(rows)


def export_organizations(db: Database, actor: Actor, out: Path) -> int:
    rows = [{name: getattr(org, name) for name in DRAFT_FIELDS} for org in list_organizations(db)]
    write_workbook(out, organization_columns(all_terms(db)), rows, title=_title(db, "建会单位名册"),
                   instructions=ORGANIZATION_NOTES)
    _audit_export(db, actor, "organizations", out, len(rows))
    return len(rows)


def _audit_export(db: Database, actor: Actor, kind: str, out: Path, count: int) -> None:
    with db.session() as session:
        audit.record(session, actor, f"export.{kind}", entity_type=kind,
                     changes={"file": out.name, "rows": count})

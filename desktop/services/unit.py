"""本单位: the union that owns this ledger; first-time set-up."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import Database
from db.models import Unit
from desktop.domain.credit_code import validate_credit_code
from desktop.domain.errors import DomainError
from desktop.domain.phone import normalize_mobile
from desktop.services import audit
from desktop.services.actor import SYSTEM, Actor
from desktop.services.errors import ServiceError
from desktop.services.permissions import require_role
from desktop.services.users import add_user

UNIT_LEVELS = (
    "乡镇（街道）总工会",
    "县（区）总工会",
    "基层工会",
    "联合基层工会",
    "区域性、行业性工会联合会",
)


@dataclass(frozen=True)
class UnitInfo:
    name: str
    code: str
    level: str
    parent_union: str = ""
    leader_name: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    address: str = ""
    uuid: str = ""


UNIT_FIELDS = tuple(f.name for f in fields(UnitInfo) if f.name != "uuid")


def normalize_unit(info: UnitInfo) -> UnitInfo:
    """Validate and normalise the fields a user typed; raises ServiceError naming the field."""
    values = {name: str(getattr(info, name)).strip() for name in UNIT_FIELDS}
    values["level"] = values["level"].replace("(", "（").replace(")", "）")
    if not values["name"]:
        raise ServiceError("请填写本单位名称。", field="name")
    try:
        values["code"] = validate_credit_code(values["code"])
    except DomainError as exc:
        raise ServiceError(f"本单位代码有误：{exc}", field="code") from exc
    if values["level"] not in UNIT_LEVELS:
        raise ServiceError(f"单位级别“{values['level']}”无效，应为：{'、'.join(UNIT_LEVELS)}。", field="level")
    if values["contact_phone"]:
        try:
            values["contact_phone"] = normalize_mobile(values["contact_phone"])
        except DomainError as exc:
            raise ServiceError(f"联系电话有误：{exc}", field="contact_phone") from exc
    return UnitInfo(**values, uuid=info.uuid)


def _to_info(unit: Unit) -> UnitInfo:
    return UnitInfo(**{name: getattr(unit, name) for name in UNIT_FIELDS}, uuid=unit.uuid)


def _snapshot(unit: Unit) -> dict[str, str]:
    return {name: getattr(unit, name) for name in UNIT_FIELDS}


def is_set_up(db: Database) -> bool:
    with db.session() as session:
        return session.scalar(select(Unit.id).limit(1)) is not None


def set_up_ledger(db: Database, unit: UnitInfo, admin_username: str, admin_display_name: str,
                  admin_password: str) -> Actor:
    """First run: record the unit and its first administrator in one transaction."""
    unit = normalize_unit(unit)
    with db.session() as session:
        if session.scalar(select(Unit.id).limit(1)) is not None:
            raise ServiceError("该数据库已经设置过本单位信息，不能重复初始化。")
        row = Unit(**{name: getattr(unit, name) for name in UNIT_FIELDS})
        session.add(row)
        session.flush()
        audit.record(session, SYSTEM, "unit.create", entity_type="unit", entity_uuid=row.uuid,
                     changes=audit.diff({}, _snapshot(row)))
        admin = add_user(session, SYSTEM, admin_username, admin_display_name, "admin", admin_password)
        actor = Actor(admin.username, admin.display_name, admin.role, admin.id)
        # 签名证书: the unit's key and certificate, granted first to this administrator (the custodian)
        from desktop.services.signing_identity import create_identity

        create_identity(session, actor, admin, admin_password)
        return actor


def get_unit(db: Database) -> UnitInfo | None:
    with db.read_session() as session:
        unit = _first_unit(session)
        return _to_info(unit) if unit else None


def _first_unit(session: Session) -> Unit | None:
    return session.scalar(select(Unit).order_by(Unit.id).limit(1))


def update_unit(db: Database, actor: Actor, info: UnitInfo) -> UnitInfo:
    actor.require("admin")
    info = normalize_unit(info)
    with db.session() as session:
        require_role(session, actor, "admin")
        unit = _first_unit(session)
        if unit is None:
            raise ServiceError("尚未设置本单位信息。")
        before = _snapshot(unit)
        for name in UNIT_FIELDS:
            setattr(unit, name, getattr(info, name))
        changes = audit.diff(before, _snapshot(unit))
        if changes:
            audit.record(session, actor, "unit.update", entity_type="unit", entity_uuid=unit.uuid,
                         changes=changes)
        return _to_info(unit)

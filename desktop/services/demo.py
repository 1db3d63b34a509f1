"""A demo ledger with clearly fictitious data, for trying the app and for tests."""

from __future__ import annotations

from dataclasses import dataclass

from db import Database
from desktop.services.actor import Actor
from desktop.services.settings import save_settings
from desktop.services.unit import UnitInfo, set_up_ledger
from desktop.services.users import create_user

DEMO_PASSWORD = "demo1234"

DEMO_UNIT = UnitInfo(
    name="星河镇总工会（演示）",
    code="81330100MA1DEM015R",  # fictitious, but passes GB 32100 and GB 11714 checks
    level="乡镇（街道）总工会",
    parent_union="云溪县总工会（演示）",
    leader_name="林晓梅",
    contact_name="周文静",
    contact_phone="13900001234",
    address="云溪县星河镇人民路1号（演示地址）",
)


@dataclass(frozen=True)
class DemoUser:
    username: str
    display_name: str
    role: str


DEMO_USERS = (
    DemoUser("admin", "王建国（演示管理员）", "admin"),
    DemoUser("clerk", "周文静（演示经办人）", "clerk"),
    DemoUser("approver", "林晓梅（演示负责人）", "approver"),
)


def create_demo(db: Database) -> list[DemoUser]:
    """Fill an empty database with the demo unit and users; returns the users created."""
    admin_spec, *others = DEMO_USERS
    admin: Actor = set_up_ledger(db, DEMO_UNIT, admin_spec.username, admin_spec.display_name,
                                 DEMO_PASSWORD)
    for spec in others:
        create_user(db, admin, spec.username, spec.display_name, spec.role, DEMO_PASSWORD)
    save_settings(db, admin, is_demo=True)
    return list(DEMO_USERS)

"""A demo ledger with clearly fictitious data, for trying the app and for tests."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sqlalchemy import select

from db import Database
from db.models import User
from desktop.services.actor import Actor
from desktop.services.settings import save_settings
from desktop.services.unit import UnitInfo, set_up_ledger
from desktop.services.users import create_user

if TYPE_CHECKING:
    from desktop.services.demo_members import DemoMembersResult

DEMO_PASSWORD = "demo1234"
DEFAULT_DEMO_MEMBERS = 200  # `union-ledger demo` without --members: enough to look alive, quick to make
DEMO_DIBAO_MONTHLY_FEN = 80_000  # 当地低保标准 800 元/人·月 (fictitious), for the hardship files' 困难类别

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
    # the demo 负责人 may sign reports with the demo password (签名授权 from the admin)
    from desktop.services.signing_identity import grant_signing

    grant_signing(db, admin, DEMO_PASSWORD, "approver", DEMO_PASSWORD)
    save_settings(db, admin, is_demo=True)
    return list(DEMO_USERS)


def populate_demo(db: Database, members: int, *, seed: int | None = None) -> DemoMembersResult:
    """The demo clerk enters organizations, ``members`` members and a few membership changes, then aid,
    then competitions and honours."""
    from desktop.services.auth import actor_for
    from desktop.services.demo_aid import add_demo_aid
    from desktop.services.demo_competitions import add_demo_competitions
    from desktop.services.demo_members import DEMO_SEED, add_demo_members

    actors: dict[str, Actor] = {}
    with db.read_session() as session:
        for username in ("admin", "clerk", "approver"):
            user = session.scalar(select(User).where(User.username == username))
            if user is None:
                raise ValueError(f"the demo ledger has no user '{username}'")
            actors[username] = actor_for(user)
    seed = DEMO_SEED if seed is None else seed
    result = add_demo_members(db, actors["clerk"], members, seed=seed)
    save_settings(db, actors["admin"], dibao_monthly_fen=DEMO_DIBAO_MONTHLY_FEN)
    aid = add_demo_aid(db, actors["clerk"], actors["approver"], seed=seed)
    return replace(result, aid=aid, competitions=add_demo_competitions(db, actors["clerk"], seed=seed))

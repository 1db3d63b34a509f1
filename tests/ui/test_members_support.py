"""Shared data for the 会员 / 建会单位 GUI tests (no tests here): valid IDs and codes, bulk members."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from db import Database
from desktop.domain.credit_code import credit_check_character, organization_check_character
from desktop.domain.id_number import check_character, parse_id_number
from desktop.services.actor import Actor
from desktop.services.auth import login
from desktop.services.member_bulk import bulk_enroll
from desktop.services.member_rules import MemberDraft
from desktop.services.organizations import OrganizationDraft, create_organization

SURNAMES = "赵钱孙李周吴郑冯陈褚"  # no 张 or 王: the named people below must be the only matches
GIVEN = "安邦春冬芳刚华建丽梅"  # no character read with an initial s


def resident_id(index: int, *, female: bool = False, born: date = date(1980, 1, 1), serial: int | None = None) -> str:
    """A valid, unique 18-digit ID; ``serial`` (100–999) chooses the sequence digits."""
    birth = born + timedelta(days=index // 400)
    seq = serial if serial is not None else (index % 400) * 2 + (2 if female else 1)
    if serial is not None and (seq % 2 == 1) == female:
        seq += 1
    first17 = f"110105{birth:%Y%m%d}{seq:03d}"
    return first17 + check_character(first17)


def credit_code(n: int) -> str:
    body = f"{n:08d}"
    first17 = "91330100" + body + organization_check_character(body)
    return first17 + credit_check_character(first17)


def filler_names(count: int) -> list[str]:
    names = [s + a + b for s in SURNAMES for a in GIVEN for b in GIVEN]
    return names[:count]


def make_organization(db: Database, actor: Actor, name: str, n: int) -> int:
    return create_organization(db, actor, OrganizationDraft(name=name, credit_code=credit_code(n))).id


def draft_for(name: str, number: str, org_id: int, **changes: object) -> MemberDraft:
    info = parse_id_number(number)
    values: dict[str, object] = {"name": name, "id_number": info.number, "organization_id": org_id,
                                 "join_date": date(2020, 5, 1), "gender": info.gender, "birth_date": info.birth_date}
    values.update(changes)
    return MemberDraft(**values)  # type: ignore[arg-type]


def bulk(db: Database, actor: Actor, drafts: list[MemberDraft]) -> None:
    with db.session() as session:
        bulk_enroll(session, actor, drafts, source="test")


def type_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type like a clerk: keys for ASCII, an input-method commit for Chinese (as a pinyin IME sends it)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def clerk_context(ui_db, ui_paths):  # type: ignore[no-untyped-def]
    from desktop.ui.context import UiContext

    return UiContext(ui_db, login(ui_db, "clerk", "demo1234"), ui_paths)


@pytest.fixture
def two_orgs(clerk_context) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    ctx = clerk_context
    return (make_organization(ctx.db, ctx.actor, "星河机械有限公司", 1),
            make_organization(ctx.db, ctx.actor, "云溪快递服务站", 2))

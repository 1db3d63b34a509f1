"""Render the main screens to PNG files for a human look: python scripts/screenshots.py OUT_DIR"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from db import open_database
from desktop.app import create_application
from desktop.paths import LedgerPaths
from desktop.services.auth import login
from desktop.services.demo import create_demo
from desktop.ui.context import UiContext
from desktop.ui.dialogs.login_dialog import LoginDialog
from desktop.ui.dialogs.setup_wizard import SetupWizard
from desktop.ui.main_window import MainWindow

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗欧阳"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂"


def add_demo_members(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A few organizations and 300 fictitious members (valid check digits), for a realistic look."""
    from datetime import date, timedelta

    from desktop.domain.credit_code import credit_check_character, organization_check_character
    from desktop.domain.id_number import check_character
    from desktop.services.member_bulk import bulk_enroll
    from desktop.services.member_rules import MemberDraft
    from desktop.services.organizations import OrganizationDraft, create_organization

    orgs = []
    for n, (name, nature, chairman) in enumerate([("星河机械制造有限公司", "企业", "李建国"),
                                                   ("云溪快递服务站（演示）", "企业", "陈秀英"),
                                                   ("星河镇中心小学", "事业单位", "王丽"),
                                                   ("星河镇外卖骑手联合工会", "社会组织", "赵刚")], start=1):
        body = f"{n:08d}"
        code = "91330100" + body + organization_check_character(body)
        code += credit_check_character(code)
        orgs.append(create_organization(db, actor, OrganizationDraft(
            name=name, credit_code=code, nature=nature, chairman=chairman, employee_count=40 * n,
            phone=f"1390000{n:04d}", founded_on=date(2015 + n, 3, 1))).id)
    drafts = []
    for i in range(300):
        surname = "欧阳" if i % 37 == 0 else SURNAMES[i % 20]
        name = surname + GIVEN[(i * 7) % len(GIVEN)] + (GIVEN[(i * 11) % len(GIVEN)] if i % 3 else "")
        birth = date(1970, 1, 1) + timedelta(days=(i * 97) % 12000)
        first17 = f"3305{i % 90 + 10:02d}{birth:%Y%m%d}{(i * 13) % 999 + 1:03d}"
        number = first17 + check_character(first17)
        groups = ["", "", "快递员", "外卖配送员", "", "货车司机", ""]
        drafts.append(MemberDraft(
            name=name, id_number=number, organization_id=orgs[i % 4], join_date=date(2018, 1, 1) + timedelta(days=i * 7),
            gender="男" if int(number[16]) % 2 else "女", birth_date=birth, phone=f"13{i % 9 + 1}0000{i:04d}",
            card_number=f"XH{2018 + i // 60}{i:04d}", is_migrant_worker=i % 4 == 1,
            new_employment_group=groups[i % 7], political_status="群众", ethnicity="汉族"))
    with db.session() as session:
        bulk_enroll(session, actor, drafts, source="screenshots")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    with tempfile.TemporaryDirectory() as tmp:
        paths = LedgerPaths.from_options(Path(tmp))
        wizard = SetupWizard(LedgerPaths.from_options(Path(tmp) / "new"))
        wizard.show()
        wizard.next()
        wizard.unit_page.form.name.setText("示例镇总工会")
        wizard.unit_page.form.code.setText("91350100M000100Y44")
        app.processEvents()
        wizard.grab().save(str(out / "wizard-unit.png"))
        wizard.close()
        db = open_database(paths.db_file, paths.backup_dir)
        create_demo(db)
        dialog = LoginDialog(db, "星河镇总工会（演示）", demo_hint=True)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(out / "login.png"))
        dialog.close()
        admin = login(db, "admin", "demo1234")
        add_demo_members(db, admin)
        window = MainWindow(UiContext(db, admin, paths), demo=True)
        window.show()
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            app.processEvents()
            window.grab().save(str(out / f"page-{row}.png"))
        for tab in range(window.settings.tabs.count()):
            window.settings.tabs.setCurrentIndex(tab)
            app.processEvents()
            window.grab().save(str(out / f"settings-{tab}.png"))
        capture_registers(app, window, out)
        window.close_without_asking()
        db.close()


def capture_registers(app, window: MainWindow, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The 会员 and 建会单位 pages and their dialogs."""
    window.nav.setCurrentRow(1)
    members = window.workspace.members
    members.filters.search.setText("欧阳")
    members.filters.search_now()
    app.processEvents()
    window.grab().save(str(out / "members-search.png"))
    members.filters.clear()
    members.column_menu().grab().save(str(out / "members-columns-menu.png"))
    entry = members.new_member()
    entry.form.organization.setCurrentIndex(1)
    entry.form.join_date.setText("2024-03-05")
    entry.form.name.setText("林小雨")
    entry.form.id_number.setText("11010519491231002X")
    entry.form.phone.setText("1391234567")
    entry.save()
    entry.form.name.setText("周建华")
    entry.form.id_number.setText("110105194912310021")
    app.processEvents()
    entry.grab().save(str(out / "member-entry.png"))
    entry.close_without_asking()
    detail = members.open_member(members.model.row_at(3).id)
    action = detail.open_action("transfer")
    action.when.setText("2020-01-01")
    action.submit()
    app.processEvents()
    action.grab().save(str(out / "member-transfer-refused.png"))
    action.reject()
    withdraw = detail.open_action("withdraw")
    withdraw.reason.setText("本人申请")
    withdraw.submit()
    app.processEvents()
    detail.grab().save(str(out / "member-detail.png"))
    detail.close()
    window.nav.setCurrentRow(2)
    app.processEvents()
    window.grab().save(str(out / "organizations.png"))
    organizations = window.workspace.organizations
    organizations.table.selectRow(0)
    dialog = organizations.edit_at(organizations.table.currentIndex())
    if dialog is not None:
        dialog.credit_code.setText("91330100000000011X")
        dialog.save()
        app.processEvents()
        dialog.grab().save(str(out / "organization-form.png"))
        dialog._baseline = dialog._snapshot()
        dialog.reject()
    window.nav.setCurrentRow(6)
    window.settings.tabs.setCurrentWidget(window.settings.vocabulary_tab)
    app.processEvents()
    window.grab().save(str(out / "settings-vocabulary.png"))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))

"""``union-ledger template | import | export`` for the registers (members, organizations)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

REGISTER_KINDS = ("members", "organizations")
KIND_LABELS = {"members": "会员", "organizations": "建会单位"}


def add_register_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    template = sub.add_parser("template", parents=[common], help="生成空白导入模板（.xlsx）")
    template.add_argument("kind", choices=REGISTER_KINDS, help="members 会员 | organizations 建会单位")
    template.add_argument("--out", type=Path, required=True, help="保存到的 .xlsx 文件")

    imp = sub.add_parser("import", parents=[common], help="从 Excel（.xlsx/.xls）或 CSV 导入")
    imp.add_argument("kind", choices=REGISTER_KINDS, help="members 会员 | organizations 建会单位")
    imp.add_argument("file", type=Path, help="要导入的文件")
    imp.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入")
    imp.add_argument("--skip-invalid", action="store_true", help="跳过未通过检查的行，导入其余的行")
    imp.add_argument("--update", action="store_true", help="证件号码已在台账中的人员，用文件中的信息更新")
    imp.add_argument("--errors", type=Path, help="把未通过检查的行连同原因写入此 .xlsx，改正后可再次导入")

    exp = sub.add_parser("export", parents=[common], help="导出为 .xlsx（与导入模板的列相同）")
    exp.add_argument("kind", choices=REGISTER_KINDS, help="members 会员（在会）| organizations 建会单位")
    exp.add_argument("--out", type=Path, required=True, help="保存到的 .xlsx 文件")


def cmd_template(args: argparse.Namespace) -> int:
    from desktop.cli import EXIT_OK, _open_existing
    from desktop.services.register_export import write_template

    db = _open_existing(args)
    try:
        write_template(db, args.kind, args.out)
    finally:
        db.close()
    print(f"已生成{KIND_LABELS[args.kind]}导入模板：{args.out}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.cli import EXIT_FAILED, EXIT_OK, _acting_user, _open_existing
    from desktop.services.import_plan import write_error_file
    from desktop.services.member_import import apply_member_import, plan_member_import
    from desktop.services.organization_import import apply_organization_import, plan_organization_import

    db = _open_existing(args)
    try:
        actor = None if args.dry_run else _acting_user(args, db, required=True)
        if args.kind == "members":
            plan = plan_member_import(db, args.file, update=args.update)
        else:
            plan = plan_organization_import(db, args.file)
        if plan.problem:
            print(plan.problem, file=sys.stderr)
            return EXIT_FAILED
        label = KIND_LABELS[args.kind]
        for message in plan.messages():
            print(message, file=sys.stderr)
        for row in plan.rows:
            for notice in row.notices:
                print(f"第{row.number}行：{notice}")
        invalid = len(plan.invalid_rows)
        new, update = plan.count("new"), plan.count("update")
        summary = (f"文件“{plan.file_name}”（工作表“{plan.sheet_name}”，表头在第{plan.header.row_number if plan.header else '?'}行）："
                   f"共 {len(plan.rows)} 行数据，{new + update} 行通过检查，{invalid} 行未通过，"
                   f"跳过 {len(plan.skipped)} 行（合计、空行等）。")
        print(summary)
        if args.errors is not None and invalid:
            write_error_file(plan, args.errors)
            print(f"未通过检查的 {invalid} 行已写入 {args.errors}，改正后可再次导入。")
        if args.dry_run:
            print("仅检查（--dry-run），未写入任何数据。")
            return EXIT_FAILED if invalid else EXIT_OK
        if invalid and not args.skip_invalid:
            print(f"有 {invalid} 行未通过检查，未导入任何数据。请改正后重试，或加 --skip-invalid 只导入通过检查的行。",
                  file=sys.stderr)
            return EXIT_FAILED
        assert actor is not None
        if args.kind == "members":
            result = apply_member_import(db, actor, plan, skip_invalid=args.skip_invalid, update=args.update)
        else:
            result = apply_organization_import(db, actor, plan, skip_invalid=args.skip_invalid)
        updated = f"，更新 {result.updated} 人" if result.updated else ""
        skipped = f"，跳过未通过检查的 {result.skipped_invalid} 行" if result.skipped_invalid else ""
        print(f"已导入{label} {result.created} 条{updated}{skipped}。")
        return EXIT_OK
    finally:
        db.close()


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.cli import EXIT_OK, _acting_user, _open_existing
    from desktop.services.register_export import export_members, export_organizations

    db = _open_existing(args)
    try:
        actor = _acting_user(args, db, required=True)
        if args.kind == "members":
            count = export_members(db, actor, args.out)
        else:
            count = export_organizations(db, actor, args.out)
    finally:
        db.close()
    print(f"已导出{KIND_LABELS[args.kind]} {count} 条：{args.out}")
    return EXIT_OK

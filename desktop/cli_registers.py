"""``union-ledger template | import | export`` for the registers (members, organizations, aid, hardship, results)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.services.register_kinds import KINDS as REGISTER_KINDS
from desktop.services.register_kinds import LABELS as KIND_LABELS

_KIND_HELP = "members 会员 | organizations 建会单位 | aid 发放记录 | hardship 困难职工档案 | results 竞赛成绩"


def add_register_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    template = sub.add_parser("template", parents=[common], help="生成空白导入模板（.xlsx）")
    template.add_argument("kind", choices=REGISTER_KINDS, help=_KIND_HELP)
    template.add_argument("--out", type=Path, required=True, help="保存到的 .xlsx 文件")

    imp = sub.add_parser("import", parents=[common], help="从 Excel（.xlsx/.xls）或 CSV 导入")
    imp.add_argument("kind", choices=REGISTER_KINDS, help=_KIND_HELP)
    imp.add_argument("file", type=Path, help="要导入的文件")
    imp.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入")
    imp.add_argument("--skip-invalid", action="store_true", help="跳过未通过检查的行，导入其余的行")
    imp.add_argument("--update", action="store_true", help="证件号码已在台账中的人员，用文件中的信息更新；results：覆盖已登记参赛者的已有成绩")
    imp.add_argument("--errors", type=Path, help="把未通过检查的行连同原因写入此 .xlsx，改正后可再次导入")

    exp = sub.add_parser("export", parents=[common], help="导出为 .xlsx（与导入模板的列相同）")
    exp.add_argument("kind", choices=REGISTER_KINDS, help=_KIND_HELP)
    exp.add_argument("--out", type=Path, required=True, help="保存到的 .xlsx 文件")
    exp.add_argument("--period", help="aid/hardship：只导出此期间的记录；results：此期间开始的竞赛。如 2026、2026Q3、2026-07、2026-01-01..2026-03-31")


def cmd_template(args: argparse.Namespace) -> int:
    from desktop.cli import EXIT_OK, _open_existing
    from desktop.services.register_kinds import write_template

    db = _open_existing(args)
    try:
        write_template(db, args.kind, args.out)
    finally:
        db.close()
    print(f"已生成{KIND_LABELS[args.kind]}导入模板：{args.out}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.cli import EXIT_FAILED, EXIT_OK, UsageError, _acting_user, _open_existing
    from desktop.services.import_plan import write_error_file
    from desktop.services.register_kinds import apply_import, plan_import, plan_warnings

    if args.kind == "aid" and args.update:
        from desktop.services.aid_import_apply import UPDATE_REFUSED

        raise UsageError(UPDATE_REFUSED)
    db = _open_existing(args)
    try:
        actor = None if args.dry_run else _acting_user(args, db, required=True)
        plan = plan_import(db, args.kind, args.file, update=args.update)
        if plan.problem:
            print(plan.problem, file=sys.stderr)
            return EXIT_FAILED
        label = KIND_LABELS[args.kind]
        for message in plan.messages():
            print(message, file=sys.stderr)
        for row in plan.rows:
            for notice in row.notices:
                print(f"第{row.number}行：{notice}")
        warnings = plan_warnings(plan)
        for warning in warnings:
            print(f"注意：{warning}")
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
        # over budget only warns on the command line (printed above); the GUI asks first
        result = apply_import(db, actor, plan, skip_invalid=args.skip_invalid, update=args.update,
                              confirm=frozenset({"over_budget", "age", "not_eligible"}))
        updated = f"，更新 {result.updated} {'条成绩' if args.kind == 'results' else '人'}" if result.updated else ""
        skipped = f"，跳过未通过检查的 {result.skipped_invalid} 行" if result.skipped_invalid else ""
        persons = getattr(result, "new_persons", 0)
        registered = f"，其中 {persons} 人为新登记的非会员" if persons else ""
        pending = "，等待负责人审批" if args.kind == "aid" and result.created else ""
        created = [f"新建项目 {n} 个" for n in [getattr(result, "new_events", 0)] if n]
        created += [f"新建队伍 {n} 个" for n in [getattr(result, "new_teams", 0)] if n]
        made = "（" + "，".join(created) + "）" if created else ""
        print(f"已导入{label} {result.created} 条{registered}{made}{updated}{skipped}{pending}。")
        return EXIT_OK
    finally:
        db.close()


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.cli import EXIT_OK, UsageError, _acting_user, _open_existing
    from desktop.domain.periods import InvalidPeriod, parse_period
    from desktop.services.register_kinds import PERIOD_KINDS, export

    period = None
    if args.period:
        if args.kind not in PERIOD_KINDS:
            raise UsageError(f"用法错误：{KIND_LABELS[args.kind]}导出的是当前名册，不接受 --period。")
        try:
            period = parse_period(args.period)
        except InvalidPeriod as exc:
            raise UsageError(f"用法错误：{exc}") from None
    db = _open_existing(args)
    try:
        actor = _acting_user(args, db, required=True)
        count = export(db, actor, args.kind, args.out, period=period)
    finally:
        db.close()
    within = f"（{period.label}）" if period else ""
    print(f"已导出{KIND_LABELS[args.kind]}{within} {count} 条：{args.out}")
    return EXIT_OK

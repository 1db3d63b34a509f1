"""``union-ledger report KIND --period P --out FILE.pdf [--sign]``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

_KINDS = ("summary", "members", "aid", "competitions")
_KIND_HELP = "summary 工作汇总 | members 会员发展 | aid 帮扶资金发放 | competitions 劳动和技能竞赛"


def add_report_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    report = sub.add_parser("report", parents=[common], help="生成期间汇总报表（PDF，可签名）")
    report.add_argument("kind", choices=_KINDS, help=_KIND_HELP)
    report.add_argument("--period", required=True,
                        help="统计期间：2026、2026H1、2026Q3、2026-07 或 2026-01-01..2026-03-31")
    report.add_argument("--out", type=Path, required=True, help="保存到的 .pdf 文件")
    report.add_argument("--sign", action="store_true",
                        help="用本单位签名证书签名（需以负责人身份执行：--user，密码同登录密码）")


def cmd_report(args: argparse.Namespace) -> int:
    from desktop.cli import EXIT_OK, UsageError, _open_existing, _password
    from desktop.domain.periods import InvalidPeriod, parse_period
    from desktop.services.auth import login
    from desktop.services.reports import export_report

    try:
        period = parse_period(args.period)
    except InvalidPeriod as exc:
        raise UsageError(f"用法错误：{exc}") from None
    username = getattr(args, "user", None)
    if not username:
        raise UsageError("用法错误：生成报表需要以操作员身份执行，请用 --user 指定用户名"
                         + ("（签名需要负责人）。" if args.sign else "。"))
    db = _open_existing(args)
    try:
        password = _password(args, f"用户 {username} 的密码")
        actor = login(db, username, password)
        result = export_report(db, actor, args.kind, period, args.out, sign=args.sign,
                               password=password if args.sign else None)
    finally:
        db.close()
    signed = "已签名" if result.signed else "未签名"
    print(f"已生成报表 {result.serial}（{result.title}，{result.pages} 页，{signed}）：{result.path}")
    if result.supersedes:
        print(f"本表替代此前导出的 {result.supersedes}。")
    return EXIT_OK

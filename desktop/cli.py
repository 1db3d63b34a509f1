"""The ``union-ledger`` command: the same services as the GUI, for scripts and tests.

Exit status: 0 success; 1 the data or a document failed a check; 2 wrong usage.
Errors are one Chinese sentence on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import os
import re
import sys
import traceback
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from desktop import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    pass


class CommandFailed(Exception):
    pass


_ARGPARSE_MESSAGES = [
    (r"the following arguments are required: (.+)", "缺少必需的参数：{0}"),
    (r"unrecognized arguments: (.+)", "无法识别的参数：{0}"),
    (r"argument (\S+): invalid choice: '?([^' ]+)'? \(choose from (.+)\)", "参数 {0} 的取值“{1}”无效，可选：{2}"),
    (r"argument (\S+): expected one argument", "参数 {0} 后面需要一个值"),
    (r"argument (\S+): invalid (\w+) value: '?([^']+)'?", "参数 {0} 的值“{2}”无效"),
    (r"argument (\S+): not allowed with argument (\S+)", "参数 {0} 不能与 {1} 同时使用"),
]


class ChineseArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        for pattern, template in _ARGPARSE_MESSAGES:
            match = re.fullmatch(pattern, message)
            if match:
                message = template.format(*match.groups())
                break
        raise UsageError(f"用法错误：{message}。运行“{self.prog} --help”查看用法。")


def _common_options() -> argparse.ArgumentParser:
    """Global options, accepted before or after the command name."""
    common = argparse.ArgumentParser(add_help=False)
    where = common.add_mutually_exclusive_group()
    where.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS,
                       help="数据文件夹（默认：系统的用户数据文件夹，或环境变量 UNION_LEDGER_HOME）")
    where.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="直接指定数据库文件")
    common.add_argument("--user", default=argparse.SUPPRESS, help="以该操作员身份执行")
    common.add_argument("--password-stdin", action="store_true", default=argparse.SUPPRESS,
                        help="从标准输入读取密码（否则读取环境变量 UNION_LEDGER_PASSWORD）")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = ChineseArgumentParser(prog="union-ledger", description="工会台账 Union Ledger",
                                   parents=[common])
    parser.add_argument("--version", action="version", version=f"union-ledger {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=ChineseArgumentParser)

    gui = sub.add_parser("gui", parents=[common], help="打开图形界面（默认）")
    gui.add_argument("--smoke-test", action="store_true", help="打开主窗口、访问每个页面后退出")

    init = sub.add_parser("init", parents=[common], help="新建台账：本单位信息和第一个管理员")
    init.add_argument("--unit-name", required=True, help="本单位名称")
    init.add_argument("--unit-code", required=True, help="统一社会信用代码或工会法人代码")
    init.add_argument("--unit-level", default="乡镇（街道）总工会", help="单位级别")
    init.add_argument("--parent-union", default="", help="上级工会")
    init.add_argument("--leader", default="", help="负责人姓名")
    init.add_argument("--admin", required=True, help="管理员用户名")
    init.add_argument("--admin-name", default="", help="管理员姓名（默认同用户名）")

    demo = sub.add_parser("demo", parents=[common], help="新建一个填好虚构数据的演示台账")
    demo.add_argument("--members", type=int, default=200, metavar="N", help="虚构会员人数（默认 200）")

    backup = sub.add_parser("backup", parents=[common], help="备份：create | list | restore NAME")
    backup_sub = backup.add_subparsers(dest="backup_command", required=True,
                                       parser_class=ChineseArgumentParser)
    backup_sub.add_parser("create", parents=[common], help="立即备份")
    backup_sub.add_parser("list", parents=[common], help="列出备份")
    restore = backup_sub.add_parser("restore", parents=[common], help="用备份恢复（需管理员）")
    restore.add_argument("name", help="备份名称（见 backup list）")

    audit_parser = sub.add_parser("audit", parents=[common], help="操作日志：verify")
    audit_sub = audit_parser.add_subparsers(dest="audit_command", required=True,
                                            parser_class=ChineseArgumentParser)
    audit_sub.add_parser("verify", parents=[common], help="校验操作日志的哈希链")

    from desktop.cli_identity import add_identity_parser
    from desktop.cli_registers import add_register_parsers
    from desktop.cli_reports import add_report_parser
    from desktop.cli_verify import add_verify_parser

    add_register_parsers(sub, common)
    add_report_parser(sub, common)
    add_verify_parser(sub, common)
    add_identity_parser(sub, common)
    return parser


# ---------------------------------------------------------------- helpers


def _paths(args: argparse.Namespace):  # -> LedgerPaths
    from desktop.paths import LedgerPaths

    return LedgerPaths.from_options(getattr(args, "data_dir", None), getattr(args, "db", None))


def _password(args: argparse.Namespace, purpose: str) -> str:
    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        if not line:
            raise UsageError(f"已指定 --password-stdin，但标准输入中没有{purpose}。")
        return line.rstrip("\r\n")
    env = os.environ.get("UNION_LEDGER_PASSWORD")
    if env is not None:
        return env
    if sys.stdin.isatty():
        return getpass.getpass(f"{purpose}:")
    raise UsageError(f"需要{purpose}：请设置环境变量 UNION_LEDGER_PASSWORD 或使用 --password-stdin。")


def _open_existing(args: argparse.Namespace):  # -> Database
    from db import open_database

    paths = _paths(args)
    if not paths.exists:
        raise CommandFailed(f"在 {paths.db_file} 没有找到台账数据库。请先运行“union-ledger init”或“union-ledger demo”，或用 --data-dir 指定数据文件夹。")
    return open_database(paths.db_file, paths.backup_dir)


def _acting_user(args: argparse.Namespace, db, *, required: bool):  # -> Actor
    from desktop.services.actor import SYSTEM
    from desktop.services.auth import login

    username = getattr(args, "user", None)
    if not username:
        if required:
            raise UsageError("此命令需要以操作员身份执行，请用 --user 指定用户名。")
        return SYSTEM
    return login(db, username, _password(args, f"用户 {username} 的密码"))


# ---------------------------------------------------------------- commands


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop.app import run_gui

    return run_gui(_paths(args), smoke_test=getattr(args, "smoke_test", False))


def cmd_init(args: argparse.Namespace) -> int:
    from desktop.services.setup import create_ledger
    from desktop.services.unit import UnitInfo, normalize_unit

    paths = _paths(args)
    unit = normalize_unit(UnitInfo(name=args.unit_name, code=args.unit_code, level=args.unit_level,
                                   parent_union=args.parent_union, leader_name=args.leader))
    if paths.exists:
        raise CommandFailed(f"{paths.db_file} 已经存在台账数据库，不能重复初始化。")
    password = _password(args, f"管理员 {args.admin} 的密码")
    db, _admin = create_ledger(paths, unit, args.admin, args.admin_name, password)
    db.close()
    print(f"已创建台账：{unit.name}（{unit.code}），管理员 {args.admin}。数据库：{paths.db_file}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from db import open_database
    from desktop.services.actor import ROLE_LABELS
    from desktop.services.demo import DEMO_PASSWORD, DEMO_UNIT, create_demo, populate_demo

    if args.members < 0:
        raise UsageError("用法错误：--members 不能是负数。")
    paths = _paths(args)
    if paths.exists:
        raise CommandFailed(f"{paths.db_file} 已有数据库；演示数据只能放进新的数据文件夹，请用 --data-dir 指定另一个文件夹。")
    db = open_database(paths.db_file, paths.backup_dir)
    try:
        users = create_demo(db)
        added = populate_demo(db, args.members)
    finally:
        db.close()
    print(f"已创建演示台账：{DEMO_UNIT.name}。数据库：{paths.db_file}")
    print(f"已添加虚构建会单位 {added.organizations} 家、会员 {added.members} 名（用时 {added.seconds:.1f} 秒）。")
    if added.aid is not None:
        aid = added.aid
        print(f"已添加帮扶活动 {aid.campaigns} 个、发放记录 {aid.disbursements} 条、集体慰问 {aid.groups} 次、"
              f"困难职工档案 {aid.hardship_files} 份。")
    if added.competitions is not None:
        contests = added.competitions
        print(f"已添加竞赛 {contests.competitions} 项、比赛项目 {contests.events} 个、参赛 {contests.entries} 人次（队、单位）、"
              f"荣誉 {contests.honours} 项。")
    print(f"演示账户（密码均为 {DEMO_PASSWORD}）：")
    for u in users:
        print(f"  {u.username:<10}{ROLE_LABELS[u.role]:<6}{u.display_name}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from db import DatabaseCorrupt
    from desktop.services import backups

    try:
        db = _open_existing(args)
    except DatabaseCorrupt as exc:
        if args.backup_command != "restore":
            raise
        # Nobody can log in to a damaged database: put the backup in place, keep the damaged file.
        db = backups.recover_from_backup(exc.path, _paths(args).backup_dir, args.name)
        db.close()
        print(f"数据库已损坏，已用备份 {args.name} 恢复；损坏的文件保留在备份文件夹中。")
        return EXIT_OK
    try:
        if args.backup_command == "list":
            items = backups.list_backups(db.backup_dir)
            if not items:
                print(f"还没有备份（{db.backup_dir}）。")
            for b in items:
                print(f"{b.name}\t{b.kind_label}\t{b.created_at:%Y-%m-%d %H:%M:%S}\t{b.size_bytes / 1024:.0f} KB")
            return EXIT_OK
        if args.backup_command == "create":
            info = backups.create_backup(db, _acting_user(args, db, required=False))
            print(f"已备份：{info.name}({info.path})")
            return EXIT_OK
        actor = _acting_user(args, db, required=True)
        db, safety = backups.restore_backup(db, actor, args.name)
        print(f"已用备份 {args.name} 恢复数据；恢复前的数据已另存为 {safety.name}。")
        return EXIT_OK
    finally:
        db.close()


def cmd_audit(args: argparse.Namespace) -> int:
    from desktop.services.audit import verify_chain

    db = _open_existing(args)
    try:
        with db.read_session() as session:
            report = verify_chain(session)
    finally:
        db.close()
    if report.ok:
        print(f"操作日志完整：共 {report.events_checked} 条记录，哈希链校验通过。")
        return EXIT_OK
    print(f"操作日志校验未通过：{report.reason}", file=sys.stderr)
    return EXIT_FAILED


def _register_command(name: str, module: str = "cli_registers"):  # commands kept in desktop.<module>
    def run(args: argparse.Namespace) -> int:
        import importlib

        handler = getattr(importlib.import_module(f"desktop.{module}"), f"cmd_{name}")
        return handler(args)  # type: ignore[no-any-return]

    return run


COMMANDS = {"gui": cmd_gui, "init": cmd_init, "demo": cmd_demo, "backup": cmd_backup,
            "audit": cmd_audit, "template": _register_command("template"),
            "import": _register_command("import"), "export": _register_command("export"),
            "report": _register_command("report", "cli_reports"),
            "verify": _register_command("verify", "cli_verify"),
            "identity": _register_command("identity", "cli_identity")}


def _log_crash(args: argparse.Namespace | None) -> Path | None:
    try:
        from desktop.paths import default_data_dir

        base = _paths(args).db_file.parent if args is not None else default_data_dir()
        folder = base / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S}.txt"
        path.write_text(traceback.format_exc(), encoding="utf-8")
        return path
    except OSError:
        return None


def main(argv: Sequence[str] | None = None) -> int:
    from db import DatabaseError
    from desktop.domain.errors import DomainError
    from desktop.services.errors import ServiceError

    args = None
    try:
        args = build_parser().parse_args(argv)
        if getattr(args, "data_dir", None) is not None and getattr(args, "db", None) is not None:
            raise UsageError("用法错误：--data-dir 和 --db 只能指定其中一个。")
        return COMMANDS[args.command or "gui"](args)
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    except (CommandFailed, ServiceError, DomainError, DatabaseError) as exc:
        print(exc, file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return 130
    except Exception as exc:  # never show a traceback to a clerk
        log = _log_crash(args)
        where = f"，详细信息已写入 {log}" if log else ""
        print(f"程序内部错误（{type(exc).__name__}: {exc}）{where}，请联系技术支持。", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())

"""``union-ledger identity show | export-cert | import-p12 | grant | renew``: the unit's signing certificate."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

P12_PASSWORD_ENV = "UNION_LEDGER_P12_PASSWORD"
TARGET_PASSWORD_ENV = "UNION_LEDGER_TARGET_PASSWORD"


def add_identity_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    from desktop.cli import ChineseArgumentParser

    identity = sub.add_parser("identity", parents=[common],
                              help="本单位签名证书：show | export-cert --out CERT.pem | import-p12 FILE.p12 | grant USER | renew")
    identity_sub = identity.add_subparsers(dest="identity_command", required=True,
                                           parser_class=ChineseArgumentParser)
    identity_sub.add_parser("show", parents=[common], help="显示签名证书：单位、代码、密钥标识、有效期、已授权的人")
    export = identity_sub.add_parser("export-cert", parents=[common], help="导出证书（PEM），供上级工会核验报表")
    export.add_argument("--out", type=Path, required=True, help="保存到的 .pem 文件")
    imp = identity_sub.add_parser("import-p12", parents=[common],
                                  help=f"导入上级工会颁发的证书（.p12/.pfx；证书密码取自环境变量 {P12_PASSWORD_ENV} 或提示输入）")
    imp.add_argument("file", type=Path, help="证书文件 .p12/.pfx")
    grant = identity_sub.add_parser("grant", parents=[common],
                                    help=f"签名授权：让另一位负责人或管理员可以用自己的密码签章（其密码取自 {TARGET_PASSWORD_ENV} 或标准输入）")
    grant.add_argument("username", help="被授权人的用户名")
    identity_sub.add_parser("renew", parents=[common],
                            help="重新生成本单位自签名证书（需管理员；旧证书停用并保留，其他人需重新授权）")


def _secret(env: str, purpose: str) -> str:
    """A password from the environment, the next standard-input line, or a prompt."""
    from desktop.cli import UsageError

    value = os.environ.get(env)
    if value is not None:
        return value
    if sys.stdin.isatty():
        return getpass.getpass(f"{purpose}:")
    line = sys.stdin.readline()
    if not line:
        raise UsageError(f"需要{purpose}：请设置环境变量 {env}，或在标准输入中提供。")
    return line.rstrip("\r\n")


def _login(args: argparse.Namespace, db: Any) -> tuple[Any, str]:
    """The acting user and the password they typed (needed again to unlock the key)."""
    from desktop.cli import UsageError, _password
    from desktop.services.auth import login

    username = getattr(args, "user", None)
    if not username:
        raise UsageError("此命令需要以操作员身份执行，请用 --user 指定用户名。")
    password = _password(args, f"用户 {username} 的密码")
    return login(db, username, password), password


def _show(db: Any) -> None:
    from desktop.services.signing_identity import identity_info

    info = identity_info(db)
    print(f"证书主体：{info.subject}")
    print(f"单位名称：{info.common_name}")
    print(f"单位代码：{info.unit_code or '（证书中未写明本单位代码）'}")
    print(f"颁发者：{info.issuer}")
    print(f"来源：{info.origin_label}")
    print(f"密钥标识（证书 SHA-256）：{info.key_id}")
    print(f"有效期：{info.not_before:%Y-%m-%d} 至 {info.not_after:%Y-%m-%d}")
    print(f"已授权签章：{'；'.join(info.grant_holders) or '（无）'}")
    if info.retired:
        print(f"已停用的旧证书：{info.retired} 张（保留，用于核验旧报表）")


def cmd_identity(args: argparse.Namespace) -> int:
    from desktop.cli import EXIT_OK, CommandFailed, _open_existing
    from desktop.services import signing_identity as service

    db = _open_existing(args)
    try:
        command = args.identity_command
        if command == "show":
            _show(db)
        elif command == "export-cert":
            pem = service.export_certificate_pem(db)
            try:
                args.out.write_text(pem, encoding="ascii")
            except OSError as exc:
                raise CommandFailed(f"无法写入 {args.out}：{exc.strerror or exc}。") from None
            print(f"已导出本单位签名证书：{args.out}")
        elif command == "import-p12":
            try:
                data = args.file.read_bytes()
            except OSError as exc:
                raise CommandFailed(f"无法读取证书文件 {args.file}：{exc.strerror or exc}。") from None
            actor, password = _login(args, db)
            p12_password = _secret(P12_PASSWORD_ENV, "证书密码")
            result = service.import_p12(db, actor, data, p12_password, password)
            print(result.message)
        elif command == "renew":
            actor, password = _login(args, db)
            info = service.renew_identity(db, actor, password)
            print(f"已重新生成本单位签名证书（密钥标识 {info.key_id[:16]}…），原证书已停用并保留；"
                  "目前只有您持有签名授权，请为负责人重新办理签名授权。")
        else:  # grant
            actor, password = _login(args, db)
            target_password = _secret(TARGET_PASSWORD_ENV, f"用户 {args.username} 的密码")
            service.grant_signing(db, actor, password, args.username, target_password)
            print(f"已为“{args.username}”办理签名授权，其可用自己的密码签章。")
        return EXIT_OK
    finally:
        db.close()

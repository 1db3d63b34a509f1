"""``union-ledger verify FILE.pdf [--trust CERT.pem] [--json]`` and ``verify --qr PAYLOAD --trust CERT.pem``.

Needs no ledger database, no network and no external tool: the county union runs it on a
file (or a QR scanned from paper) with nothing but the installed app. Exit 0 when every
check holds, 1 otherwise, 2 on wrong usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.domain.money import format_amount


def add_verify_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    verify = sub.add_parser("verify", parents=[common],
                            help="核验签章报表 PDF，或从纸质报表扫描得到的二维码内容（不需要台账数据库）")
    verify.add_argument("file", nargs="?", type=Path, help="要核验的签章报表 PDF 文件")
    verify.add_argument("--qr", metavar="PAYLOAD", help="从纸质报表扫描得到的二维码内容（以 UL1: 开头），须同时给出 --trust")
    verify.add_argument("--trust", type=Path, help="受信任的证书（PEM 或 DER），如上级工会或报送单位提供的证书")
    verify.add_argument("--json", action="store_true", help="以 JSON 输出核验结果")


_TOTAL_LABELS = {"m_end": "期末会员", "m_join": "新入会", "m_in": "转入", "aid_persons": "帮扶人次",
                 "aid_cash": "帮扶现金", "aid_items": "实物折价", "comp": "竞赛场次", "honours": "获得荣誉",
                 "entries": "参赛人次"}
_AMOUNTS = ("aid_cash", "aid_items")


def _total_text(name: str, value: int) -> str:
    label = _TOTAL_LABELS.get(name, name)
    return f"{label} {format_amount(value) if name in _AMOUNTS or name.endswith('_fen') else value}"


def _print_result(result: Any) -> None:
    from desktop.signing.verify import KIND_LABELS

    for check in result.checks:
        print(f"{'✓' if check.ok else '✗'} {check.message}")
    print()
    facts = [("编号", result.serial), ("单位代码", result.unit_code), ("期间", result.period_code),
             ("报表类型", f"{KIND_LABELS.get(result.kind, result.kind)}（{result.kind}）" if result.kind else ""),
             ("签名人", result.signer_subject),
             ("签名时间", result.signed_at.astimezone().strftime("%Y-%m-%d %H:%M:%S") if result.signed_at else "")]
    for label, value in facts:
        if value:
            print(f"{label}：{value}")
    if result.totals:
        print("关键合计：" + "；".join(_total_text(name, value) for name, value in result.totals.items()))


def cmd_verify(args: argparse.Namespace) -> int:
    from desktop.cli import EXIT_FAILED, EXIT_OK, UsageError
    from desktop.services.errors import ServiceError

    if (args.file is None) == (args.qr is None):
        raise UsageError("用法错误：请给出要核验的 PDF 文件，或用 --qr 给出二维码内容，二者只能选一。")
    if args.qr is not None and args.trust is None:
        raise UsageError("用法错误：核验二维码内容必须用 --trust 指定签发单位的证书。")
    trust: bytes | None = None
    if args.trust is not None:
        try:
            trust = args.trust.read_bytes()
        except OSError as exc:
            raise UsageError(f"用法错误：无法读取证书文件 {args.trust}（{exc.strerror or exc}）。") from None

    from desktop.signing.verify import verify_pdf, verify_qr_text

    try:
        if args.qr is not None:
            assert trust is not None
            result = verify_qr_text(args.qr, trust)
        else:
            result = verify_pdf(args.file, [trust] if trust is not None else None)
    except ServiceError as exc:  # an unreadable --trust certificate
        print(exc.message, file=sys.stderr)
        return EXIT_FAILED
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
    else:
        _print_result(result)
    if result.ok:
        if not args.json:
            print("核验通过。")
        return EXIT_OK
    failed = "；".join(c.message.rstrip("。") for c in result.failures())
    print(f"核验未通过：{failed}。", file=sys.stderr)
    return EXIT_FAILED

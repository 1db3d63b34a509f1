"""Render speed of the report PDF: a summary with a detail annex of N rows (issue [E] item 10).

Builds a realistic ``ReportDocument`` by hand (an aid summary: category and fund-source tables,
amounts with 大写, a QR payload of 560 base45 characters) whose annex lists ``--rows`` records
(masked ID numbers, names, long remarks that wrap), renders it ``--repeat`` times and prints
pages, seconds, pages/s and peak RSS. The first render in the process includes loading the font;
every run starts with empty text-measuring caches.

Goal: ≥ 100 pages/s for a 10 000-row annex.

Usage: python bench/pdf_render.py [--rows 10000] [--repeat 3] [--out FILE.pdf] [--json] [--check]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.reports import render as render_mod  # noqa: E402
from desktop.reports.model import AmountLine, Column, ReportDocument, SignatureBlock, Table  # noqa: E402
from desktop.reports.render import render_report  # noqa: E402

GOAL = 100.0
BASE45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"
CATEGORIES = ("生活救助", "医疗救助", "助学救助", "送温暖", "金秋助学")


def sample_document(rows: int, seed: int = 7) -> ReportDocument:
    rnd = random.Random(seed)
    detail = []
    total = 0
    for i in range(rows):
        fen = rnd.randrange(20_000, 500_000, 100)
        total += fen
        name = rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2))))
        remark = "" if i % 7 else "因病致困，家庭主要劳动力长期住院治疗，子女在读，经村（社区）工会核实后发放"
        detail.append(
            (
                str(i + 1),
                name,
                f"4401{rnd.randrange(10, 99)}**********{rnd.randrange(1000, 9999)}",
                CATEGORIES[i % len(CATEGORIES)],
                f"2026-0{7 + i % 3}-{1 + i % 28:02d}",
                f"{fen // 100:,}.{fen % 100:02d}",
                remark,
            )
        )
    annex = Table(
        title="帮扶资金发放明细",
        columns=(
            Column("序号", 0.5, "right"),
            Column("姓名", 0.8),
            Column("身份证号", 2.0),
            Column("类别", 0.9),
            Column("发放日期", 1.0),
            Column("金额（元）", 0.9, "right"),
            Column("备注", 1.8),
        ),
        rows=tuple(detail),
        note="身份证号已按规定脱敏。",
    )
    amount = f"{total // 100:,}.{total % 100:02d} 元"
    summary = Table(
        title="一、按帮扶类别",
        columns=(Column("类别", 2), Column("人次", 1, "right"), Column("金额（元）", 1.4, "right")),
        rows=tuple((c, str(rows // 5), "1,000.00") for c in CATEGORIES),
        total=("合计", str(rows), amount[:-2]),
        note="金额单位：元",
    )
    payload = "".join(rnd.choice(BASE45) for _ in range(560))
    return ReportDocument(
        title="星河镇总工会2026年第三季度帮扶资金发放汇总表",
        unit_name="星河镇总工会",
        unit_code="81440106MC1234567X",
        period_label="2026年第三季度（2026年7月1日至2026年9月30日）",
        serial="ZGH-BF-2026Q3-0001",
        generated_text="制表时间：2026年10月8日 14:05",
        sections=(summary,),
        amount_lines=(AmountLine("本期帮扶资金合计", amount, "（示例）壹万贰仟叁佰肆拾伍元陆角整"),),
        annex=(annex,),
        signature=SignatureBlock("李娜", "王建国", "2026年10月8日"),
        remarks=("本表数据来自工会台账系统。",),
        qr_payload=payload,
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", type=Path, help="also write the last render here")
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--check", action="store_true", help=f"exit 1 when the best run is under {GOAL:g} pages/s"
    )
    args = ap.parse_args()

    t0 = time.perf_counter()
    doc = sample_document(args.rows)
    build_s = time.perf_counter() - t0
    runs = []
    size = 0
    for _ in range(max(args.repeat, 1)):
        buf = io.BytesIO()
        render_mod._kit = None  # drop the text caches: each run measures every string again
        t = time.perf_counter()
        result = render_report(doc, buf)
        runs.append(time.perf_counter() - t)
        size = buf.tell()
    if args.out:
        args.out.write_bytes(buf.getvalue())
    best = min(runs)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out = {
        "rows": args.rows,
        "pages": result.pages,
        "seconds_first": round(runs[0], 3),
        "seconds_best": round(best, 3),
        "pages_per_s": round(result.pages / best, 1),
        "pdf_mb": round(size / 1e6, 2),
        "peak_rss_mb": round(rss_mb, 1),
        "build_doc_s": round(build_s, 3),
    }
    if args.json:
        print(json.dumps(out))
    else:
        print(
            f"rows {args.rows}: {result.pages} pages in {best:.2f} s (first run {runs[0]:.2f} s) = "
            f"{out['pages_per_s']} pages/s; PDF {out['pdf_mb']} MB; peak RSS {out['peak_rss_mb']} MB"
        )
    return 1 if args.check and out["pages_per_s"] < GOAL else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""What a report says, independent of how it is drawn.

The figures services fill a ``ReportDocument``; the renderer (``desktop.reports.render``)
draws it as an official A4 form. Every cell is already text: formatting money (元 with two
decimals, 大写) and masking ID numbers happens before the document is built, so the renderer
never decides what is shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class Column:
    title: str
    width: float = 1.0  # relative share of the table's width
    align: Align = "left"


@dataclass(frozen=True)
class Table:
    """A titled table; ``total`` is the 合计 row, drawn bold under the body."""

    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    total: tuple[str, ...] | None = None
    note: str = ""  # one line under the table, e.g. "金额单位：元"
    empty_text: str = "本期无记录"  # shown as a single row when ``rows`` is empty


@dataclass(frozen=True)
class AmountLine:
    """A key amount written out in capitals under the tables, e.g. 合计发放金额（大写）。"""

    label: str  # 本期帮扶资金合计
    amount: str  # 12,345.60 元
    in_words: str  # 壹万贰仟叁佰肆拾伍元陆角整


@dataclass(frozen=True)
class SignatureBlock:
    clerk_name: str = ""  # 经办人 (printed name; the hand signature goes beside it)
    approver_name: str = ""  # 负责人
    date_text: str = ""  # 2026年10月8日 — the export date; blank lines when empty


@dataclass(frozen=True)
class ReportDocument:
    """One report: the form's head, its tables, the annex of records, the signature block."""

    title: str  # 星河镇总工会2026年第三季度帮扶资金发放汇总表
    unit_name: str
    unit_code: str  # 统一社会信用代码
    period_label: str  # 2026年第三季度（2026年7月1日至2026年9月30日）
    serial: str  # ZGH-BF-2026Q3-0001
    generated_text: str  # 制表时间：2026年10月8日 14:05
    sections: tuple[Table, ...]
    amount_lines: tuple[AmountLine, ...] = ()
    annex: tuple[Table, ...] = ()  # 附表：明细 — the records behind the totals, masked
    signature: SignatureBlock = field(default_factory=SignatureBlock)
    supersedes: str = ""  # serial of the report this one replaces, printed under the serial
    remarks: tuple[str, ...] = ()  # 说明 lines printed after the tables
    qr_payload: str = ""  # drawn as a QR code on the last page when not empty
    qr_caption: str = "扫码或运行 union-ledger verify --qr 核验"

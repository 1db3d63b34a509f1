"""The four report kinds, in the order the page offers them, and their names in file names."""

from __future__ import annotations

import re

from desktop.domain.periods import Period
from desktop.services.report_archive import serial_period_tag

KINDS = ("summary", "members", "aid", "competitions")
_FILE_LABELS = {"summary": "工作汇总", "members": "会员发展情况", "aid": "帮扶资金发放", "competitions": "劳动和技能竞赛"}
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def file_label(kind: str) -> str:
    """The kind's Chinese name as the services spell it (falls back to a fixed copy)."""
    try:
        from desktop.services.report_figures import KIND_LABELS
    except ImportError:
        return _FILE_LABELS.get(kind, kind)
    return str(KIND_LABELS.get(kind, _FILE_LABELS.get(kind, kind)))


def default_file_name(unit_name: str, kind: str, period: Period) -> str:
    """星河镇总工会_2026Q3_帮扶资金发放.pdf — the serial is only known after the export."""
    parts = [unit_name, serial_period_tag(period), file_label(kind)]
    return "_".join(_UNSAFE.sub("", part) for part in parts if part) + ".pdf"

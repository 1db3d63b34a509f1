"""The columns of the 竞赛成绩 sheet (the template, the import and the export share them) and the 名次 parser.

One sheet holds one or several competitions: a row is one entrant in one 比赛项目 with its result.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.domain._text import compact, to_halfwidth
from desktop.services.aid_columns import ID_SYNONYMS
from desktop.services.competition_rules import ENTRANT_BY_LABEL
from desktop.services.vocabulary import ID_TYPES
from desktop.tabular import CellError, ColumnSpec

KIND_CHOICES = ("个人", "团体", "单位")
KIND_OF_CHOICE = {"person": "个人", "team": "团体", "organization": "单位"}

RESULTS_NOTES = (
    "每行一条：一个参赛者（个人、队伍或单位）在一个比赛项目中的参赛记录及成绩。带 * 的列必填。"
    "一个文件可以包含一个或多个竞赛。",
    "竞赛名称须是 竞赛 页中已建立、未作废的竞赛（下拉列表中可选）。比赛项目不存在时，导入时按本行的参赛类型新建该项目。",
    "参赛类型填 个人、团体（也可写 队伍、班组）或 单位；不填时取已有项目的参赛类型，新项目则按所填的列推断"
    "（填了证件号码为个人，填了队伍名称为团体，否则为单位）。",
    "个人：按证件号码查找人员，台账中还没有的人登记为非会员（须填写姓名）；单位名称可填其代表单位。",
    "团体：填写队伍名称，本竞赛没有该队伍时导入时新建（单位名称为其代表单位）；队员名单不导入，"
    "请在 竞赛 页的队伍中登记。团体行中的姓名、证件号码不导入。",
    "单位：单位名称须是 建会单位 中已登记的单位（如优秀组织奖）。",
    "名次填整数，可写 1、１、第一名、第1名、一、冠军；并列的名次相同，下一个名次跳过（如 1、1、3）。"
    "导入后每个项目的名次须符合这一规则，否则该项目的所有行都会被标出。",
    "奖项须是该竞赛奖项设置中的一项（如 一等奖、二等奖、三等奖、优秀奖）。",
    "成绩日期不填时取竞赛的结束日期（尚未结束的取今天）；不能早于竞赛开始日期，也不能晚于今天。",
    "已登记在该项目中的参赛者不会重复登记：空白的格子保留原来的成绩、名次和奖项；"
    "填写的内容与已登记的成绩不同时，须选择“更新已有成绩”（命令行加 --update）才会覆盖，否则该行被标出。",
    "同一参赛者在同一项目中只能出现一行。合计、小计行和空行会被自动跳过。导出的文件可直接导入另一台账。",
)


def results_columns(competitions: Sequence[str] = (), tiers: Sequence[str] = ()) -> list[ColumnSpec]:
    """The sheet's columns; ``competitions`` and ``tiers`` feed the dropdowns."""
    return [
        ColumnSpec("competition", "竞赛名称", ("竞赛", "比赛名称", "赛事名称", "竞赛活动", "活动名称", "比赛"),
                   kind="choice", choices=tuple(competitions), required=True, width=28,
                   help="须是 竞赛 页中已建立的竞赛"),
        ColumnSpec("event", "比赛项目", ("项目", "项目名称", "竞赛项目", "比赛项目名称", "赛项", "组别"), required=True,
                   width=18, help="如 男子单打、团体赛；不存在的项目导入时新建"),
        ColumnSpec("entrant_kind", "参赛类型", ("参赛形式", "参赛方式", "类型", "参赛者类型"), kind="choice",
                   choices=KIND_CHOICES, width=10, help="个人、团体或单位；不填时按项目推断"),
        ColumnSpec("name", "姓名", ("选手", "选手姓名", "参赛人员", "参赛选手", "参赛者", "职工姓名", "获奖人", "名字"),
                   width=10, help="个人参赛时填写；台账中还没有的人必须填写"),
        ColumnSpec("id_type", "证件类型", kind="choice", choices=ID_TYPES, width=12, help="不填即为居民身份证"),
        ColumnSpec("id_number", "证件号码", ID_SYNONYMS, kind="id", width=21,
                   help="个人参赛时必填；此列须为“文本”格式，否则 Excel 会丢掉后几位"),
        ColumnSpec("team", "队伍名称", ("队伍", "队名", "参赛队伍", "代表队", "班组", "班组名称", "参赛队"), width=20,
                   help="团体参赛时必填；本竞赛没有的队伍导入时新建"),
        ColumnSpec("organization", "单位名称", ("单位", "工作单位", "代表单位", "所在单位", "参赛单位", "获奖单位"),
                   width=24, help="单位参赛时必填；个人和队伍可填其代表单位。须是已登记的建会单位"),
        ColumnSpec("score", "成绩", ("得分", "分数", "比分", "成绩(分)", "用时"), width=10, help="如 98.5、3:1"),
        ColumnSpec("rank", "名次", ("排名", "比赛名次", "获奖名次", "名次排名"), width=8,
                   help="整数，如 1 或 第一名；并列名次相同，下一个名次跳过"),
        ColumnSpec("award", "奖项", ("获奖等次", "获奖等级", "奖次", "等次", "获得奖项", "获奖情况", "奖励"), kind="choice",
                   choices=tuple(tiers), width=12, help="须是该竞赛奖项设置中的一项"),
        ColumnSpec("result_on", "成绩日期", ("获奖日期", "获奖时间", "比赛日期", "日期"), kind="date", width=12,
                   help="不填取竞赛结束日期；不能早于竞赛开始日期"),
        ColumnSpec("note", "备注", ("说明",), width=20, help="仅供查看，导入时不保存"),
    ]


def entrant_kind(text: str) -> str | None:
    """"个人" / "团体" / "队伍" / "班组" / "团体（队伍）" / "单位" → person / team / organization; None if unknown."""
    key = compact(to_halfwidth(text or "")).replace("(", "（").replace(")", "）")
    return ENTRANT_BY_LABEL.get(key) or {"团队": "team", "集体": "team", "参赛队": "team"}.get(key)


_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_TITLES = {"冠军": 1, "亚军": 2, "季军": 3}
_RANK = re.compile(r"(?:并列)?第?(?P<n>[0-9]+|[零〇一二两三四五六七八九十百]+)名?(?:\(并列\))?")


def _chinese_number(text: str) -> int | None:
    """一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23, 一百 → 100, 一百零五 → 105."""
    total, current = 0, 0
    for char in text:
        if char in _DIGITS:
            current = _DIGITS[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


def rank_value(value: object) -> int | None:
    """名次 from a cell: 1, 1.0, "1", "１", "第一名", "第1名", "一", "冠军", "并列第二"; empty → None."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise CellError(f"“{value}”不是名次。请填写 1、2、3 或 第一名。")
    if isinstance(value, int | float):
        if float(value).is_integer() and value >= 1:
            return int(value)
        raise CellError(f"名次“{value}”应为正整数，如 1、2、3。")
    body = compact(to_halfwidth(str(value))).replace("（", "(").replace("）", ")")
    if not body:
        return None
    if body in _TITLES:
        return _TITLES[body]
    match = _RANK.fullmatch(body)
    number = None
    if match:
        digits = match["n"]
        number = int(digits) if digits.isdigit() else _chinese_number(digits)
    if number is None or number < 1:
        raise CellError(f"“{str(value).strip()}”不是名次。请填写正整数，如 1、2、3，或 第一名。")
    return number

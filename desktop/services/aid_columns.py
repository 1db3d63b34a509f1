"""The columns of the 发放记录 sheet: the template, the import and the export share them.

The export adds 状态, 经办人 and 审核人 at the end; the import recognises those columns and ignores
them, so an exported file re-imports (into another ledger) without touching a column.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from desktop.services.register_columns import member_columns
from desktop.services.vocabulary import ID_TYPES
from desktop.tabular import ColumnSpec

# the ID synonyms clerks use, as the member roster knows them
ID_SYNONYMS = next(s.synonyms for s in member_columns() if s.key == "id_number")

AID_NOTES = (
    "每行一笔发放：一个人在一个帮扶活动中领到的现金和（或）物品。带 * 的列必填。",
    "帮扶活动须是 帮扶 → 活动 中已建立、未作废的活动名称（下拉列表中可选）；帮扶类别和经费来源不填时取活动的设置。",
    "发放对象按 证件类型 + 证件号码 查找；台账中还没有的人会登记为非会员，这时必须填写姓名。"
    "号码已登记而姓名不同的行会被拒绝，请核对。",
    "金额以元为单位，可写 1234.50、1,234.50、¥1234.5 或 1234元；不能为负数，现金金额和物品折价不能都为零或都不填。",
    "同一人在同一活动中只能发放一次：文件内重复或台账中已有的，都会被标出，不会导入。",
    "导入的记录为“待审批”，由负责人审批后才计入合计；金秋助学须在“附件说明”中注明录取通知书。",
    "日期可写成 2021-03-05、2021/3/5、2021.3.5 或 2021年3月5日。合计、小计行和空行会被自动跳过。",
    "导出文件末尾的“状态”“经办人”“审核人”三列仅供查看，导入时忽略；导出的文件可直接导入另一台账。",
)

EXPORT_ONLY = ("status", "entered_by", "decided_by")


def aid_columns(vocab: Mapping[str, Sequence[str]] | None = None, campaigns: Sequence[str] = ()) -> list[ColumnSpec]:
    """The template's columns; ``campaigns`` (names of the ledger's campaigns) feed the 帮扶活动 dropdown."""
    v = vocab or {}

    def choices(kind: str) -> tuple[str, ...]:
        return tuple(v.get(kind, ()))

    return [
        ColumnSpec("name", "姓名", ("职工姓名", "对象姓名", "受助人", "受助人姓名", "慰问对象", "发放对象", "名字"), width=10,
                   help="台账中还没有的人必须填写"),
        ColumnSpec("id_type", "证件类型", kind="choice", choices=ID_TYPES, width=12, help="不填即为居民身份证"),
        ColumnSpec("id_number", "证件号码", ID_SYNONYMS, kind="id", required=True, width=21,
                   help="18 位身份证号码；此列须为“文本”格式，否则 Excel 会丢掉后几位"),
        ColumnSpec("phone", "手机号码", ("手机", "手机号", "联系电话", "电话", "联系方式"), kind="phone", width=14),
        ColumnSpec("campaign", "帮扶活动", ("活动", "活动名称", "慰问活动", "帮扶项目", "项目名称"), kind="choice",
                   choices=tuple(campaigns), width=26, help="须是 帮扶 → 活动 中已建立的活动"),
        ColumnSpec("category", "帮扶类别", ("类别", "救助类别", "帮扶类型", "救助类型", "慰问类别"), kind="choice",
                   choices=choices("aid_kind"), width=12, help="不填即为活动的类别"),
        ColumnSpec("aid_date", "发放日期", ("日期", "慰问日期", "发放时间", "救助日期"), kind="date", required=True,
                   width=12, help="如 2026-01-20；不能早于活动开始日期"),
        ColumnSpec("cash_fen", "现金金额", ("金额", "慰问金", "慰问金额", "发放金额", "救助金额", "帮扶金额", "现金",
                                        "补助金额", "金额(元)"), kind="money", width=12, help="元，如 500 或 1,234.50"),
        ColumnSpec("items", "物品", ("慰问品", "实物", "发放物品", "物资"), width=20, help="如“米、面、油各一份”"),
        ColumnSpec("items_value_fen", "物品折价", ("物品金额", "物资折价", "实物折价", "慰问品折价"), kind="money", width=12,
                   help="元；填写了物品时必填"),
        ColumnSpec("fund_source", "经费来源", ("资金来源",), kind="choice", choices=choices("fund_source"), width=12,
                   help="不填即为活动的经费来源"),
        ColumnSpec("method", "发放方式", ("方式", "支付方式"), kind="choice", choices=choices("pay_method"), width=10),
        ColumnSpec("evidence", "附件说明", ("附件", "证明材料", "佐证材料"), width=20,
                   help="金秋助学注明录取通知书；大额医疗救助注明诊断证明和票据"),
        ColumnSpec("note", "备注", ("说明",), width=24),
    ]


def aid_export_columns(vocab: Mapping[str, Sequence[str]] | None = None,
                       campaigns: Sequence[str] = ()) -> list[ColumnSpec]:
    """The template's columns plus 状态, 经办人, 审核人 (shown on export, ignored on import)."""
    return [*aid_columns(vocab, campaigns),
            ColumnSpec("status", "状态", ("审批状态",), width=10, help="导出时填写，导入时忽略"),
            ColumnSpec("entered_by", "经办人", ("录入人",), width=10, help="导出时填写，导入时忽略"),
            ColumnSpec("decided_by", "审核人", ("审批人",), width=10, help="导出时填写，导入时忽略")]

"""The columns of the 困难职工档案 sheet: the template, the import and the export share them.

Family members are not part of the sheet (one row per worker); the export adds 困难类别 and 状态 at
the end, which the import recognises and ignores.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from desktop.services.aid_columns import ID_SYNONYMS
from desktop.services.hardship_rules import MAX_AGE, MAX_OTHER_REASONS, MIN_AGE
from desktop.services.vocabulary import ID_TYPES
from desktop.tabular import ColumnSpec

HARDSHIP_NOTES = (
    "每行一份困难职工档案（一名职工）。带 * 的列必填。",
    "家庭成员不从表格导入：导入后请在 帮扶 → 困难职工档案 中打开档案逐一补录家庭成员（家庭人口须包括本人和所列成员）。",
    f"主要致困原因填一项；其他致困原因最多 {MAX_OTHER_REASONS} 项，用“、”或逗号隔开，如“患重特大疾病、子女上学”。",
    "困难类别按“当地低保标准”（设置 → 常规）自动判定：(本人月收入×12 + 家庭其他年收入 − 刚性支出) ÷ 12 ÷ 家庭人口。",
    f"建档时未满 {MIN_AGE} 周岁或超过 {MAX_AGE} 周岁的，以及按填写的数字不符合建档标准的，会在检查结果中提示，但仍会导入。",
    "同一人只能有一份在档（含渐退、脱困）的档案：已有档案的人会被标出；勾选“更新已有人员”（命令行加 --update）"
    "则用表格中的内容更正原档案（家庭成员保留不变）。",
    "金额以元为单位，可写 1234.50、1,234.50、¥1234.5 或 1234元。银行账号列已设为文本格式，请勿存成数字。",
    "工作单位填写 建会单位 中已登记的单位名称时会关联到该单位，其他单位照原样保存。",
    "日期可写成 2021-03-05、2021/3/5、2021.3.5 或 2021年3月5日。合计、小计行和空行会被自动跳过。",
)

EXPORT_ONLY = ("category", "status")


def hardship_columns(vocab: Mapping[str, Sequence[str]] | None = None) -> list[ColumnSpec]:
    v = vocab or {}

    def choices(kind: str) -> tuple[str, ...]:
        return tuple(v.get(kind, ()))

    return [
        ColumnSpec("name", "姓名", ("职工姓名", "困难职工姓名", "名字"), required=True, width=10),
        ColumnSpec("id_type", "证件类型", kind="choice", choices=ID_TYPES, width=12, help="不填即为居民身份证"),
        ColumnSpec("id_number", "证件号码", ID_SYNONYMS, kind="id", required=True, width=21,
                   help="18 位身份证号码；此列须为“文本”格式，否则 Excel 会丢掉后几位"),
        ColumnSpec("gender", "性别", kind="choice", choices=("男", "女"), width=6, help="可不填（由身份证号码得出）"),
        ColumnSpec("birth_date", "出生日期", ("出生年月", "生日"), kind="date", width=12,
                   help="可不填（由身份证号码得出）；填写时必须与号码一致"),
        ColumnSpec("phone", "手机", ("手机号码", "手机号", "联系电话", "电话", "联系方式"), kind="phone", width=14),
        ColumnSpec("work_unit", "工作单位", ("单位名称", "所在单位", "单位"), width=24),
        ColumnSpec("health", "健康状况", ("身体状况",), kind="choice", choices=choices("health_status"), width=12),
        ColumnSpec("work_status", "工作状态/身份", ("工作状态", "身份", "工作身份", "职工身份"), kind="choice",
                   choices=choices("work_identity"), width=12),
        ColumnSpec("model_worker", "劳模类型", ("劳模",), kind="choice", choices=choices("model_worker"), width=10),
        ColumnSpec("housing", "住房类型", ("住房情况", "住房"), width=12),
        ColumnSpec("marital_status", "婚姻状况", ("婚姻",), width=10),
        ColumnSpec("single_parent", "是否单亲", ("单亲", "单亲家庭"), kind="bool", width=10, help="填“是”或“否”，不填为否"),
        ColumnSpec("zero_employment", "是否零就业家庭", ("零就业家庭", "零就业"), kind="bool", width=14,
                   help="填“是”或“否”，不填为否"),
        ColumnSpec("medical_insurance", "医保情况", ("医疗保险", "医保"), width=14),
        ColumnSpec("main_reason", "主要致困原因", ("致困原因", "困难原因", "主要困难原因"), kind="choice",
                   choices=choices("hardship_reason"), required=True, width=18),
        ColumnSpec("other_reasons", "其他致困原因", ("次要致困原因", "其他困难原因"), width=24,
                   help=f"最多 {MAX_OTHER_REASONS} 项，用“、”或逗号隔开"),
        ColumnSpec("own_monthly_income_fen", "本人月收入", ("月收入", "本人月收入(元)"), kind="money", width=12),
        ColumnSpec("other_annual_income_fen", "家庭其他年收入", ("家庭其他成员年收入", "其他年收入"), kind="money",
                   width=14, help="元/年，包括家庭成员的收入"),
        ColumnSpec("rigid_spending_fen", "刚性支出", ("年刚性支出", "刚性支出(年)"), kind="money", width=12,
                   help="元/年：医疗、教育等必需支出"),
        ColumnSpec("household_size", "家庭人口", ("家庭人数", "家庭成员人数", "人口"), kind="int", required=True, width=10,
                   help="包括本人"),
        ColumnSpec("opened_on", "建档日期", ("建档时间", "建档日期(年月日)"), kind="date", required=True, width=12,
                   help="不能晚于今天"),
        ColumnSpec("bank_name", "开户银行", ("开户行", "银行"), width=18),
        ColumnSpec("bank_account", "银行账号", ("银行卡号", "账号", "卡号"), kind="id", width=24,
                   help="8–30 位数字；此列须为“文本”格式"),
        ColumnSpec("note", "备注", ("说明",), width=24),
    ]


def hardship_export_columns(vocab: Mapping[str, Sequence[str]] | None = None) -> list[ColumnSpec]:
    return [*hardship_columns(vocab),
            ColumnSpec("category", "困难类别", (), width=12, help="导出时填写，导入时按数字重新判定"),
            ColumnSpec("status", "状态", ("档案状态",), width=8, help="导出时填写，导入时忽略")]

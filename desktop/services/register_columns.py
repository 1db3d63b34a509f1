"""The columns of the member and organization rosters: templates, imports and exports share them.

Choice lists come from the ledger's vocabularies, so a term an admin adds appears in the
next template's dropdown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from desktop.services.vocabulary import ID_TYPES
from desktop.tabular import ColumnSpec

STATUS_IN_ROSTER = "在会"
ENTRY_KINDS = {"入会": "join", "转入": "transfer_in"}


def member_columns(vocab: Mapping[str, Sequence[str]] | None = None) -> list[ColumnSpec]:
    v = vocab or {}

    def choices(kind: str) -> tuple[str, ...]:
        return tuple(v.get(kind, ()))

    return [
        ColumnSpec("name", "姓名", ("职工姓名", "会员姓名", "名字"), required=True, width=10),
        ColumnSpec("gender", "性别", choices=("男", "女"), kind="choice", width=6,
                   help="身份证号码会自动得出性别；填写时必须与号码一致"),
        ColumnSpec("ethnicity", "民族", kind="choice", choices=choices("ethnicity"), width=8),
        ColumnSpec("id_type", "证件类型", kind="choice", choices=ID_TYPES, width=12, help="不填即为居民身份证"),
        ColumnSpec("id_number", "证件号码", ("身份证号", "身份证号码", "公民身份号码", "公民身份证号码", "身份证",
                                         "证件号", "身份证件号码"),
                   kind="id", required=True, width=21, help="18 位身份证号码；此列须为“文本”格式，否则 Excel 会丢掉后几位"),
        ColumnSpec("birth_date", "出生日期", ("出生年月", "生日"), kind="date", width=12,
                   help="可不填（由身份证号码得出）；填写时必须与号码一致"),
        ColumnSpec("political_status", "政治面貌", kind="choice", choices=choices("political_status"), width=12),
        ColumnSpec("education", "学历", ("文化程度",), kind="choice", choices=choices("education"), width=10),
        ColumnSpec("skill_level", "技能等级", kind="choice", choices=choices("skill_level"), width=10),
        ColumnSpec("phone", "手机号码", ("手机", "手机号", "联系电话", "电话", "联系方式"), kind="phone", width=14),
        ColumnSpec("household_type", "户籍类型", ("户口性质", "户籍性质"), kind="choice",
                   choices=choices("household_type"), width=10),
        ColumnSpec("household_place", "户籍所在地", ("户籍地", "户口所在地"), width=20),
        ColumnSpec("employment_status", "就业状况", kind="choice", choices=choices("employment_status"), width=10),
        ColumnSpec("organization", "工作单位", ("单位名称", "所在单位", "工作单位名称", "建会单位", "单位"),
                   required=True, width=24, help="须是 建会单位 中已登记的单位名称或统一社会信用代码"),
        ColumnSpec("is_migrant_worker", "是否农民工", ("农民工",), kind="bool", width=10, help="填“是”或“否”，不填为否"),
        ColumnSpec("new_employment_group", "新就业形态群体", ("新就业形态", "新就业群体", "群体类别"), kind="choice",
                   choices=choices("new_employment_group"), width=14),
        ColumnSpec("join_date", "入会时间", ("入会日期", "入会年月", "加入工会时间"), kind="date", required=True,
                   width=12, help="如 2021-03-05；不能晚于今天"),
        ColumnSpec("card_number", "会员卡号", ("会员证号", "会员证号码", "卡号", "会员编号"), width=14,
                   help="可不填；填写时不能与他人重复"),
        ColumnSpec("entry_kind", "入会方式", kind="choice", choices=tuple(ENTRY_KINDS), width=10,
                   help="不填即为“入会”；从其他工会转入的填“转入”并填写转入前工会"),
        ColumnSpec("other_union", "转入前工会", ("原工会", "原所在工会"), width=20),
        ColumnSpec("status", "会籍状态", ("状态",), kind="choice", choices=(STATUS_IN_ROSTER,), width=10,
                   help="导入只登记在会会员；不填即为在会"),
    ]


def organization_columns(vocab: Mapping[str, Sequence[str]] | None = None) -> list[ColumnSpec]:
    v = vocab or {}

    def choices(kind: str) -> tuple[str, ...]:
        return tuple(v.get(kind, ()))

    return [
        ColumnSpec("name", "单位名称", ("企业名称", "建会单位", "建会单位名称", "用人单位"), required=True, width=28),
        ColumnSpec("union_name", "工会名称", ("基层工会名称",), width=28),
        ColumnSpec("credit_code", "统一社会信用代码", ("信用代码", "社会信用代码", "统一代码", "组织机构代码"),
                   kind="id", width=21, help="18 位；按 GB 32100 校验"),
        ColumnSpec("nature", "单位性质", kind="choice", choices=choices("org_nature"), width=12),
        ColumnSpec("economic_type", "经济类型", kind="choice", choices=choices("economic_type"), width=10),
        ColumnSpec("industry", "所属行业", ("行业", "行业类别"), kind="choice", choices=choices("industry"), width=22),
        ColumnSpec("union_type", "基层工会类型", ("工会类型", "建会形式"), kind="choice", choices=choices("union_type"),
                   width=18),
        ColumnSpec("founded_on", "建会日期", ("建会时间", "成立日期", "工会成立时间"), kind="date", width=12),
        ColumnSpec("employee_count", "职工人数", ("职工数", "在岗职工人数"), kind="int", width=10),
        ColumnSpec("chairman", "工会主席", ("主席",), width=10),
        ColumnSpec("phone", "联系电话", ("电话", "手机"), kind="phone", width=14),
        ColumnSpec("address", "地址", ("单位地址", "通讯地址"), width=30),
    ]

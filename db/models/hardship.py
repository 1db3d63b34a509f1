"""困难职工档案: a hardship file with its family members, income figures and classification."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, TimestampMixin, UuidMixin

HARDSHIP_STATUSES = ("open", "phasing_out", "out", "closed")  # 在档 / 渐退 / 脱困 / 销档
HARDSHIP_CATEGORIES = ("deep", "relative", "accident", "none")  # 深度困难 / 相对困难 / 意外致困 / 不符合


class HardshipFile(UuidMixin, TimestampMixin, Base):
    __tablename__ = "hardship_file"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'phasing_out', 'out', 'closed')", name="status"),
        CheckConstraint("category IN ('deep', 'relative', 'accident', 'none')", name="category"),
        CheckConstraint("household_size >= 1", name="household_size"),
        # one current (not closed, not voided) file per person
        Index("uq_hardship_file_current_person", "person_id", unique=True,
              sqlite_where=text("status != 'closed' AND voided = 0")),
        Index("ix_hardship_file_status_review", "status", "next_review_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    file_number: Mapped[str] = mapped_column(String(40), default="")  # 档案编号
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"), default=None)
    work_unit: Mapped[str] = mapped_column(String(200), default="")  # 工作单位 (as written)
    health: Mapped[str] = mapped_column(String(20), default="")  # 健康状况
    disability: Mapped[str] = mapped_column(String(60), default="")  # 残疾类别与等级
    work_status: Mapped[str] = mapped_column(String(20), default="")  # 工作状态 / 身份
    model_worker: Mapped[str] = mapped_column(String(20), default="")  # 劳模类型
    housing: Mapped[str] = mapped_column(String(40), default="")  # 住房类型
    marital_status: Mapped[str] = mapped_column(String(20), default="")  # 婚姻状况
    enterprise_status: Mapped[str] = mapped_column(String(40), default="")  # 企业状况
    medical_insurance: Mapped[str] = mapped_column(String(40), default="")  # 医保情况
    single_parent: Mapped[bool] = mapped_column(default=False)  # 是否单亲
    zero_employment: Mapped[bool] = mapped_column(default=False)  # 是否零就业家庭
    main_reason: Mapped[str] = mapped_column(String(30))  # 主要致困原因
    other_reasons: Mapped[str] = mapped_column(String(100), default="")  # up to three, joined by "、"
    own_monthly_income_fen: Mapped[int] = mapped_column(default=0)  # 本人月收入
    other_annual_income_fen: Mapped[int] = mapped_column(default=0)  # 家庭其他年收入
    rigid_spending_fen: Mapped[int] = mapped_column(default=0)  # 刚性支出（年）: 医疗、教育等
    household_size: Mapped[int] = mapped_column(default=1)  # 家庭人口
    category: Mapped[str] = mapped_column(String(20), default="none")  # computed, see hardship_rules
    category_reason: Mapped[str] = mapped_column(String(300), default="")
    bank_name: Mapped[str] = mapped_column(String(60), default="")  # 开户银行
    bank_account: Mapped[str] = mapped_column(String(40), default="")  # 账号 (masked when shown)
    status: Mapped[str] = mapped_column(String(20), default="open")
    opened_on: Mapped[date] = mapped_column(Date)  # 建档日期
    reviewed_on: Mapped[date | None] = mapped_column(Date, default=None)  # 最近复核
    next_review_on: Mapped[date] = mapped_column(Date)  # 下次复核
    status_changed_on: Mapped[date | None] = mapped_column(Date, default=None)
    status_reason: Mapped[str] = mapped_column(String(300), default="")
    created_by: Mapped[str] = mapped_column(String(40), default="")  # 建档人
    reviewed_by: Mapped[str] = mapped_column(String(40), default="")  # 审核人
    note: Mapped[str] = mapped_column(String(500), default="")
    voided: Mapped[bool] = mapped_column(default=False)
    void_reason: Mapped[str] = mapped_column(String(300), default="")


class HardshipFamilyMember(Base):
    __tablename__ = "hardship_family_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("hardship_file.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(60))
    relation: Mapped[str] = mapped_column(String(20), default="")  # 关系
    id_number: Mapped[str] = mapped_column(String(40), default="")
    annual_income_fen: Mapped[int] = mapped_column(default=0)
    health: Mapped[str] = mapped_column(String(20), default="")
    work_or_school: Mapped[str] = mapped_column(String(200), default="")  # 单位或学校

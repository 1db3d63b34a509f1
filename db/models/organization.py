"""建会单位 / 基层工会: the employers and grassroots unions under this unit."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, TimestampMixin, UuidMixin


class Organization(UuidMixin, TimestampMixin, Base):
    __tablename__ = "organization"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)  # 单位名称
    union_name: Mapped[str] = mapped_column(String(200), default="")  # 工会名称
    credit_code: Mapped[str] = mapped_column(String(18), default="", index=True)  # 统一社会信用代码
    nature: Mapped[str] = mapped_column(String(40), default="")  # 单位性质
    economic_type: Mapped[str] = mapped_column(String(40), default="")  # 经济类型
    industry: Mapped[str] = mapped_column(String(60), default="")  # 所属行业
    union_type: Mapped[str] = mapped_column(String(40), default="")  # 基层工会类型
    founded_on: Mapped[date | None] = mapped_column(Date, default=None)  # 建会日期
    employee_count: Mapped[int | None] = mapped_column(default=None)  # 职工人数
    chairman: Mapped[str] = mapped_column(String(60), default="")  # 工会主席
    phone: Mapped[str] = mapped_column(String(30), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    voided: Mapped[bool] = mapped_column(default=False)  # 作废 (never deleted)
    void_reason: Mapped[str] = mapped_column(String(300), default="")

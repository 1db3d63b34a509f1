"""本单位: the union that owns this installation."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, TimestampMixin, UuidMixin


class Unit(UuidMixin, TimestampMixin, Base):
    __tablename__ = "unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(18))  # 统一社会信用代码 or 工会法人代码
    level: Mapped[str] = mapped_column(String(40))  # 乡镇(街道)总工会, 基层工会 …
    parent_union: Mapped[str] = mapped_column(String(200), default="")
    leader_name: Mapped[str] = mapped_column(String(60), default="")  # 负责人
    contact_name: Mapped[str] = mapped_column(String(60), default="")
    contact_phone: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(String(300), default="")

"""人员: a natural person, unique by document type and number; with search keys."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, TimestampMixin, UuidMixin


class Person(UuidMixin, TimestampMixin, Base):
    __tablename__ = "person"
    __table_args__ = (UniqueConstraint("id_type", "id_number", name="id_type_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), index=True)
    id_type: Mapped[str] = mapped_column(String(20), default="居民身份证")
    id_number: Mapped[str] = mapped_column(String(40))
    # the number reversed, so "last 4–6 digits" is an indexed prefix search
    id_number_rev: Mapped[str] = mapped_column(String(40), index=True)
    gender: Mapped[str] = mapped_column(String(2), default="")  # 男 / 女
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    ethnicity: Mapped[str] = mapped_column(String(20), default="")  # 民族
    phone: Mapped[str] = mapped_column(String(20), default="", index=True)
    household_type: Mapped[str] = mapped_column(String(20), default="")  # 户籍类型
    household_place: Mapped[str] = mapped_column(String(200), default="")  # 户籍所在地
    political_status: Mapped[str] = mapped_column(String(20), default="")  # 政治面貌
    education: Mapped[str] = mapped_column(String(20), default="")  # 学历
    skill_level: Mapped[str] = mapped_column(String(20), default="")  # 技能等级
    name_initials: Mapped[str] = mapped_column(String(60), default="", index=True)  # 张三丰 → zsf


class NamePiece(Base):
    """Every 2-character piece of a person's name (王伟 → 王伟; 欧阳小明 → 欧阳 阳小 小明).

    FTS5 trigram cannot find 2-character names; an indexed table of pieces answers any
    substring search of 2+ characters without a table scan.
    """

    __tablename__ = "name_piece"
    __table_args__ = (Index("ix_name_piece_piece_person", "piece", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    piece: Mapped[str] = mapped_column(String(2))

"""词表: vocabularies (groups, 政治面貌, 户籍类型 …) kept as data an admin can extend."""

from __future__ import annotations

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


class VocabularyTerm(Base):
    __tablename__ = "vocabulary_term"
    __table_args__ = (UniqueConstraint("kind", "value", name="kind_value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    value: Mapped[str] = mapped_column(String(60))
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)

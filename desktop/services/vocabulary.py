"""词表: the vocabularies offered in forms and templates, extendable by an admin."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import Database
from db.models import VocabularyTerm
from desktop.domain._text import to_halfwidth
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.errors import ServiceError
from desktop.services.permissions import require_role

# kind → the field's Chinese name; every kind is seeded by migration 0002
VOCABULARY_KINDS: dict[str, str] = {
    "new_employment_group": "新就业形态群体",
    "political_status": "政治面貌",
    "household_type": "户籍类型",
    "ethnicity": "民族",
    "education": "学历",
    "skill_level": "技能等级",
    "employment_status": "就业状况",
    "org_nature": "单位性质",
    "economic_type": "经济类型",
    "industry": "所属行业",
    "union_type": "基层工会类型",
    # seeded by migration 0003
    "aid_kind": "帮扶类别",
    "fund_source": "经费来源",
    "pay_method": "发放方式",
    "hardship_reason": "致困原因",
    "health_status": "健康状况",
    "work_identity": "工作状态/身份",
    "model_worker": "劳模类型",
    # seeded by migration 0004
    "competition_kind": "竞赛类别",
    "competition_level": "级别",
    "honour_title": "荣誉名称",
}

# Document types are fixed: the resident ID is validated by GB 11643, the others are kept as typed.
ID_TYPES = ("居民身份证", "港澳台居民居住证", "外国人永久居留身份证", "护照", "其他")
RESIDENT_ID = "居民身份证"


def terms_in(session: Session, kind: str, *, include_inactive: bool = False) -> list[str]:
    query = select(VocabularyTerm.value).where(VocabularyTerm.kind == kind)
    if not include_inactive:
        query = query.where(VocabularyTerm.active.is_(True))
    return list(session.scalars(query.order_by(VocabularyTerm.sort_order, VocabularyTerm.id)))


def all_terms(db: Database) -> dict[str, list[str]]:
    """Every active vocabulary, in display order (one query)."""
    result: dict[str, list[str]] = {kind: [] for kind in VOCABULARY_KINDS}
    with db.read_session() as session:
        rows = session.execute(
            select(VocabularyTerm.kind, VocabularyTerm.value)
            .where(VocabularyTerm.active.is_(True))
            .order_by(VocabularyTerm.kind, VocabularyTerm.sort_order, VocabularyTerm.id)
        )
        for kind, value in rows:
            result.setdefault(kind, []).append(value)
    return result


def match_term(value: str, terms: list[str]) -> str | None:
    """The term ``value`` means, comparing without width or spacing differences ("乡镇(街道)" → "乡镇（街道）")."""
    def key(text: str) -> str:
        return "".join(to_halfwidth(text or "").split())

    wanted = key(value)
    return next((t for t in terms if key(t) == wanted), None) if wanted else None


def check_term(session: Session, kind: str, value: str, field: str) -> str:
    """Return ``value`` if it is an active term of ``kind`` ("" is allowed); else a ServiceError."""
    value = to_halfwidth(value).strip() if value else ""
    if not value:
        return ""
    allowed = terms_in(session, kind)
    if value in allowed:
        return value
    label = VOCABULARY_KINDS.get(kind, kind)
    shown = "、".join(allowed[:12]) + ("等" if len(allowed) > 12 else "")
    raise ServiceError(f"{label}“{value}”不在可选范围内，可选：{shown}。如需新增，请管理员在 设置 → 词表 中添加。",
                       field=field)


def add_term(db: Database, actor: Actor, kind: str, value: str) -> None:
    """An admin adds a term (or re-activates a retired one) at the end of the list."""
    actor.require("admin")
    if kind not in VOCABULARY_KINDS:
        raise ServiceError(f"没有名为“{kind}”的词表。")
    value = to_halfwidth(value).strip()
    if not value or len(value) > 60:
        raise ServiceError("词条不能为空，且不超过 60 个字。", field="value")
    with db.session() as session:
        require_role(session, actor, "admin")
        existing = session.scalar(select(VocabularyTerm).where(VocabularyTerm.kind == kind,
                                                                VocabularyTerm.value == value))
        if existing is not None and existing.active:
            raise ServiceError(f"{VOCABULARY_KINDS[kind]}中已有“{value}”。", field="value")
        if existing is not None:
            existing.active = True
        else:
            last = session.scalar(select(func.max(VocabularyTerm.sort_order)).where(VocabularyTerm.kind == kind))
            session.add(VocabularyTerm(kind=kind, value=value, sort_order=(last or 0) + 1))
        audit.record(session, actor, "vocabulary.add", entity_type="vocabulary",
                     changes={"kind": kind, "value": value})


def retire_term(db: Database, actor: Actor, kind: str, value: str) -> None:
    """Hide a term from new entries; records that use it keep it (nothing is deleted)."""
    actor.require("admin")
    with db.session() as session:
        require_role(session, actor, "admin")
        term = session.scalar(select(VocabularyTerm).where(VocabularyTerm.kind == kind,
                                                            VocabularyTerm.value == value))
        if term is None or not term.active:
            raise ServiceError(f"{VOCABULARY_KINDS.get(kind, kind)}中没有在用的“{value}”。")
        term.active = False
        audit.record(session, actor, "vocabulary.retire", entity_type="vocabulary",
                     changes={"kind": kind, "value": value})

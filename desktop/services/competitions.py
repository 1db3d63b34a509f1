"""竞赛与比赛项目: create, edit and void competitions and their events — each audited."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import Database
from db.models import Competition, CompetitionEvent, Entry, Honour
from db.models.competition import DEFAULT_AWARD_TIERS
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.competition_rules import ENTRANT_LABELS, join_tiers, name_key, parse_tiers
from desktop.services.errors import NotFound, ServiceError
from desktop.services.member_rules import FieldProblem, InvalidMember
from desktop.services.permissions import require_role
from desktop.services.person_rules import tidy
from desktop.services.vocabulary import match_term, terms_in

WRITERS = ("admin", "clerk", "approver")


@dataclass(frozen=True)
class CompetitionDraft:
    name: str
    kind: str
    level: str
    starts_on: date
    ends_on: date | None = None
    organizer: str = ""  # 主办单位
    host: str = ""  # 承办单位
    document_number: str = ""  # 文号
    award_tiers: str = DEFAULT_AWARD_TIERS  # "一等奖、二等奖、三等奖、优秀奖"
    note: str = ""


@dataclass(frozen=True)
class EventDraft:
    name: str
    entrant_kind: str = "person"
    note: str = ""


def get_competition_row(session: Session, competition_id: int) -> Competition:
    competition = session.get(Competition, competition_id)
    if competition is None:
        raise NotFound("找不到该竞赛，可能已被其他操作更改，请刷新后重试。")
    return competition


def get_event_row(session: Session, event_id: int) -> CompetitionEvent:
    event = session.get(CompetitionEvent, event_id)
    if event is None:
        raise NotFound("找不到该比赛项目，请刷新后重试。")
    return event


def check_competition(session: Session, draft: CompetitionDraft, competition_id: int | None = None) -> CompetitionDraft:
    problems: list[FieldProblem] = []
    name = tidy(draft.name)
    if not name:
        problems.append(FieldProblem("name", "请填写竞赛名称，例如“2026年星河镇职工乒乓球比赛”。"))
    else:
        others = session.execute(select(Competition.id, Competition.name).where(
            Competition.voided.is_(False), Competition.id != (competition_id or 0))).all()
        clash = next((n for _, n in others if name_key(n) == name_key(name)), None)
        if clash is not None:
            problems.append(FieldProblem("name", f"已有竞赛“{clash}”，名称不能相同；同名的年度赛事请在名称中写明年份。"))
    matched: dict[str, str] = {}
    for field, kind, label in (("kind", "competition_kind", "竞赛类别"), ("level", "competition_level", "级别")):
        value = tidy(getattr(draft, field))
        allowed = terms_in(session, kind)
        term = match_term(value, allowed)
        if term is None:
            problems.append(FieldProblem(field, f"请选择{label}：{'、'.join(allowed)}。" if not value else
                                         f"{label}“{value}”不在可选范围内，可选：{'、'.join(allowed)}。"))
        matched[field] = term or ""
    if draft.ends_on is not None and draft.ends_on < draft.starts_on:
        problems.append(FieldProblem("ends_on", "结束日期早于开始日期，请核对。"))
    tiers = parse_tiers(draft.award_tiers)
    if not tiers:
        problems.append(FieldProblem("award_tiers", "请填写奖项设置，例如“一等奖、二等奖、三等奖、优秀奖”。"))
    if problems:
        raise InvalidMember(problems)
    return replace(draft, name=name, kind=matched["kind"], level=matched["level"],
                   organizer=tidy(draft.organizer), host=tidy(draft.host),
                   document_number=tidy(draft.document_number), award_tiers=join_tiers(tiers), note=tidy(draft.note))


def _used_tiers(session: Session, competition_id: int) -> set[str]:
    return set(session.scalars(select(Entry.award).join(CompetitionEvent, CompetitionEvent.id == Entry.event_id).where(
        CompetitionEvent.competition_id == competition_id, Entry.award != "", Entry.withdrawn.is_(False))))


def _first_result_date(session: Session, competition_id: int) -> date | None:
    return session.scalar(select(func.min(Entry.result_on)).join(CompetitionEvent, CompetitionEvent.id == Entry.event_id)
                          .where(CompetitionEvent.competition_id == competition_id, Entry.withdrawn.is_(False)))


def _first_honour_date(session: Session, competition_id: int) -> date | None:
    return session.scalar(select(func.min(Honour.awarded_on)).where(Honour.competition_id == competition_id,
                                                                    Honour.voided.is_(False)))


def _draft_of(c: Competition) -> CompetitionDraft:
    return CompetitionDraft(c.name, c.kind, c.level, c.starts_on, c.ends_on, c.organizer, c.host, c.document_number,
                            c.award_tiers, c.note)


def create_competition(db: Database, actor: Actor, draft: CompetitionDraft, *,
                       events: list[EventDraft] | None = None) -> int:
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        draft = check_competition(session, draft)
        competition = Competition(**asdict(draft), created_by=actor.username)
        session.add(competition)
        session.flush()
        audit.record(session, actor, "competition.create", entity_type="competition", entity_uuid=competition.uuid,
                     changes=asdict(draft))
        for event in events or []:
            add_event_in(session, actor, competition, event)
        return competition.id


def update_competition(db: Database, actor: Actor, competition_id: int, draft: CompetitionDraft) -> None:
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        competition = get_competition_row(session, competition_id)
        if competition.voided:
            raise ServiceError("该竞赛已作废，不能修改。")
        draft = check_competition(session, draft, competition_id)
        problems = []
        removed = _used_tiers(session, competition_id) - set(parse_tiers(draft.award_tiers))
        if removed:
            problems.append(FieldProblem("award_tiers", f"已有成绩使用了奖项“{'、'.join(sorted(removed))}”，不能从奖项设置中去掉。"))
        first = min((d for d in (_first_result_date(session, competition_id), _first_honour_date(session, competition_id))
                     if d is not None), default=None)
        if first is not None and draft.starts_on > first:
            problems.append(FieldProblem("starts_on", f"已有 {first.isoformat()} 的成绩或荣誉，开始日期不能晚于它。"))
        if problems:
            raise InvalidMember(problems)
        before = asdict(_draft_of(competition))
        for key, value in asdict(draft).items():
            setattr(competition, key, value)
        changes = audit.diff(before, asdict(draft))
        if changes:
            audit.record(session, actor, "competition.update", entity_type="competition",
                         entity_uuid=competition.uuid, changes=changes)


def void_competition(db: Database, actor: Actor, competition_id: int, reason: str) -> None:
    """作废 a competition entered by mistake; kept with everything in it, left out of lists and reports."""
    reason = tidy(reason)
    if not reason:
        raise ServiceError("作废竞赛需要填写原因。", field="reason")
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        competition = get_competition_row(session, competition_id)
        if competition.voided:
            raise ServiceError("该竞赛已作废。")
        competition.voided, competition.void_reason = True, reason
        audit.record(session, actor, "competition.void", entity_type="competition", entity_uuid=competition.uuid,
                     changes={"reason": reason})


def check_event(session: Session, competition: Competition, draft: EventDraft, event_id: int | None = None) -> EventDraft:
    problems: list[FieldProblem] = []
    name = tidy(draft.name)
    if not name:
        problems.append(FieldProblem("name", "请填写比赛项目名称，例如“乒乓球男子单打”或“团体赛”。"))
    else:
        others = session.scalars(select(CompetitionEvent.name).where(
            CompetitionEvent.competition_id == competition.id, CompetitionEvent.voided.is_(False),
            CompetitionEvent.id != (event_id or 0)))
        clash = next((n for n in others if name_key(n) == name_key(name)), None)
        if clash is not None:
            problems.append(FieldProblem("name", f"本竞赛已有项目“{clash}”。"))
    if draft.entrant_kind not in ENTRANT_LABELS:
        problems.append(FieldProblem("entrant_kind", "参赛类型应为个人、团体（队伍）或单位。"))
    if problems:
        raise InvalidMember(problems)
    return replace(draft, name=name, note=tidy(draft.note))


def add_event_in(session: Session, actor: Actor, competition: Competition, draft: EventDraft) -> CompetitionEvent:
    if competition.voided:
        raise ServiceError("该竞赛已作废，不能再添加项目。")
    draft = check_event(session, competition, draft)
    position = session.scalar(select(func.count()).select_from(CompetitionEvent).where(
        CompetitionEvent.competition_id == competition.id)) or 0
    event = CompetitionEvent(competition_id=competition.id, position=position, **asdict(draft))
    session.add(event)
    session.flush()
    audit.record(session, actor, "competition_event.create", entity_type="competition_event", entity_uuid=event.uuid,
                 changes={"competition": competition.uuid, **asdict(draft)})
    return event


def add_event(db: Database, actor: Actor, competition_id: int, draft: EventDraft) -> int:
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        return add_event_in(session, actor, get_competition_row(session, competition_id), draft).id


def update_event(db: Database, actor: Actor, event_id: int, draft: EventDraft) -> None:
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        event = get_event_row(session, event_id)
        competition = get_competition_row(session, event.competition_id)
        draft = check_event(session, competition, draft, event_id)
        entries = session.scalar(select(func.count()).select_from(Entry).where(
            Entry.event_id == event_id, Entry.withdrawn.is_(False))) or 0
        if draft.entrant_kind != event.entrant_kind and entries:
            raise ServiceError(f"该项目已有 {entries} 个参赛者，不能改变参赛类型。", field="entrant_kind")
        before = {"name": event.name, "entrant_kind": event.entrant_kind, "note": event.note}
        event.name, event.entrant_kind, event.note = draft.name, draft.entrant_kind, draft.note
        changes = audit.diff(before, asdict(draft))
        if changes:
            audit.record(session, actor, "competition_event.update", entity_type="competition_event",
                         entity_uuid=event.uuid, changes=changes)


def void_event(db: Database, actor: Actor, event_id: int, reason: str) -> None:
    reason = tidy(reason)
    if not reason:
        raise ServiceError("作废项目需要填写原因。", field="reason")
    with db.session() as session:
        require_role(session, actor, *WRITERS)
        event = get_event_row(session, event_id)
        if event.voided:
            raise ServiceError("该项目已作废。")
        event.voided, event.void_reason = True, reason
        audit.record(session, actor, "competition_event.void", entity_type="competition_event",
                     entity_uuid=event.uuid, changes={"reason": reason})

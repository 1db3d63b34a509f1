"""荣誉的规则: what an honour must name, and how it relates to a competition and a result.

The title is free text (the honour_title vocabulary only suggests); the level is a competition_level;
the date is not in the future and not before a linked competition's start; the recipient of the right
kind exists (a team or organization not voided, a team's competition not voided); a linked entry stands
(not withdrawn, its event not voided), is in the competition and its entrant is the recipient.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from db.models import Competition, CompetitionEvent, Entry, Organization, Person, Team
from desktop.services.competition_rules import ENTRANT_LABELS
from desktop.services.member_rules import FieldProblem, InvalidMember
from desktop.services.person_rules import tidy
from desktop.services.vocabulary import match_term, terms_in

RECIPIENT_KINDS = ("person", "team", "organization")
RECIPIENT_LABELS = {"person": "个人", "team": "团体（班组）", "organization": "单位"}


@dataclass(frozen=True)
class HonourDraft:
    title: str  # 荣誉名称 (honour_title suggests; free text allowed)
    level: str  # competition_level: 乡镇（街道）… 全国
    awarded_on: date
    recipient_kind: str  # person / team / organization
    person_id: int | None = None
    team_id: int | None = None
    organization_id: int | None = None
    granting_body: str = ""  # 授予单位
    document_number: str = ""  # 表彰文件文号
    competition_id: int | None = None
    entry_id: int | None = None
    note: str = ""


def _recipient_problems(session: Session, draft: HonourDraft) -> tuple[HonourDraft, list[FieldProblem]]:
    kind = draft.recipient_kind
    if kind not in RECIPIENT_KINDS:
        return draft, [FieldProblem("recipient_kind", "获奖对象类型应为个人、团体（班组）或单位。")]
    problems: list[FieldProblem] = []
    if kind == "person":
        draft = replace(draft, team_id=None)
        if draft.person_id is None:
            problems.append(FieldProblem("recipient", "请选择获奖个人（按姓名、证件号码或手机号查找），或登记新人员。"))
        elif session.get(Person, draft.person_id) is None:
            problems.append(FieldProblem("recipient", "所选人员不存在，请重新查找。"))
    elif kind == "team":
        draft = replace(draft, person_id=None)
        team = session.get(Team, draft.team_id) if draft.team_id is not None else None
        if draft.team_id is None:
            problems.append(FieldProblem("recipient", "请选择获奖的队伍或班组。"))
        elif team is None:
            problems.append(FieldProblem("recipient", "所选队伍不存在，请重新选择。"))
        elif team.voided:
            problems.append(FieldProblem("recipient", f"队伍“{team.name}”已作废，不能授予荣誉。"))
        elif (team_competition := session.get(Competition, team.competition_id)) is not None \
                and team_competition.voided:
            problems.append(FieldProblem("recipient", f"队伍“{team.name}”所属的竞赛“{team_competition.name}”"
                                                      "已作废，不能授予荣誉。"))
        elif draft.competition_id is not None and team.competition_id != draft.competition_id:
            problems.append(FieldProblem("competition_id", f"队伍“{team.name}”不属于所选竞赛，请核对竞赛或队伍。"))
    else:
        draft = replace(draft, person_id=None, team_id=None)
        if draft.organization_id is None:
            problems.append(FieldProblem("recipient", "请选择获奖单位。"))
    if draft.organization_id is not None:
        org = session.get(Organization, draft.organization_id)
        field = "recipient" if kind == "organization" else "organization_id"
        if org is None:
            problems.append(FieldProblem(field, "所选单位不存在，请重新选择。"))
        elif org.voided and kind == "organization":
            problems.append(FieldProblem(field, f"单位“{org.name}”已作废，不能授予荣誉。"))
    return draft, problems


def _competition_problems(session: Session, draft: HonourDraft) -> tuple[HonourDraft, list[FieldProblem]]:
    problems: list[FieldProblem] = []
    if draft.entry_id is not None:
        entry = session.get(Entry, draft.entry_id)
        event = session.get(CompetitionEvent, entry.event_id) if entry is not None else None
        if entry is None or event is None or entry.withdrawn:
            return draft, [FieldProblem("entry_id", "所选参赛成绩不存在或已撤销，请重新选择。")]
        if event.voided:
            return draft, [FieldProblem("entry_id", f"所选成绩所在的项目“{event.name}”已作废，不能关联荣誉。")]
        if draft.competition_id is None:
            draft = replace(draft, competition_id=event.competition_id)
        elif event.competition_id != draft.competition_id:
            problems.append(FieldProblem("entry_id", f"所选成绩（项目“{event.name}”）不属于所选竞赛。"))
        recipient = {"person": draft.person_id, "team": draft.team_id, "organization": draft.organization_id}
        entrant = {"person": entry.person_id, "team": entry.team_id, "organization": entry.organization_id}
        if entry.entrant_kind != draft.recipient_kind or entrant[entry.entrant_kind] != recipient.get(
                draft.recipient_kind):
            problems.append(FieldProblem("entry_id", f"所选成绩的参赛者（{ENTRANT_LABELS[entry.entrant_kind]}）"
                                                     "不是本荣誉的获奖对象，请核对。"))
    if draft.competition_id is not None:
        competition = session.get(Competition, draft.competition_id)
        if competition is None:
            problems.append(FieldProblem("competition_id", "所选竞赛不存在，请重新选择。"))
        elif competition.voided:
            problems.append(FieldProblem("competition_id", f"竞赛“{competition.name}”已作废，不能关联荣誉。"))
        elif draft.awarded_on < competition.starts_on:
            problems.append(FieldProblem("awarded_on", f"获奖日期 {draft.awarded_on.isoformat()} 早于竞赛“{competition.name}”"
                                                       f"的开始日期 {competition.starts_on.isoformat()}。"))
    return draft, problems


def check_honour(session: Session, draft: HonourDraft, today: date | None = None) -> HonourDraft:
    """The tidied draft, or InvalidMember naming every field that is wrong."""
    problems: list[FieldProblem] = []
    title = tidy(draft.title)
    if not title:
        problems.append(FieldProblem("title", "请填写荣誉名称，例如“技术能手”或“五一劳动奖章”。"))
    levels = terms_in(session, "competition_level")
    level = match_term(draft.level, levels)
    if level is None:
        value = tidy(draft.level)
        problems.append(FieldProblem("level", f"请选择级别：{'、'.join(levels)}。" if not value else
                                     f"级别“{value}”不在可选范围内，可选：{'、'.join(levels)}。"))
    if draft.awarded_on > (today or date.today()):
        problems.append(FieldProblem("awarded_on", f"获奖日期 {draft.awarded_on.isoformat()} 晚于今天，请核对。"))
    draft, found = _recipient_problems(session, draft)
    problems += found
    if not found:
        draft, found = _competition_problems(session, draft)
        problems += found
    if problems:
        raise InvalidMember(problems)
    return replace(draft, title=title, level=level or "", granting_body=tidy(draft.granting_body),
                   document_number=tidy(draft.document_number), note=tidy(draft.note))

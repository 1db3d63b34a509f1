"""导入发放记录: check every row of an aid sheet first, then enter the valid ones, submitted, in one transaction.

The same semantics as the member import (DESIGN.md §5): with any invalid row and no ``skip_invalid``
nothing is written; a cancel or an error leaves the ledger as it was. Each row goes through the
service's own rules (``check_disbursement``, ``check_submission``, the double-aid rule), and the
recipient is found by 证件类型 + 证件号码 or registered as a non-member. Paid records are never
overwritten: there is no update mode. Writing lives in ``aid_import_apply``.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import Database
from db.models import AidCampaign, Disbursement
from desktop.domain.money import format_amount
from desktop.services.aid_campaigns import committed_fen
from desktop.services.aid_columns import aid_export_columns
from desktop.services.disbursements import (
    STATUS_LABELS,
    DisbursementDraft,
    check_disbursement,
    check_submission,
    earlier_aid,
)
from desktop.services.errors import ServiceError
from desktop.services.import_plan import ImportPlan, PlannedRow, RowIssue, issue_for, planned_row
from desktop.services.member_rules import InvalidMember
from desktop.services.person_rules import Identity, check_identity, clean_name, clean_text
from desktop.services.persons import find_person
from desktop.services.vocabulary import terms_in
from desktop.tabular import ColumnSpec, Record, convert_record, iter_records, locate_header, read_rows
from desktop.tasks import TaskControl

_PLACEHOLDER_NAME = "某某"  # lets an ID be checked when the name is left blank for a known person
_FIELD_COLUMNS = {"campaign_id": "campaign", "person_id": "id_number"}
_SHOWN_CAMPAIGNS = 8


@dataclass(frozen=True)
class Campaign:
    id: int
    name: str
    kind: str
    fund_source: str
    budget_fen: int | None
    voided: bool


@dataclass(frozen=True)
class AidRow:
    """A checked row, ready to write: the draft (``person_id`` 0 for a person to register) and the recipient."""

    draft: DisbursementDraft
    identity: Identity
    person_id: int | None  # None: not in the ledger yet, registered as a non-member on import


@dataclass
class AidImportPlan(ImportPlan):
    budget_warnings: list[str] = field(default_factory=list)  # campaigns the import takes over budget


def load_campaigns(session: Session) -> dict[str, Campaign]:
    """Campaign name → campaign; a standing campaign wins over a voided one of the same name."""
    found: dict[str, Campaign] = {}
    for c in session.scalars(select(AidCampaign).order_by(AidCampaign.voided.desc(), AidCampaign.id)):
        found[c.name] = Campaign(c.id, c.name, c.kind, c.fund_source, c.budget_fen, c.voided)
    return found


def plan_aid_import(db: Database, path: Path, *, manual: Mapping[int, str] | None = None,
                    today: date | None = None, control: TaskControl | None = None) -> AidImportPlan:
    """Read and check the whole file; nothing is written. Raises TabularError for an unreadable file."""
    sheet = read_rows(path)
    today = today or date.today()
    with db.read_session() as session:
        vocab = {kind: terms_in(session, kind) for kind in ("aid_kind", "fund_source", "pay_method")}
        campaigns = load_campaigns(session)
    standing = [c.name for c in campaigns.values() if not c.voided]
    columns = aid_export_columns(vocab, standing)
    header = locate_header(sheet, columns, manual=manual)
    plan = AidImportPlan("aid", Path(path), sheet.sheet_name, columns, header)
    if plan.lacks_columns():
        return plan
    checker = _RowChecker({s.key: s for s in columns}, header.headers, columns, campaigns, standing, today)
    records = list(iter_records(sheet, header, skipped=plan.skipped))
    keys = tuple(header.columns)
    with db.read_session() as session:
        for index, record in enumerate(records):
            if control is not None and index % 200 == 0:
                control.report(index, len(records), "正在检查…")
            plan.rows.append(checker.check(session, record, keys))
        _mark_doubles_in_file(plan, campaigns)
        by_id = {c.id: c for c in campaigns.values()}
        plan.budget_warnings = [f"导入后{over}。" for over in budget_overruns(session, plan.rows, by_id.get)]
    return plan


class _RowChecker:
    def __init__(self, specs: Mapping[str, ColumnSpec], headers: Mapping[str, str], columns: Sequence[ColumnSpec],
                 campaigns: Mapping[str, Campaign], standing: Sequence[str], today: date) -> None:
        self.specs, self.headers, self.columns = specs, headers, columns
        self.campaigns, self.standing, self.today = campaigns, standing, today

    def issue(self, row: PlannedRow, key: str, message: str) -> None:
        row.issues.append(issue_for(row.number, key, message, self.headers, self.columns))

    def check(self, session: Session, record: Record, keys: tuple[str, ...]) -> PlannedRow:
        row = planned_row(record.number, record.values, keys)
        values, problems = convert_record(record, self.specs, headers=self.headers)
        row.issues.extend(RowIssue(record.number, p.column_header, p.message) for p in problems)
        failed = {p.key for p in problems}
        identity, person_id = self._recipient(session, row, values, failed)
        campaign = self._campaign(row, values)
        campaign_failed = campaign is None and bool(clean_text(str(values.get("campaign") or "")))
        aid_date = values.get("aid_date")
        draft = DisbursementDraft(
            person_id=person_id or 0,
            category=str(values.get("category") or (campaign.kind if campaign else "")),
            aid_date=aid_date if isinstance(aid_date, date) else self.today,
            cash_fen=int(values.get("cash_fen") or 0),  # type: ignore[call-overload]
            items=str(values.get("items") or ""),
            items_value_fen=int(values.get("items_value_fen") or 0),  # type: ignore[call-overload]
            campaign_id=campaign.id if campaign else None,
            fund_source=str(values.get("fund_source") or ""),
            method=str(values.get("method") or ""),
            evidence=str(values.get("evidence") or ""),
            note=str(values.get("note") or ""),
        )
        skip = set(failed) | {"person_id"} | ({"campaign_id"} if "campaign" in failed else set()) | ({"aid_date"} if aid_date is None else set())
        if {"cash_fen", "items_value_fen"} & failed:
            skip |= {"cash_fen", "items_value_fen"}
        if campaign_failed:  # the category and fund source would have come from the campaign
            skip |= {"campaign_id"} | {k for k in ("category", "fund_source") if not values.get(k)}
        try:
            draft = check_disbursement(session, draft)
        except InvalidMember as exc:
            for p in exc.problems:
                if p.field not in skip:
                    self.issue(row, _FIELD_COLUMNS.get(p.field, p.field), p.message)
        if not row.issues:
            try:
                check_submission(Disbursement(**asdict(draft)))
            except ServiceError as exc:
                self.issue(row, exc.field or "", exc.message)
        if not row.issues and person_id is not None and campaign is not None:
            earlier = earlier_aid(session, person_id, campaign.id)
            if earlier:
                first = earlier[0]
                self.issue(row, "id_number", f"{identity.name}在活动“{campaign.name}”中已有一笔发放（{first.aid_date.isoformat()}，"
                           f"{format_amount(first.cash_fen + first.items_value_fen)}，{STATUS_LABELS.get(first.status)}），"
                           "同一活动不能重复发放。确需再次发放的，请在 帮扶 页逐笔录入，由负责人填写理由后批准。")
        if row.issues:
            row.action = "invalid"
            row.notices.clear()
        else:
            row.draft = AidRow(draft, identity, person_id)
        return row

    def _recipient(self, session: Session, row: PlannedRow, values: Mapping[str, object],
                   failed: set[str]) -> tuple[Identity, int | None]:
        """The normalised identity and the known person's id (None when new or unusable)."""
        name = clean_name(str(values.get("name") or ""))
        identity, problems, notices = check_identity(name or _PLACEHOLDER_NAME, str(values.get("id_type") or ""),
                                                     str(values.get("id_number") or ""), "", None,
                                                     str(values.get("phone") or ""), self.today)
        needs_details = [m for f, m in problems if f in ("gender", "birth_date")]
        for field_name, message in problems:
            if field_name not in failed and field_name not in ("gender", "birth_date") and (name or field_name != "name"):
                self.issue(row, field_name, message)
        if "id_number" in failed or any(f in ("id_type", "id_number") for f, _ in problems):
            return identity, None
        row.notices.extend(notices)
        person = find_person(session, identity.id_type, identity.id_number)
        if person is not None:
            if name and person.name != name:
                self.issue(row, "name", f"证件号码 {identity.id_number} 在台账中登记的姓名是“{person.name}”，"
                                        f"与填写的“{name}”不一致，请核对姓名或证件号码。")
            return Identity(person.name, identity.id_type, identity.id_number, person.gender, person.birth_date,
                            identity.phone), person.id
        if not name:
            self.issue(row, "name", f"证件号码 {identity.id_number} 的人员尚未登记，登记新人员须填写姓名。")
        elif needs_details:
            self.issue(row, "id_type", f"{name}尚未登记；{identity.id_type}不能自动得出性别和出生日期，发放表中也没有这两列。"
                                       "请先在 会员 或 困难职工档案 中登记此人，再导入。")
        else:
            row.notices.append(f"{name}尚未登记，导入时登记为非会员。")
        return identity, None

    def _campaign(self, row: PlannedRow, values: Mapping[str, object]) -> Campaign | None:
        text = clean_text(str(values.get("campaign") or ""))
        if not text:
            return None
        campaign = self.campaigns.get(text)
        close = difflib.get_close_matches(text, self.standing, n=3, cutoff=0.5)
        newest = list(reversed(self.standing))
        shown = "、".join(f"“{n}”" for n in (close or newest[:_SHOWN_CAMPAIGNS]))
        more = f"等 {len(self.standing)} 个" if not close and len(self.standing) > _SHOWN_CAMPAIGNS else ""
        choose = (f"或改成相近的已有活动：{shown}。" if close else f"或改成已有活动：{shown}{more}。") if shown \
            else "台账中还没有任何活动。"
        if campaign is None:
            self.issue(row, "campaign", f"帮扶活动“{text}”不存在，请先在 帮扶 → 活动 中建立，{choose}")
            return None
        if campaign.voided:
            self.issue(row, "campaign", f"帮扶活动“{text}”已作废，不能再发放；请改成其他活动：{shown}{more}。"
                       if shown else f"帮扶活动“{text}”已作废，不能再发放。")
            return None
        return campaign


def _mark_doubles_in_file(plan: ImportPlan, campaigns: Mapping[str, Campaign]) -> None:
    """The same person twice in one campaign within the file: the later rows are errors."""
    headers = plan.header.headers if plan.header else {}
    names = {c.id: c.name for c in campaigns.values()}
    first: dict[tuple[str, str, int], int] = {}
    for row in plan.rows:
        aid = row.draft
        if not isinstance(aid, AidRow) or aid.draft.campaign_id is None:
            continue
        key = (aid.identity.id_type, aid.identity.id_number, aid.draft.campaign_id)
        if key in first:
            row.issues.append(issue_for(row.number, "id_number", f"与第{first[key]}行是同一人在同一活动"
                                        f"“{names.get(aid.draft.campaign_id, '')}”中的发放，同一活动不能重复发放。",
                                        headers, plan.columns))
            row.action, row.draft = "invalid", None
            row.notices.clear()
        else:
            first[key] = row.number


def budget_overruns(session: Session, rows: Sequence[PlannedRow],
                    campaign_of: Callable[[int], Campaign | AidCampaign | None]) -> list[str]:
    """“活动…的发放合计…将超出预算…” for each campaign the valid rows take over its budget (by id: ``campaign_of``)."""
    adding: dict[int, int] = {}
    for row in rows:
        aid = row.draft
        if isinstance(aid, AidRow) and aid.draft.campaign_id is not None:
            adding[aid.draft.campaign_id] = (adding.get(aid.draft.campaign_id, 0)
                                             + aid.draft.cash_fen + aid.draft.items_value_fen)
    over = []
    for campaign_id, fen in adding.items():
        campaign = campaign_of(campaign_id)
        if campaign is None or campaign.budget_fen is None:
            continue
        after = committed_fen(session, campaign_id) + fen
        if after > campaign.budget_fen:
            over.append(f"活动“{campaign.name}”的发放合计 {format_amount(after)} 将超出预算 "
                        f"{format_amount(campaign.budget_fen)}（超出 {format_amount(after - campaign.budget_fen)}）")
    return over

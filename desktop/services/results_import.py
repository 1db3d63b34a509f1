"""导入竞赛成绩: check every row of a results sheet first; ``results_import_apply`` writes the valid ones at once.

The [B] import semantics (DESIGN.md §5): with any invalid row and no ``skip_invalid`` nothing is written.
A row is one entrant in one event with its result. Competitions must exist; an unknown event is created
with the row's 参赛类型, an unknown team of the competition is created, an unknown person is registered
as a non-member. Entrants already in the event are matched, not entered twice: blank cells keep their
recorded result, and a recorded result that the row changes is only overwritten with ``update``. The
tie rule (1, 1, 3) is checked per event on the ranks as they will stand; when it fails every row of
that event is marked (judged with the ranks of rows refused for other reasons, which are still meant).
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from db import Database
from desktop.services.competition_rules import ENTRANT_LABELS
from desktop.services.import_plan import ImportPlan, PlannedRow, RowIssue, issue_for, planned_row
from desktop.services.person_rules import Identity, check_identity, clean_name, tidy
from desktop.services.persons import find_person
from desktop.services.results_columns import entrant_kind, rank_value, results_columns
from desktop.services.results_import_marks import check_across_rows
from desktop.services.results_ledger import (
    Contest,
    Ledger,
    Recorded,
    ResultRow,
    clash_message,
    describe,
    load_ledger,
    name_key,
    org_key,
    standing_names,
    tiers_union,
)
from desktop.tabular import (
    CellError,
    ColumnSpec,
    Record,
    convert_record,
    iter_records,
    locate_header,
    read_rows,
)
from desktop.tasks import TaskControl

_PLACEHOLDER_NAME = "某某"  # lets an ID be checked when the name is left blank for a known person
_SHOWN = 8


def plan_results_import(db: Database, path: Path, *, update: bool = False, manual: Mapping[int, str] | None = None,
                        today: date | None = None, control: TaskControl | None = None) -> ImportPlan:
    """Read and check the whole file; nothing is written. Raises TabularError for an unreadable file."""
    sheet = read_rows(path)
    today = today or date.today()
    with db.read_session() as session:
        ledger = load_ledger(session)
        columns = results_columns(standing_names(ledger), tiers_union(ledger))
        header = locate_header(sheet, columns, manual=manual)
        plan = ImportPlan("results", Path(path), sheet.sheet_name, columns, header)
        if plan.lacks_columns():
            return plan
        checker = _RowChecker(columns, header.headers, ledger, update, today)
        records = list(iter_records(sheet, header, skipped=plan.skipped))
        keys = tuple(header.columns)
        for index, record in enumerate(records):
            if control is not None and index % 200 == 0:
                control.report(index, len(records), "正在检查…")
            plan.rows.append(checker.check(session, record, keys))
    check_across_rows(plan, ledger, checker.intended)
    return plan


class _RowChecker:
    def __init__(self, columns: Sequence[ColumnSpec], headers: Mapping[str, str], ledger: Ledger, update: bool,
                 today: date) -> None:
        self.columns, self.headers, self.ledger = columns, headers, ledger
        self.specs = {s.key: s for s in columns}
        self.update, self.today = update, today
        self.all_tiers = set(tiers_union(ledger))
        # row number → (event key, entry id or ("row", number), rank typed): what the clerk means the ranks to be,
        # kept for rows found invalid too, so that the tie rule can be judged with them
        self.intended: dict[int, tuple[tuple[int, str], object, int | None]] = {}

    def issue(self, row: PlannedRow, key: str, message: str) -> None:
        row.issues.append(issue_for(row.number, key, message, self.headers, self.columns))

    def check(self, session: Session, record: Record, keys: tuple[str, ...]) -> PlannedRow:
        row = planned_row(record.number, record.values, keys)
        values, problems = convert_record(record, self.specs, headers=self.headers)
        row.issues.extend(RowIssue(record.number, p.column_header, p.message) for p in problems)
        failed = {p.key for p in problems}
        cells = {k: tidy(str(values.get(k) or "")) for k in ("entrant_kind", "team", "organization")}
        rank = None
        try:
            rank = rank_value(record.values.get("rank"))
        except CellError as exc:
            self.issue(row, "rank", exc.message)
        contest = self._contest(row, tidy(str(values.get("competition") or "")))
        event_name = tidy(str(values.get("event") or ""))
        clash = self.ledger.event_clashes.get((contest.id, name_key(event_name))) if contest else None
        if clash:
            self.issue(row, "event", clash_message("项目", clash))
        kind = self._kind(row, contest, event_name, cells, record.values)
        award = tidy(str(values.get("award") or ""))
        if contest is not None and award and award not in contest.tiers:
            self.issue(row, "award", f"奖项“{award}”不在竞赛“{contest.name}”的奖项设置中，可选：{'、'.join(contest.tiers)}；"
                                     "如需新增奖项，请先在 竞赛 页修改该竞赛的奖项设置。")
        elif contest is None and award and award not in self.all_tiers:
            self.issue(row, "award", f"奖项“{award}”不在任何竞赛的奖项设置中；请核对奖项，"
                                     "如需新增奖项，请先在 竞赛 页修改该竞赛的奖项设置。")
        organization_id = self._organization(row, cells["organization"], required=kind == "organization")
        result_on = values.get("result_on") if isinstance(values.get("result_on"), date) else None
        score = tidy(str(values.get("score") or ""))
        identity, person_id, team_id = None, None, None
        if kind == "person":
            identity, person_id = self._person(session, row, values, failed)
            if cells["team"]:
                row.notices.append(f"个人参赛行的队伍名称“{cells['team']}”不导入。")
        elif kind == "team":
            if not cells["team"]:
                self.issue(row, "team", "团体参赛须填写队伍名称。")
            elif contest is not None and (clash := self.ledger.team_clashes.get((contest.id, name_key(cells["team"])))):
                self.issue(row, "team", clash_message("队伍", clash))
            elif contest is not None:
                team_id = self.ledger.teams.get((contest.id, name_key(cells["team"])), (None, None))[0]
            if values.get("name") or values.get("id_number"):
                row.notices.append("团体参赛行中的姓名、证件号码不导入；队员请在 竞赛 页的队伍中登记。")
        elif kind == "organization" and (values.get("name") or values.get("id_number") or cells["team"]):
            row.notices.append("单位参赛行中的姓名、证件号码和队伍名称不导入。")
        if contest is None:
            return self._invalid(row)
        event = self.ledger.events.get((contest.id, name_key(event_name)))
        recorded = None
        if kind is not None:
            entrant = {"person": person_id, "team": team_id, "organization": organization_id}[kind]
            recorded = self.ledger.entries.get((event[0], kind, entrant)) if event and entrant else None
        if event_name:
            self.intended[row.number] = ((contest.id, name_key(event_name)),
                                         recorded.id if recorded else ("row", row.number), rank)
        if row.issues or kind is None:
            return self._invalid(row)
        draft = ResultRow(contest.id, event_name, event[0] if event else None, kind, identity, person_id,
                          cells["team"], team_id, organization_id, recorded.id if recorded else None,
                          score, rank, award, result_on, True,
                          (recorded.score, recorded.rank, recorded.award, recorded.result_on) if recorded else None)
        draft = self._result(row, contest, draft, recorded)
        if row.issues:
            return self._invalid(row)
        row.action, row.draft = ("update" if recorded else "new"), draft
        return row

    def _invalid(self, row: PlannedRow) -> PlannedRow:
        row.action, row.draft = "invalid", None
        row.notices.clear()
        return row

    def _contest(self, row: PlannedRow, name: str) -> Contest | None:
        if not name:
            return None  # the required-cell check has named it
        found = self.ledger.contests.get(name_key(name), [])
        standing = [c for c in found if not c.voided]
        if len(standing) == 1:
            return standing[0]
        if len(standing) > 1:
            listed = "、".join(f"“{c.name}”（{c.starts_on.isoformat()} 开始）" for c in standing)
            self.issue(row, "competition", f"有 {len(standing)} 个名为“{name}”的竞赛：{listed}，无法确定是哪一个。"
                                           "请先在 竞赛 页把其中一个改名（如在名称前加上年份）或作废，"
                                           "再把本行的竞赛名称改成与之一致后重新导入。")
            return None
        names = standing_names(self.ledger)
        close = difflib.get_close_matches(name, names, n=3, cutoff=0.5)
        shown = "、".join(f"“{n}”" for n in (close or list(reversed(names))[:_SHOWN]))
        more = f"等 {len(names)} 个" if not close and len(names) > _SHOWN else ""
        choose = ((f"或改成相近的已有竞赛：{shown}。" if close else f"或改成已有竞赛：{shown}{more}。") if shown
                  else "台账中还没有任何竞赛。")
        if found:
            self.issue(row, "competition", f"竞赛“{name}”已作废，不能再登记成绩；" + (f"请改成其他竞赛：{shown}{more}。"
                                                                                  if shown else "请先在 竞赛 页建立竞赛。"))
        else:
            self.issue(row, "competition", f"竞赛“{name}”不存在，请先在 竞赛 页建立，{choose}")
        return None

    def _kind(self, row: PlannedRow, contest: Contest | None, event_name: str, cells: Mapping[str, str],
              values: Mapping[str, object]) -> str | None:
        typed = cells["entrant_kind"]
        kind = entrant_kind(typed) if typed else None
        filled = {k for k, v in values.items() if v is not None and str(v).strip()}
        if typed and kind is None:
            self.issue(row, "entrant_kind", f"参赛类型“{typed}”无效，请填写 个人、团体 或 单位。")
            return None
        if contest is not None and (contest.id, name_key(event_name)) in self.ledger.event_clashes:
            return None  # the row is refused for the clash
        event = self.ledger.events.get((contest.id, name_key(event_name))) if contest else None
        if event is not None:
            if kind is not None and kind != event[1]:
                self.issue(row, "entrant_kind", f"项目“{event_name}”的参赛类型是{ENTRANT_LABELS[event[1]]}，"
                                                f"与本行填写的“{typed}”不符。")
                return None
            return event[1]
        if kind is None:
            kind = "person" if filled & {"id_number", "name"} else "team" if cells["team"] else "organization"
        return kind

    def _organization(self, row: PlannedRow, name: str, *, required: bool) -> int | None:
        if not name:
            if required:
                self.issue(row, "organization", "单位参赛须填写单位名称。")
            return None
        found = self.ledger.organizations.get(org_key(name))
        if found is None:
            close = difflib.get_close_matches(name, self.ledger.organization_names, n=3, cutoff=0.5)
            hint = f"相近的已登记单位：{'、'.join(f'“{n}”' for n in close)}。" if close else ""
            self.issue(row, "organization", f"单位“{name}”尚未登记。请先在 建会单位 中登记，或改成已登记的单位名称。{hint}")
        return found

    def _person(self, session: Session, row: PlannedRow, values: Mapping[str, object],
                failed: set[str]) -> tuple[Identity | None, int | None]:
        if "id_number" in failed:
            return None, None
        name = clean_name(str(values.get("name") or ""))
        if not values.get("id_number"):
            self.issue(row, "id_number", "个人参赛须填写证件号码（用于查找或登记人员）。")
            return None, None
        identity, problems, notices = check_identity(name or _PLACEHOLDER_NAME, str(values.get("id_type") or ""),
                                                     str(values.get("id_number")), "", None, "", self.today)
        for field_name, message in problems:
            if field_name in ("id_type", "id_number") or (field_name == "name" and name):
                self.issue(row, field_name, message)
        if any(f in ("id_type", "id_number") for f, _ in problems):
            return None, None
        row.notices.extend(notices)
        person = find_person(session, identity.id_type, identity.id_number)
        if person is not None:
            if name and person.name != name:
                self.issue(row, "name", f"证件号码 {identity.id_number} 在台账中登记的姓名是“{person.name}”，"
                                        f"与填写的“{name}”不一致，请核对姓名或证件号码。")
            return replace(identity, name=person.name, gender=person.gender, birth_date=person.birth_date), person.id
        if not name:
            self.issue(row, "name", f"证件号码 {identity.id_number} 的人员尚未登记，登记新人员须填写姓名。")
        elif any(f in ("gender", "birth_date") for f, _ in problems):
            self.issue(row, "id_type", f"{name}尚未登记；{identity.id_type}不能自动得出性别和出生日期，成绩表中也没有这两列。"
                                       "请先在 会员 中登记此人，再导入。")
        else:
            row.notices.append(f"{name}尚未登记，导入时登记为非会员。")
        return identity, None

    def _result(self, row: PlannedRow, contest: Contest, draft: ResultRow, recorded: Recorded | None) -> ResultRow:
        """The result as it will stand, its date, and whether it overwrites a recorded one."""
        typed_date = draft.result_on
        if recorded is not None:
            draft = replace(draft, score=draft.score or recorded.score,
                            rank=draft.rank if draft.rank is not None else recorded.rank,
                            award=draft.award or recorded.award)
        has_result = bool(draft.score or draft.rank is not None or draft.award)
        default = min(contest.ends_on or contest.starts_on, self.today)
        day = typed_date or (recorded.result_on if recorded and recorded.result_on else default) if has_result else None
        if typed_date is not None and typed_date < contest.starts_on:
            self.issue(row, "result_on", f"成绩日期 {typed_date.isoformat()} 早于竞赛“{contest.name}”的开始日期 "
                                         f"{contest.starts_on.isoformat()}，成绩只能在竞赛开始之后登记。")
        elif typed_date is not None and typed_date > self.today:
            self.issue(row, "result_on", f"成绩日期 {typed_date.isoformat()} 晚于今天。")
        elif day is not None and day < contest.starts_on:
            self.issue(row, "result_on", f"竞赛“{contest.name}”{contest.starts_on.isoformat()} 才开始，还不能登记成绩。")
        draft = replace(draft, result_on=day)
        if recorded is None:
            return draft
        before = (recorded.score, recorded.rank, recorded.award, recorded.result_on)
        after = (draft.score, draft.rank, draft.award, draft.result_on)
        if before == after:
            row.notices.append("已登记在该项目中，成绩与台账相同，不作更改。")
            return replace(draft, changes=False)
        if recorded.has_result and not self.update:
            self.issue(row, "", f"该参赛者在项目“{draft.event_name}”中已有成绩（{describe(recorded)}），与本行不同；"
                                "要用文件覆盖，请选择“更新已有成绩”（命令行加 --update）。")
        else:
            row.notices.append("已登记在该项目中，导入时更新其成绩。")
        return draft

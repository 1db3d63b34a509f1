"""The checks of a results sheet that need all its rows: a row's entrant twice in one event, a new person's
name, a new event's 参赛类型, the tie rule per event; and the notices of what the import creates.

``results_import`` runs them (``check_across_rows``) after checking each row on its own.
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop.services.competition_rules import rank_problem
from desktop.services.import_plan import ImportPlan, PlannedRow, issue_for
from desktop.services.results_columns import KIND_OF_CHOICE
from desktop.services.results_ledger import Ledger, ResultRow, name_key
from desktop.tabular import text


def check_across_rows(plan: ImportPlan, ledger: Ledger,
                      intended: Mapping[int, tuple[tuple[int, str], object, int | None]]) -> None:
    _mark_doubles(plan)
    _mark_new_person_names(plan)
    _mark_new_event_kinds(plan, ledger)
    _mark_broken_ties(plan, ledger, intended)
    _notice_creations(plan, ledger)


def _checked(plan: ImportPlan) -> list[tuple[PlannedRow, ResultRow]]:
    return [(row, row.draft) for row in plan.rows if isinstance(row.draft, ResultRow)]


def _refuse(plan: ImportPlan, row: PlannedRow, key: str, message: str) -> None:
    row.issues.append(issue_for(row.number, key, message, plan.header.headers if plan.header else {}, plan.columns))
    row.action, row.draft = "invalid", None
    row.notices.clear()


def _mark_doubles(plan: ImportPlan) -> None:
    """The same entrant twice in one event within the file: the later rows are errors."""
    first: dict[tuple[object, ...], int] = {}
    for row, draft in _checked(plan):
        key = (draft.event_key, draft.kind, draft.entrant_key())
        if key in first:
            key_column = {"person": "id_number", "team": "team"}.get(draft.kind, "organization")
            _refuse(plan, row, key_column, f"与第{first[key]}行是同一参赛者在同一项目“{draft.event_name}”中，"
                                           "同一项目中每个参赛者只能有一行。")
        else:
            first[key] = row.number


def _mark_new_person_names(plan: ImportPlan) -> None:
    """A person not yet registered is registered under the name of their first row; other names contradict it."""
    first: dict[tuple[str, str], tuple[str, int]] = {}
    for row, draft in _checked(plan):
        if draft.kind != "person" or draft.person_id is not None or draft.identity is None:
            continue
        identity = draft.identity
        name, number = first.setdefault((identity.id_type, identity.id_number), (identity.name, row.number))
        if name != identity.name:
            _refuse(plan, row, "name", f"证件号码 {identity.id_number} 在本文件第{number}行的姓名是“{name}”，"
                                       f"与本行的“{identity.name}”不一致，请核对。")


def _mark_new_event_kinds(plan: ImportPlan, ledger: Ledger) -> None:
    """A new event takes the kind of its first row; rows of another kind contradict it."""
    first: dict[tuple[int, str], tuple[str, int]] = {}
    for row, draft in _checked(plan):
        if draft.event_id is not None:
            continue
        kind, number = first.setdefault(draft.event_key, (draft.kind, row.number))
        if kind != draft.kind:
            _refuse(plan, row, "entrant_kind", f"新项目“{draft.event_name}”在第{number}行按{KIND_OF_CHOICE[kind]}参赛新建，"
                                               f"本行却是{KIND_OF_CHOICE[draft.kind]}参赛；一个项目只能有一种参赛类型。")


def _mark_broken_ties(plan: ImportPlan, ledger: Ledger,
                      intended: Mapping[int, tuple[tuple[int, str], object, int | None]]) -> None:
    """Per event, the ranks as they will stand must follow the rule; if not, the rows of the event are marked.

    Rows refused for other reasons still say what ranks the clerk means: when the event's ranks are only
    incomplete without them, the other rows are told to wait for those rows, not that a rank is missing.
    """
    standing: dict[tuple[int, str], dict[object, int]] = {}
    for (cid, name), (event_id, _) in ledger.events.items():
        if event_id in ledger.ranks and (cid, name) not in ledger.event_clashes:
            standing[(cid, name)] = dict(ledger.ranks[event_id])
    for row, draft in _checked(plan):
        ranks = standing.setdefault(draft.event_key, {})
        key: object = draft.entry_id if draft.entry_id is not None else ("row", row.number)
        if draft.rank is None:
            ranks.pop(key, None)
        else:
            ranks[key] = draft.rank
    refused: dict[tuple[int, str], list[int]] = {}
    meant = {event: dict(ranks) for event, ranks in standing.items()}
    for row in plan.invalid_rows:
        if row.number in intended:
            event, key, rank = intended[row.number]
            refused.setdefault(event, []).append(row.number)
            if rank is not None:
                meant.setdefault(event, {})[key] = rank
    marks: dict[tuple[int, str], tuple[str, set[int]]] = {}  # event → (problem, rows not to mark)
    for event in standing.keys() | meant.keys():
        waiting = refused.get(event, [])
        problem = rank_problem(list(standing.get(event, {}).values()))
        if waiting and (meant_problem := rank_problem(list(meant[event].values()))):
            marks[event] = (meant_problem, set())  # wrong even as meant: said as meant, on every row
        elif waiting and problem:
            numbers = "、".join(str(n) for n in waiting)
            marks[event] = (f"第{numbers}行未通过检查，没有该行本项目的名次不完整；请改正第{numbers}行后再一起导入本项目。",
                            set(waiting))
        elif problem:
            marks[event] = (problem, set())
    if not marks:
        return
    contests = {c.id: key for key, found in ledger.contests.items() for c in found if not c.voided}
    event_names = {draft.event_key: draft.event_name for _, draft in _checked(plan)}
    for row in plan.rows:
        raw = row.raw
        where = (name_key(text(raw.get("competition"))), name_key(text(raw.get("event"))))
        for (cid, event), (problem, spared) in marks.items():
            if (contests.get(cid), event) == where and row.number not in spared:
                name = event_names.get((cid, event), text(raw.get("event")))
                _refuse(plan, row, "rank", f"项目“{name}”的{problem}")


def _notice_creations(plan: ImportPlan, ledger: Ledger) -> None:
    """Say on the first valid row which events and teams the import creates."""
    events: set[tuple[int, str]] = set()
    teams: set[tuple[int, str]] = set()
    for row, draft in _checked(plan):
        if draft.event_id is None and draft.event_key not in events:
            events.add(draft.event_key)
            row.notices.insert(0, f"项目“{draft.event_name}”尚不存在，导入时新建（参赛类型：{KIND_OF_CHOICE[draft.kind]}）。")
        team = (draft.competition_id, name_key(draft.team_name))
        if draft.kind == "team" and draft.team_id is None and team not in teams:
            teams.add(team)
            row.notices.append(f"队伍“{draft.team_name}”尚不存在，导入时新建（队员请在 竞赛 页登记）。")

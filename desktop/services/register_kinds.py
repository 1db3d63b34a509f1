"""One entry point per Excel action for every register (members, organizations, aid, hardship, results).

The command line and the GUI (the Excel button, the import wizard) call these, so both offer the
same kinds with the same behaviour. Heavy modules are imported when a kind is first used.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.services.errors import ServiceError

if TYPE_CHECKING:  # kept light: the command line imports this module to build its parser
    from db import Database
    from desktop.domain.periods import Period
    from desktop.services.actor import Actor
    from desktop.services.import_plan import ImportPlan
    from desktop.services.member_import import ImportResult
    from desktop.tasks import TaskControl

KINDS = ("members", "organizations", "aid", "hardship", "results")
LABELS = {"members": "会员", "organizations": "建会单位", "aid": "发放记录", "hardship": "困难职工档案",
          "results": "竞赛成绩"}
PERIOD_KINDS = ("aid", "hardship", "results")  # exports that take --period (results: competitions starting in it)


def write_template(db: Database, kind: str, out: Path) -> None:
    if kind == "aid":
        from desktop.services.aid_export import write_aid_template

        write_aid_template(db, out)
    elif kind == "hardship":
        from desktop.services.hardship_export import write_hardship_template

        write_hardship_template(db, out)
    elif kind == "results":
        from desktop.services.results_export import write_results_template

        write_results_template(db, out)
    else:
        from desktop.services import register_export

        register_export.write_template(db, kind, out)


def export(db: Database, actor: Actor, kind: str, out: Path, *, period: Period | None = None,
           control: TaskControl | None = None) -> int:
    """Write the register to ``out``; returns the number of rows."""
    if period is not None and kind not in PERIOD_KINDS:
        raise ServiceError(f"{LABELS[kind]}名册导出的是当前名册，不能按期间导出；请去掉期间后重试。")
    if kind == "aid":
        from desktop.services.aid_export import export_aid

        return export_aid(db, actor, out, period=period, control=control)
    if kind == "hardship":
        from desktop.services.hardship_export import export_hardship

        return export_hardship(db, actor, out, period=period, control=control)
    if kind == "results":
        from desktop.services.results_export import export_results

        return export_results(db, actor, out, period=period, control=control)
    from desktop.services.register_export import export_members, export_organizations

    if kind == "members":
        return export_members(db, actor, out, control=control)
    return export_organizations(db, actor, out)


def plan_import(db: Database, kind: str, path: Path, *, update: bool = False, manual: Mapping[int, str] | None = None,
                control: TaskControl | None = None) -> ImportPlan:
    """Read and check the file; nothing is written."""
    if kind == "aid":
        from desktop.services.aid_import import plan_aid_import
        from desktop.services.aid_import_apply import UPDATE_REFUSED

        if update:
            raise ServiceError(UPDATE_REFUSED)
        return plan_aid_import(db, path, manual=manual, control=control)
    if kind == "hardship":
        from desktop.services.hardship_import import plan_hardship_import

        return plan_hardship_import(db, path, update=update, manual=manual, control=control)
    if kind == "results":
        from desktop.services.results_import import plan_results_import

        return plan_results_import(db, path, update=update, manual=manual, control=control)
    if kind == "members":
        from desktop.services.member_import import plan_member_import

        return plan_member_import(db, path, update=update, manual=manual, control=control)
    from desktop.services.organization_import import plan_organization_import

    return plan_organization_import(db, path, manual=manual, control=control)


def apply_import(db: Database, actor: Actor, plan: ImportPlan, *, skip_invalid: bool = False, update: bool = False,
                 confirm: frozenset[str] = frozenset(), control: TaskControl | None = None) -> ImportResult:
    """Write the plan's valid rows in one transaction (see each register's ``apply_*``)."""
    if plan.kind == "aid":
        from desktop.services.aid_import import AidImportPlan
        from desktop.services.aid_import_apply import apply_aid_import

        assert isinstance(plan, AidImportPlan)
        return apply_aid_import(db, actor, plan, skip_invalid=skip_invalid, confirm=confirm, control=control)
    if plan.kind == "hardship":
        from desktop.services.hardship_import import apply_hardship_import

        return apply_hardship_import(db, actor, plan, skip_invalid=skip_invalid, update=update, control=control)
    if plan.kind == "results":  # ``update`` was applied when planning: rows overwriting recorded results
        from desktop.services.results_import_apply import apply_results_import

        return apply_results_import(db, actor, plan, skip_invalid=skip_invalid, control=control)
    if plan.kind == "members":
        from desktop.services.member_import import apply_member_import

        return apply_member_import(db, actor, plan, skip_invalid=skip_invalid, update=update, control=control)
    from desktop.services.organization_import import apply_organization_import

    return apply_organization_import(db, actor, plan, skip_invalid=skip_invalid, control=control)


def plan_warnings(plan: ImportPlan) -> list[str]:
    """Sentences about the whole file the clerk should see before importing (campaigns over budget)."""
    return list(getattr(plan, "budget_warnings", ()))

"""The rules behind the batch grid, without widgets: who a typed line means, what is wrong with a row.

A lookup text is what the clerk types in the first column: a name, pinyin initials, the last digits of
an ID number, a phone number — or a full ID number, optionally with the name ("张三 110105…"), which
registers a non-member when the ledger does not know the number yet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from db import Database
from desktop.domain._text import to_halfwidth
from desktop.domain.masking import mask_id_number
from desktop.domain.money import InvalidAmount, format_amount, parse_amount
from desktop.services.disbursements import STATUS_LABELS, earlier_aid
from desktop.services.member_rules import InvalidMember
from desktop.services.person_rules import Identity
from desktop.services.persons import PersonRow, checked_identity, search_persons

_FULL_ID = re.compile(r"\d{17}[\dX]|\d{15}")
_SEPARATORS = " \t,，、;；/|:："
HEADER_WORDS = ("姓名", "证件", "身份证", "名字", "name")


@dataclass
class Resolution:
    """Who a lookup text means: a person of the ledger, a new person to register, or a problem."""

    person: PersonRow | None = None
    identity: Identity | None = None  # not in the ledger yet: registered as a non-member on saving
    candidates: list[PersonRow] = field(default_factory=list)  # several matches: the clerk chooses
    problem: str = ""

    @property
    def key(self) -> object | None:
        """Identifies the person across rows (a new person by their ID number)."""
        if self.person is not None:
            return self.person.id
        if self.identity is not None:
            return (self.identity.id_type, self.identity.id_number)
        return None

    @property
    def name(self) -> str:
        return self.person.name if self.person else self.identity.name if self.identity else ""


@dataclass
class RowState:
    resolution: Resolution = field(default_factory=Resolution)
    earlier: str = ""  # the person already has a standing record in this campaign
    save_error: str = ""  # why the service refused the row when saving (cleared by the next edit)


def split_lookup(text: str) -> tuple[str, str]:
    """("张三", "11010519491231002X") from "张三 11010519491231002x"; ("张三", "") when there is no full ID."""
    raw = to_halfwidth(text or "").strip().upper()
    match = _FULL_ID.search(raw.replace(" ", ""))
    if match is None:
        return raw.strip(_SEPARATORS), ""
    number = match.group(0)
    rest = raw.replace(" ", "").replace(number, " ", 1)
    name = "".join(part for part in re.split(f"[{re.escape(_SEPARATORS)}]+", rest) if part)
    return name, number


def person_label(resolution: Resolution) -> str:
    if resolution.person is not None:
        p = resolution.person
        return f"{p.name}  {mask_id_number(p.id_number)}  {p.member_label}"
    if resolution.identity is not None:
        i = resolution.identity
        new = QCoreApplication.translate("batch_rows", "new (non-member)")
        return f"{i.name}  {mask_id_number(i.id_number)}  {new}"
    return ""


def choice_label(person: PersonRow) -> str:
    parts = [person.name, mask_id_number(person.id_number), person.member_label]
    if person.organization_name:
        parts.append(person.organization_name)
    return "  ".join(parts)


def resolve(db: Database, text: str) -> Resolution:
    """Look the typed text up with the 会员 search (see the module docstring)."""
    name, number = split_lookup(text)
    if number:
        known = [p for p in search_persons(db, number) if p.id_number.upper() == number]
        if len(known) == 1:
            person = known[0]
            if name and name != person.name:
                message = QCoreApplication.translate(
                    "batch_rows", "ID number {0} belongs to “{1}” in the ledger, not “{2}”: check the name or the number.")
                return Resolution(problem=message.format(mask_id_number(number), person.name, name))
            return Resolution(person=person)
        if not name:
            return Resolution(problem=QCoreApplication.translate(
                "batch_rows", "No one in the ledger has this ID number; to register a new person type the name before it, "
                              "e.g. “张三 110105…”."))
        try:
            return Resolution(identity=checked_identity(name, number))
        except InvalidMember as exc:
            return Resolution(problem="；".join(p.message for p in exc.problems))
    found = search_persons(db, text, limit=30)
    if len(found) == 1:
        return Resolution(person=found[0])
    if found:
        message = QCoreApplication.translate(
            "batch_rows", "{0} people match: press Enter on this cell to choose one, or type more of the ID number.")
        return Resolution(candidates=found, problem=message.format(len(found)))
    return Resolution(problem=QCoreApplication.translate(
        "batch_rows", "Not found: type the ID number (with the name for a new person)."))


def earlier_text(db: Database, person_id: int, campaign_id: int) -> str:
    """Why the person cannot be aided again in the campaign, or ""."""
    with db.read_session() as session:
        earlier = earlier_aid(session, person_id, campaign_id)
        if not earlier:
            return ""
        first = earlier[0]
        message = QCoreApplication.translate(
            "batch_rows", "Already aided in this campaign ({0}, {1}, {2}); a second payment needs an approver's override.")
        return message.format(first.aid_date.isoformat(), format_amount(first.cash_fen + first.items_value_fen),
                              STATUS_LABELS.get(first.status, first.status))


def amount(text: str) -> tuple[int, str]:
    """(fen, "") for a typed amount ("" is 0), or (0, the problem)."""
    if not text.strip():
        return 0, ""
    try:
        return parse_amount(text), ""
    except InvalidAmount as exc:
        return 0, str(exc)


def amount_problems(cash_text: str, items: str, value_text: str) -> tuple[int, int, list[str]]:
    cash, cash_problem = amount(cash_text)
    value, value_problem = amount(value_text)
    problems = [p for p in (cash_problem, value_problem) if p]
    if not problems:
        if cash + value == 0:
            problems.append(QCoreApplication.translate("batch_rows", "Cash and items value cannot both be zero."))
        elif value > 0 and not items.strip():
            problems.append(QCoreApplication.translate("batch_rows", "An items value is given: say which items."))
        elif items.strip() and value == 0:
            problems.append(QCoreApplication.translate("batch_rows", "Give the value of the items."))
    return cash, value, problems


def parse_pasted(text: str, width: int = 5) -> list[list[str]]:
    """Rows copied from Excel (tab-separated), each padded to ``width``; blank lines and a header dropped."""
    lines = [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]
    rows = [[cell.strip().strip('"') for cell in line.split("\t")][:width] for line in lines]
    rows = [row + [""] * (width - len(row)) for row in rows]
    if rows and any(word in rows[0][0].lower() for word in HEADER_WORDS) and (not rows[0][1] or amount(rows[0][1])[1]):
        rows = rows[1:]
    return rows

"""操作日志: append events to the SHA-256 chain, verify it, list it."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import AuditChainHead, AuditEvent, Unit
from desktop.services.actor import Actor

GENESIS_HASH = "0" * 64


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def canonical_json(data: Mapping[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """``{field: [before, after]}`` for every field whose value differs."""
    keys = list(dict.fromkeys([*before, *after]))
    return {
        k: [_jsonable(before.get(k)), _jsonable(after.get(k))]
        for k in keys
        if before.get(k) != after.get(k)
    }


def event_hash(event: AuditEvent) -> str:
    payload = [
        event.id, event.occurred_at, event.actor, event.action, event.entity_type,
        event.entity_uuid, event.changes_json, event.prev_hash,
    ]
    encoded = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()


def record(
    session: Session,
    actor: Actor,
    action: str,
    *,
    entity_type: str = "",
    entity_uuid: str = "",
    changes: Mapping[str, Any] | None = None,
) -> AuditEvent:
    """Append one event to the chain inside the caller's transaction."""
    head = session.get(AuditChainHead, 1)
    if head is None:
        last_id = session.scalar(select(func.max(AuditEvent.id))) or 0
        head = AuditChainHead(id=1, last_event_id=last_id, last_hash=GENESIS_HASH)
        session.add(head)
    event = AuditEvent(
        id=head.last_event_id + 1,
        occurred_at=datetime.now(UTC).isoformat(timespec="microseconds"),
        actor=actor.username,
        action=action,
        entity_type=entity_type,
        entity_uuid=entity_uuid,
        changes_json=canonical_json({k: _jsonable(v) for k, v in (changes or {}).items()}),
        prev_hash=head.last_hash,
    )
    event.hash = event_hash(event)
    session.add(event)
    head.last_event_id = event.id
    head.last_hash = event.hash
    return event


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events_checked: int
    broken_event_id: int | None = None
    reason: str = ""


def verify_chain(session: Session) -> ChainReport:
    """Walk the whole chain; report the first event that was edited, inserted or removed."""
    expected_id, prev_hash, count = 1, GENESIS_HASH, 0
    rows = session.execute(select(AuditEvent).order_by(AuditEvent.id).execution_options(yield_per=2000))
    for event in rows.scalars():
        count += 1
        if event.id != expected_id:
            return ChainReport(False, count, event.id, f"操作日志第 {expected_id} 条缺失（可能被删除），链在第 {event.id} 条处断开。")
        if event.prev_hash != prev_hash:
            return ChainReport(False, count, event.id, f"操作日志第 {event.id} 条与前一条对不上（前后记录可能被插入、删除或修改）。")
        if event_hash(event) != event.hash:
            return ChainReport(False, count, event.id, f"操作日志第 {event.id} 条的内容在程序之外被修改过（{event.action},{event.occurred_at}）。")
        expected_id, prev_hash = event.id + 1, event.hash
    head = session.get(AuditChainHead, 1)
    last_id = expected_id - 1
    if head is None and count:
        return ChainReport(False, count, last_id, "操作日志的链头记录缺失（可能在程序之外被删除）。")
    if head is None and session.scalar(select(Unit.id).limit(1)) is not None:
        # Setting up a ledger always writes events, so a set-up ledger with none was wiped.
        return ChainReport(False, 0, 1, "操作日志已被整体删除：台账中有本单位信息，却没有任何操作记录。")
    if head is not None and (head.last_event_id != last_id or head.last_hash != prev_hash):
        if head.last_event_id > last_id:
            return ChainReport(False, count, last_id + 1, f"操作日志第 {last_id + 1} 条至第 {head.last_event_id} 条被删除。")
        return ChainReport(False, count, head.last_event_id + 1, f"操作日志第 {head.last_event_id + 1} 条不是由程序写入的（在程序之外插入）。")
    return ChainReport(True, count)


@dataclass(frozen=True)
class AuditEntry:
    id: int
    occurred_at: datetime
    actor: str
    action: str
    entity_type: str
    entity_uuid: str
    changes: dict[str, Any]


def recent_events(session: Session, limit: int = 500) -> list[AuditEntry]:
    rows = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit))
    return [
        AuditEntry(e.id, datetime.fromisoformat(e.occurred_at), e.actor, e.action,
                   e.entity_type, e.entity_uuid, json.loads(e.changes_json))
        for e in rows
    ]

"""Preview and export a report: figures → document → PDF → (attachment, QR, signature) → archive.

The GUI's 报表 page and ``union-ledger report`` both call ``preview_report`` and
``export_report``; nothing here knows about Qt.
"""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from db import Database
from db.models import ReportExport
from desktop.domain.china_time import to_china_time
from desktop.domain.periods import Period, cn_date
from desktop.reports.model import ReportDocument
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.errors import ServiceError
from desktop.services.permissions import require_role
from desktop.services.report_archive import allocate_serial, latest_export
from desktop.services.unit import UnitInfo, get_unit

__all__ = ["EXPORTERS", "SIGNERS", "ExportedReport", "ReportPreview", "export_report", "preview_report"]

EXPORTERS = ("admin", "clerk", "approver")
SIGNERS = ("approver",)
PREVIEW_SERIAL = "（预览，未编号）"


@dataclass(frozen=True)
class ReportPreview:
    kind: str
    period: Period
    data: dict[str, Any]
    document: ReportDocument
    pdf: bytes
    pages: int


@dataclass(frozen=True)
class ExportedReport:
    serial: str
    kind: str
    period: Period
    path: Path
    pages: int
    signed: bool
    supersedes: str
    pdf_sha256: str
    data_sha256: str
    title: str


def _check_kind(kind: str) -> None:
    from desktop.services.report_figures import REPORT_KINDS

    if kind not in REPORT_KINDS:
        raise ServiceError(f"没有“{kind}”这种报表，可选：{'、'.join(REPORT_KINDS)}。", field="kind")


def _date_texts(moment: datetime) -> tuple[str, str]:
    local = to_china_time(moment)
    day = cn_date(local.date())
    return f"制表时间：{day} {local:%H:%M}", day


def _unit(db: Database) -> UnitInfo:
    unit = get_unit(db)
    if unit is None:
        raise ServiceError("尚未设置本单位信息，不能生成报表。")
    return unit


def _document(data: dict[str, Any], *, serial: str, moment: datetime, clerk_name: str,
              approver_name: str, supersedes: str = "", qr_payload: str = "") -> ReportDocument:
    from desktop.services.report_layout import build_document

    generated, day = _date_texts(moment)
    # the head of the form comes from the data itself, so it always matches the embedded JSON
    return build_document(data, unit_name=data["unit"]["name"], unit_code=data["unit"]["code"], serial=serial,
                          generated_text=generated, clerk_name=clerk_name, approver_name=approver_name,
                          date_text=day if approver_name else "", supersedes=supersedes, qr_payload=qr_payload)


def _render(document: ReportDocument):  # -> (bytes, RenderResult)
    from desktop.reports.render import render_report

    buffer = io.BytesIO()
    result = render_report(document, buffer)
    return buffer.getvalue(), result


def _names(unit: UnitInfo, actor: Actor) -> tuple[str, str]:
    """(经办人, 负责人) printed under the signature lines before anyone signs by hand."""
    clerk = actor.display_name if actor.role == "clerk" else unit.contact_name
    approver = actor.display_name if actor.role == "approver" else unit.leader_name
    return clerk, approver


def preview_report(db: Database, actor: Actor, kind: str, period: Period) -> ReportPreview:
    """The report as it would be exported, without a serial, QR code or signature; nothing recorded."""
    from desktop.services.report_figures import report_data

    _check_kind(kind)
    with db.read_session() as session:
        require_role(session, actor, *EXPORTERS)
    data = report_data(db, kind, period)
    unit = _unit(db)
    clerk, approver = _names(unit, actor)
    document = _document(data, serial=PREVIEW_SERIAL, moment=datetime.now(UTC),
                         clerk_name=clerk, approver_name=approver)
    pdf, result = _render(document)
    return ReportPreview(kind, period, data, document, pdf, result.pages)


def _qr_payload(identity: Any, kind: str, period: Period, serial: str, data: dict[str, Any],
                unit_code: str) -> str:
    from desktop.services.report_figures import key_totals
    from desktop.signing.conventions import data_sha256
    from desktop.signing.qr_payload import QrFields, make_payload

    fields = QrFields(serial=serial, unit_code=unit_code, period_code=period.code, kind=kind,
                      totals=key_totals(data), data_sha256=data_sha256(data), key_id=identity.key_id)
    return make_payload(fields, identity.private_key)


def _check_folder(out: Path) -> None:
    """Refuse, before any number is allocated, a file whose folder is missing or cannot be written."""
    folder = out.parent
    if not folder.is_dir():
        raise ServiceError(f"保存报表的文件夹不存在：{folder}，请先建立该文件夹或另选位置。", field="out")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ServiceError(f"没有权限在文件夹 {folder} 中保存文件，请另选位置。", field="out")
    if out.is_dir():
        raise ServiceError(f"{out} 是一个文件夹，请另取文件名。", field="out")


def _write_atomically(path: Path, content: bytes) -> Path:
    """Write ``content`` next to ``path`` (a hidden .part file, flushed to disk); the caller renames it."""
    temporary = path.with_name(f".{path.name}.part")
    try:
        with open(temporary, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ServiceError(f"无法保存报表文件 {path}：{exc.strerror or exc}，报表未生成，编号未占用。",
                           field="out") from exc
    return temporary


def export_report(db: Database, actor: Actor, kind: str, period: Period, out: Path, *, sign: bool = False,
                  password: str | None = None, now: datetime | None = None) -> ExportedReport:
    """Export one report to ``out`` and record it; with ``sign`` an approver's password unlocks the key.

    The serial is allocated, the file written and the archive entry recorded in one
    transaction: a failure leaves neither a number used up nor a file behind.
    """
    from desktop.services.report_figures import report_data
    from desktop.services.report_layout import report_title
    from desktop.signing.conventions import canonical_json

    _check_kind(kind)
    out = Path(out)
    if out.suffix.lower() != ".pdf":
        raise ServiceError(f"报表文件名应以 .pdf 结尾：{out.name}", field="out")
    _check_folder(out)
    moment = now or datetime.now(UTC)
    identity = None
    with db.read_session() as session:
        require_role(session, actor, *(SIGNERS if sign else EXPORTERS))
    if sign:
        from desktop.services.signing_identity import unlock_identity

        identity = unlock_identity(db, actor, password or "")
    unit = _unit(db)
    data = report_data(db, kind, period, unit=unit)
    clerk, approver = _names(unit, actor)
    temporary: Path | None = None
    placed = False  # the file is at ``out`` but the transaction that records it has not committed yet
    try:
        with db.session() as session:
            serial, year, sequence = allocate_serial(session, kind, period)
            previous = latest_export(session, kind, period)
            supersedes = previous.serial if previous is not None else ""
            # the embedded data names its own serial and what it replaces, so both are signed with it
            data = {**data, "serial": serial, "supersedes": supersedes}
            attachment = canonical_json(data)
            data_hash = hashlib.sha256(attachment).hexdigest()
            qr = _qr_payload(identity, kind, period, serial, data, unit.code) if identity else ""
            document = _document(data, serial=serial, moment=moment, clerk_name=clerk,
                                 approver_name=approver, supersedes=supersedes, qr_payload=qr)
            pdf, rendered = _render(document)
            if identity is not None:
                from desktop.signing.pdf_sign import sign_pdf

                box = rendered.seal_box
                pdf = sign_pdf(pdf, identity, seal_box=(box.page_index, box.x0, box.y0, box.x1, box.y1),
                               attachment=attachment, signer_name=actor.display_name, unit_name=unit.name)
            else:
                from desktop.signing.pdf_sign import embed_attachment

                pdf = embed_attachment(pdf, attachment)
            pdf_hash = hashlib.sha256(pdf).hexdigest()
            temporary = _write_atomically(out, pdf)
            row = ReportExport(
                serial=serial, kind=kind, year=year, sequence=sequence, period_code=period.code,
                period_start=period.start, period_end=period.end,
                title=report_title(unit.name, kind, period.label), pages=rendered.pages,
                pdf_sha256=pdf_hash, data_sha256=data_hash, file_name=str(out.resolve()),
                signed=identity is not None, identity_id=identity.identity_id if identity else None,
                created_by_id=actor.user_id, signed_by_id=actor.user_id if identity else None,
                supersedes_id=previous.id if previous is not None else None, created_at=moment,
            )
            session.add(row)
            session.flush()
            audit.record(session, actor, "report.export", entity_type="report_export", entity_uuid=row.uuid,
                         changes={"serial": [None, serial], "kind": [None, kind],
                                  "period": [None, period.code], "signed": [None, row.signed],
                                  "pdf_sha256": [None, pdf_hash], "data_sha256": [None, data_hash],
                                  "supersedes": [None, supersedes or None]})
            try:
                os.replace(temporary, out)
            except OSError as exc:
                raise ServiceError(f"无法保存报表文件 {out}：{exc.strerror or exc}，报表未生成，编号未占用。",
                                   field="out") from exc
            temporary, placed = None, True
        placed = False  # committed: the file and its record stand together
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        if placed:  # the record was rolled back: a file with that serial must not stay behind
            out.unlink(missing_ok=True)
    return ExportedReport(serial=serial, kind=kind, period=period, path=out, pages=rendered.pages,
                          signed=identity is not None, supersedes=supersedes, pdf_sha256=pdf_hash,
                          data_sha256=data_hash, title=row.title)


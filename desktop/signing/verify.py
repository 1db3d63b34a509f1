"""Checking a signed report file, or a QR payload scanned from a paper copy, offline.

``verify_pdf`` trusts nothing in the file: the one signature (``SIGNATURE_FIELD``) must be
intact and cover the entire file (any incremental update after it fails), chain to a trusted
certificate when one is given, the embedded data must be the schema-versioned JSON whose
SHA-256 the QR carries, and the QR read from the rendered last page must be signed by the
file's signer and name the same report (serial, kind, period, unit, key totals) as the data.
Every outcome is a ``Check`` with one Chinese sentence; no input raises.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.services.errors import ServiceError
from desktop.signing import conventions
from desktop.signing.qr_payload import (
    QrFields,
    asn1_certificate,
    check_payload,
    key_id,
    load_certificate,
    read_payload,
)
from desktop.signing.signer_checks import key_usage_problem, names_unit, validity_problem
from desktop.signing.verify_qr import embedded_files, read_last_page_qr

for _name in ("pyhanko", "pyhanko_certvalidator"):  # their validation warnings carry tracebacks
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False

KIND_LABELS = {"summary": "综合汇总", "members": "会员情况", "aid": "帮扶资金", "competitions": "劳动竞赛"}
PADES_SUBFILTER = "/ETSI.CAdES.detached"


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    message: str


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checks: tuple[Check, ...]
    serial: str = ""
    kind: str = ""
    period_code: str = ""
    unit_code: str = ""
    signer_subject: str = ""
    signed_at: datetime | None = None
    totals: dict[str, int] = field(default_factory=dict)
    data: dict | None = None
    signer_key_id: str = ""

    def failures(self) -> list[Check]:
        return [c for c in self.checks if not c.ok]

    def as_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "serial": self.serial, "kind": self.kind, "period_code": self.period_code,
                "unit_code": self.unit_code, "signer_subject": self.signer_subject,
                "signer_key_id": self.signer_key_id,
                "signed_at": self.signed_at.isoformat() if self.signed_at else None, "totals": self.totals,
                "checks": [{"name": c.name, "ok": c.ok, "message": c.message} for c in self.checks],
                "data": self.data}


def _key_totals(data: dict[str, Any]) -> dict[str, int] | None:
    """The key totals the writer put in the QR, recomputed from the data; None when unknown."""
    try:
        from desktop.services.report_totals import key_totals
    except ImportError:
        return None
    return dict(key_totals(data))


def _text_at(data: Any, *path: str) -> str | None:
    """``data[path[0]][path[1]]…`` when every step is a dict and the end a string; else None."""
    for step in path:
        if not isinstance(data, dict):
            return None
        data = data.get(step)
    return data if isinstance(data, str) else None


def _trust_certificates(trust: Sequence[bytes] | None) -> list[Any]:
    from cryptography import x509

    certs: list[Any] = []
    for blob in trust or ():
        if b"-----BEGIN" in blob:
            try:
                certs += x509.load_pem_x509_certificates(blob)
            except ValueError:
                raise ServiceError("受信任的证书文件无法读取：不是 PEM 或 DER 格式的 X.509 证书。", field="trust") from None
        else:
            certs.append(load_certificate(blob))
    return certs


def subject_text(cert: Any) -> str:
    """``CN（O，serialNumber）`` of an asn1crypto certificate, for people."""
    names = cert.subject.native
    head = names.get("common_name") or names.get("organization_name") or cert.subject.human_friendly
    extra = [str(v) for k in ("organization_name", "serial_number") if (v := names.get(k)) and v != head]
    return f"{head}（{'，'.join(extra)}）" if extra else str(head)


# --- the parts of verify_pdf ---------------------------------------------------------------

def _signature_checks(reader: Any, trust_certs: list[Any]) -> tuple[list[Check], Any]:
    """Checks for the signature, its coverage and trust; the pyHanko status (None when absent)."""
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    signatures = reader.embedded_signatures
    if not signatures:
        return [Check("signature", False, "文件中没有数字签名，不是经过签章的报表。")], None
    if len(signatures) > 1:
        return [Check("signature", False, f"文件中有 {len(signatures)} 个签名，签章报表应只有一个。")], None
    sig = signatures[0]
    checks: list[Check] = []
    if sig.field_name != conventions.SIGNATURE_FIELD:
        checks.append(Check("signature_field", False, f"签名域名称为“{sig.field_name}”，不是本软件的单位签章域。"))
    subfilter = str(sig.sig_object.get("/SubFilter", ""))
    if subfilter != PADES_SUBFILTER:
        checks.append(Check("signature_format", False,
                            f"签名格式为“{subfilter.lstrip('/') or '未注明'}”，不是本软件使用的 PAdES 签名。"))
    context = ValidationContext(trust_roots=[asn1_certificate(c) for c in trust_certs], allow_fetching=False, revocation_mode="soft-fail")
    status = validate_pdf_signature(sig, signer_validation_context=context)
    if status.intact and status.valid:
        checks.append(Check("signature", True, "签名在密码学上有效，签名所覆盖的内容未被改动。"))
    elif not status.intact:
        checks.append(Check("signature", False, "签名与文件内容不符：文件在签名后被改动过。"))
    else:
        checks.append(Check("signature", False, "签名值无法用签名证书验证，签名无效。"))
    coverage = status.coverage
    if coverage == SignatureCoverageLevel.ENTIRE_FILE:
        checks.append(Check("coverage", True, "签名覆盖整个文件，签名后没有追加任何修改。"))
    elif coverage == SignatureCoverageLevel.ENTIRE_REVISION:
        checks.append(Check("coverage", False, "文件在签名后被追加修改（增量更新），签名未覆盖整个文件。"))
    else:
        checks.append(Check("coverage", False, "签名只覆盖了文件的一部分，文件结构异常。"))
    subject = subject_text(status.signing_cert)
    kid = key_id(status.signing_cert.dump())
    if not trust_certs:
        checks.append(Check("trust", True, f"未与受信任的证书比对（签名人：{subject}，证书标识 {kid[:16]}）；"
                                           "如需确认签名人，请用 --trust 指定上级工会提供的证书。"))
    elif not (status.intact and status.valid):
        checks.append(Check("trust", False, "签名本身无效，无法确认签名证书是否受信任。"))
    elif status.trusted:
        checks.append(Check("trust", True, "签名证书就是受信任的证书，或由其签发。"))
    else:
        checks.append(Check("trust", False, f"签名证书（{subject}）不是受信任的证书，也不由其签发。"))
    problems = [p for p in (validity_problem(status.signing_cert, status.signer_reported_dt),
                            key_usage_problem(status.signing_cert)) if p]
    checks.append(Check("certificate", not problems, "；".join(p.rstrip("。") for p in problems) + "。" if problems
                        else "签名时签名证书在有效期内，密钥用途允许签章。"))
    return checks, status


def _unit_check(status: Any, unit_code: str) -> list[Check]:
    """The signing certificate must name the unit whose report this is."""
    if status is None or not unit_code:
        return []
    if names_unit(status.signing_cert, unit_code):
        return [Check("signer_unit", True, f"签名证书写明的单位代码与报表的单位代码 {unit_code} 一致。")]
    return [Check("signer_unit", False, f"签名证书（{subject_text(status.signing_cert)}）中没有报表所属单位的代码 "
                                        f"{unit_code}：该证书不是为这个单位签发的。")]


def _attachment_checks(reader: Any) -> tuple[list[Check], bytes | None, dict | None]:
    try:
        found = embedded_files(reader)
    except Exception:  # a broken structure is a failed check, never a traceback
        found = []
    if not found:
        return [Check("attachment", False, f"文件中没有嵌入报表数据附件（{conventions.ATTACHMENT_NAME}）。")], None, None
    if len(found) > 1:
        return [Check("attachment", False, f"文件中有 {len(found)} 个同名的报表数据附件，无法确定以哪个为准。")], None, None
    raw = found[0]
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return [Check("attachment", False, "报表数据附件不是有效的 JSON。")], raw, None
    if not isinstance(data, dict) or data.get("schema") != conventions.DATA_SCHEMA:
        return [Check("attachment", False, "报表数据附件不是本软件的报表数据格式。")], raw, None
    if data.get("version") != conventions.DATA_VERSION:
        return [Check("attachment", False, f"报表数据附件的格式版本（{data.get('version')}）本软件无法识别。")], raw, None
    return [Check("attachment", True, "报表数据附件存在，格式正确。")], raw, data


def _qr_checks(pdf: bytes, status: Any) -> tuple[list[Check], QrFields | None]:
    try:
        texts, visible = read_last_page_qr(pdf)
    except Exception:  # pdfium could not open or render the page
        return [Check("qr", False, "无法渲染最后一页，没有读到报表二维码。")], None
    if not texts:
        return [Check("qr", False, "最后一页上没有找到可识别的报表二维码。")], None
    if not visible:
        return [Check("qr", False, "报表二维码在最后一页上不可见或无法识别（只在文件内部的图像中找到），"
                                   "纸质报表无法凭此二维码核验。")], None
    if len(texts) > 1:
        return [Check("qr", False, f"最后一页上有 {len(texts)} 个不同的报表二维码，无法确定以哪个为准。")], None
    try:
        fields = read_payload(texts[0])
    except ServiceError as exc:
        return [Check("qr", False, exc.message)], None
    if status is None:
        return [Check("qr", False, "文件没有有效的签名证书，无法核对二维码的签名。")], fields
    try:
        fields = check_payload(texts[0], status.signing_cert.dump())
    except ServiceError as exc:
        return [Check("qr", False, f"{exc.message.rstrip('。')}（应由本文件的签名证书签发）。")], fields
    return [Check("qr", True, "二维码签名有效，由本文件的签名证书签发。")], fields


def _match_checks(raw: bytes | None, data: dict | None, qr: QrFields | None) -> list[Check]:
    if qr is None or raw is None:
        return []
    checks: list[Check] = []
    if hashlib.sha256(raw).hexdigest() == qr.data_sha256:
        checks.append(Check("data_hash", True, "报表数据附件的 SHA-256 与二维码中的数据摘要一致。"))
    else:
        checks.append(Check("data_hash", False, "报表数据附件的 SHA-256 与二维码中的数据摘要不一致：附件被替换过，或二维码来自另一份报表。"))
    if data is None:
        return checks
    differ: list[str] = []
    pairs = (("编号", _text_at(data, "serial"), qr.serial), ("报表类型", _text_at(data, "kind"), qr.kind),
             ("期间", _text_at(data, "period", "code"), qr.period_code),
             ("单位代码", _text_at(data, "unit", "code"), qr.unit_code))
    for label, in_data, in_qr in pairs:
        # the app's data carries no serial (the signed QR and the page do); the rest must be there
        if in_data != in_qr and not (label == "编号" and "serial" not in data):
            differ.append(label)
    try:
        expected = _key_totals(data)
    except Exception:  # data that the figures cannot read does not match anything
        expected, differ = None, [*differ, "关键合计（附件数据无法计算）"]
    if expected is not None and expected != qr.totals:
        differ.append("关键合计")
    if differ:
        checks.append(Check("qr_matches_data", False, f"二维码与报表数据不符（{'、'.join(differ)}）：二维码可能来自另一份报表。"))
    else:
        note = "" if expected is not None else "（关键合计未比对）"
        checks.append(Check("qr_matches_data", True, f"二维码中的编号、类型、期间和单位代码与报表数据一致{note}。"))
    return checks


def _failed(name: str, message: str) -> VerifyResult:
    return VerifyResult(ok=False, checks=(Check(name, False, message),))


def verify_pdf(pdf: bytes | Path, trust: Sequence[bytes] | None = None) -> VerifyResult:
    """Check a signed report file; ``trust`` holds PEM or DER certificates (None: not compared)."""
    if isinstance(pdf, Path):
        try:
            pdf = pdf.read_bytes()
        except OSError as exc:
            return _failed("file", f"无法读取文件：{exc.strerror or exc}。")
    if b"%PDF-" not in pdf[:1024]:
        return _failed("file", "这不是 PDF 文件。")
    trust_certs = _trust_certificates(trust)
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        checks, status = _signature_checks(reader, trust_certs)
    except Exception:  # truncated or corrupt: pyHanko raises many kinds
        return _failed("file", "PDF 文件已损坏或不完整（可能被截断），无法读取签名。")
    try:
        return _verify_parts(pdf, reader, checks, status)
    except Exception:  # any input the checks did not foresee fails, it never passes nor raises
        return VerifyResult(ok=False, checks=(*checks, Check("file", False, "文件内容异常，无法完成核验。")))


def _verify_parts(pdf: bytes, reader: Any, checks: list[Check], status: Any) -> VerifyResult:
    attachment, raw, data = _attachment_checks(reader)
    qr_part, qr = _qr_checks(pdf, status)
    unit_code = _text_at(data, "unit", "code") or (qr.unit_code if qr else "")
    checks += attachment + qr_part + _match_checks(raw, data, qr) + _unit_check(status, unit_code)
    return VerifyResult(
        ok=bool(checks) and all(c.ok for c in checks), checks=tuple(checks),
        serial=_text_at(data, "serial") or (qr.serial if qr else ""),
        kind=_text_at(data, "kind") or (qr.kind if qr else ""),
        period_code=_text_at(data, "period", "code") or (qr.period_code if qr else ""),
        unit_code=unit_code,
        signer_subject=subject_text(status.signing_cert) if status is not None else "",
        signer_key_id=key_id(status.signing_cert.dump()) if status is not None else "",
        signed_at=status.signer_reported_dt if status is not None else None,
        totals=dict(qr.totals) if qr else {}, data=data)


def verify_qr_text(text: str, trust: bytes) -> VerifyResult:
    """Check a payload scanned from paper against the unit's certificate (PEM or DER)."""
    certs = _trust_certificates([trust])
    try:
        fields = read_payload(text)
    except ServiceError as exc:
        return _failed("qr", exc.message)
    matching = [c for c in certs if key_id(c).startswith(fields.key_id)]
    if not matching:
        return VerifyResult(ok=False, checks=(Check("qr", False, "二维码不是用所给证书签发的（证书标识不符）。"),),
                            serial=fields.serial, kind=fields.kind, period_code=fields.period_code,
                            unit_code=fields.unit_code, totals=dict(fields.totals))
    cert = matching[0]
    checks: list[Check] = []
    try:
        fields = check_payload(text, cert)
        checks.append(Check("qr", True, "二维码签名有效：内容由所给证书的持有单位签发，未被改动。"))
    except ServiceError as exc:
        checks.append(Check("qr", False, exc.message))
    if problem := key_usage_problem(cert):
        checks.append(Check("certificate", False, problem))
    if names_unit(cert, fields.unit_code):
        checks.append(Check("signer_unit", True, f"证书写明的单位代码与二维码中的单位代码 {fields.unit_code} 一致。"))
    else:
        checks.append(Check("signer_unit", False, f"证书（{subject_text(asn1_certificate(cert))}）中没有二维码所写的单位代码 "
                                                  f"{fields.unit_code}：二维码自称的单位不是证书的持有单位。"))
    return VerifyResult(ok=all(c.ok for c in checks), checks=tuple(checks), serial=fields.serial, kind=fields.kind,
                        period_code=fields.period_code, unit_code=fields.unit_code,
                        signer_subject=subject_text(asn1_certificate(cert)), signer_key_id=key_id(cert),
                        totals=dict(fields.totals))

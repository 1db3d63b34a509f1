"""What verify demands of the signing certificate itself, whoever issued it.

pyHanko accepts a trust anchor as it is: a self-signed certificate given with ``--trust``
(or no ``--trust`` at all) is never checked for its validity period or key usage, and a
certificate issued by a trusted county CA may name any unit. These checks close that gap:

- the certificate was valid at the time the signature claims (not expired, not yet valid);
- when it has a KeyUsage extension, it allows digitalSignature or nonRepudiation;
- it names the report's unit code (统一社会信用代码) in its subject, so a certificate the
  county issued to one unit cannot sign another unit's report.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from cryptography import x509

from desktop.signing.qr_payload import load_certificate

CLOCK_SKEW = timedelta(days=1)  # a signing time this far ahead of the verifier's clock is still accepted


def _day(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d}"


def validity_problem(certificate: Any, signed_at: datetime | None, now: datetime | None = None) -> str | None:
    """One Chinese sentence when the certificate was not valid when it signed; None when it was."""
    cert = load_certificate(certificate)
    now = now or datetime.now(UTC)
    moment = signed_at or now
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    start, end = cert.not_valid_before_utc, cert.not_valid_after_utc
    period = f"有效期 {_day(start)} 至 {_day(end)}"
    if moment > now + CLOCK_SKEW:
        return f"签名时间（{_day(moment)}）晚于当前时间，签名时间不可信。"
    if moment < start:
        return f"签名时签名证书尚未生效（{period}，签名时间 {_day(moment)}）。"
    if moment > end:
        return f"签名时签名证书已过期（{period}，签名时间 {_day(moment)}）。"
    return None


def key_usage_problem(certificate: Any) -> str | None:
    """One Chinese sentence when the certificate may not sign documents; None when it may."""
    cert = load_certificate(certificate)
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return None  # RFC 5280: no KeyUsage extension, no restriction
    except ValueError:  # a malformed extension
        return "签名证书的密钥用途扩展无法读取，不能用于签章。"
    if usage.digital_signature or usage.content_commitment:
        return None
    return "签名证书的密钥用途不包括数字签名（digitalSignature）或不可否认（nonRepudiation），不能用于签章。"


def subject_values(certificate: Any) -> list[str]:
    cert = load_certificate(certificate)
    values: list[str] = []
    for attribute in cert.subject:
        value = attribute.value
        values.append(value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value))
    return values


def names_unit(certificate: Any, unit_code: str) -> bool:
    """Whether the certificate's subject names ``unit_code`` (as import-p12 requires of it)."""
    code = unit_code.strip().upper()
    return bool(code) and any(code in value.upper() for value in subject_values(certificate))

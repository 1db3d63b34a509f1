"""The signed payload of the QR code on a report's last page, readable from a paper copy.

Text form: ``"UL1:" + base45(binary)`` (RFC 9285). Every character is in the QR alphanumeric
alphabet, so the whole string is encoded in alphanumeric mode (5.5 bits per character).

Binary layout, version 1 (all integers big-endian)::

    offset  size   field
    0       1      format version = 1
    1       1      report kind: 1 summary, 2 members, 3 aid, 4 competitions
    2       1      signature algorithm: 1 RSA PKCS#1 v1.5 + SHA-256, 2 ECDSA + SHA-256 (DER)
    3       32     SHA-256 of the embedded canonical JSON (``conventions.canonical_json``)
    35      8      key id prefix: the first 8 bytes of SHA-256(signing certificate, DER)
    43      1+n    serial        (1 length byte, UTF-8)
    ..      1+n    unit code     (1 length byte, UTF-8; the 18-character 统一社会信用代码)
    ..      1+n    period code   (1 length byte, UTF-8; e.g. 2026Q3, 2026-01-01..2026-03-31)
    ..      1      number of totals (at most 8)
    ..             per total: 1 length byte + ASCII name (≤ 12), value as a zigzag LEB128 varint
    ..      2      signature length L
    ..      L      signature over every byte before the signature length field

An RSA-2048 signature makes the payload ~390 bytes, ~590 characters: a version-15 QR at
ECC level M. Nothing may follow the signature. A later format gets a new version byte (and
the prefix ``UL2:``); readers refuse versions they do not know.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from desktop.services.errors import ServiceError

PREFIX = "UL1:"
VERSION = 1
KINDS = ("summary", "members", "aid", "competitions")
ALG_RSA_PKCS1_SHA256 = 1
ALG_ECDSA_SHA256 = 2
KEY_ID_PREFIX_BYTES = 8
MAX_TOTALS = 8
_TOTAL_NAME = re.compile(r"[A-Za-z0-9_]{1,12}")

BASE45_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_BASE45_VALUE = {c: i for i, c in enumerate(BASE45_ALPHABET)}

_MALFORMED = "二维码内容不完整或已损坏，不是本软件生成的报表二维码，请重新扫描。"


@dataclass(frozen=True)
class QrFields:
    serial: str
    unit_code: str
    period_code: str
    kind: str
    totals: dict[str, int]
    data_sha256: str
    key_id: str  # full hex SHA-256 of the certificate when making; the 16-hex prefix when read


# --- base45 (RFC 9285) ---------------------------------------------------------------------

def b45encode(data: bytes) -> str:
    out: list[str] = []
    for i in range(0, len(data) - 1, 2):
        n = data[i] * 256 + data[i + 1]
        e, rest = divmod(n, 45 * 45)
        d, c = divmod(rest, 45)
        out += (BASE45_ALPHABET[c], BASE45_ALPHABET[d], BASE45_ALPHABET[e])
    if len(data) % 2:
        d, c = divmod(data[-1], 45)
        out += (BASE45_ALPHABET[c], BASE45_ALPHABET[d])
    return "".join(out)


def b45decode(text: str) -> bytes:
    """Raises ValueError on a character outside the alphabet or an impossible group."""
    try:
        values = [_BASE45_VALUE[c] for c in text]
    except KeyError as exc:
        raise ValueError(f"not base45: {exc}") from None
    if len(values) % 3 == 1:
        raise ValueError("base45 length")
    out = bytearray()
    for i in range(0, len(values), 3):
        group = values[i:i + 3]
        if len(group) == 3:
            n = group[0] + group[1] * 45 + group[2] * 45 * 45
            if n > 0xFFFF:
                raise ValueError("base45 group out of range")
            out += n.to_bytes(2, "big")
        else:
            n = group[0] + group[1] * 45
            if n > 0xFF:
                raise ValueError("base45 group out of range")
            out.append(n)
    return bytes(out)


# --- binary helpers ------------------------------------------------------------------------

def _varint(value: int) -> bytes:
    n = (value << 1) if value >= 0 else ((-value << 1) - 1)  # zigzag
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _short_text(text: str, what: str) -> bytes:
    raw = text.encode("utf-8")
    if len(raw) > 255:
        raise ValueError(f"{what} too long for the QR payload")
    return bytes([len(raw)]) + raw


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise ValueError("truncated")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def byte(self) -> int:
        return self.take(1)[0]

    def text(self) -> str:
        return self.take(self.byte()).decode("utf-8")

    def varint(self) -> int:
        n, shift = 0, 0
        while True:
            b = self.byte()
            n |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                break
            if shift > 70:
                raise ValueError("varint too long")
        return (n >> 1) if not n & 1 else -((n + 1) >> 1)


# --- keys and certificates -----------------------------------------------------------------

def load_certificate(certificate: Any) -> x509.Certificate:
    """A cryptography certificate from one, from PEM or DER bytes, or from an asn1crypto one."""
    if isinstance(certificate, x509.Certificate):
        return certificate
    if hasattr(certificate, "dump"):  # asn1crypto (pyHanko's signer certificate)
        certificate = certificate.dump()
    if isinstance(certificate, (bytes, bytearray)):
        raw = bytes(certificate)
        try:
            if b"-----BEGIN" in raw:
                return x509.load_pem_x509_certificate(raw)
            return x509.load_der_x509_certificate(raw)
        except ValueError:
            raise ServiceError("证书文件无法读取：不是 PEM 或 DER 格式的 X.509 证书。", field="trust") from None
    raise TypeError(f"not a certificate: {type(certificate).__name__}")


def key_id(certificate: Any) -> str:
    """Hex SHA-256 of the certificate's DER form, the identity the payload refers to."""
    cert = load_certificate(certificate)
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def asn1_certificate(certificate: x509.Certificate) -> Any:
    """The asn1crypto form of a cryptography certificate, as pyHanko wants it."""
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


# --- the payload ---------------------------------------------------------------------------

def _body(fields: QrFields, algorithm: int) -> bytes:
    if fields.kind not in KINDS:
        raise ValueError(f"unknown report kind {fields.kind!r}")
    digest = bytes.fromhex(fields.data_sha256)
    kid = bytes.fromhex(fields.key_id)[:KEY_ID_PREFIX_BYTES]
    if len(digest) != 32 or len(kid) != KEY_ID_PREFIX_BYTES:
        raise ValueError("data_sha256 must be 32 bytes and key_id at least 8 bytes (hex)")
    if len(fields.totals) > MAX_TOTALS:
        raise ValueError("too many totals for the QR payload")
    out = bytearray([VERSION, KINDS.index(fields.kind) + 1, algorithm])
    out += digest + kid
    for text, what in ((fields.serial, "serial"), (fields.unit_code, "unit code"), (fields.period_code, "period code")):
        out += _short_text(text, what)
    out.append(len(fields.totals))
    for name, value in fields.totals.items():
        if not _TOTAL_NAME.fullmatch(name) or isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"bad total {name!r}={value!r}: names are ≤ 12 ASCII letters/digits/_, values integers")
        out += _short_text(name, "total name") + _varint(value)
    return bytes(out)


def make_payload(fields: QrFields, private_key: Any) -> str:
    """The QR text for ``fields``, signed with the report's signing key (RSA or EC)."""
    if isinstance(private_key, rsa.RSAPrivateKey):
        algorithm = ALG_RSA_PKCS1_SHA256
        body = _body(fields, algorithm)
        signature = private_key.sign(body, padding.PKCS1v15(), hashes.SHA256())
    elif isinstance(private_key, ec.EllipticCurvePrivateKey):
        algorithm = ALG_ECDSA_SHA256
        body = _body(fields, algorithm)
        signature = private_key.sign(body, ec.ECDSA(hashes.SHA256()))
    else:
        raise TypeError(f"unsupported signing key {type(private_key).__name__}")
    return PREFIX + b45encode(body + len(signature).to_bytes(2, "big") + signature)


def _parse(text: str) -> tuple[QrFields, int, bytes, bytes]:
    text = text.strip()
    if not text.upper().startswith("UL") or ":" not in text[:5]:
        raise ServiceError("这不是本软件生成的报表二维码内容（应以“UL1:”开头）。", field="qr")
    if not text.startswith(PREFIX):
        raise ServiceError(f"报表二维码的格式版本（{text[:text.index(':')]}）本软件无法识别，请升级软件。", field="qr")
    try:
        raw = b45decode(text[len(PREFIX):])
        reader = _Reader(raw)
        if (version := reader.byte()) != VERSION:
            raise ServiceError(f"二维码内容的格式版本（{version}）本软件无法识别：内容可能有误，或须升级软件。", field="qr")
        kind_code, algorithm = reader.byte(), reader.byte()
        if not 1 <= kind_code <= len(KINDS) or algorithm not in (ALG_RSA_PKCS1_SHA256, ALG_ECDSA_SHA256):
            raise ValueError("kind or algorithm")
        digest, kid = reader.take(32), reader.take(KEY_ID_PREFIX_BYTES)
        serial, unit_code, period_code = reader.text(), reader.text(), reader.text()
        count = reader.byte()
        if count > MAX_TOTALS:
            raise ValueError("totals")
        totals: dict[str, int] = {}
        for _ in range(count):
            name = reader.text()
            if not _TOTAL_NAME.fullmatch(name):
                raise ValueError("total name")
            totals[name] = reader.varint()
        body_end = reader.pos
        signature = reader.take(int.from_bytes(reader.take(2), "big"))
        if reader.pos != len(raw) or not signature:
            raise ValueError("trailing bytes")
    except (ValueError, UnicodeDecodeError):
        raise ServiceError(_MALFORMED, field="qr") from None
    fields = QrFields(serial=serial, unit_code=unit_code, period_code=period_code, kind=KINDS[kind_code - 1],
                      totals=totals, data_sha256=digest.hex(), key_id=kid.hex())
    return fields, algorithm, raw[:body_end], signature


def read_payload(text: str) -> QrFields:
    """The fields of a payload, without checking its signature (``key_id`` is the 16-hex prefix)."""
    return _parse(text)[0]


def check_payload(text: str, certificate: Any) -> QrFields:
    """The fields, once the signature verifies under ``certificate`` and the key id is its own."""
    fields, algorithm, body, signature = _parse(text)
    cert = load_certificate(certificate)
    full_id = key_id(cert)
    if not full_id.startswith(fields.key_id):
        raise ServiceError("二维码不是用这张证书签发的（密钥标识不符）。", field="qr")
    public_key = cert.public_key()
    try:
        if algorithm == ALG_RSA_PKCS1_SHA256 and isinstance(public_key, rsa.RSAPublicKey):
            public_key.verify(signature, body, padding.PKCS1v15(), hashes.SHA256())
        elif algorithm == ALG_ECDSA_SHA256 and isinstance(public_key, ec.EllipticCurvePublicKey):
            public_key.verify(signature, body, ec.ECDSA(hashes.SHA256()))
        else:
            raise InvalidSignature
    except InvalidSignature:
        raise ServiceError("二维码的签名无效：内容被改动过，或不是这张证书签发的。", field="qr") from None
    return replace(fields, key_id=full_id)

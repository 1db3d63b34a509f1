"""Crypto helpers for the unit's signing identity: key and certificate, key encryption, grants.

- The private key is stored as encrypted PKCS#8 (DER) under a random 32-byte *data key*
  (``cryptography``'s BestAvailableEncryption: PBES2, AES-256-CBC).
- The data key is wrapped once per authorised user: scrypt(password, salt) → AES-256-GCM.
  The ``kdf`` string records the parameters, so they can change later without a migration.
Nothing here touches the database; ``signing_identity`` does.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID, ObjectIdentifier

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
VALIDITY = timedelta(days=3652)  # ten years
DOCUMENT_SIGNING = ObjectIdentifier("1.3.6.1.5.5.7.3.36")  # id-kp-documentSigning, RFC 9336
_WRAP_CONTEXT = b"union-ledger/signing-grant/v1"


class WrongPassword(Exception):
    """The password does not unwrap this grant."""


def new_data_key() -> bytes:
    return secrets.token_bytes(32)


def generate_unit_certificate(unit_name: str, unit_code: str, *,
                              now: datetime | None = None) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    """An RSA-2048 key and a self-signed certificate naming the unit and its code (10 years)."""
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, unit_name[:64]),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit_code),
        x509.NameAttribute(NameOID.SERIAL_NUMBER, unit_code),
        x509.NameAttribute(NameOID.COMMON_NAME, unit_name[:64]),
    ])
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + VALIDITY)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                     key_encipherment=False, data_encipherment=False, key_agreement=False,
                                     key_cert_sign=False, crl_sign=False, encipher_only=False,
                                     decipher_only=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([DOCUMENT_SIGNING, ExtendedKeyUsageOID.EMAIL_PROTECTION]),
                       critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def encrypt_private_key(key: PrivateKey, data_key: bytes) -> bytes:
    """Encrypted PKCS#8 (DER) under the data key."""
    return key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                             serialization.BestAvailableEncryption(data_key.hex().encode("ascii")))


def decrypt_private_key(encrypted: bytes, data_key: bytes) -> PrivateKey:
    key = serialization.load_der_private_key(encrypted, password=data_key.hex().encode("ascii"))
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise ValueError("unsupported key type")
    return key


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32,
                          maxmem=256 * 1024 * 1024)


def wrap_data_key(data_key: bytes, password: str) -> tuple[str, bytes]:
    """(kdf description, nonce + AES-GCM ciphertext) of the data key under the password."""
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    wrapping = _derive(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    kdf = f"scrypt$n={SCRYPT_N}$r={SCRYPT_R}$p={SCRYPT_P}${salt.hex()}"
    return kdf, nonce + AESGCM(wrapping).encrypt(nonce, data_key, _WRAP_CONTEXT)


def unwrap_data_key(kdf: str, wrapped: bytes, password: str) -> bytes:
    """The data key, or WrongPassword when the password (or the stored grant) does not match."""
    try:
        scheme, n, r, p, salt_hex = kdf.split("$")
        params = {part.split("=")[0]: int(part.split("=")[1]) for part in (n, r, p)}
        if scheme != "scrypt":
            raise ValueError(scheme)
        wrapping = _derive(password, bytes.fromhex(salt_hex), params["n"], params["r"], params["p"])
        return AESGCM(wrapping).decrypt(wrapped[:12], wrapped[12:], _WRAP_CONTEXT)
    except (InvalidTag, ValueError, KeyError, IndexError) as exc:
        raise WrongPassword from exc


def validity_problem(certificate: x509.Certificate, now: datetime) -> str | None:
    """Why the certificate cannot sign now (one Chinese sentence), or None."""
    start, end = certificate.not_valid_before_utc, certificate.not_valid_after_utc
    if start <= now <= end:
        return None
    state = "尚未生效" if now < start else "已过期"
    return (f"本单位签名证书{state}（有效期 {start:%Y-%m-%d} 至 {end:%Y-%m-%d}），不能签章；"
            "请由管理员重新生成证书，或导入上级工会新颁发的证书。")


def signing_usage_problem(certificate: x509.Certificate) -> str | None:
    """Why the certificate may not sign documents (KeyUsage without digitalSignature/nonRepudiation), or None."""
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return None
    if usage.digital_signature or usage.content_commitment:
        return None
    return "证书的密钥用途不包括数字签名或不可否认，不能用于报表签章，请向颁发单位索取签章用证书。"


def certificate_pem(certificate: x509.Certificate) -> str:
    return certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")


def load_pem_chain(text: str) -> list[x509.Certificate]:
    return x509.load_pem_x509_certificates(text.encode("ascii")) if text.strip() else []


def name_text(name: x509.Name) -> str:
    """A readable Distinguished Name, most specific part first (CN=…, O=…, C=CN)."""
    return name.rfc4514_string({NameOID.SERIAL_NUMBER: "serialNumber"})


def name_values(name: x509.Name) -> list[str]:
    return [str(attr.value) for attr in name]


def common_name(name: x509.Name) -> str:
    values = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(values[0].value) if values else name_text(name)


@dataclass(frozen=True)
class P12Contents:
    key: PrivateKey
    certificate: x509.Certificate
    chain: list[x509.Certificate]


class P12Problem(Exception):
    pass


def read_p12(data: bytes, password: str, *, unit_code: str, now: datetime | None = None) -> P12Contents:
    """Open a PKCS#12 file and check it can sign for this unit; P12Problem says why not."""
    now = now or datetime.now(UTC)
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password.encode("utf-8") if password else None)
    except ValueError as exc:
        raise P12Problem("证书文件无法打开：证书密码不正确，或文件不是 PKCS#12（.p12/.pfx）证书。") from exc
    if key is None or cert is None:
        raise P12Problem("证书文件中缺少私钥或证书，请向颁发单位索取包含私钥的 .p12 文件。")
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise P12Problem("证书的密钥类型不受支持，只能导入 RSA 或椭圆曲线（EC）密钥的证书。")
    fmt = (serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    if key.public_key().public_bytes(*fmt) != cert.public_key().public_bytes(*fmt):
        raise P12Problem("证书文件中的私钥与证书不匹配，请向颁发单位核实。")
    if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
        period = f"{cert.not_valid_before_utc:%Y-%m-%d} 至 {cert.not_valid_after_utc:%Y-%m-%d}"
        raise P12Problem(f"证书不在有效期内（有效期 {period}），不能导入。")
    if problem := signing_usage_problem(cert):
        raise P12Problem(problem)
    code = unit_code.strip().upper()
    if not code or not any(code in value.upper() for value in name_values(cert.subject)):
        raise P12Problem(f"证书的主体（{name_text(cert.subject)}）中没有本单位代码 {unit_code}，不能用于本单位签章。")
    return P12Contents(key, cert, list(extra or []))

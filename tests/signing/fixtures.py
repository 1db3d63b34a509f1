"""Signed report files for the verification tests, built with pyHanko directly.

Independent of the app's renderer and signer (built in parallel): a few reportlab pages, the
last one carrying the QR drawn as the renderer does (segno matrix → 1-bit image, one pixel
per module with the quiet zone, scaled by drawImage), the data embedded as
``conventions.ATTACHMENT_NAME`` and signed PAdES B-B in the same revision, field
``conventions.SIGNATURE_FIELD``.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from dataclasses import dataclass
from typing import Any

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from desktop.signing import conventions
from desktop.signing.qr_payload import QrFields, key_id, make_payload

UNIT_CODE = "81330100MC1234567X"
OTHER_UNIT_CODE = "81330100MC7654321Y"
QR_MODULE_MM = 0.7  # zbar at 150 dpi needs ≥ 0.65 mm for this version-15 code (measured)


@dataclass(frozen=True)
class Identity:
    key: Any  # RSA or EC private key
    cert: x509.Certificate

    @property
    def cert_pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    @property
    def cert_der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)

    @property
    def key_id(self) -> str:
        return key_id(self.cert)


@functools.cache
def identity(name: str = "某某镇总工会", unit_code: str = UNIT_CODE) -> Identity:
    """A self-signed RSA-2048 certificate naming the unit (cached: key generation takes time)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, name),
        x509.NameAttribute(NameOID.COMMON_NAME, f"{name}（报表签章）"),
        x509.NameAttribute(NameOID.SERIAL_NUMBER, unit_code),
    ])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .sign(key, hashes.SHA256())
    )
    return Identity(key, cert)


def county_identity() -> Identity:
    """The county union's self-signed CA certificate."""
    return identity("某某县总工会", OTHER_UNIT_CODE)


@functools.cache
def issued_identity(name: str = "某某镇总工会", unit_code: str = UNIT_CODE) -> Identity:
    """An EC P-256 certificate issued by ``county_identity()`` to the unit ``unit_code`` (in serialNumber)."""
    ca = county_identity()
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, name),
                                 x509.NameAttribute(NameOID.COMMON_NAME, f"{name}（县总工会签发）"),
                                 x509.NameAttribute(NameOID.SERIAL_NUMBER, unit_code)]))
        .issuer_name(ca.cert.subject).public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .sign(ca.key, hashes.SHA256())
    )
    return Identity(key, cert)


def report_data(*, serial: str = "ZGH-BF-2026Q3-0001", kind: str = "aid", period: str = "2026Q3",
                unit_code: str = UNIT_CODE, aid: tuple[int, int, int] = (96, 1234560, 35000)) -> dict[str, Any]:
    """Report data in the shape ``report_figures.key_totals`` reads (aid: persons, cash fen, in-kind fen)."""
    return {
        "schema": conventions.DATA_SCHEMA,
        "version": conventions.DATA_VERSION,
        "serial": serial,
        "kind": kind,
        "period": {"code": period, "label": "2026年第三季度"},
        "unit": {"code": unit_code, "name": "某某镇总工会"},
        "aid": {"total": {"persons": aid[0], "cash_fen": aid[1], "items_value_fen": aid[2]}},
        "rows": [{"name": "张𠮷", "amount": 50000}, {"name": "李四", "amount": 80000}],
    }


def fixture_key_totals(data: dict[str, Any]) -> dict[str, int]:
    """``report_figures.key_totals`` when it is there, else the same figures for this fixture's shape."""
    try:
        from desktop.services.report_figures import key_totals
    except ImportError:
        total = data["aid"]["total"]
        return {"aid_persons": total["persons"], "aid_cash": total["cash_fen"], "aid_items": total["items_value_fen"]}
    return key_totals(data)


def qr_text(data: dict[str, Any], who: Identity) -> str:
    fields = QrFields(serial=data["serial"], unit_code=data["unit"]["code"], period_code=data["period"]["code"],
                      kind=data["kind"], totals=fixture_key_totals(data),
                      data_sha256=conventions.data_sha256(data), key_id=who.key_id)
    return make_payload(fields, who.key)


def qr_image(text: str):  # -> PIL.Image.Image, mode "1", one pixel per module, quiet zone included
    import segno
    from PIL import Image

    qr = segno.make_qr(text, error="m")
    rows = list(qr.matrix_iter(scale=1, border=4))
    image = Image.new("1", (len(rows[0]), len(rows)), 1)
    image.putdata([0 if dark else 1 for row in rows for dark in row])
    return image


def render_pdf(data: dict[str, Any], qr: str, pages: int = 3) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from desktop.reports.fonts import register_fonts

    font = register_fonts()
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, initialFontName=font, initialFontSize=10, pageCompression=0)
    for number in range(1, pages + 1):
        c.setFont(font, 14)
        c.drawString(25 * mm, 270 * mm, f"某某镇总工会{data['period']['label']}帮扶资金发放汇总表")
        c.setFont(font, 10)
        c.drawString(25 * mm, 260 * mm, f"编号 {data['serial']}  单位代码 {data['unit']['code']}")
        for line, row in enumerate(data["rows"] * 8):
            c.drawString(25 * mm, (245 - 7 * line) * mm, f"{line + 1}  {row['name']}  {row['amount'] / 100:.2f} 元")
        if number == pages:
            image = qr_image(qr)
            side = image.size[0] * QR_MODULE_MM * mm
            c.drawImage(ImageReader(image), 25 * mm, 20 * mm, width=side, height=side)
            c.drawString(25 * mm, 15 * mm, "扫描二维码核验本表")
        c.drawString(95 * mm, 10 * mm, f"第 {number} 页 共 {pages} 页")
        c.showPage()
    c.save()
    return out.getvalue()


def sign(pdf: bytes, attachment: bytes, who: Identity, subfilter: str = "PADES") -> bytes:
    """Embed ``attachment`` and sign, in one incremental revision (so the signature covers it)."""
    from pyhanko.pdf_utils import embed
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    embedded = embed.EmbeddedFileObject.from_file_data(writer, attachment, mime_type=conventions.ATTACHMENT_MIME)
    embed.embed_file(writer, embed.FileSpec(file_spec_string=conventions.ATTACHMENT_NAME,
                                            file_name=conventions.ATTACHMENT_NAME, embedded_data=embedded,
                                            description="报表数据"))
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(who.cert_der),
        signing_key=asn1_keys.PrivateKeyInfo.load(who.key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())),
        cert_registry=SimpleCertificateStore())
    meta = signers.PdfSignatureMetadata(field_name=conventions.SIGNATURE_FIELD,
                                        subfilter=fields.SigSeedSubFilter[subfilter], reason="报表签章")
    out = io.BytesIO()
    signers.sign_pdf(writer, meta, signer=signer, output=out,
                     new_field_spec=fields.SigFieldSpec(conventions.SIGNATURE_FIELD, box=(400, 60, 560, 140)))
    return out.getvalue()


def signed_report(who: Identity | None = None, *, pages: int = 3, qr_from: dict[str, Any] | None = None,
                  **data_fields: Any) -> tuple[bytes, dict[str, Any]]:
    """A signed report and its data; ``qr_from`` puts another report's (validly signed) QR on it."""
    who = who or identity()
    data = report_data(**data_fields)
    pdf = render_pdf(data, qr_text(qr_from if qr_from is not None else data, who), pages)
    return sign(pdf, conventions.canonical_json(data), who), data

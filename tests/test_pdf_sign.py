"""Signing a report PDF: PAdES B-B over the whole file, the data attached, a visible Chinese seal.

Checked with independent tools (poppler's pdfsig, pdffonts, pdftoppm) and with pyHanko's
validator trusting only the exported certificate.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from io import BytesIO
from pathlib import Path

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from test_signing_identity import P12_PASSWORD, make_ca_and_p12

from db import Database
from desktop.services.actor import Actor
from desktop.services.demo import DEMO_PASSWORD, DEMO_UNIT
from desktop.services.signing_identity import (
    UnlockedIdentity,
    export_certificate_pem,
    import_p12,
    unlock_identity,
)
from desktop.signing.conventions import ATTACHMENT_NAME, SIGNATURE_FIELD, canonical_json
from desktop.signing.pdf_sign import embed_attachment, sign_pdf

SEAL_BOX = (380.0, 60.0, 540.0, 140.0)  # x0, y0, x1, y1 on the last page, in points
DATA = canonical_json({"schema": "union-ledger/report-data", "version": 1, "title": "帮扶资金发放汇总表",
                       "rows": [{"name": "𠮷田", "cash_fen": 120000}]})


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} (poppler-utils) is not installed")
    return path


def report_pdf(pages: int) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    from desktop.reports.fonts import register_fonts

    font = register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(595.27, 841.89), initialFontName=font)
    for number in range(1, pages + 1):
        canvas.setFont(font, 14)
        canvas.drawString(72, 780, f"星河镇总工会帮扶资金发放汇总表 第 {number} 页 共 {pages} 页")
        for line in range(30):
            canvas.drawString(72, 740 - line * 18, f"第 {line + 1} 行  张三  ¥1,234.56  壹仟贰佰叁拾肆元伍角陆分")
        canvas.rect(*SEAL_BOX[:2], SEAL_BOX[2] - SEAL_BOX[0], SEAL_BOX[3] - SEAL_BOX[1])
        canvas.drawString(SEAL_BOX[0], SEAL_BOX[3] + 6, "单位盖章")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _sign(pdf: bytes, identity: UnlockedIdentity, pages: int) -> bytes:
    return sign_pdf(pdf, identity, seal_box=(pages - 1, *SEAL_BOX), attachment=DATA,
                    signer_name="林晓梅", unit_name=DEMO_UNIT.name)


@pytest.fixture
def identity(demo_db: Database, approver: Actor) -> UnlockedIdentity:
    return unlock_identity(demo_db, approver, DEMO_PASSWORD)


@pytest.fixture
def signed(identity: UnlockedIdentity, tmp_path: Path) -> Path:
    path = tmp_path / "signed.pdf"
    path.write_bytes(_sign(report_pdf(3), identity, 3))
    return path


def _validate(data: bytes, *trusted: asn1_x509.Certificate):  # -> PdfSignatureStatus
    reader = PdfFileReader(BytesIO(data))
    [signature] = reader.embedded_signatures
    assert signature.field_name == SIGNATURE_FIELD
    return validate_pdf_signature(signature, ValidationContext(trust_roots=list(trusted)))


def _asn1(pem: str) -> asn1_x509.Certificate:
    from cryptography import x509

    cert = x509.load_pem_x509_certificates(pem.encode())[0]
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def test_pdfsig_says_valid_and_total_document_signed(signed: Path) -> None:
    result = subprocess.run([_tool("pdfsig"), str(signed)], capture_output=True, text=True, timeout=30)
    assert "Signature is Valid" in result.stdout, result.stdout
    assert "Total document signed" in result.stdout and "Not total document signed" not in result.stdout
    assert "Signature Type: ETSI.CAdES.detached" in result.stdout
    assert "Signing Hash Algorithm: SHA-256" in result.stdout
    assert f"Common Name: {DEMO_UNIT.name}" in result.stdout
    assert signed.read_bytes().startswith(b"%PDF-1.")  # RSA keeps the file at PDF 1.x
    assert PdfFileReader(BytesIO(signed.read_bytes())).input_version < (2, 0)


def test_pyhanko_trusting_the_exported_certificate_finds_it_intact_valid_and_whole(
        demo_db: Database, signed: Path) -> None:
    status = _validate(signed.read_bytes(), _asn1(export_certificate_pem(demo_db)))
    assert status.intact and status.valid and status.trusted
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert status.md_algorithm == "sha256"


def test_one_changed_byte_breaks_the_signature(demo_db: Database, signed: Path, tmp_path: Path) -> None:
    data = bytearray(signed.read_bytes())
    offset = data.index(b"/Type /Page") + 1  # inside the signed range, well before the signature
    data[offset] ^= 0x01
    status = _validate(bytes(data), _asn1(export_certificate_pem(demo_db)))
    assert not status.intact and not status.bottom_line  # the digest no longer matches
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    result = subprocess.run([_tool("pdfsig"), str(tampered)], capture_output=True, text=True, timeout=30)
    assert "Signature is Valid" not in result.stdout, result.stdout


def test_the_attachment_reads_back_byte_for_byte(signed: Path) -> None:
    reader = PdfFileReader(BytesIO(signed.read_bytes()))
    names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    assert names[0] == ATTACHMENT_NAME
    spec = names[1].get_object()
    assert spec["/EF"]["/F"].get_object().data == DATA
    assert spec["/AFRelationship"] == "/Data"
    assert spec["/EF"]["/F"].get_object()["/Subtype"] == "/application/json"
    assert [ref.get_object() for ref in reader.root["/AF"]] == [spec]


def test_pdffonts_lists_only_embedded_fonts(signed: Path) -> None:
    result = subprocess.run([_tool("pdffonts"), str(signed)], capture_output=True, text=True, timeout=30)
    rows = result.stdout.strip().splitlines()[2:]
    assert rows, result.stdout  # the page text and the seal text both use fonts
    for row in rows:
        emb = row.split()[-5]  # columns from the right: gen, object ID, uni, sub, emb
        assert emb == "yes", row


def _ppm(path: Path) -> tuple[int, int, bytes]:
    data = path.read_bytes()
    header = data.split(b"\n", 3)  # P6, "w h", 255, pixels
    width, height = map(int, header[1].split())
    return width, height, header[3]


def test_the_seal_is_visible_in_the_box_and_nowhere_else(signed: Path, tmp_path: Path) -> None:
    subprocess.run([_tool("pdftoppm"), "-r", "72", "-f", "3", "-l", "3", str(signed), str(tmp_path / "page")],
                   check=True, timeout=30)
    [image] = tmp_path.glob("page*.ppm")
    width, height, pixels = _ppm(image)
    x0, y0, x1, y1 = SEAL_BOX
    inside = lambda x, y: x0 <= x <= x1 and height - y1 <= y <= height - y0  # noqa: E731 - image y runs down
    red_in = red_out = dark_in = 0
    for y in range(height):
        for x in range(width):
            r, g, b = pixels[(y * width + x) * 3:(y * width + x) * 3 + 3]
            is_red = r > 150 and g < 110 and b < 110
            if is_red:
                red_in, red_out = red_in + inside(x, y), red_out + (not inside(x, y))
            elif r < 90 and g < 90 and b < 90 and inside(x, y) and x > x0 + 85:
                dark_in += 1  # the signer and time, right of the seal
    assert red_in > 300, "the red seal is missing from the 单位盖章 box"
    assert red_out == 0, "red ink outside the seal box"
    assert dark_in > 100, "the signer's name and signing time are missing"
    # pages without the seal stay free of red
    subprocess.run([_tool("pdftoppm"), "-r", "36", "-f", "1", "-l", "1", str(signed), str(tmp_path / "first")],
                   check=True, timeout=30)
    [first] = tmp_path.glob("first*.ppm")
    _, _, first_pixels = _ppm(first)
    assert not any(first_pixels[i] > 150 and first_pixels[i + 1] < 110 and first_pixels[i + 2] < 110
                   for i in range(0, len(first_pixels), 3))


def test_a_certificate_imported_from_the_county_signs_and_chains_to_its_ca(
        demo_db: Database, approver: Actor) -> None:
    ca, p12 = make_ca_and_p12(DEMO_UNIT.code)
    import_p12(demo_db, approver, p12, P12_PASSWORD, DEMO_PASSWORD)
    identity = unlock_identity(demo_db, approver, DEMO_PASSWORD)
    signed = _sign(report_pdf(2), identity, 2)
    ca_asn1 = asn1_x509.Certificate.load(ca.public_bytes(serialization.Encoding.DER))
    status = _validate(signed, ca_asn1)
    assert status.intact and status.valid and status.trusted
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    untrusted = _validate(signed)  # no trust root given: intact, but not trusted
    assert untrusted.intact and not untrusted.trusted


def test_signing_a_fifty_page_report_takes_under_a_second(identity: UnlockedIdentity) -> None:
    pdf = report_pdf(50)
    _sign(report_pdf(1), identity, 1)  # imports and font loading are not part of the measure
    started = time.perf_counter()
    signed = _sign(pdf, identity, 50)
    elapsed = time.perf_counter() - started
    assert elapsed < 1.0, f"signing 50 pages took {elapsed:.2f} s"
    assert len(PdfFileReader(BytesIO(signed)).root["/Pages"]["/Kids"]) == 50


def test_an_unsigned_export_carries_the_same_attachment_and_no_signature() -> None:
    data = embed_attachment(report_pdf(1), DATA)
    reader = PdfFileReader(BytesIO(data))
    names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    assert names[0] == ATTACHMENT_NAME and names[1].get_object()["/EF"]["/F"].get_object().data == DATA
    assert reader.embedded_signatures == []

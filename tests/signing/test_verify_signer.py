"""``verify`` holds the signing certificate to account, whoever trusts it, and never raises on odd data.

A self-signed certificate given with ``--trust`` is a trust anchor to pyHanko, which then checks
neither its validity period nor its key usage; a certificate the county CA issued to one unit
must not sign another unit's report; and data in an unexpected shape fails a check.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from desktop.signing import conventions
from desktop.signing.qr_payload import QrFields, make_payload
from desktop.signing.verify import verify_pdf, verify_qr_text

from .fixtures import (
    OTHER_UNIT_CODE,
    UNIT_CODE,
    Identity,
    county_identity,
    fixture_key_totals,
    identity,
    issued_identity,
    qr_text,
    render_pdf,
    report_data,
    sign,
    signed_report,
)
from .test_verify import run_verify, write

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _self_signed(start_days: int, end_days: int, *, signing_usage: bool = True) -> Identity:
    """A self-signed certificate for the unit valid from now+start to now+end days."""
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "某某镇总工会"),
                      x509.NameAttribute(NameOID.SERIAL_NUMBER, UNIT_CODE)])
    now = dt.datetime.now(dt.UTC)
    usage = x509.KeyUsage(digital_signature=signing_usage, content_commitment=False, key_encipherment=not signing_usage,
                          data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
                          encipher_only=False, decipher_only=False)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(_KEY.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now + dt.timedelta(days=start_days)).not_valid_after(now + dt.timedelta(days=end_days))
            .add_extension(usage, critical=True).sign(_KEY, hashes.SHA256()))
    return Identity(_KEY, cert)


def _failures(pdf: bytes, trust: list[bytes] | None) -> dict[str, str]:
    return {c.name: c.message for c in verify_pdf(pdf, trust).failures()}


@pytest.mark.parametrize(("start", "end", "words"), [(-30, -1, "已过期"), (2, 30, "尚未生效")])
def test_a_certificate_outside_its_validity_when_signing_fails_even_when_trusted(start, end, words) -> None:
    who = _self_signed(start, end)
    pdf, _ = signed_report(who)
    for trust in (None, [who.cert_pem]):
        failed = _failures(pdf, trust)
        assert set(failed) == {"certificate"} and words in failed["certificate"]


def test_a_certificate_whose_key_usage_excludes_signing_fails_even_when_trusted(tmp_path, capsys) -> None:
    who = _self_signed(-1, 30, signing_usage=False)
    pdf, data = signed_report(who)
    assert set(_failures(pdf, [who.cert_pem])) == {"certificate"}
    cert = write(tmp_path, who.cert_pem, "enc-only.pem")
    code, _, err = run_verify(["--qr", qr_text(data, who), "--trust", str(cert)], capsys)
    assert code == 1 and "密钥用途" in err


def test_a_county_certificate_issued_to_another_unit_cannot_sign_this_units_report(tmp_path, capsys) -> None:
    other_units = issued_identity("另一个镇总工会", OTHER_UNIT_CODE)
    pdf, data = signed_report(other_units)  # the data and QR claim UNIT_CODE
    failed = _failures(pdf, [county_identity().cert_pem])
    assert set(failed) == {"signer_unit"} and UNIT_CODE in failed["signer_unit"]
    code, _, err = run_verify([str(write(tmp_path, pdf)), "--trust", str(write(tmp_path, county_identity().cert_pem,
                                                                                  "county.pem"))], capsys)
    assert code == 1 and "不是为这个单位签发的" in err
    leaf = write(tmp_path, other_units.cert_pem, "leaf.pem")
    code, _, err = run_verify(["--qr", qr_text(data, other_units), "--trust", str(leaf)], capsys)
    assert code == 1 and UNIT_CODE in err


def test_a_pkcs7_signature_is_not_the_pades_signature_the_app_makes() -> None:
    data = report_data()
    pdf = sign(render_pdf(data, qr_text(data, identity())), conventions.canonical_json(data), identity(),
               subfilter="ADOBE_PKCS7_DETACHED")
    assert set(_failures(pdf, [identity().cert_pem])) == {"signature_format"}


def _signed_with_attachment(attachment: bytes, qr_data: dict) -> bytes:
    """A signed file whose QR carries ``qr_data``'s fields but the SHA-256 of ``attachment``."""
    fields = QrFields(serial=qr_data["serial"], unit_code=qr_data["unit"]["code"],
                      period_code=qr_data["period"]["code"], kind=qr_data["kind"],
                      totals=fixture_key_totals(qr_data), data_sha256=hashlib.sha256(attachment).hexdigest(),
                      key_id=identity().key_id)
    qr = make_payload(fields, identity().key)
    return sign(render_pdf(report_data(), qr), attachment, identity())


def test_data_without_a_unit_code_or_period_does_not_match_the_qr() -> None:
    data = report_data()
    del data["serial"]  # the app's own data has none: the signed QR and the page carry it
    data["unit"] = {"name": "某某镇总工会"}
    del data["period"]
    pdf = _signed_with_attachment(conventions.canonical_json(data), report_data())
    failed = _failures(pdf, [identity().cert_pem])
    assert set(failed) == {"qr_matches_data"} and "编号" not in failed["qr_matches_data"]
    assert "单位代码" in failed["qr_matches_data"] and "期间" in failed["qr_matches_data"]


@pytest.mark.parametrize("attachment", [
    {"period": "2026Q3", "unit": ["81330100MC1234567X"]},  # strings and lists where objects belong
    "[" * 100_000 + "]" * 100_000,  # nested deeper than the JSON parser's recursion limit
])
def test_data_of_an_unexpected_shape_fails_a_check_and_never_raises(attachment, tmp_path: Path, capsys) -> None:
    if isinstance(attachment, dict):
        raw = conventions.canonical_json({**report_data(), **attachment})
    else:
        raw = attachment.encode("ascii")
    pdf = _signed_with_attachment(raw, report_data())
    result = verify_pdf(pdf, [identity().cert_pem])
    assert not result.ok and result.failures()
    json.dumps(result.as_json(), ensure_ascii=False)
    code, out, err = run_verify([str(write(tmp_path, pdf))], capsys)
    assert code == 1 and "Traceback" not in out + err and "程序内部错误" not in err


def test_a_qr_payload_alone_still_passes_with_the_units_own_certificate() -> None:
    result = verify_qr_text(qr_text(report_data(), identity()), identity().cert_pem)
    assert result.ok and {c.name for c in result.checks} == {"qr", "signer_unit"}


# --- the QR on the last page -------------------------------------------------------------------

def _one_page_report(page_size: tuple[float, float], *, cover_qr: bool) -> bytes:
    """A signed one-page report whose QR image is drawn, and (``cover_qr``) painted over in white."""
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from .fixtures import qr_image

    data = report_data()
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=page_size)
    image = qr_image(qr_text(data, identity()))
    side = image.size[0] * 0.7 * mm
    c.drawImage(ImageReader(image), 25 * mm, 20 * mm, width=side, height=side)
    if cover_qr:
        c.setFillColorRGB(1, 1, 1)
        c.rect(20 * mm, 15 * mm, side + 10 * mm, side + 10 * mm, stroke=0, fill=1)
    c.showPage()
    c.save()
    return sign(out.getvalue(), conventions.canonical_json(data), identity())


def test_a_qr_hidden_under_a_white_box_does_not_count_as_the_reports_qr() -> None:
    assert verify_pdf(_one_page_report((595.0, 842.0), cover_qr=False), [identity().cert_pem]).ok
    failed = _failures(_one_page_report((595.0, 842.0), cover_qr=True), [identity().cert_pem])
    assert set(failed) == {"qr"} and "不可见" in failed["qr"]


def test_a_page_of_absurd_size_is_rendered_within_the_pixel_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdfium2 as pdfium

    budget = 20_000_000  # pixels: A3 at 200 dpi is 7.7 million; a verifier never needs more
    pdf = _one_page_report((14_400.0, 14_400.0), cover_qr=False)  # the largest page PDF allows: 5 m square
    seen: list[float] = []
    render = pdfium.PdfPage.render

    def spy(page, scale: float = 1, **kwargs):  # type: ignore[no-untyped-def]
        width, height = page.get_size()
        seen.append(width * scale * height * scale)
        if seen[-1] > budget:  # 1.6 thousand million pixels at 200 dpi
            raise MemoryError
        return render(page, scale=scale, **kwargs)

    monkeypatch.setattr(pdfium.PdfPage, "render", spy)
    result = verify_pdf(pdf, [identity().cert_pem])
    assert seen and max(seen) <= budget and not result.ok

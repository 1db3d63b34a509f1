"""The QR payload: base45 (RFC 9285), the versioned binary layout, and its signature."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from desktop.services.errors import ServiceError
from desktop.signing import qr_payload as qp

from .fixtures import identity, qr_text, report_data

QR_ALPHANUMERIC = re.compile(r"[0-9A-Z $%*+\-./:]+")


@pytest.mark.parametrize(("raw", "text"), [(b"AB", "BB8"), (b"Hello!!", "%69 VD92EX0"),
                                           (b"base-45", "UJCLQE7W581"), (b"ietf!", "QED8WEX0"), (b"", "")])
def test_base45_matches_the_rfc_examples(raw: bytes, text: str) -> None:
    assert qp.b45encode(raw) == text
    assert qp.b45decode(text) == raw


@pytest.mark.parametrize("bad", ["GGW", "A", "abc", "ZZZZ"])  # GGW is 65536; lower case; one leftover character
def test_base45_refuses_impossible_text(bad: str) -> None:
    with pytest.raises(ValueError):
        qp.b45decode(bad)


def test_base45_round_trips_every_byte_value() -> None:
    raw = bytes(range(256)) + bytes(range(255, -1, -1)) + b"\x00"
    assert qp.b45decode(qp.b45encode(raw)) == raw


def _fields(**changes: object) -> qp.QrFields:
    who = identity()
    data = report_data()
    base = qp.QrFields(serial=data["serial"], unit_code=data["unit"]["code"], period_code="2026Q3", kind="aid",
                       totals={"aid_persons": 96, "aid_cash": 1234560}, data_sha256="ab" * 32, key_id=who.key_id)
    return replace(base, **changes)  # type: ignore[arg-type]


def test_an_rsa_payload_is_qr_alphanumeric_and_reads_back_exactly() -> None:
    who = identity()
    fields = _fields(period_code="2026-01-01..2026-03-31", totals={"a": -5, "big": 987_654_321_000, "zero": 0})
    text = qp.make_payload(fields, who.key)
    assert text.startswith("UL1:") and QR_ALPHANUMERIC.fullmatch(text)
    assert len(text) < 620  # ~390 bytes: a version-15 QR at ECC M
    read = qp.read_payload(text)
    assert read == replace(fields, key_id=who.key_id[:16])
    assert qp.check_payload(text, who.cert_pem) == fields
    assert qp.check_payload(text, who.cert_der) == fields


def test_an_ec_key_signs_and_verifies_too() -> None:
    import datetime as dt

    from cryptography import x509
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "县总工会签发")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(now).not_valid_after(now + dt.timedelta(days=1)).sign(key, hashes.SHA256()))
    fields = _fields(key_id=qp.key_id(cert))
    text = qp.make_payload(fields, key)
    assert len(text) < qp.make_payload(_fields(), identity().key).__len__()
    assert qp.check_payload(text, cert) == fields
    with pytest.raises(ServiceError):
        qp.check_payload(text, identity().cert)


@pytest.mark.parametrize("where", [6, 60, -3])  # in the fields, in the hash, in the signature
def test_one_changed_character_is_refused(where: int) -> None:
    who = identity()
    text = qr_text(report_data(), who)
    index = where % len(text)
    changed = text[:index] + ("1" if text[index] != "1" else "2") + text[index + 1:]
    with pytest.raises(ServiceError) as caught:
        qp.check_payload(changed, who.cert)
    assert "二维码" in caught.value.message


def test_a_payload_under_another_certificate_is_refused_by_key_id() -> None:
    text = qr_text(report_data(), identity())
    with pytest.raises(ServiceError, match="证书"):
        qp.check_payload(text, identity("另一个镇总工会").cert)


def test_same_key_id_prefix_but_forged_signature_is_refused() -> None:
    who, other = identity(), identity("另一个镇总工会")
    forged = qp.make_payload(_fields(key_id=who.key_id), other.key)  # claims who's key id, signed by other
    with pytest.raises(ServiceError, match="签名无效"):
        qp.check_payload(forged, who.cert)


@pytest.mark.parametrize("text", ["", "hello", "UL1:", "UL2:ABC", "UL1:%69 VD92EX0"])
def test_malformed_or_foreign_text_gives_a_chinese_error(text: str) -> None:
    with pytest.raises(ServiceError) as caught:
        qp.read_payload(text)
    assert re.search(r"[\u4e00-\u9fff]", caught.value.message)


def test_a_truncated_payload_is_refused() -> None:
    text = qr_text(report_data(), identity())
    for cut in (len(text) - 3, len(text) - 30, len(text) // 2):
        with pytest.raises(ServiceError):
            qp.read_payload(text[:cut])


def test_bad_fields_are_refused_when_making() -> None:
    key = identity().key
    for bad in (_fields(kind="payroll"), _fields(totals={"名称": 1}), _fields(totals={"much_too_long_name": 1}),
                _fields(totals={"x": 1.5}), _fields(data_sha256="ab")):
        with pytest.raises(ValueError):
            qp.make_payload(bad, key)

"""签名证书: created at set-up, encrypted at rest, unlocked only by an approver with a grant."""

from __future__ import annotations

import argparse
import io
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from sqlalchemy import select

from db import Database
from db.models import AuditEvent, SigningGrant, SigningIdentity
from desktop.services import signing_identity as ident
from desktop.services import unit, users
from desktop.services.actor import Actor
from desktop.services.auth import login
from desktop.services.demo import DEMO_PASSWORD, DEMO_UNIT
from desktop.services.errors import PermissionDenied, ServiceError

NEW_UNIT = unit.UnitInfo(name="海滨街道总工会", code="91350100M000100Y43", level=unit.UNIT_LEVELS[0])
P12_PASSWORD = "p12-secret"


def _pkcs8(key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def make_ca_and_p12(unit_code: str, *, subject_code: str | None = None, days: int = 365,
                    start: datetime | None = None, signing_usage: bool = True) -> tuple[x509.Certificate, bytes]:
    """A county-union CA and a unit certificate issued by it, packed as .p12 with P12_PASSWORD."""
    now = start or datetime.now(UTC) - timedelta(days=1)
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "云溪县总工会电子认证中心（测试）")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(1).not_valid_before(now).not_valid_after(now + timedelta(days=3650))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                                       data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                       crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
                         x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, subject_code or unit_code),
                         x509.NameAttribute(NameOID.COMMON_NAME, "星河镇总工会（县颁发）")])
    leaf = (x509.CertificateBuilder().subject_name(subject).issuer_name(ca_name).public_key(key.public_key())
            .serial_number(2).not_valid_before(now).not_valid_after(now + timedelta(days=days))
            .add_extension(x509.KeyUsage(digital_signature=signing_usage, content_commitment=signing_usage,
                                         key_encipherment=not signing_usage, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=False, crl_sign=False,
                                         encipher_only=False, decipher_only=False), critical=True)
            .sign(ca_key, hashes.SHA256()))
    p12 = pkcs12.serialize_key_and_certificates(b"unit", key, leaf, [ca],
                                                serialization.BestAvailableEncryption(P12_PASSWORD.encode()))
    return ca, p12


def _identities(db: Database) -> list[SigningIdentity]:
    with db.read_session() as session:
        return list(session.scalars(select(SigningIdentity).order_by(SigningIdentity.id)))


# ------------------------------------------------------------------ set-up and unlocking


def test_set_up_creates_an_encrypted_identity_granted_to_the_first_admin(db: Database) -> None:
    admin = unit.set_up_ledger(db, NEW_UNIT, "boss", "陈立", "Boss-2026!")
    [identity] = _identities(db)
    assert identity.origin == "generated" and identity.retired_at is None
    assert b"-----BEGIN PRIVATE KEY" not in identity.encrypted_key
    with pytest.raises(TypeError):  # encrypted: it does not open without the password
        serialization.load_der_private_key(identity.encrypted_key, password=None)
    cert = x509.load_pem_x509_certificate(identity.certificate_pem.encode())
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "海滨街道总工会"
    assert cert.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value == NEW_UNIT.code
    assert isinstance(cert.public_key(), rsa.RSAPublicKey) and cert.public_key().key_size == 2048
    assert (cert.not_valid_after_utc - cert.not_valid_before_utc).days >= 3650
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment
    info = ident.identity_info(db)
    assert info.unit_code == NEW_UNIT.code and info.key_id == identity.key_id
    assert [h.split(" ")[0] for h in info.grant_holders] == ["陈立"]
    with db.read_session() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action.like("signing%"))).all()
        assert [e.action for e in events] == ["signing_identity.create"]
        assert "Boss-2026!" not in events[0].changes_json and admin.username in events[0].changes_json


def test_the_approver_unlocks_the_key_and_the_database_never_holds_it_in_the_clear(
        demo_db: Database, approver: Actor) -> None:
    unlocked = ident.unlock_identity(demo_db, approver, DEMO_PASSWORD)
    fmt = (serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    assert unlocked.private_key.public_key().public_bytes(*fmt) == unlocked.certificate.public_key().public_bytes(*fmt)
    assert unlocked.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == DEMO_UNIT.name
    demo_db.close()
    raw = demo_db.path.read_bytes() + (Path(f"{demo_db.path}-wal").read_bytes()
                                        if Path(f"{demo_db.path}-wal").exists() else b"")
    clear = _pkcs8(unlocked.private_key)
    assert clear[-64:] not in raw and b"PRIVATE KEY" not in raw


def test_a_clerk_cannot_unlock_and_a_wrong_password_is_refused(demo_db: Database, clerk: Actor,
                                                               approver: Actor) -> None:
    with pytest.raises(PermissionDenied, match="负责人"):
        ident.unlock_identity(demo_db, clerk, DEMO_PASSWORD)
    with pytest.raises(ServiceError, match="密码不正确"):
        ident.unlock_identity(demo_db, approver, "not-the-password")


def test_an_approver_without_a_grant_is_told_to_ask_for_one_and_can_be_granted(
        demo_db: Database, admin: Actor, approver: Actor) -> None:
    users.create_user(demo_db, admin, "deputy", "赵副主席", "approver", "Deputy-2026")
    deputy = login(demo_db, "deputy", "Deputy-2026")
    with pytest.raises(PermissionDenied, match="签名授权"):
        ident.unlock_identity(demo_db, deputy, "Deputy-2026")
    with pytest.raises(ServiceError, match="密码不正确"):  # the target types their own password
        ident.grant_signing(demo_db, approver, DEMO_PASSWORD, "deputy", "wrong-password")
    with pytest.raises(ServiceError, match="只能为在用的负责人或管理员"):
        ident.grant_signing(demo_db, admin, DEMO_PASSWORD, "clerk", DEMO_PASSWORD)
    with pytest.raises(ServiceError, match="密码不正确"):  # the granter's own password
        ident.grant_signing(demo_db, approver, "wrong-password", "deputy", "Deputy-2026")
    ident.grant_signing(demo_db, approver, DEMO_PASSWORD, "deputy", "Deputy-2026")  # another authorised person
    assert ident.unlock_identity(demo_db, deputy, "Deputy-2026").key_id == ident.identity_info(demo_db).key_id
    assert any(h.startswith("赵副主席") for h in ident.identity_info(demo_db).grant_holders)
    with demo_db.read_session() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "signing_grant.create")
                                .order_by(AuditEvent.id.desc())).first()
        assert event is not None and event.actor == "approver" and "Deputy-2026" not in event.changes_json


def test_changing_ones_password_keeps_signing_with_the_new_one(demo_db: Database, approver: Actor) -> None:
    users.change_own_password(demo_db, approver, DEMO_PASSWORD, "Brand-new-2026")
    assert ident.unlock_identity(demo_db, approver, "Brand-new-2026").certificate is not None
    with pytest.raises(ServiceError, match="密码不正确"):
        ident.unlock_identity(demo_db, approver, DEMO_PASSWORD)


def test_an_admin_reset_password_drops_that_users_grant(demo_db: Database, admin: Actor, approver: Actor) -> None:
    users.reset_password(demo_db, admin, approver.user_id or 0, "Reset-by-admin")
    with pytest.raises(PermissionDenied, match="签名授权"):
        ident.unlock_identity(demo_db, approver, "Reset-by-admin")
    with demo_db.read_session() as session:
        assert session.scalar(select(SigningGrant).where(SigningGrant.user_id == approver.user_id)) is None
    ident.grant_signing(demo_db, admin, DEMO_PASSWORD, "approver", "Reset-by-admin")
    assert ident.unlock_identity(demo_db, approver, "Reset-by-admin").key_id


def test_export_certificate_names_the_unit_and_its_code(demo_db: Database) -> None:
    pem = ident.export_certificate_pem(demo_db)
    cert = x509.load_pem_x509_certificate(pem.encode())
    values = [str(a.value) for a in cert.subject]
    assert DEMO_UNIT.name in values and DEMO_UNIT.code in values
    assert "PRIVATE" not in pem


# ------------------------------------------------------------------ import-p12


def test_import_p12_retires_the_old_identity_and_grants_only_the_importer(
        demo_db: Database, approver: Actor, admin: Actor) -> None:
    old_key_id = ident.identity_info(demo_db).key_id
    ca, p12 = make_ca_and_p12(DEMO_UNIT.code)
    result = ident.import_p12(demo_db, approver, p12, P12_PASSWORD, DEMO_PASSWORD)
    assert "重新办理签名授权" in result.message and result.info.origin == "imported"
    info = ident.identity_info(demo_db)
    assert info.issuer.endswith("云溪县总工会电子认证中心（测试）") and info.retired == 1
    assert [h.split(" [")[1] for h in info.grant_holders] == ["approver，负责人]"]
    unlocked = ident.unlock_identity(demo_db, approver, DEMO_PASSWORD)
    assert unlocked.key_id == info.key_id != old_key_id and unlocked.chain == (ca,)
    old = [i for i in _identities(demo_db) if i.key_id == old_key_id]
    assert old and old[0].retired_at is not None  # kept, so old reports still verify
    assert ident.certificate_for_key_id(demo_db, old_key_id) is not None
    with pytest.raises(ServiceError, match="已经导入过"):
        ident.import_p12(demo_db, approver, p12, P12_PASSWORD, DEMO_PASSWORD)


@pytest.mark.parametrize(("kwargs", "password", "message"), [
    ({}, "wrong", "证书密码不正确"),
    ({"subject_code": "91350100M000100Y43"}, P12_PASSWORD, "没有本单位代码"),
    ({"start": datetime.now(UTC) - timedelta(days=400), "days": 30}, P12_PASSWORD, "不在有效期内"),
    ({"signing_usage": False}, P12_PASSWORD, "密钥用途不包括数字签名"),  # an encryption-only certificate
])
def test_import_p12_refuses_a_certificate_that_cannot_sign_for_this_unit(
        demo_db: Database, approver: Actor, kwargs: dict[str, object], password: str, message: str) -> None:
    _, p12 = make_ca_and_p12(DEMO_UNIT.code, **kwargs)  # type: ignore[arg-type]
    with pytest.raises(ServiceError, match=message):
        ident.import_p12(demo_db, approver, p12, password, DEMO_PASSWORD)
    assert len(_identities(demo_db)) == 1


def test_only_an_admin_or_approver_may_import(demo_db: Database, clerk: Actor) -> None:
    _, p12 = make_ca_and_p12(DEMO_UNIT.code)
    with pytest.raises(PermissionDenied):
        ident.import_p12(demo_db, clerk, p12, P12_PASSWORD, DEMO_PASSWORD)


# ------------------------------------------------------------------ command line


def _run_identity(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    """Through desktop.cli.main when the lead has wired `identity` in, else through our own parser."""
    from desktop import cli, cli_identity

    if "identity" in cli.COMMANDS:
        code = cli.main(argv)
    else:
        parser = cli.ChineseArgumentParser(prog="union-ledger", parents=[cli._common_options()])
        sub = parser.add_subparsers(dest="command", parser_class=cli.ChineseArgumentParser)
        cli_identity.add_identity_parser(sub, cli._common_options())
        try:
            args: argparse.Namespace = parser.parse_args(argv)
            code = cli_identity.cmd_identity(args)
        except (cli.CommandFailed, ServiceError) as exc:
            print(exc, file=sys.stderr)
            code = cli.EXIT_FAILED
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_cli_show_export_import_and_grant(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    where = ["--db", str(demo_db.path)]
    code, out, _ = _run_identity(capsys, ["identity", "show", *where])
    assert code == 0 and DEMO_UNIT.code in out and "林晓梅" in out and "本机生成" in out
    assert ident.identity_info(demo_db).key_id in out

    cert_file = tmp_path / "unit-cert.pem"
    code, out, _ = _run_identity(capsys, ["identity", "export-cert", "--out", str(cert_file), *where])
    assert code == 0 and cert_file.read_text().startswith("-----BEGIN CERTIFICATE-----")

    _, p12 = make_ca_and_p12(DEMO_UNIT.code)
    p12_file = tmp_path / "county.p12"
    p12_file.write_bytes(p12)
    monkeypatch.setenv("UNION_LEDGER_PASSWORD", DEMO_PASSWORD)
    monkeypatch.setenv("UNION_LEDGER_P12_PASSWORD", "wrong")
    code, _, err = _run_identity(capsys, ["identity", "import-p12", str(p12_file), "--user", "approver", *where])
    assert code == 1 and "证书密码不正确" in err and len(err.strip().splitlines()) == 1
    monkeypatch.setenv("UNION_LEDGER_P12_PASSWORD", P12_PASSWORD)
    code, out, _ = _run_identity(capsys, ["identity", "import-p12", str(p12_file), "--user", "approver", *where])
    assert code == 0 and "重新办理签名授权" in out
    code, out, _ = _run_identity(capsys, ["identity", "show", *where])
    assert "导入（上级颁发）" in out and "王建国" not in out

    # the approver passes the new certificate on to the admin (admin's password on standard input)
    monkeypatch.setattr(sys, "stdin", io.StringIO(DEMO_PASSWORD + "\n"))
    code, out, _ = _run_identity(capsys, ["identity", "grant", "admin", "--user", "approver", *where])
    assert code == 0 and "admin" in out
    code, out, _ = _run_identity(capsys, ["identity", "show", *where])
    assert "王建国" in out


def test_an_admin_can_renew_the_identity_when_every_grant_was_lost(
        demo_db: Database, admin: Actor, approver: Actor, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    old = ident.identity_info(demo_db).key_id
    users.reset_password(demo_db, admin, approver.user_id or 0, "Reset-by-admin")
    monkeypatch.setenv("UNION_LEDGER_PASSWORD", DEMO_PASSWORD)
    code, out, _ = _run_identity(capsys, ["identity", "renew", "--user", "admin", "--db", str(demo_db.path)])
    assert code == 0 and "重新办理签名授权" in out
    info = ident.identity_info(demo_db)
    assert info.key_id != old and info.retired == 1 and info.origin == "generated"
    monkeypatch.setenv("UNION_LEDGER_PASSWORD", "Reset-by-admin")
    code, _, err = _run_identity(capsys, ["identity", "renew", "--user", "approver", "--db", str(demo_db.path)])
    assert code == 1 and "管理员" in err
    ident.grant_signing(demo_db, admin, DEMO_PASSWORD, "approver", "Reset-by-admin")
    assert ident.unlock_identity(demo_db, approver, "Reset-by-admin").key_id == info.key_id


# ------------------------------------------------------------------ second-opinion review


def test_a_retired_identity_keeps_its_certificate_but_loses_its_key_and_every_grant(
        demo_db: Database, admin: Actor, approver: Actor) -> None:
    old_key_id = ident.identity_info(demo_db).key_id
    ident.renew_identity(demo_db, admin, DEMO_PASSWORD)
    old = next(i for i in _identities(demo_db) if i.key_id == old_key_id)
    with demo_db.read_session() as session:
        grants = session.scalars(select(SigningGrant).where(SigningGrant.identity_id == old.id)).all()
    assert grants == [] and old.encrypted_key == b""  # an old password in a copied database unlocks nothing
    assert ident.certificate_for_key_id(demo_db, old_key_id) is not None  # old reports still verify


def test_an_expired_certificate_is_refused_before_signing(demo_db: Database, approver: Actor,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    later = ident.identity_info(demo_db).not_after + timedelta(days=1)
    monkeypatch.setattr(ident, "_now", lambda: later)
    with pytest.raises(ServiceError, match="已过期"):
        ident.unlock_identity(demo_db, approver, DEMO_PASSWORD)


@pytest.mark.parametrize("change", [{"active": False}, {"role": "clerk"}])
def test_a_disabled_or_demoted_approver_cannot_unlock_with_the_grant_still_stored(
        demo_db: Database, admin: Actor, approver: Actor, change: dict[str, object]) -> None:
    assert ident.unlock_identity(demo_db, approver, DEMO_PASSWORD)
    users.update_user(demo_db, admin, approver.user_id or 0, **change)  # type: ignore[arg-type]
    with pytest.raises(PermissionDenied):
        ident.unlock_identity(demo_db, approver, DEMO_PASSWORD)


@pytest.mark.parametrize("change", [{"active": False}, {"role": "clerk"}])
def test_disabling_or_demoting_an_approver_drops_their_signing_grant(demo_db, admin, change) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from db.models import SigningGrant, User
    from desktop.services.users import update_user

    with demo_db.session() as session:
        approver_id = session.scalar(select(User.id).where(User.username == "approver"))
        held = session.scalar(select(func.count()).where(SigningGrant.user_id == approver_id))
    assert held == 1
    update_user(demo_db, admin, approver_id, **change)
    with demo_db.session() as session:
        assert session.scalar(select(func.count()).where(SigningGrant.user_id == approver_id)) == 0
    if change == {"role": "clerk"}:  # made an approver again, they need a new grant to sign
        update_user(demo_db, admin, approver_id, role="approver")
        from desktop.services.auth import login
        from desktop.services.demo import DEMO_PASSWORD
        from desktop.services.errors import ServiceError
        from desktop.services.signing_identity import unlock_identity

        with pytest.raises(ServiceError):
            unlock_identity(demo_db, login(demo_db, "approver", DEMO_PASSWORD), DEMO_PASSWORD)


def test_wrong_passwords_when_signing_count_toward_the_lockout(demo_db, approver) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.auth import login
    from desktop.services.demo import DEMO_PASSWORD
    from desktop.services.errors import AccountLocked, ServiceError
    from desktop.services.signing_identity import unlock_identity

    with pytest.raises(ServiceError, match="再错 4 次"):
        unlock_identity(demo_db, approver, "guess-1")
    for attempt in range(2, 5):
        with pytest.raises(ServiceError):
            unlock_identity(demo_db, approver, f"guess-{attempt}")
    with pytest.raises(AccountLocked):
        unlock_identity(demo_db, approver, "guess-5")
    with pytest.raises(AccountLocked):  # locked for everything now, even with the right password
        login(demo_db, "approver", DEMO_PASSWORD)
    assert any(e.action == "login.failed" for e in _events(demo_db))


def _events(db):  # type: ignore[no-untyped-def]
    with db.read_session() as session:
        return session.scalars(select(AuditEvent)).all()

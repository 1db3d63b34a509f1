"""设置 → 签名证书: see the unit's certificate, export it, grant/revoke signing, import a .p12, renew."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import delete

from db import Database
from db.models import SigningGrant, SigningIdentity
from desktop.paths import LedgerPaths
from desktop.services.actor import Actor
from desktop.services.auth import login
from desktop.services.demo import DEMO_PASSWORD, DEMO_UNIT
from desktop.services.errors import PermissionDenied
from desktop.services.signing_identity import WRONG_PASSWORD, identity_info, unlock_identity
from desktop.services.users import create_user
from desktop.ui.context import UiContext
from desktop.ui.settings.signing_dialogs import GrantDialog, ImportDialog, RenewDialog
from desktop.ui.settings.signing_tab import SigningTab

SECOND = ("approver2", "赵晓东", "second-secret-1")


@pytest.fixture
def make_tab(qtbot, demo_db: Database, ledger_paths: LedgerPaths):  # type: ignore[no-untyped-def]
    def make(actor: Actor) -> SigningTab:
        tab = SigningTab(UiContext(demo_db, actor, ledger_paths))
        qtbot.addWidget(tab)
        tab.resize(1000, 700)
        tab.refresh()
        return tab

    return make


def shown_key_id(tab: SigningTab) -> str:
    return "".join(tab.key_id.text().split()).lower()


def fake_exec(monkeypatch, dialog_class, fill):  # type: ignore[no-untyped-def]
    """Replace the modal exec(): fill the real dialog's fields, press OK, report what happened."""
    opened: list = []

    def run(dialog) -> int:  # type: ignore[no-untyped-def]
        opened.append(dialog)
        fill(dialog)
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", run)
    return opened


def test_tab_shows_the_unit_key_id_and_holders(make_tab, admin: Actor, demo_db: Database) -> None:
    tab = make_tab(admin)
    info = identity_info(demo_db)
    assert tab.subject.text() == DEMO_UNIT.name
    assert tab.unit_code.text() == DEMO_UNIT.code
    assert shown_key_id(tab) == info.key_id
    assert tab.key_id.text().split("\n")[0].count(" ") == 7, "read out in groups of four"
    assert tab.validity.text().startswith(f"{info.not_before:%Y}-") and f"{info.not_after:%Y}-" in tab.validity.text()
    assert tab.validity.styleSheet() == "", "ten years left: not shown in red"
    holders = [tab.holders.item(i).text() for i in range(tab.holders.count())]
    assert len(holders) == 2 and any("approver" in h for h in holders)
    for button in (tab.export_button, tab.grant_button, tab.import_button, tab.renew_button):
        assert button.isEnabled(), button.text()
    assert not tab.revoke_button.isEnabled(), "nobody selected yet"
    tab.holders.setCurrentRow(1)
    assert tab.revoke_button.isEnabled()


def test_export_writes_the_pem_whose_fingerprint_is_shown(make_tab, approver: Actor, tmp_path: Path,
                                                          monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(approver)
    asked: list[str] = []

    def save_as(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(tmp_path / "for-county"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    tab.export_button.click()
    assert Path(asked[0]).name.startswith(DEMO_UNIT.name) and asked[0].endswith(".pem")
    written = tmp_path / "for-county.pem"
    cert = x509.load_pem_x509_certificate(written.read_bytes())
    assert hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest() == shown_key_id(tab)
    assert str(written) in tab.status.text()


def test_grant_through_the_dialog_lets_a_second_approver_sign(make_tab, admin: Actor, demo_db: Database,
                                                              monkeypatch) -> None:  # type: ignore[no-untyped-def]
    username, name, password = SECOND
    create_user(demo_db, admin, username, name, "approver", password)
    tab = make_tab(login(demo_db, "approver", DEMO_PASSWORD))  # the demo's approver holds a grant

    def fill(dialog: GrantDialog) -> None:
        offered = [dialog.user.itemData(i) for i in range(dialog.user.count())]
        assert offered == [username], "only approvers/admins without a grant are offered"
        dialog.own_password.setText(DEMO_PASSWORD)
        dialog.user_password.setText(password)

    opened = fake_exec(monkeypatch, GrantDialog, fill)
    tab.grant_button.click()
    assert opened and opened[0].message.text() == ""
    assert tab.holders.count() == 3 and name in tab.status.text()
    unlocked = unlock_identity(demo_db, login(demo_db, username, password), password)
    assert unlocked.key_id == shown_key_id(tab)


def test_a_wrong_password_shows_the_reason_and_grants_nothing(make_tab, admin: Actor, demo_db: Database,
                                                              monkeypatch) -> None:  # type: ignore[no-untyped-def]
    username, name, password = SECOND
    create_user(demo_db, admin, username, name, "approver", password)
    tab = make_tab(admin)

    def fill(dialog: GrantDialog) -> None:
        dialog.own_password.setText("not-my-password")
        dialog.user_password.setText(password)

    opened = fake_exec(monkeypatch, GrantDialog, fill)
    tab.grant_button.click()
    assert opened[0].message.text() == WRONG_PASSWORD
    assert opened[0].result() == 0, "the dialog stays open for another try"
    assert tab.holders.count() == 2 and tab.status.text() == ""
    with pytest.raises(PermissionDenied):
        unlock_identity(demo_db, login(demo_db, username, password), password)


def test_clerk_may_only_export(make_tab, clerk: Actor) -> None:
    tab = make_tab(clerk)
    assert tab.export_button.isEnabled()
    for button in (tab.grant_button, tab.revoke_button, tab.import_button, tab.renew_button):
        assert not button.isEnabled(), button.text()
        assert button.toolTip(), f"{button.text()} says who can use it"
    assert "administrator" in tab.renew_button.toolTip().lower() or "管理员" in tab.renew_button.toolTip()


def test_admin_revokes_a_grant_after_confirming(make_tab, admin: Actor, approver: Actor, demo_db: Database,
                                               monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(admin)
    questions: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: questions.append(a[2]) or QMessageBox.StandardButton.Yes)
    row = next(i for i in range(tab.holders.count()) if "[approver，" in tab.holders.item(i).text())
    tab.holders.setCurrentRow(row)
    tab.revoke_button.click()
    assert questions and tab.holders.count() == 1
    with pytest.raises(PermissionDenied):
        unlock_identity(demo_db, approver, DEMO_PASSWORD)


def _county_p12(days: int) -> tuple[bytes, str]:
    now = datetime.now(UTC) - timedelta(days=1)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "云溪县总工会电子认证中心（测试）")])
    subject = x509.Name([x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, DEMO_UNIT.code),
                         x509.NameAttribute(NameOID.COMMON_NAME, "星河镇总工会（县颁发）")])
    leaf = (x509.CertificateBuilder().subject_name(subject).issuer_name(ca_name).public_key(key.public_key())
            .serial_number(2).not_valid_before(now).not_valid_after(now + timedelta(days=days))
            .sign(ca_key, hashes.SHA256()))
    password = "p12-secret"
    return pkcs12.serialize_key_and_certificates(b"unit", key, leaf, None,
                                                 serialization.BestAvailableEncryption(password.encode())), password


def test_import_p12_shows_the_issuer_the_message_and_a_near_expiry_in_red(
        make_tab, approver: Actor, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    data, p12_password = _county_p12(days=60)
    p12_file = tmp_path / "county.p12"
    p12_file.write_bytes(data)
    tab = make_tab(approver)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))

    def fill(dialog: ImportDialog) -> None:
        dialog.file.setText(str(p12_file))
        dialog.p12_password.setText(p12_password)
        dialog.own_password.setText(DEMO_PASSWORD)

    fake_exec(monkeypatch, ImportDialog, fill)
    tab.import_button.click()
    assert shown and "重新办理签名授权" in shown[0], "other approvers are told they need a new grant"
    assert tab.subject.text() == "星河镇总工会（县颁发）"
    assert "云溪县总工会电子认证中心" in tab.issuer.text()
    assert tab.holders.count() == 1
    assert "#b00020" in tab.validity.styleSheet(), "expiring within 90 days is shown in red"
    assert "59" in tab.validity.text() or "58" in tab.validity.text(), "the days left are stated"
    assert "1" in tab.retired.text(), "the old certificate is kept"


def test_ledger_without_identity_tells_the_admin_to_generate_one(make_tab, admin: Actor, demo_db: Database,
                                                                 monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with demo_db.session() as session:
        session.execute(delete(SigningGrant))
        session.execute(delete(SigningIdentity))
    tab = make_tab(admin)
    assert "Generate new certificate" in tab.notice.text() or "重新生成" in tab.notice.text()
    assert tab.key_id.text() == "" and not tab.export_button.isEnabled() and not tab.grant_button.isEnabled()
    assert tab.renew_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    fake_exec(monkeypatch, RenewDialog, lambda d: d.own_password.setText(DEMO_PASSWORD))
    tab.renew_button.click()
    assert shown_key_id(tab) == identity_info(demo_db).key_id and tab.export_button.isEnabled()
    assert tab.holders.count() == 1 and "admin" in tab.holders.item(0).text()


def test_tab_renders_tidily(make_tab, admin: Actor, tmp_path: Path) -> None:
    tab = make_tab(admin)
    tab.show()
    image = tab.grab().toImage()
    assert (image.width(), image.height()) == (1000, 700)
    image.save(str(tmp_path / "signing_tab.png"))
    for button in (tab.export_button, tab.renew_button):
        assert button.geometry().right() <= tab.width(), "all buttons fit at 1000 px"

"""签名证书: the unit's signing identity and who may unlock it (签名授权).

Exactly one identity is current (``retired_at`` is None); retired ones are kept so old
reports can still be checked against the archive. The private key is encrypted under a
random data key, and that key is wrapped per user with the user's password
(``SigningGrant``, see ``signing_keys``). Signing needs an approver (负责人) who holds a
grant; the administrator who set up the ledger holds the first one and can pass it on.
Secrets (passwords, keys) are never written to the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from db import Database
from db.models import SigningGrant, SigningIdentity, Unit, User
from desktop.services import audit
from desktop.services import signing_keys as keys
from desktop.services.actor import ROLE_LABELS, Actor
from desktop.services.errors import NotFound, PermissionDenied, ServiceError
from desktop.services.passwords import verify_password
from desktop.services.permissions import require_role
from desktop.signing.qr_payload import key_id as certificate_key_id

SIGNERS = ("approver",)  # who may sign a report (desktop.services.disbursements.APPROVERS)
HOLDERS = ("admin", "approver")  # who may hold a grant, pass it on, or import a certificate
NO_GRANT = "您还没有本单位签名证书的使用授权，请管理员或其他已获授权的负责人为您办理签名授权。"
WRONG_PASSWORD = "密码不正确，无法解锁本单位签名证书，请重新输入。"


@dataclass(frozen=True)
class UnlockedIdentity:
    private_key: keys.PrivateKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]
    key_id: str
    identity_id: int


@dataclass(frozen=True)
class IdentityInfo:
    subject: str
    common_name: str
    issuer: str
    unit_code: str
    key_id: str
    not_before: datetime
    not_after: datetime
    origin: str  # generated | imported
    grant_holders: tuple[str, ...]  # "林晓梅 [approver，负责人]"
    retired: int  # earlier identities kept for old reports

    @property
    def origin_label(self) -> str:
        return "本机生成（自签名）" if self.origin == "generated" else "导入（上级颁发）"


@dataclass(frozen=True)
class ImportResult:
    info: IdentityInfo
    message: str


def _now() -> datetime:
    return datetime.now(UTC)


def _current(session: Session) -> SigningIdentity:
    identity = session.scalar(select(SigningIdentity).where(SigningIdentity.retired_at.is_(None))
                              .order_by(SigningIdentity.id.desc()).limit(1))
    if identity is None:
        raise NotFound("本单位还没有签名证书，请由管理员生成或导入签名证书。")
    return identity


def _user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is None:
        raise NotFound(f"找不到用户名为“{username}”的操作员。")
    return user


def _confirmed_user(session: Session, actor: Actor, password: str) -> User:
    """The acting user, once the password typed matches their account (not counted as a login attempt)."""
    user = _user(session, actor.username)
    if not verify_password(password, user.password_hash):
        raise ServiceError(WRONG_PASSWORD, field="password")
    return user


def _unit(session: Session, refused: str) -> Unit:
    unit = session.scalar(select(Unit).order_by(Unit.id).limit(1))
    if unit is None:
        raise ServiceError(f"尚未设置本单位信息，不能{refused}签名证书。")
    return unit


def _grant(session: Session, identity_id: int, user_id: int) -> SigningGrant | None:
    return session.scalar(select(SigningGrant).where(SigningGrant.identity_id == identity_id,
                                                     SigningGrant.user_id == user_id))


def _add_grant(session: Session, identity: SigningIdentity, user: User, data_key: bytes, password: str) -> None:
    kdf, wrapped = keys.wrap_data_key(data_key, password)
    existing = _grant(session, identity.id, user.id)
    if existing is None:
        session.add(SigningGrant(identity_id=identity.id, user_id=user.id, kdf=kdf, wrapped_key=wrapped))
    else:
        existing.kdf, existing.wrapped_key = kdf, wrapped


def _store_identity(session: Session, actor: Actor, origin: str, key: keys.PrivateKey,
                    certificate: x509.Certificate, chain: list[x509.Certificate],
                    holder: User, holder_password: str) -> SigningIdentity:
    """Retire the current identity (if any), store the new one encrypted, grant it to ``holder``."""
    key_id = certificate_key_id(certificate)
    if session.scalar(select(SigningIdentity.id).where(SigningIdentity.key_id == key_id)) is not None:
        raise ServiceError("这张证书已经导入过本台账，不需要重复导入。")
    retired = session.scalars(select(SigningIdentity).where(SigningIdentity.retired_at.is_(None))).all()
    for old in retired:
        # the certificate stays (old reports verify against it); the key and every grant to it go,
        # so no old password and no copy of this database can sign with a retired identity again
        grants = session.scalars(select(SigningGrant).where(SigningGrant.identity_id == old.id)).all()
        for grant in grants:
            session.delete(grant)
        old.retired_at = _now()
        old.encrypted_key = b""
        audit.record(session, actor, "signing_identity.retire", entity_type="signing_identity",
                     entity_uuid=old.uuid, changes={"key_id": old.key_id, "grants_dropped": len(grants)})
    data_key = keys.new_data_key()
    identity = SigningIdentity(
        origin=origin, key_id=key_id, subject=keys.name_text(certificate.subject),
        issuer=keys.name_text(certificate.issuer), not_before=certificate.not_valid_before_utc,
        not_after=certificate.not_valid_after_utc, certificate_pem=keys.certificate_pem(certificate),
        chain_pem="".join(keys.certificate_pem(c) for c in chain),
        encrypted_key=keys.encrypt_private_key(key, data_key))
    session.add(identity)
    session.flush()
    _add_grant(session, identity, holder, data_key, holder_password)
    audit.record(session, actor, "signing_identity.create", entity_type="signing_identity",
                 entity_uuid=identity.uuid,
                 changes={"origin": origin, "key_id": key_id, "subject": identity.subject,
                          "issuer": identity.issuer, "not_after": identity.not_after,
                          "grant_to": holder.username})
    return identity


def create_identity(session: Session, actor: Actor, admin: User, admin_password: str) -> SigningIdentity:
    """At set-up, inside the set-up transaction: a new key and self-signed certificate for the unit."""
    unit = _unit(session, "生成")
    key, cert = keys.generate_unit_certificate(unit.name, unit.code)
    return _store_identity(session, actor, "generated", key, cert, [], admin, admin_password)


def _data_key(session: Session, identity: SigningIdentity, user: User, password: str) -> bytes:
    """The data key via ``user``'s grant; the password has been checked against the account."""
    grant = _grant(session, identity.id, user.id)
    if grant is None:
        raise PermissionDenied(NO_GRANT)
    try:
        return keys.unwrap_data_key(grant.kdf, grant.wrapped_key, password)
    except keys.WrongPassword:
        raise ServiceError("您的签名授权已失效（密码在本程序之外被更改过），请管理员重新为您办理签名授权。") from None


def unlock_identity(db: Database, actor: Actor, password: str) -> UnlockedIdentity:
    """The current key and certificate, for an approver who holds a grant and typed the right password.

    The password is checked like a login (audited, counted toward the lockout), so an open
    session cannot be used to guess it.
    """
    from desktop.services.auth import confirm_password
    from desktop.services.errors import AccountLocked, LoginFailed

    with db.read_session() as session:
        require_role(session, actor, *SIGNERS)
    try:
        confirm_password(db, actor, password)
    except AccountLocked:
        raise
    except LoginFailed as exc:
        raise ServiceError(f"{WRONG_PASSWORD[:-1]}（{str(exc).rstrip('。')}）。", field="password") from None
    with db.read_session() as session:
        user = _user(session, actor.username)
        identity = _current(session)
        certificate = x509.load_pem_x509_certificate(identity.certificate_pem.encode("ascii"))
        if problem := keys.validity_problem(certificate, _now()):
            raise ServiceError(problem)
        data_key = _data_key(session, identity, user, password)
        private_key = keys.decrypt_private_key(identity.encrypted_key, data_key)
        return UnlockedIdentity(private_key, certificate, tuple(keys.load_pem_chain(identity.chain_pem)),
                                identity.key_id, identity.id)


def grant_signing(db: Database, granter: Actor, granter_password: str, username: str, user_password: str) -> None:
    """签名授权: a holder passes the current identity on to an approver or admin (both passwords typed)."""
    with db.session() as session:
        require_role(session, granter, *HOLDERS)
        me = _confirmed_user(session, granter, granter_password)
        identity = _current(session)
        data_key = _data_key(session, identity, me, granter_password)
        target = _user(session, username)
        if target.role not in HOLDERS or not target.active:
            raise ServiceError(f"“{target.display_name}”是{ROLE_LABELS.get(target.role, target.role)}"
                               f"{'' if target.active else '（已停用）'}，只能为在用的负责人或管理员办理签名授权。")
        if not verify_password(user_password, target.password_hash):
            raise ServiceError(f"“{target.display_name}”的密码不正确，请由本人输入其登录密码。",
                               field="user_password")
        renewed = _grant(session, identity.id, target.id) is not None
        _add_grant(session, identity, target, data_key, user_password)
        audit.record(session, granter, "signing_grant.renew" if renewed else "signing_grant.create",
                     entity_type="signing_identity", entity_uuid=identity.uuid,
                     changes={"user": target.username, "key_id": identity.key_id})


def revoke_signing(db: Database, actor: Actor, username: str) -> None:
    """An admin withdraws someone's grant (e.g. the approver changed job)."""
    with db.session() as session:
        require_role(session, actor, "admin")
        target = _user(session, username)
        identity = _current(session)
        grant = _grant(session, identity.id, target.id)
        if grant is None:
            raise NotFound(f"“{target.display_name}”没有签名授权，无需撤销。")
        holders = session.scalars(select(SigningGrant).where(SigningGrant.identity_id == identity.id)).all()
        if len(holders) <= 1:
            raise ServiceError("这是签名证书唯一的授权，撤销后将无人能够签章；请先为另一位负责人或管理员办理授权。")
        session.delete(grant)
        audit.record(session, actor, "signing_grant.revoke", entity_type="signing_identity",
                     entity_uuid=identity.uuid, changes={"user": target.username})


def rewrap_grants(session: Session, actor: Actor, user: User, old_password: str, new_password: str) -> None:
    """Inside change_own_password: the user's grants follow the new password."""
    for grant in session.scalars(select(SigningGrant).where(SigningGrant.user_id == user.id)).all():
        try:
            data_key = keys.unwrap_data_key(grant.kdf, grant.wrapped_key, old_password)
        except keys.WrongPassword:
            continue  # already stale; left for an administrator to renew
        grant.kdf, grant.wrapped_key = keys.wrap_data_key(data_key, new_password)
        identity = session.get(SigningIdentity, grant.identity_id)
        audit.record(session, actor, "signing_grant.rewrap", entity_type="signing_identity",
                     entity_uuid=identity.uuid if identity else "", changes={"user": user.username})


def drop_grants(session: Session, actor: Actor, user: User, reason: str = "password reset") -> int:
    """The user's grants go: on an admin's password reset (the old password is gone), and when the
    account is disabled or no longer an approver or admin (a copy of the database and the old
    password must not open the key)."""
    grants = session.scalars(select(SigningGrant).where(SigningGrant.user_id == user.id)).all()
    for grant in grants:
        identity = session.get(SigningIdentity, grant.identity_id)
        session.delete(grant)
        audit.record(session, actor, "signing_grant.drop", entity_type="signing_identity",
                     entity_uuid=identity.uuid if identity else "",
                     changes={"user": user.username, "reason": reason})
    return len(grants)


def _info(session: Session, identity: SigningIdentity) -> IdentityInfo:
    cert = x509.load_pem_x509_certificate(identity.certificate_pem.encode("ascii"))
    holders = session.execute(
        select(User.display_name, User.username, User.role).join(SigningGrant, SigningGrant.user_id == User.id)
        .where(SigningGrant.identity_id == identity.id).order_by(User.id)).all()
    unit = session.scalar(select(Unit).order_by(Unit.id).limit(1))
    values = keys.name_values(cert.subject)
    code = unit.code if unit is not None and any(unit.code in v for v in values) else ""
    retired = len(session.scalars(select(SigningIdentity.id).where(SigningIdentity.retired_at.is_not(None))).all())
    return IdentityInfo(
        subject=identity.subject, common_name=keys.common_name(cert.subject), issuer=identity.issuer,
        unit_code=code, key_id=identity.key_id, not_before=identity.not_before, not_after=identity.not_after,
        origin=identity.origin,
        grant_holders=tuple(f"{name} [{user}，{ROLE_LABELS.get(role, role)}]" for name, user, role in holders),
        retired=retired)


def identity_info(db: Database) -> IdentityInfo:
    with db.read_session() as session:
        return _info(session, _current(session))


def export_certificate_pem(db: Database) -> str:
    """The current certificate (and any issuer certificates) as PEM, for the county union to trust."""
    with db.read_session() as session:
        identity = _current(session)
        return identity.certificate_pem + identity.chain_pem


def certificate_for_key_id(db: Database, key_id: str) -> x509.Certificate | None:
    """Any identity ever used here, current or retired (for checking old reports)."""
    with db.read_session() as session:
        pem = session.scalar(select(SigningIdentity.certificate_pem).where(SigningIdentity.key_id == key_id))
        return x509.load_pem_x509_certificate(pem.encode("ascii")) if pem else None


def import_p12(db: Database, actor: Actor, p12_bytes: bytes, p12_password: str, actor_password: str) -> ImportResult:
    """Replace the identity with a certificate issued by the county union (the old one is retired, kept)."""
    with db.session() as session:
        require_role(session, actor, *HOLDERS)
        me = _confirmed_user(session, actor, actor_password)
        unit = _unit(session, "导入")
        try:
            contents = keys.read_p12(p12_bytes, p12_password, unit_code=unit.code)
        except keys.P12Problem as exc:
            raise ServiceError(str(exc)) from None
        identity = _store_identity(session, actor, "imported", contents.key, contents.certificate,
                                   contents.chain, me, actor_password)
        info = _info(session, identity)
    others = "其他负责人需要由您重新办理签名授权后才能签章。"
    return ImportResult(info, f"已导入签名证书“{info.common_name}”（颁发者：{info.issuer}），原证书已停用并保留；"
                              f"目前只有您可以使用新证书，{others}")


def renew_identity(db: Database, actor: Actor, actor_password: str) -> IdentityInfo:
    """An admin replaces the identity with a newly generated one (e.g. every grant was lost)."""
    with db.session() as session:
        require_role(session, actor, "admin")
        me = _confirmed_user(session, actor, actor_password)
        unit = _unit(session, "生成")
        key, cert = keys.generate_unit_certificate(unit.name, unit.code)
        return _info(session, _store_identity(session, actor, "generated", key, cert, [], me, actor_password))

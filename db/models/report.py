"""签名证书 and 报表存档: the unit's signing identity and every report exported.

The private key never sits in the database in the clear: it is stored as encrypted
PKCS#8 under a random data key, and that data key is stored once per authorised user,
wrapped with a key derived from that user's password (``SigningGrant``).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, TimestampMixin, UTCDateTime, UuidMixin

IDENTITY_ORIGINS = ("generated", "imported")
REPORT_KINDS = ("summary", "members", "aid", "competitions")


class SigningIdentity(UuidMixin, TimestampMixin, Base):
    """A key pair and its certificate; exactly one is current (``retired_at`` is None)."""

    __tablename__ = "signing_identity"
    __table_args__ = (CheckConstraint("origin IN ('generated', 'imported')", name="origin"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    origin: Mapped[str] = mapped_column(String(10))
    key_id: Mapped[str] = mapped_column(String(64), unique=True)  # hex SHA-256 of the certificate (DER)
    subject: Mapped[str] = mapped_column(String(400))
    issuer: Mapped[str] = mapped_column(String(400))
    not_before: Mapped[datetime] = mapped_column(UTCDateTime)
    not_after: Mapped[datetime] = mapped_column(UTCDateTime)
    certificate_pem: Mapped[str] = mapped_column(Text)
    chain_pem: Mapped[str] = mapped_column(Text, default="")  # issuer certificates of an imported identity
    encrypted_key: Mapped[bytes] = mapped_column(LargeBinary)  # PKCS#8, encrypted with the data key
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class SigningGrant(TimestampMixin, Base):
    """The identity's data key wrapped for one user (scrypt of the password + AES-GCM)."""

    __tablename__ = "signing_grant"
    __table_args__ = (UniqueConstraint("identity_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    identity_id: Mapped[int] = mapped_column(ForeignKey("signing_identity.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), index=True)
    kdf: Mapped[str] = mapped_column(String(200))  # e.g. "scrypt$n=16384$r=8$p=1$<salt hex>"
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)  # nonce + AES-GCM ciphertext of the data key


class ReportExport(UuidMixin, TimestampMixin, Base):
    """One exported report: serial, what it covers, hashes, who signed it, what it supersedes."""

    __tablename__ = "report_export"
    __table_args__ = (
        CheckConstraint("kind IN ('summary', 'members', 'aid', 'competitions')", name="kind"),
        UniqueConstraint("kind", "year", "sequence"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    serial: Mapped[str] = mapped_column(String(40), unique=True)  # ZGH-BF-2026Q3-0001
    kind: Mapped[str] = mapped_column(String(20))
    year: Mapped[int] = mapped_column(Integer)  # the year the sequence counts in (the period's start year)
    sequence: Mapped[int] = mapped_column(Integer)
    period_code: Mapped[str] = mapped_column(String(40), index=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(200))
    pages: Mapped[int] = mapped_column(Integer)
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    data_sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(400), default="")
    signed: Mapped[bool] = mapped_column(default=False)
    identity_id: Mapped[int | None] = mapped_column(ForeignKey("signing_identity.id"), default=None)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), default=None)
    signed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), default=None)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("report_export.id"), default=None)

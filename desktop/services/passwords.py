"""Password hashing with scrypt (stdlib), stored as a self-describing string."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from desktop.services.errors import ServiceError

N, R, P = 2**14, 8, 1
MIN_LENGTH = 8


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=N, r=R, p=P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${N}${R}${P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    salt, expected = base64.b64decode(salt_b64), base64.b64decode(digest_b64)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=int(n), r=int(r), p=int(p),
                            dklen=len(expected))
    return hmac.compare_digest(digest, expected)


def check_new_password(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise ServiceError(f"密码至少需要 {MIN_LENGTH} 个字符，请换一个更长的密码。", field="password")
    if password.strip() != password:
        raise ServiceError("密码首尾不能是空格。", field="password")

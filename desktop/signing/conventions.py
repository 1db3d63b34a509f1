"""What a signed report file contains, shared by the writer and the verifier.

- the report data as an embedded file ``ATTACHMENT_NAME`` (canonical JSON, UTF-8), added
  before signing so the signature covers it;
- on the last page a QR code whose payload (``desktop.signing.qr_payload``) carries the
  SHA-256 of exactly those bytes, signed with the same key as the PDF;
- one signature field ``SIGNATURE_FIELD`` in the 单位盖章 box, PAdES B-B.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

ATTACHMENT_NAME = "report-data.json"
ATTACHMENT_MIME = "application/json"
DATA_SCHEMA = "union-ledger/report-data"
DATA_VERSION = 1
SIGNATURE_FIELD = "UnitSeal"


def canonical_json(data: dict[str, Any]) -> bytes:
    """The one byte form of the report data that is hashed, embedded and compared."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def data_sha256(data: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(data)).hexdigest()

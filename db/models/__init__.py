"""All ORM models; importing this module registers every table on Base.metadata."""

from db.models.audit import AuditChainHead, AuditEvent
from db.models.setting import Setting
from db.models.unit import Unit
from db.models.user import User

__all__ = ["AuditChainHead", "AuditEvent", "Setting", "Unit", "User"]

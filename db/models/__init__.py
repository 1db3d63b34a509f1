"""All ORM models; importing this module registers every table on Base.metadata."""

from db.models.audit import AuditChainHead, AuditEvent
from db.models.member import Member, MembershipEvent
from db.models.organization import Organization
from db.models.person import NamePiece, Person
from db.models.setting import Setting
from db.models.unit import Unit
from db.models.user import User
from db.models.vocabulary import VocabularyTerm

__all__ = [
    "AuditChainHead", "AuditEvent", "Member", "MembershipEvent", "NamePiece", "Organization", "Person",
    "Setting", "Unit", "User", "VocabularyTerm",
]

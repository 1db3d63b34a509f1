"""All ORM models; importing this module registers every table on Base.metadata."""

from db.models.aid import (
    AidCampaign,
    Disbursement,
    GroupDistribution,
    GroupDistributionOrganization,
    GroupDistributionRecipient,
)
from db.models.audit import AuditChainHead, AuditEvent
from db.models.competition import Competition, CompetitionEvent, Entry, Honour, Team, TeamMember
from db.models.hardship import HardshipFamilyMember, HardshipFile
from db.models.member import Member, MembershipEvent
from db.models.organization import Organization
from db.models.person import NamePiece, Person
from db.models.report import ReportExport, SigningGrant, SigningIdentity
from db.models.setting import Setting
from db.models.unit import Unit
from db.models.user import User
from db.models.vocabulary import VocabularyTerm

__all__ = [
    "AidCampaign",
    "AuditChainHead",
    "AuditEvent",
    "Competition",
    "CompetitionEvent",
    "Disbursement",
    "Entry",
    "GroupDistribution",
    "GroupDistributionOrganization",
    "GroupDistributionRecipient",
    "HardshipFamilyMember",
    "HardshipFile",
    "Honour",
    "Member",
    "MembershipEvent",
    "NamePiece",
    "Organization",
    "Person",
    "ReportExport",
    "Setting",
    "SigningGrant",
    "SigningIdentity",
    "Team",
    "TeamMember",
    "Unit",
    "User",
    "VocabularyTerm",
]

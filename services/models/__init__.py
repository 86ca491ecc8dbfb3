from .catalogue import (
    AGE_CHOICES,
    PREGNANCY,
    AgeGroup,
    EnglishKeyword,
    FinnishKeyword,
    Language,
    Service,
    SwedishKeyword,
)
from .channels import OpeningTime, ServiceChannel, ServiceChannelLink, ServiceHours
from .checking import ServiceToCheck
from .organisations import Organisation, validate_business_id
from .search import SearchDocument, SearchPosting, SearchTerm, Synonym, ZeroResultSearch
from .statements import AccessibilityStatement, PrivacyNotice
from .tree import MAX_DEPTH, Node

__all__ = [
    "AGE_CHOICES",
    "MAX_DEPTH",
    "PREGNANCY",
    "AccessibilityStatement",
    "AgeGroup",
    "EnglishKeyword",
    "FinnishKeyword",
    "Language",
    "Node",
    "OpeningTime",
    "Organisation",
    "PrivacyNotice",
    "SearchDocument",
    "SearchPosting",
    "SearchTerm",
    "Service",
    "ServiceChannel",
    "ServiceChannelLink",
    "ServiceHours",
    "ServiceToCheck",
    "SwedishKeyword",
    "Synonym",
    "ZeroResultSearch",
    "validate_business_id",
]

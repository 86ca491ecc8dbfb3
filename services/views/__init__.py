"""The public pages of the services app."""

from .catalogue import SERVICES_PER_PAGE, CatalogueView, HomeView, NodeView, ServiceIndexView
from .detail import ServiceDetailView
from .pages import AccessibilityStatementView, PrivacyNoticeView, UrgentHelpView
from .palvelupuu import Palvelupuu, collation_key, initial_letter
from .search import MAX_QUERY_LENGTH, SearchView

__all__ = [
    "MAX_QUERY_LENGTH",
    "SERVICES_PER_PAGE",
    "AccessibilityStatementView",
    "CatalogueView",
    "HomeView",
    "NodeView",
    "Palvelupuu",
    "PrivacyNoticeView",
    "SearchView",
    "ServiceDetailView",
    "ServiceIndexView",
    "UrgentHelpView",
    "collation_key",
    "initial_letter",
]

"""
The service catalogue in the admin: providers, the palvelupuu in tree order, services with
their channels, opening hours, the list of services that need checking, and CSV downloads.
"""

from django.contrib import admin

from perhekeskus.admin import SingletonAdminMixin, TabbedTranslationAdmin

from ..models import AccessibilityStatement, PrivacyNotice

# Importing the modules registers their admins.
from . import catalogue, channels, search, tree  # noqa: F401


@admin.register(AccessibilityStatement)
class AccessibilityStatementAdmin(SingletonAdminMixin, TabbedTranslationAdmin):
    pass


@admin.register(PrivacyNotice)
class PrivacyNoticeAdmin(SingletonAdminMixin, TabbedTranslationAdmin):
    pass

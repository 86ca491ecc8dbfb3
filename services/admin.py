from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from perhekeskus.admin import SingletonAdminMixin

from .models import AccessibilityStatement, PrivacyNotice


@admin.register(AccessibilityStatement)
class AccessibilityStatementAdmin(SingletonAdminMixin, TabbedTranslationAdmin):
    pass


@admin.register(PrivacyNotice)
class PrivacyNoticeAdmin(SingletonAdminMixin, TabbedTranslationAdmin):
    pass

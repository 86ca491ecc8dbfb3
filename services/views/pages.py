"""Pages with one thing to say: urgent help, the accessibility statement, privacy."""

from django.utils.text import capfirst
from django.views.generic import TemplateView

from ..models import AccessibilityStatement, PrivacyNotice


class UrgentHelpView(TemplateView):
    template_name = "services/urgent_help.html"


class AccessibilityStatementView(TemplateView):
    template_name = "services/accessibility_statement.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(statement=AccessibilityStatement.load(), **kwargs)


class PrivacyNoticeView(TemplateView):
    template_name = "services/privacy_notice.html"

    def get_context_data(self, **kwargs):
        notice = PrivacyNotice.load()
        sections = [
            (capfirst(PrivacyNotice._meta.get_field(name).verbose_name), getattr(notice, name))
            for name in PrivacyNotice.SECTIONS
            if getattr(notice, name)
        ]
        return super().get_context_data(notice=notice, sections=sections, **kwargs)

from django.db.models import Q
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from bulletin.models import Board

from .models import AccessibilityStatement, PrivacyNotice

MAX_QUERY_LENGTH = 200


class HomeView(TemplateView):
    template_name = "services/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(boards=Board.objects.all(), **kwargs)


class UrgentHelpView(TemplateView):
    template_name = "services/urgent_help.html"


class SearchView(TemplateView):
    """Search across the portal's content; a GET form that works without JavaScript."""

    template_name = "services/search.html"

    def get_context_data(self, **kwargs):
        query = " ".join(self.request.GET.get("q", "").split())
        notice = ""
        if len(query) > MAX_QUERY_LENGTH:
            query = query[:MAX_QUERY_LENGTH]
            notice = _(
                "Hakusana oli liian pitkä, joten haimme sen %(count)s ensimmäisellä merkillä."
            ) % {"count": MAX_QUERY_LENGTH}
        results = []
        if query:
            matches = Q()
            for field in Board._meta.get_fields():
                if field.name.startswith(("name_", "description_")):
                    matches |= Q(**{f"{field.name}__icontains": query})
            results = [
                {
                    "kind": _("Ilmoitustaulu"),
                    "title": board.name,
                    "url": board.get_absolute_url(),
                    "summary": board.description,
                }
                for board in Board.objects.filter(matches)
            ]
        return super().get_context_data(query=query, notice=notice, results=results, **kwargs)


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

"""The header search: services, palvelupuu nodes and bulletin boards in one list."""

from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from bulletin.models import Board

from ..models import Node, Service
from .catalogue import listing
from .palvelupuu import collation_key, contains, in_language

MAX_QUERY_LENGTH = 200


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
            results = node_results(query) + service_results(query) + board_results(query)
        return super().get_context_data(query=query, notice=notice, results=results, **kwargs)


def node_results(query):
    nodes = Node.objects.filter(in_language("name", query) | in_language("intro", query))
    return [
        {
            "kind": _("Palvelupuu"),
            "title": node.name,
            "url": node.get_absolute_url(),
            "summary": node.intro,
        }
        for node in nodes
    ]


def service_results(query):
    """Published services by name, alternative name, summary or keyword in this language."""
    language = get_language()
    tagged = Service.objects.filter(contains(f"keywords_{language}__name", query))
    services = listing(Service.objects.published()).filter(
        in_language("name", query)
        | in_language("alternative_name", query)
        | in_language("summary", query)
        | Q(pk__in=tagged.values("pk"))
    )
    needle = query.casefold()

    def rank(service):
        # Services whose name holds the words come before those found by summary or keyword.
        named = needle in service.name.casefold() or needle in service.alternative_name.casefold()
        return (not named, collation_key(service.name, language))

    return [
        {
            "kind": _("Palvelu"),
            "title": service.name,
            "url": service.get_absolute_url(),
            "summary": service.summary,
        }
        for service in sorted(services, key=rank)
    ]


def board_results(query):
    """
    Boards by name or description in any language: a board's name is a proper noun that
    families may know in either language ("Pikku-Veturi", "Lilla Loket").
    """
    matches = Q()
    for code, _name in settings.LANGUAGES:
        matches |= contains(f"name_{code}", query) | contains(f"description_{code}", query)
    boards = Board.objects.filter(matches)
    return [
        {
            "kind": _("Ilmoitustaulu"),
            "title": board.name,
            "url": board.get_absolute_url(),
            "summary": board.description,
        }
        for board in boards
    ]

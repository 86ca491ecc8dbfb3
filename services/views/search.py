"""The search page: services, palvelupuu nodes and bulletin boards in one ranked list."""

from django.core.paginator import Paginator
from django.http import QueryDict
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from .. import search
from ..filters import ServiceFilterForm
from ..models import Service

MAX_QUERY_LENGTH = search.MAX_QUERY_LENGTH
RESULTS_PER_PAGE = 20


class SearchView(TemplateView):
    """A GET form that works without JavaScript; the catalogue's filters narrow services."""

    template_name = "services/search.html"

    def get_context_data(self, **kwargs):
        query = search.clean_query(self.request.GET.get("q", ""))
        notice = ""
        if len(query) > MAX_QUERY_LENGTH:
            query = query[:MAX_QUERY_LENGTH].rstrip()
            notice = _(
                "Hakusana oli liian pitkä, joten haimme sen %(count)s ensimmäisellä merkillä."
            ) % {"count": MAX_QUERY_LENGTH}
        form = ServiceFilterForm(self.request.GET)
        context = {"query": query, "notice": notice, "form": form, "results": []}
        if query:
            context.update(self.results(query, form))
        return super().get_context_data(**context, **kwargs)

    def results(self, query, form):
        language = get_language()
        if form.is_filtering:
            # The filters are about services: nodes and boards have no age or price.
            found = search.search(
                query,
                language,
                kinds=["service"],
                services=form.filter(Service.objects.published()),
            )
        else:
            found = search.search(query, language)
        paginator = Paginator(found.hits, RESULTS_PER_PAGE)
        page = paginator.get_page(self.request.GET.get("sivu"))
        if paginator.count == 0 and not form.is_filtering:
            search.record_zero_results(query, language)
        suggestion_url = search_url(found.suggestion) if found.suggestion else ""
        return {
            "results": search.present(found, page.object_list),
            "result_count": paginator.count,
            # More matched than are listed (search.Hits lists the best MAX_HITS).
            "more_results": found.hits.has_more,
            "paginator": paginator,
            "page_obj": page,
            "page_numbers": list(paginator.get_elided_page_range(page.number, on_each_side=1)),
            "suggestion": found.suggestion,
            "suggestion_url": suggestion_url,
            "unfiltered_url": search_url(query),
        }


def search_url(query):
    """The search page for a query, without filters."""
    params = QueryDict(mutable=True)
    params["q"] = query
    return f"{reverse('services:search')}?{params.urlencode()}"

"""The front page, node pages, the catalogue and the A–Ö index: services in lists."""

from dataclasses import dataclass
from itertools import groupby

from django.core.paginator import Paginator
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from bulletin.models import Board, Post

from ..filters import ServiceFilterForm
from ..models import Service
from .palvelupuu import LANGUAGE_CODES, Palvelupuu, collation_key, initial_letter, localized

SERVICES_PER_PAGE = 30
# Program changes and pinned posts of all boards on the front page: the few newest.
STANDING_OUT_POSTS = 5


def listing(queryset):
    """Services as the lists show them: the long texts are left in the database."""
    long_texts = [
        localized(name, code)
        for name in ("description", "user_instructions", "requirements")
        for code in LANGUAGE_CODES
    ]
    return queryset.select_related("provider").defer(
        "description", "user_instructions", "requirements", *long_texts
    )


class FilteredServicesMixin:
    """The filter form, the result count and a page of services sorted by name."""

    paginate_by = SERVICES_PER_PAGE

    def filtered_services(self, queryset):
        form = ServiceFilterForm(self.request.GET)
        language = get_language()
        services = sorted(
            listing(form.filter(queryset)),
            key=lambda service: collation_key(service.name, language),
        )
        paginator = Paginator(services, self.paginate_by)
        page = paginator.get_page(self.request.GET.get("sivu"))
        # Prefetch for the page shown only, not for every match.
        prefetch_related_objects(page.object_list, "languages")
        return {
            "form": form,
            "page_obj": page,
            "paginator": paginator,
            "services": page.object_list,
            "result_count": paginator.count,
            "page_numbers": list(paginator.get_elided_page_range(page.number, on_each_side=1)),
        }


class HomeView(TemplateView):
    template_name = "services/home.html"

    def get_context_data(self, **kwargs):
        standing_out = Post.objects.current().standing_out().select_related("board")
        return super().get_context_data(
            boards=Board.objects.all(),
            standing_out_posts=standing_out[:STANDING_OUT_POSTS],
            palvelupuu=Palvelupuu(),
            **kwargs,
        )


class NodeView(FilteredServicesMixin, TemplateView):
    """A life situation or a category: its child nodes and the services below it."""

    template_name = "services/node.html"

    def get_context_data(self, **kwargs):
        tree = Palvelupuu(current_slug=self.kwargs["slug"])
        branch = tree.current
        if branch is None:
            raise Http404(_("Palvelupuussa ei ole tällaista kohtaa."))
        services = Service.objects.published().filter(pk__in=branch.service_ids)
        return super().get_context_data(
            palvelupuu=tree,
            branch=branch,
            node=branch.node,
            ancestors=branch.path()[:-1],
            **self.filtered_services(services),
            **kwargs,
        )


class CatalogueView(FilteredServicesMixin, TemplateView):
    template_name = "services/catalogue.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            **self.filtered_services(Service.objects.published()), **kwargs
        )


@dataclass
class IndexEntry:
    """A line of the A–Ö index: a service by its name, or by a name families know it by."""

    name: str
    service: Service
    is_alternative: bool = False


class ServiceIndexView(TemplateView):
    """All published services from A to Ö, with the names families know them by."""

    template_name = "services/index.html"

    def get_context_data(self, **kwargs):
        language = get_language()
        alternative = localized("alternative_name", language)
        services = Service.objects.published().only(
            "pk", "slug", alternative, *(localized("name", code) for code in LANGUAGE_CODES)
        )
        entries = []
        for service in services:
            entries.append(IndexEntry(service.name, service))
            # The alternative name in this language only: a Finnish nickname would puzzle
            # someone reading the Swedish list.
            other = getattr(service, alternative) or ""
            if other and other.casefold() != service.name.casefold():
                entries.append(IndexEntry(other, service, is_alternative=True))
        entries.sort(key=lambda entry: collation_key(entry.name, language))
        letters = [
            (letter, list(group))
            for letter, group in groupby(
                entries, key=lambda entry: initial_letter(entry.name, language)
            )
        ]
        return super().get_context_data(letters=letters, service_count=len(services), **kwargs)

"""
The read-only JSON API under /api/v1/: published services with the same filters as the
pages, the palvelupuu and the providers. Plain views returning JSON; openapi.py describes
them, and export_services writes the service list with the same serializer.
"""

import functools
from collections import defaultdict

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, Paginator
from django.db.models import Count, Prefetch, Q
from django.http import JsonResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.csrf import csrf_exempt

from . import search
from .filters import ServiceFilterForm
from .models import Node, Organisation, Service, ServiceChannel, ServiceChannelLink, ServiceHours
from .views import collation_key

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
CACHE_SECONDS = 300
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]

# API codes of the facilities: the model's field names without "has_".
FACILITIES = {name.removeprefix("has_"): name for name in ServiceChannel.FACILITY_FIELDS}


class LanguageForm(forms.Form):
    lang = forms.ChoiceField(
        choices=settings.LANGUAGES,
        required=False,
        error_messages={"invalid_choice": _("Valitse kieli: fi, sv tai en.")},
    )


class PageForm(LanguageForm):
    page = forms.IntegerField(min_value=1, required=False)
    page_size = forms.IntegerField(min_value=1, max_value=MAX_PAGE_SIZE, required=False)


class ServiceListForm(PageForm):
    node = forms.SlugField(required=False)
    q = forms.CharField(required=False)

    def clean_node(self):
        slug = self.cleaned_data["node"]
        if not slug:
            return None
        node = Node.objects.filter(slug=slug).first()
        if node is None:
            raise ValidationError(
                _("Palvelupuussa ei ole kohtaa ”%(slug)s”."),
                code="unknown_node",
                params={"slug": slug},
            )
        return node


def error_response(errors, status=400):
    return JsonResponse(
        {"errors": errors}, status=status, json_dumps_params={"ensure_ascii": False}
    )


def one_error(field, message, code, status=400):
    return error_response({field: [{"message": str(message), "code": code}]}, status=status)


def form_errors(*forms_):
    errors = {}
    for form in forms_:
        if not form.is_valid():
            errors.update(form.errors.get_json_data())
    return errors


def api_view(view):
    """
    GET and HEAD only; texts and messages in the language of the `lang` parameter (Finnish
    by default); successful answers may be cached for five minutes.
    """

    # Nothing here changes state; without the exemption a POST would meet the CSRF check's
    # HTML page instead of the API's 405.
    @csrf_exempt
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        lang = request.GET.get("lang")
        language = lang if lang in LANGUAGE_CODES else settings.LANGUAGE_CODE
        with translation.override(language):
            if request.method in ("GET", "HEAD"):
                response = view(request, *args, **kwargs)
            else:
                response = one_error("method", _("Rajapinnasta voi vain lukea."), "method", 405)
                response["Allow"] = "GET, HEAD"
        response["Content-Language"] = language
        if response.status_code == 200:
            patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
        return response

    return wrapper


def json_response(data):
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


def in_name_order(queryset, language):
    """
    The ids of the queryset by name in the language, sorted as the pages sort them (Å, Ä
    and Ö after Z in Finnish and Swedish), then by id: the same order on every database.
    """
    fields = [f"name_{code}" for code in LANGUAGE_CODES]
    fallback = list(dict.fromkeys([language, *settings.MODELTRANSLATION_FALLBACK_LANGUAGES]))

    def key(row):
        names = dict(zip(LANGUAGE_CODES, row[1:], strict=True))
        name = next((names[code] for code in fallback if names[code]), "")
        return collation_key(name, language), row[0]

    return [row[0] for row in sorted(queryset.values_list("pk", *fields), key=key)]


def in_given_order(queryset, ids):
    """The objects of the ids, fetched at once, in the order of the ids."""
    by_pk = {obj.pk: obj for obj in queryset.filter(pk__in=ids)}
    return [by_pk[pk] for pk in ids if pk in by_pk]


def with_api_relations(services, language):
    """Everything serialize_service reads, in a fixed number of queries."""
    return services.select_related("provider").prefetch_related(
        "languages",
        "nodes",
        f"keywords_{language}",
        Prefetch(
            "channel_links",
            queryset=ServiceChannelLink.objects.select_related("channel").order_by("order", "pk"),
        ),
        Prefetch(
            "channel_links__channel__hours",
            queryset=ServiceHours.objects.prefetch_related("times"),
        ),
    )


def published_services(language):
    """All published services in the API's order, ready for serialize_service."""
    services = Service.objects.published()
    return in_given_order(with_api_relations(services, language), in_name_order(services, language))


def serialize_service(service, *, absolute_url):
    """
    One service as the API and export_services give it, in the active language.
    absolute_url turns a site path into a full URL. Texts are always strings: a translation
    column nobody filled in holds None.
    """
    language = translation.get_language()
    today = timezone.localdate()
    provider = service.provider
    return {
        "id": service.pk,
        "ptv_id": str(service.ptv_id) if service.ptv_id else None,
        "name": service.name or "",
        "alternative_name": service.alternative_name or "",
        "summary": service.summary or "",
        "description": service.description or "",
        "user_instructions": service.user_instructions or "",
        "requirements": service.requirements or "",
        "provider": {
            "id": provider.pk,
            "name": provider.name or "",
            "type": provider.type,
            "ptv_id": str(provider.ptv_id) if provider.ptv_id else None,
        },
        "charge_type": service.charge_type,
        "charge_note": service.charge_note or "",
        "languages": [given_in.code for given_in in service.languages.all()],
        "age_from": service.age_from,
        "age_to": service.age_to,
        "nodes": [node.slug for node in service.nodes.all()],
        "keywords": sorted(tag.name for tag in service.keywords_in(language).all()),
        "service_classes": service.service_classes,
        "target_groups": service.target_groups,
        "life_events": service.life_events,
        "ontology_terms": service.ontology_terms,
        "last_verified": service.last_verified.isoformat() if service.last_verified else None,
        "url": absolute_url(reverse("services:detail", kwargs={"slug": service.slug})),
        "channels": [serialize_channel(link, today) for link in service.channel_links.all()],
    }


def serialize_channel(link, today):
    channel = link.channel
    is_location = channel.type == ServiceChannel.Type.LOCATION
    return {
        "id": channel.pk,
        "ptv_id": str(channel.ptv_id) if channel.ptv_id else None,
        "type": channel.type,
        "name": channel.name or "",
        "description": channel.description or "",
        "note": link.note or "",
        "street_address": channel.street_address or "",
        "postal_code": channel.postal_code or "",
        "post_office": channel.post_office or "",
        "municipality": channel.municipality or "",
        "latitude": float(channel.latitude) if channel.latitude is not None else None,
        "longitude": float(channel.longitude) if channel.longitude is not None else None,
        "facilities": [
            code for code, field in FACILITIES.items() if is_location and getattr(channel, field)
        ],
        "phone": channel.phone_number or "",
        "phone_charge_note": channel.charge_note or "",
        "url": channel.url or "",
        "requires_strong_auth": channel.requires_strong_auth,
        "hours": [
            serialize_hours(hours) for hours in channel.hours.all() if not hours.has_ended_by(today)
        ],
    }


def serialize_hours(hours):
    return {
        "kind": hours.kind,
        "valid_from": hours.valid_from.isoformat() if hours.valid_from else None,
        "valid_to": hours.valid_to.isoformat() if hours.valid_to else None,
        "is_closed": hours.is_closed,
        "is_always_open": hours.is_always_open,
        "is_by_appointment": hours.is_by_appointment,
        "note": hours.note or "",
        "times": [
            {
                "day_from": time.day_from,
                "day_to": time.day_to,
                "opens": time.opens.strftime("%H:%M"),
                "closes": time.closes.strftime("%H:%M"),
            }
            for time in hours.times.all()
        ],
    }


def paginated(request, params, ids, fetch, serialize, extra=None):
    """
    A page of results with links to its neighbours, or a 400 for a page that is not there.
    fetch gives the objects of a page's ids in their order; extra goes into the answer.
    """
    size = params.cleaned_data["page_size"] or DEFAULT_PAGE_SIZE
    number = params.cleaned_data["page"] or 1
    paginator = Paginator(ids, size)
    try:
        page = paginator.page(number)
    except EmptyPage:
        message = ngettext(
            "Sivua %(page)s ei ole. Tuloksia on %(count)s sivulla.",
            "Sivua %(page)s ei ole. Tuloksia on %(count)s sivulla.",
            paginator.num_pages,
        ) % {"page": number, "count": paginator.num_pages}
        return one_error("page", message, "empty_page")

    def page_url(n):
        query = request.GET.copy()
        query["page"] = str(n)
        return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

    return json_response(
        {
            "count": paginator.count,
            "next": page_url(page.next_page_number()) if page.has_next() else None,
            "previous": page_url(page.previous_page_number()) if page.has_previous() else None,
            **(extra or {}),
            "results": [serialize(item) for item in fetch(page.object_list)],
        }
    )


def subtree(node):
    """The node and the nodes below it (the palvelupuu is at most three levels deep)."""
    return Node.objects.filter(Q(pk=node.pk) | Q(parent=node) | Q(parent__parent=node))


@api_view
def service_list(request):
    params = ServiceListForm(request.GET)
    filters = ServiceFilterForm(request.GET)
    if errors := form_errors(filters, params):
        return error_response(errors)
    language = translation.get_language()
    services = filters.filter(Service.objects.published())
    if node := params.cleaned_data["node"]:
        in_subtree = Service.nodes.through.objects.filter(node__in=subtree(node))
        services = services.filter(pk__in=in_subtree.values("service_id"))
    text = search.clean_query(params.cleaned_data["q"])
    searched = None
    if text:
        notice = ""
        if len(text) > search.MAX_QUERY_LENGTH:
            text = text[: search.MAX_QUERY_LENGTH].rstrip()
            notice = _(
                "Hakusana oli liian pitkä, joten haimme sen %(count)s ensimmäisellä merkillä."
            ) % {"count": search.MAX_QUERY_LENGTH}
        # Only published services are indexed: without filters there is nothing to narrow,
        # and a subquery of every published service would cost more than the ranking.
        narrowed = services if filters.is_filtering or node else None
        found = search.search(text, language, kinds=["service"], services=narrowed)
        ids = HitIds(found.hits)
        searched = {
            "q": text,
            "suggestion": found.suggestion,
            "notice": str(notice),
            # count stops at search.MAX_HITS: true when more services match than are listed.
            "more": found.hits.has_more,
        }
    else:
        ids = in_name_order(services, language)
    return paginated(
        request,
        params,
        ids,
        lambda ids: in_given_order(with_api_relations(Service.objects.all(), language), ids),
        functools.partial(serialize_service, absolute_url=request.build_absolute_uri),
        extra={"search": searched},
    )


class HitIds:
    """The ids of search hits in their order, counted and sliced as a Paginator does."""

    def __init__(self, hits):
        self.hits = hits

    def count(self):
        return self.hits.count()

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        found = self.hits[index]
        if isinstance(index, slice):
            return [hit.object_id for hit in found]
        return found.object_id


@api_view
def service_detail(request, pk):
    params = LanguageForm(request.GET)
    if errors := form_errors(params):
        return error_response(errors)
    language = translation.get_language()
    service = with_api_relations(Service.objects.published(), language).filter(pk=pk).first()
    if service is None:
        message = _("Julkaistua palvelua %(id)s ei ole.") % {"id": pk}
        return one_error("id", message, "not_found", status=404)
    return json_response(serialize_service(service, absolute_url=request.build_absolute_uri))


@api_view
def node_list(request):
    params = LanguageForm(request.GET)
    if errors := form_errors(params):
        return error_response(errors)
    nodes = list(Node.objects.order_by("order", "pk"))
    children = defaultdict(list)
    for node in nodes:
        children[node.parent_id].append(node)
    services_of = defaultdict(set)
    published_links = Service.nodes.through.objects.filter(
        service__status=Service.Status.PUBLISHED
    ).values_list("node_id", "service_id")
    for node_id, service_id in published_links:
        services_of[node_id].add(service_id)

    def serialize(node):
        """The node with its branch, and the services anywhere in that branch."""
        below = [serialize(child) for child in children[node.pk]]
        in_branch = services_of[node.pk].union(*(ids for _item, ids in below))
        item = {
            "id": node.pk,
            "slug": node.slug,
            "name": node.name or "",
            "intro": node.intro or "",
            "parent": node.parent_id,
            "order": node.order,
            "url": request.build_absolute_uri(reverse("services:node", kwargs={"slug": node.slug})),
            "illustration": (
                request.build_absolute_uri(node.illustration.url) if node.illustration else None
            ),
            "illustration_alt": node.illustration_alt or "",
            "service_count": len(in_branch),
            "children": [child for child, _ids in below],
        }
        return item, in_branch

    roots = [item for item, _ids in map(serialize, children[None])]
    return json_response({"count": len(nodes), "results": roots})


@api_view
def organisation_list(request):
    params = PageForm(request.GET)
    if errors := form_errors(params):
        return error_response(errors)
    language = translation.get_language()
    with_counts = Organisation.objects.annotate(
        service_count=Count("services", filter=Q(services__status=Service.Status.PUBLISHED))
    )
    return paginated(
        request,
        params,
        in_name_order(Organisation.objects.all(), language),
        lambda ids: in_given_order(with_counts, ids),
        serialize_organisation,
    )


def serialize_organisation(organisation):
    return {
        "id": organisation.pk,
        "name": organisation.name or "",
        "type": organisation.type,
        "ptv_id": str(organisation.ptv_id) if organisation.ptv_id else None,
        "business_id": organisation.business_id or "",
        "website": organisation.website or "",
        "service_count": organisation.service_count,
    }

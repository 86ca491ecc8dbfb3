"""The service page: everything a parent needs to act, with schema.org data."""

import json
from dataclasses import dataclass, field

from django.db.models import Count, Prefetch
from django.utils.cache import add_never_cache_headers
from django.utils.safestring import mark_safe
from django.views.generic import DetailView

from perhekeskus.models import SiteSettings, phone_href

from .. import hours
from ..models import Node, Organisation, Service, ServiceChannel, ServiceChannelLink, ServiceHours
from ..templatetags.catalogue import age_range
from .palvelupuu import LANGUAGE_CODES, localized

RELATED_SERVICES = 4

PROVIDER_SCHEMA_TYPES = {
    Organisation.Type.NGO: "NGO",
    Organisation.Type.COMPANY: "Corporation",
}


@dataclass
class Channel:
    """A channel of one service with what the page says about it now."""

    channel: ServiceChannel
    note: str
    state: str = ""
    state_label: str = ""
    weekly: list = field(default_factory=list)
    exceptions: list = field(default_factory=list)

    @property
    def map_url(self):
        """OpenStreetMap at the coordinates: a plain link, nothing loads before it is followed."""
        if not self.channel.has_coordinates:
            return ""
        lat, lon = self.channel.latitude, self.channel.longitude
        return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"


class ServiceDetailView(DetailView):
    """
    Everything a parent needs to act. Drafts and archived services are not public; staff
    who may view services see them with a preview banner, as the admin links here.
    """

    template_name = "services/service_detail.html"
    context_object_name = "service"

    def get_queryset(self):
        channel_links = ServiceChannelLink.objects.select_related("channel").prefetch_related(
            Prefetch("channel__hours", queryset=ServiceHours.objects.prefetch_related("times"))
        )
        queryset = Service.objects.select_related("provider").prefetch_related(
            "languages",
            Prefetch("nodes", queryset=Node.objects.select_related("parent__parent")),
            Prefetch("channel_links", queryset=channel_links),
        )
        if not self.request.user.has_perm("services.view_service"):
            queryset = queryset.published()
        return queryset

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if not self.object.is_published:
            add_never_cache_headers(response)
        return response

    def get_context_data(self, **kwargs):
        service = self.object
        nodes = list(service.nodes.all())
        channels = [self.channel(link) for link in service.channel_links.all()]
        return super().get_context_data(
            is_preview=not service.is_published,
            nodes=nodes,
            crumbs=self.crumbs(nodes),
            channels=channels,
            languages=list(service.languages.all()),
            related=self.related(service, nodes),
            json_ld=json_ld(self.schema(service, channels)),
            **kwargs,
        )

    def channel(self, link):
        channel = link.channel
        opening_hours = list(channel.hours.all())
        if not opening_hours:
            return Channel(channel=channel, note=link.note)
        state = hours.State(hours.channel_state(opening_hours))
        return Channel(
            channel=channel,
            note=link.note,
            state=state.value,
            state_label=state.label,
            weekly=hours.weekly_rows(opening_hours),
            exceptions=hours.upcoming_exceptions(opening_hours),
        )

    @staticmethod
    def crumbs(nodes):
        """The path of the service's first node, the life situation first."""
        if not nodes:
            return []
        chain, node = [], nodes[0]
        while node is not None:
            chain.append(node)
            node = node.parent
        return list(reversed(chain))

    @staticmethod
    def related(service, nodes):
        """A few other services under the same nodes, the most nodes in common first."""
        node_ids = [node.pk for node in nodes]
        if not node_ids:
            return []
        return list(
            Service.objects.published()
            .filter(nodes__in=node_ids)
            .exclude(pk=service.pk)
            .annotate(shared=Count("nodes"))
            .only(
                "pk",
                "slug",
                *(localized(name, code) for name in ("name", "summary") for code in LANGUAGE_CODES),
            )
            .order_by("-shared", "name")[:RELATED_SERVICES]
        )

    def schema(self, service, channels):
        """schema.org GovernmentService for search engines and assistive apps."""
        provider = service.provider
        data = {
            "@context": "https://schema.org",
            "@type": "GovernmentService",
            "name": service.name,
            "description": service.summary,
            "url": self.request.build_absolute_uri(service.get_absolute_url()),
            "provider": {
                "@type": PROVIDER_SCHEMA_TYPES.get(provider.type, "GovernmentOrganization"),
                "name": provider.name,
            },
            "audience": audience(service),
            "availableChannel": [channel_schema(item, service) for item in channels],
        }
        if service.alternative_name and service.alternative_name != service.name:
            data["alternateName"] = service.alternative_name
        if provider.website:
            data["provider"]["url"] = provider.website
        area = SiteSettings.load().municipality_name
        if area:
            data["areaServed"] = {"@type": "AdministrativeArea", "name": area}
        return data


def audience(service):
    data = {"@type": "PeopleAudience", "audienceType": age_range(service)}
    if service.age_from is not None:
        data["suggestedMinAge"] = max(service.age_from, 0)
    if service.age_to is not None and service.age_to >= 0:
        data["suggestedMaxAge"] = service.age_to
    return data


def channel_schema(item, service):
    channel = item.channel
    data = {"@type": "ServiceChannel", "name": channel.name}
    languages = [
        {"@type": "Language", "name": language.name, "alternateName": language.code}
        for language in service.languages.all()
    ]
    if languages:
        data["availableLanguage"] = languages
    if channel.type == ServiceChannel.Type.LOCATION:
        place = {
            "@type": "Place",
            "name": channel.name,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": channel.street_address,
                "postalCode": channel.postal_code,
                "addressLocality": channel.post_office,
                "addressCountry": "FI",
            },
        }
        if channel.has_coordinates:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(channel.latitude),
                "longitude": float(channel.longitude),
            }
        data["serviceLocation"] = place
    elif channel.type == ServiceChannel.Type.PHONE:
        data["servicePhone"] = {
            "@type": "ContactPoint",
            "telephone": phone_href(channel.phone_number).removeprefix("tel:"),
        }
    if channel.url:
        data["serviceUrl"] = channel.url
    return data


# Characters that would end or confuse a <script> element, as Django's json_script escapes them.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld(data):
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES))

from perhekeskus.sitemaps import I18nSitemap, NamedPagesSitemap

from .models import Node, Service


class ServicePagesSitemap(NamedPagesSitemap):
    url_names = [
        "services:home",
        "services:catalogue",
        "services:index",
        "services:urgent_help",
        "services:search",
        "services:accessibility",
        "services:privacy",
    ]


class NodeSitemap(I18nSitemap):
    """Every life situation and category of the palvelupuu."""

    def items(self):
        return Node.objects.order_by("pk")


class ServiceSitemap(I18nSitemap):
    """Published services only: drafts and archived services have no public page."""

    def items(self):
        return Service.objects.published().order_by("pk").only("pk", "slug", "updated_at")

    def lastmod(self, service):
        return service.updated_at


sitemaps = {
    "services-pages": ServicePagesSitemap,
    "services-nodes": NodeSitemap,
    "services-services": ServiceSitemap,
}

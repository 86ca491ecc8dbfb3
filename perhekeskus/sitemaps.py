from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class I18nSitemap(Sitemap):
    """Every page in every language, with hreflang alternates."""

    i18n = True
    alternates = True
    # No x-default: Django makes it the Finnish path without its /fi/ prefix, which only
    # redirects for Finnish browsers; with translated paths /sv/ and /en/ visitors got a 404.
    x_default = False


class NamedPagesSitemap(I18nSitemap):
    """Pages without a model behind them, given by URL name."""

    url_names: list[str] = []

    def items(self):
        return self.url_names

    def location(self, item):
        return reverse(item)

"""The portal's pages as the sitemap lists them, and URLs in each language."""

from urllib.parse import urlsplit
from xml.etree import ElementTree

from django.conf import settings
from django.urls import resolve, reverse
from django.utils.translation import override

SITEMAP_NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def parse_sitemap(content):
    """[(loc, {hreflang: href})] for every <url> in a sitemap."""
    root = ElementTree.fromstring(content)
    entries = []
    for url in root.findall("sm:url", SITEMAP_NS):
        alternates = {
            link.get("hreflang"): link.get("href")
            for link in url.findall("xhtml:link", SITEMAP_NS)
            if link.get("rel") == "alternate"
        }
        entries.append((url.findtext("sm:loc", namespaces=SITEMAP_NS).strip(), alternates))
    return entries


def sitemap_paths(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return [urlsplit(loc).path for loc, _alternates in parse_sitemap(response.content)]


def reverse_in(language, viewname, **kwargs):
    with override(language):
        return reverse(viewname, kwargs=kwargs or None)


def language_of(path):
    return path.strip("/").split("/")[0]


def page_kind(url):
    """What a URL shows: its language and the view behind it (services:detail, …)."""
    path = urlsplit(url).path
    language = language_of(path)
    with override(language):
        return language, resolve(path).view_name


def one_of_each_kind(urls):
    """The first URL of every kind, for checks that depend on the template, not the data."""
    seen, sample = set(), []
    for url in urls:
        kind = page_kind(url)
        if kind not in seen:
            seen.add(kind)
            sample.append(url)
    return sample

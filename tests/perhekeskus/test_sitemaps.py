"""The sitemap and robots.txt: what search engines (and the browser crawl) are told."""

from urllib.parse import urlsplit

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern

from tests.factories import make_board, make_experiment
from tests.pages import LANGUAGE_CODES, parse_sitemap, reverse_in

PUBLIC_PAGES = [
    "services:home",
    "services:catalogue",
    "services:index",
    "services:urgent_help",
    "services:search",
    "services:accessibility",
    "services:privacy",
    "bulletin:index",
]


@pytest.fixture
def boards(db):
    return [make_board(slug="pikku-veturi"), make_board(slug="tuulimylly")]


@pytest.fixture
def sitemap(client, boards):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    return parse_sitemap(response.content)


def absolute(path):
    return f"http://testserver{path}"


def expected_pages(boards):
    pages = [(name, {}) for name in PUBLIC_PAGES]
    pages += [("bulletin:board", {"slug": board.slug}) for board in boards]
    pages += [
        (name, {"board": board.slug})
        for board in boards
        for name in ("bulletin:events", "bulletin:archive")
    ]
    return pages


def test_sitemap_lists_every_public_page_in_every_language(sitemap, boards):
    expected = {
        absolute(reverse_in(language, name, **kwargs))
        for name, kwargs in expected_pages(boards)
        for language in LANGUAGE_CODES
    }

    locations = [loc for loc, _alternates in sitemap]
    assert sorted(locations) == sorted(expected)


def test_each_sitemap_entry_names_its_language_versions(sitemap, boards):
    alternates_by_loc = dict(sitemap)
    for name, kwargs in expected_pages(boards):
        versions = {code: absolute(reverse_in(code, name, **kwargs)) for code in LANGUAGE_CODES}
        for loc in versions.values():
            alternates = alternates_by_loc[loc]
            alternates.pop("x-default", None)
            assert alternates == versions, loc


def test_every_alternate_address_in_the_sitemap_works_for_every_visitor(client, sitemap):
    broken = []
    for _loc, alternates in sitemap:
        for hreflang, href in alternates.items():
            for accept_language in LANGUAGE_CODES:
                response = client.get(
                    urlsplit(href).path, headers={"accept-language": accept_language}, follow=True
                )
                if response.status_code != 200:
                    broken.append(f"{hreflang} {href} (Accept-Language: {accept_language})")
    assert broken == []


def test_every_sitemap_page_opens_for_anonymous_visitors(client, sitemap):
    statuses = {loc: client.get(urlsplit(loc).path).status_code for loc, _alternates in sitemap}

    assert {loc: status for loc, status in statuses.items() if status != 200} == {}


def named_patterns(patterns, namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from named_patterns(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}{pattern.name}", pattern


def language_prefixed_pages():
    """Every named page under /fi/, /sv/, /en/ that takes no arguments."""
    for resolver in get_resolver().url_patterns:
        if isinstance(resolver, URLResolver) and isinstance(resolver.pattern, LocalePrefixPattern):
            for name, pattern in named_patterns(resolver.url_patterns):
                if not pattern.pattern.regex.groupindex:
                    yield name


def test_every_page_an_anonymous_visitor_can_open_is_in_the_sitemap(client, sitemap):
    locations = {urlsplit(loc).path for loc, _alternates in sitemap}
    missing = []
    for name in language_prefixed_pages():
        path = reverse_in("fi", name)
        if client.get(path).status_code == 200 and path not in locations:
            missing.append(name)

    assert missing == []


def test_sitemap_leaves_out_pages_for_staff_only(client, sitemap):
    experiment = make_experiment()
    locations = {urlsplit(loc).path for loc, _alternates in sitemap}

    for language in LANGUAGE_CODES:
        assert reverse_in(language, "experiments:index") not in locations
        assert reverse_in(language, "experiments:detail", pk=experiment.pk) not in locations
    assert not [loc for loc in locations if loc.startswith("/admin/")]


def test_robots_txt_points_to_sitemap_and_keeps_crawlers_out_of_admin(client, db):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_robots_txt_uses_https_sitemap_address_behind_https(client, db):
    response = client.get("/robots.txt", secure=True)

    assert "Sitemap: https://testserver/sitemap.xml" in response.content.decode().splitlines()

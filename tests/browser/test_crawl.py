"""Every page in the sitemap, in a real browser, with and without JavaScript."""

from collections import deque
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from experiments.models import Experiment
from tests.html import parse
from tests.pages import LANGUAGE_CODES, language_of, one_of_each_kind, reverse_in

from .axe import WITHOUT_HEADER_AND_FOOTER, axe_violations

pytestmark = pytest.mark.browser

NARROW = {"width": 320, "height": 640}
SKIPPED_PREFIXES = ("/admin/", "/static/", "/media/")
CRAWL_BUDGET = 1500


STRUCTURE = """() => ({
    navLabels: [...document.querySelectorAll("nav")].map(nav => nav.getAttribute("aria-label")),
    appRoles: [...document.querySelectorAll(
        "[role=tree], [role=treeitem], [role=menu], [role=menubar], [role=menuitem]"
    )].map(element => element.outerHTML.slice(0, 120)),
    positiveTabindex: [...document.querySelectorAll("[tabindex]")]
        .filter(element => element.tabIndex > 0)
        .map(element => element.outerHTML.slice(0, 120)),
})"""


def structure_problems(page):
    """Unlabelled or duplicate nav labels, ARIA app roles (tree, menu) and tabindex > 0."""
    found = page.evaluate(STRUCTURE)
    problems = []
    labels = found["navLabels"]
    if None in labels or "" in labels or len(set(labels)) != len(labels):
        problems.append(f"nav labels are not unique and present: {labels}")
    problems += [f"ARIA tree or menu role: {html}" for html in found["appRoles"]]
    problems += [f"tabindex > 0: {html}" for html in found["positiveTabindex"]]
    return problems


DESKTOP = {"width": 1280, "height": 900}


def page_problems(page, url, expected_status=200, in_full=True):
    """
    What is wrong with one page, checked at desktop width and at 320 px. axe runs at
    320 px, where targets and reflow are hardest; in_full adds a desktop scan, and without
    it the shared header and footer are left out of the scan.
    """
    page.set_viewport_size(DESKTOP)
    response = page.goto(url)
    path, query = urlsplit(url).path, urlsplit(url).query
    where = f"{path}?{query[:40]}" if query else path
    if response is None or response.status != expected_status:
        return [f"{where}: status {response and response.status}"]
    problems = []
    lang = page.evaluate("document.documentElement.lang")
    if lang != language_of(path):
        problems.append(f"<html lang={lang!r}>")
    h1_count = page.locator("h1").count()
    if h1_count != 1:
        problems.append(f"{h1_count} h1 elements")
    problems += structure_problems(page)
    if in_full:
        problems += [f"axe at 1280 px: {line}" for line in axe_violations(page)]

    page.set_viewport_size(NARROW)
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    if scroll_width > NARROW["width"]:
        problems.append(f"scrolls sideways at 320 px (scrollWidth {scroll_width})")
    context = None if in_full else WITHOUT_HEADER_AND_FOOTER
    problems += [f"axe at 320 px: {line}" for line in axe_violations(page, context)]
    return [f"{where}: {problem}" for problem in problems]


def test_sitemap_crawl(page, sitemap_urls):
    """
    Every sitemap page: status 200, <html lang> of its language prefix, exactly one h1,
    uniquely labelled navs, no ARIA tree or menu roles, no tabindex > 0, no sideways
    scrolling at 320 px, and no axe violations at 320 px width; on one page of each kind
    also at desktop width and with the shared header and footer (they differ by template,
    not by content).
    """
    failures = []
    in_full = set(one_of_each_kind(sitemap_urls))
    for url in sitemap_urls:
        failures += page_problems(page, url, in_full=url in in_full)

    assert not failures, f"{len(failures)} problems on {len(sitemap_urls)} pages:\n" + "\n".join(
        failures
    )


def log_in(page, live_server, username):
    """Give the browser the session of a user logged in through Django's test client."""
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def test_pages_outside_the_sitemap_pass_the_same_checks(page, live_server, demo_content):
    """The 404 page, search results with and without hits, and the staff's experiment pages."""
    pages = [(f"/{code}/tata-sivua-ei-ole/", 404) for code in LANGUAGE_CODES]
    for code in LANGUAGE_CODES:
        search = reverse_in(code, "services:search")
        pages += [
            (f"{search}?q=veturi", 200),
            (f"{search}?q=sirkus", 200),
            (f"{search}?q={'a' * 300}", 200),
        ]
    log_in(page, live_server, "koordinaattori")
    experiment = Experiment.objects.visible_to(
        get_user_model().objects.get(username="koordinaattori")
    ).first()
    for code in LANGUAGE_CODES:
        pages += [
            (reverse_in(code, "experiments:index"), 200),
            (reverse_in(code, "experiments:detail", pk=experiment.pk), 200),
        ]

    failures = []
    for path, status in pages:
        failures += page_problems(page, f"{live_server.url}{path}", expected_status=status)

    assert not failures, f"{len(failures)} problems on {len(pages)} pages:\n" + "\n".join(failures)


def links_to_follow(base_url, html, origin):
    """Links, and GET forms (the search), as a visitor without JavaScript can follow them."""
    doc = parse(html)
    targets = [a.attrs.get("href") for a in doc.find_all("a")]
    targets += [
        form.attrs.get("action") or base_url
        for form in doc.find_all("form")
        if form.attrs.get("method", "get").lower() == "get"
    ]
    for href in targets:
        if not href:
            continue
        url = urldefrag(urljoin(base_url, href)).url
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or f"{parts.scheme}://{parts.netloc}" != origin:
            continue
        if (
            parts.path.startswith(SKIPPED_PREFIXES)
            or "feed" in parts.path
            # Feeds and calendars are for feed readers and calendars, not pages.
            or parts.path.endswith((".xml", ".rss", ".atom", ".ics", ".txt", "/rss/", "/atom/"))
        ):
            continue
        yield url


def test_no_js_crawl(new_page, live_server, sitemap_urls):
    """Without JavaScript, following links from the front pages reaches every sitemap page."""
    page = new_page(java_script_enabled=False)
    origin = live_server.url
    queue = deque(f"{origin}/{code}/" for code in ("fi", "sv", "en"))
    seen = set(queue)
    reached = set()
    broken = []
    while queue and len(reached) < CRAWL_BUDGET:
        url = queue.popleft()
        response = page.goto(url)
        if response is None or response.status != 200:
            broken.append(f"{url}: status {response and response.status}")
            continue
        reached.add(urlsplit(page.url).path)
        for link in links_to_follow(page.url, response.text(), origin):
            if link not in seen:
                seen.add(link)
                queue.append(link)

    assert broken == []
    unreached = sorted(
        urlsplit(url).path for url in sitemap_urls if urlsplit(url).path not in reached
    )
    assert unreached == [], (
        f"Not reachable by links without JavaScript ({len(reached)} pages crawled)"
    )

"""
Pages as a person meets them: Debian's Chromium, driven by Playwright, against the live server.
One browser for the whole session; each test gets fresh contexts (cookies, settings).
"""

import io
import os
import shutil
from urllib.parse import urlsplit

import pytest
from django.apps import apps as django_apps
from django.core.management import call_command

from perhekeskus.roles import sync_roles
from tests.pages import parse_sitemap

# Playwright's sync API keeps an event loop running in this thread, which makes Django
# refuse database access from test code; the ORM calls here never run inside that loop.
# (It also gives this thread a new database connection once the browser has started, so
# serialized_rollback cannot restore the migrations' data: demo_content restores roles.)
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
MISSING_CHROMIUM = (
    "Chromium is missing: run `apt-get install chromium` (Debian) or ./dev test as root"
)


@pytest.fixture(scope="session")
def browser():
    # The browser tests are part of the suite: never skip them, not even outside CI.
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail(MISSING_CHROMIUM, pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser, live_server):
    """Open a page in a new browser context: new_page(java_script_enabled=False, …)."""
    contexts = []

    def open_page(**options):
        options.setdefault("base_url", live_server.url)
        options.setdefault("viewport", {"width": 1280, "height": 900})
        context = browser.new_context(**options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    """A page that axe can be injected into: the CSP allows only the portal's own scripts."""
    return new_page(bypass_csp=True)


@pytest.fixture
def demo_content(live_server, monkeypatch):
    # Between browser tests the database is flushed, role groups made by migrations too.
    sync_roles(django_apps)
    monkeypatch.setenv("DEMO_PASSWORD", "demo-salasana-testeihin")
    call_command("load_demo", "--allow-production", stdout=io.StringIO())


@pytest.fixture
def sitemap_urls(live_server, demo_content, browser):
    """Every URL in the live server's sitemap, as absolute URLs of the live server."""
    context = browser.new_context()
    try:
        response = context.request.get(f"{live_server.url}/sitemap.xml")
        assert response.status == 200
        locations = [loc for loc, _alternates in parse_sitemap(response.body())]
    finally:
        context.close()
    assert locations, "The sitemap is empty"
    # The sitemap names the host the request came to; keep to the live server.
    return [f"{live_server.url}{urlsplit(loc).path}" for loc in locations]

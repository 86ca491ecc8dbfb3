"""The search page in Chromium, on the demo catalogue: accessible, reflowing, and working
without JavaScript; the header's search box leads to it."""

import re
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from tests.pages import reverse_in

from .axe import axe_violations

pytestmark = pytest.mark.browser

NARROW = {"width": 320, "height": 640}
DESKTOP = {"width": 1280, "height": 900}

# (query, what the page must show for the scan to cover that state)
STATES = [
    ("neuvolaan", ".pk-result-list .pk-result"),
    ("perheneuvla", ".pk-search-suggestion a"),
    ("qwxzv", ".pk-empty"),
]


def search_path(query, language="fi", **params):
    return f"{reverse_in(language, 'services:search')}?{urlencode({'q': query, **params})}"


def query_of(url):
    return parse_qs(urlsplit(url).query)


@pytest.mark.parametrize(("query", "shown"), STATES, ids=[query for query, _shown in STATES])
def test_search_page_passes_axe_at_desktop_width_and_at_320_px(page, demo_content, query, shown):
    problems = []
    for name, viewport in (("1280 px", DESKTOP), ("320 px", NARROW)):
        page.set_viewport_size(viewport)
        response = page.goto(search_path(query))
        assert response.status == 200
        assert page.locator(shown).count() > 0, f"{query}: nothing matches {shown} at {name}"
        problems += [f"axe at {name}: {line}" for line in axe_violations(page)]

    assert not problems, f"{page.url}:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize(("query", "shown"), STATES, ids=[query for query, _shown in STATES])
def test_search_page_does_not_scroll_sideways_at_320_px(new_page, demo_content, query, shown):
    page = new_page(viewport=NARROW)
    page.goto(search_path(query))

    assert page.locator(shown).count() > 0
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= NARROW["width"], f"{query}: scrollWidth {scroll_width} at 320 px"


def test_search_from_the_header_works_without_javascript(new_page, demo_content):
    page = new_page(java_script_enabled=False)
    page.goto(reverse_in("fi", "services:home"))

    page.fill("#site-search", "neuvolaan")
    page.click(".pk-search__button")

    page.wait_for_url(re.compile(r"[?&]q=neuvolaan"))
    assert "neuvolaan" in page.locator("h1").inner_text()
    assert page.locator(".pk-result-list .pk-result").count() > 0


def test_filters_and_the_suggestion_work_without_javascript(new_page, demo_content):
    page = new_page(java_script_enabled=False)
    page.goto(search_path("perheneuvla"))

    page.click(".pk-search-suggestion a")
    page.wait_for_url(re.compile(r"[?&]q=perheneuvola"))
    assert "perheneuvola" in page.locator("h1").inner_text()

    page.locator(".pk-filters input[name=ika][value='0-1']").check()
    page.click(".pk-filters button[type=submit]")

    page.wait_for_url(re.compile(r"[?&]ika=0-1"))
    assert query_of(page.url)["q"] == ["perheneuvola"]
    kinds = [text.strip() for text in page.locator(".pk-result__kind").all_text_contents()]
    assert kinds and set(kinds) == {"Palvelu"}


@pytest.mark.parametrize("viewport", [DESKTOP, NARROW], ids=["desktop", "320px"])
def test_typing_in_the_header_search_and_pressing_enter_shows_results(
    new_page, demo_content, viewport
):
    page = new_page(viewport=viewport)
    page.goto(reverse_in("fi", "services:home"))

    page.locator("#site-search").press_sequentially("neuvolaan")
    page.keyboard.press("Enter")

    page.wait_for_url(re.compile(r"[?&]q=neuvolaan"))
    assert re.fullmatch(r"\d+ tulosta? haulla ”neuvolaan”", page.locator("h1").inner_text())
    assert page.locator(".pk-result-list .pk-result").count() > 0
    assert page.locator("#search-page-q").input_value() == "neuvolaan"

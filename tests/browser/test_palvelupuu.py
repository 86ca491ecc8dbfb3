"""
The palvelupuu as families meet it: disclosure buttons by keyboard, every service reachable
without JavaScript, and any service within three taps on a phone.
"""

from urllib.parse import urlsplit

import pytest

from services.models import Service
from tests.pages import LANGUAGE_CODES, reverse_in

from .axe import assert_no_axe_violations

pytestmark = pytest.mark.browser

PHONE = {
    "viewport": {"width": 390, "height": 844},
    "has_touch": True,
    "is_mobile": True,
    "device_scale_factor": 2,
}
MAX_TAPS = 3

# Links a person can see and tap: laid out, not hidden, not inside a closed list.
VISIBLE_LINKS = """() => [...document.querySelectorAll("main a[href]")]
    .filter(a => a.getClientRects().length > 0 && getComputedStyle(a).visibility !== "hidden")
    .map(a => new URL(a.href).pathname)"""

FOCUS = "() => document.activeElement.getAttribute('aria-controls')"


def published_service_paths(language):
    return {
        reverse_in(language, "services:detail", slug=slug)
        for slug in Service.objects.published().values_list("slug", flat=True)
    }


def toggle(page, slug):
    return page.locator(f'nav[data-pk-palvelupuu] button[aria-controls="palvelupuu-{slug}"]')


def branch(page, slug):
    return page.locator(f"#palvelupuu-{slug}")


def test_branches_start_closed_and_the_buttons_appear_with_javascript(page, demo_content):
    page.goto(reverse_in("fi", "services:home"))

    buttons = page.locator("nav[data-pk-palvelupuu] button")
    assert buttons.count() == 40
    assert page.locator("nav[data-pk-palvelupuu] button[hidden]").count() == 0
    assert page.locator("nav[data-pk-palvelupuu] button[aria-expanded=true]").count() == 0
    assert not branch(page, "vauvaperhe").is_visible()
    name = toggle(page, "vauvaperhe").evaluate("b => b.textContent.trim()")
    assert "Vauvaperhe" in name


def test_enter_and_space_toggle_a_branch_and_focus_stays_on_the_button(page, demo_content):
    page.goto(reverse_in("fi", "services:home"))
    button = toggle(page, "vauvaperhe")
    button.focus()

    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    assert branch(page, "vauvaperhe").is_visible()
    assert page.evaluate(FOCUS) == "palvelupuu-vauvaperhe"

    page.keyboard.press("Space")
    assert button.get_attribute("aria-expanded") == "false"
    assert not branch(page, "vauvaperhe").is_visible()
    assert page.evaluate(FOCUS) == "palvelupuu-vauvaperhe"

    page.keyboard.press(" ")
    assert button.get_attribute("aria-expanded") == "true"


def test_escape_closes_the_open_branch_and_returns_focus_to_its_button(page, demo_content):
    page.goto(reverse_in("fi", "services:home"))
    toggle(page, "vauvaperhe").click()
    toggle(page, "vauvan-terveys").click()
    first_service = branch(page, "vauvan-terveys").locator("a").first
    first_service.focus()

    page.keyboard.press("Escape")
    assert toggle(page, "vauvan-terveys").get_attribute("aria-expanded") == "false"
    assert not branch(page, "vauvan-terveys").is_visible()
    assert page.evaluate(FOCUS) == "palvelupuu-vauvan-terveys"

    # From a closed category's button, Escape closes the life situation around it.
    page.keyboard.press("Escape")
    assert toggle(page, "vauvaperhe").get_attribute("aria-expanded") == "false"
    assert page.evaluate(FOCUS) == "palvelupuu-vauvaperhe"


def test_escape_on_an_open_branch_button_closes_it_and_keeps_focus(page, demo_content):
    page.goto(reverse_in("fi", "services:home"))
    button = toggle(page, "nuoret")
    button.focus()
    page.keyboard.press("Enter")

    page.keyboard.press("Escape")

    assert button.get_attribute("aria-expanded") == "false"
    assert page.evaluate(FOCUS) == "palvelupuu-nuoret"


def test_tab_goes_from_a_branch_link_to_its_button_and_into_the_open_list(page, demo_content):
    page.goto(reverse_in("fi", "services:home"))
    link = page.locator('nav[data-pk-palvelupuu] a[href$="/vauvaperhe/"]')
    link.focus()

    page.keyboard.press("Tab")
    assert page.evaluate(FOCUS) == "palvelupuu-vauvaperhe"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")

    focused = page.evaluate("() => new URL(document.activeElement.href).pathname")
    assert focused == reverse_in("fi", "services:node", slug="vauvan-terveys")


def test_node_page_opens_the_current_branch(page, demo_content):
    page.goto(reverse_in("fi", "services:node", slug="vauvan-terveys"))

    assert toggle(page, "vauvaperhe").get_attribute("aria-expanded") == "true"
    assert toggle(page, "vauvan-terveys").get_attribute("aria-expanded") == "true"
    assert branch(page, "vauvan-terveys").is_visible()
    assert not branch(page, "nuoret").is_visible()
    current = page.locator('nav[data-pk-palvelupuu] [aria-current="page"]')
    assert current.count() == 1 and current.is_visible()


def test_no_aria_tree_or_menu_roles_and_no_tabindex_in_the_palvelupuu(page, demo_content):
    page.goto(reverse_in("fi", "services:home"))

    roles = "[role=tree], [role=treeitem], [role=menu], [role=menubar], [role=menuitem]"
    assert page.locator(roles).count() == 0
    assert page.locator("nav[data-pk-palvelupuu] [tabindex]").count() == 0


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_without_javascript_every_published_service_is_linked_from_the_front_page(
    new_page, demo_content, language
):
    page = new_page(java_script_enabled=False)
    page.goto(reverse_in(language, "services:home"))

    visible = set(page.evaluate(VISIBLE_LINKS))
    assert page.locator("nav[data-pk-palvelupuu] button:visible").count() == 0
    assert published_service_paths(language) - visible == set()


def taps_to_services(page, language):
    """
    How many taps each service is from the front page, following links a person can see:
    1 for a link on the front page, 2 for one on a page linked from it, and so on.
    """
    services = published_service_paths(language)
    tree_prefix = reverse_in(language, "services:node", slug="x").removesuffix("x/")
    found = {}
    pages = [reverse_in(language, "services:home")]
    seen = set(pages)
    for taps in range(1, MAX_TAPS + 1):
        next_pages = []
        for path in pages:
            page.goto(path)
            for link in page.evaluate(VISIBLE_LINKS):
                if link in services:
                    found.setdefault(link, taps)
                elif link.startswith(tree_prefix) and link not in seen:
                    seen.add(link)
                    next_pages.append(link)
        if len(found) == len(services):
            break
        pages = next_pages
    return services, found


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_phone_user_reaches_every_service_within_three_taps(
    new_page, demo_content, language, javascript
):
    page = new_page(java_script_enabled=javascript, **PHONE)

    services, found = taps_to_services(page, language)

    assert services - set(found) == set()
    assert max(found.values()) <= MAX_TAPS


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_phone_user_taps_open_a_life_situation_and_a_category_then_the_service(
    new_page, demo_content, language
):
    page = new_page(**PHONE)
    page.goto(reverse_in(language, "services:home"))
    slug = Service.objects.published().filter(nodes__slug="leirit-ja-lomat").first().slug
    target = reverse_in(language, "services:detail", slug=slug)

    toggle(page, "vapaa-aika").tap()
    toggle(page, "leirit-ja-lomat").tap()
    branch(page, "leirit-ja-lomat").locator(f'a[href="{target}"]').tap()

    page.wait_for_url(f"**{target}")
    assert urlsplit(page.url).path == target
    assert page.locator("h1").count() == 1


@pytest.mark.parametrize("width", [320, 1280])
def test_front_page_with_the_tree_has_no_axe_violations(page, demo_content, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(reverse_in("fi", "services:home"))
    assert page.locator(".pk-tree a").count() == 10
    assert_no_axe_violations(page)

    # And with branches open.
    toggle(page, "vauvaperhe").click()
    toggle(page, "arki-vauvan-kanssa").click()
    assert_no_axe_violations(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= width


def test_tree_leaves_are_big_enough_to_tap_and_nothing_scrolls_sideways_on_a_phone(
    new_page, demo_content
):
    page = new_page(viewport={"width": 320, "height": 640}, has_touch=True, is_mobile=True)
    page.goto(reverse_in("fi", "services:home"))

    for box in page.locator(".pk-tree a").evaluate_all(
        "links => links.map(a => a.getBoundingClientRect().toJSON())"
    ):
        assert box["height"] >= 44 and box["width"] >= 200, box
        assert box["right"] <= 320, box
    assert page.evaluate("document.documentElement.scrollWidth") <= 320

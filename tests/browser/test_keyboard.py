"""Keyboard and motion: the skip link, and nothing moving for those who ask for less motion."""

import pytest

from tests.pages import one_of_each_kind, reverse_in

pytestmark = pytest.mark.browser

FOCUSED = """() => {
    const element = document.activeElement;
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {
        tag: element.tagName.toLowerCase(),
        id: element.id,
        href: element.getAttribute("href"),
        box: {left: box.left, top: box.top, right: box.right, bottom: box.bottom,
              width: box.width, height: box.height},
        viewport: {width: window.innerWidth, height: window.innerHeight},
        onTop: hit !== null && (hit === element || element.contains(hit)),
    };
}"""

MOVING = """() => {
    const moving = value => value.split(",").some(part => parseFloat(part) > 0);
    const found = [];
    const elements = document.querySelectorAll("a, button, input, select, textarea, summary, [tabindex]");
    for (const element of elements) {
        for (const pseudo of [null, "::before", "::after"]) {
            const style = getComputedStyle(element, pseudo);
            if (moving(style.transitionDuration) || moving(style.animationDuration)) {
                found.push(`${element.outerHTML.slice(0, 80)}${pseudo || ""}: transition ` +
                           `${style.transitionDuration}, animation ${style.animationDuration}`);
            }
        }
    }
    const scroll = getComputedStyle(document.documentElement).scrollBehavior;
    if (scroll === "smooth") found.push("html: scroll-behavior smooth");
    return found;
}"""


@pytest.mark.parametrize(
    ("language", "viewname", "kwargs"),
    [
        ("fi", "services:home", {}),
        ("sv", "bulletin:board", {"slug": "pikku-veturi"}),
        ("en", "services:urgent_help", {}),
    ],
)
def test_skip_link_is_first_tab_stop_visible_and_moves_focus_to_main(
    new_page, demo_content, language, viewname, kwargs
):
    page = new_page(viewport={"width": 320, "height": 640})
    page.goto(reverse_in(language, viewname, **kwargs))

    page.keyboard.press("Tab")
    focused = page.evaluate(FOCUSED)
    assert (focused["tag"], focused["href"]) == ("a", "#main")
    box, viewport = focused["box"], focused["viewport"]
    assert box["width"] >= 24 and box["height"] >= 24, f"skip link too small when focused: {box}"
    assert box["left"] >= 0 and box["top"] >= 0, f"skip link off screen when focused: {box}"
    assert box["right"] <= viewport["width"] and box["bottom"] <= viewport["height"], box
    assert focused["onTop"], "the focused skip link is covered by another element"

    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.tagName") == "MAIN"

    page.keyboard.press("Tab")
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)"), (
        "after the skip link, Tab should continue inside <main>"
    )


def test_nothing_moves_when_reduced_motion_is_asked_for(new_page, sitemap_urls):
    page = new_page(reduced_motion="reduce")
    problems = []
    # The stylesheet is the same everywhere; one page of each template covers its elements.
    for url in one_of_each_kind(sitemap_urls):
        page.goto(url)
        problems += [f"{url}: {problem}" for problem in page.evaluate(MOVING)]

    assert problems == []

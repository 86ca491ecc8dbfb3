"""The staff admin meets the same accessibility bar as the public pages (accessibility.md)."""

import pytest

from bulletin.models import Board, Post
from experiments.models import Experiment

from .axe import axe_violations
from .test_crawl import log_in

pytestmark = pytest.mark.browser


def admin_pages_by_role():
    board = Board.objects.get(slug="pikku-veturi")
    # The demo's monthly programme has an image and a PDF: the fullest change page.
    programme = Post.objects.filter(board=board, post_type="monthly_programme").latest("publish_at")
    experiment = Experiment.objects.filter(coordinators__username="koordinaattori").first()
    return {
        "paakayttaja": [
            "/admin/",
            "/admin/perhekeskus/sitesettings/1/change/",
            "/admin/services/accessibilitystatement/1/change/",
            "/admin/services/privacynotice/1/change/",
            "/admin/bulletin/board/",
            f"/admin/bulletin/board/{board.pk}/change/",
            "/admin/experiments/experiment/",
            f"/admin/experiments/experiment/{experiment.pk}/change/",
            "/admin/services/synonym/",
            "/admin/services/synonym/add/?language=fi&term=toimari",
            "/admin/services/zeroresultsearch/",
        ],
        "tyontekija": [
            "/admin/",
            f"/admin/bulletin/board/{board.pk}/change/",
            "/admin/bulletin/post/",
            "/admin/bulletin/post/add/",
            f"/admin/bulletin/post/{programme.pk}/change/",
            f"/admin/bulletin/post/{programme.pk}/esikatselu/",
            "/admin/bulletin/folder/",
            f"/admin/bulletin/folder/{programme.folder_id}/change/",
        ],
        "koordinaattori": [
            "/admin/",
            "/admin/experiments/experiment/",
            "/admin/experiments/experiment/add/",
        ],
        "hankepaallikko": ["/admin/", f"/admin/experiments/experiment/{experiment.pk}/change/"],
    }


def test_admin_pages_of_every_role_have_no_axe_violations(new_page, live_server, demo_content):
    failures = []
    page = new_page(bypass_csp=True)
    page.goto(f"{live_server.url}/admin/login/")
    failures += [f"/admin/login/: {line}" for line in axe_violations(page)]
    for username, paths in admin_pages_by_role().items():
        page.context.clear_cookies()
        log_in(page, live_server, username)
        for path in paths:
            response = page.goto(f"{live_server.url}{path}")
            if response.status != 200:
                failures.append(f"{username} {path}: status {response.status}")
                continue
            assert page.evaluate("document.documentElement.lang") == "fi"
            failures += [f"{username} {path}: {line}" for line in axe_violations(page)]
    assert not failures, "\n".join(failures)


def test_translated_fields_get_language_tabs_that_follow_the_tabs_pattern(
    new_page, live_server, demo_content
):
    page = new_page()
    log_in(page, live_server, "paakayttaja")
    page.goto(f"{live_server.url}/admin/perhekeskus/sitesettings/1/change/")

    tabs = page.get_by_role("tablist", name="Portaalin nimi").get_by_role("tab")
    assert tabs.all_inner_texts() == ["Suomi", "Svenska", "English"]
    assert page.locator("#id_portal_name_fi").is_visible()
    assert not page.locator("#id_portal_name_sv").is_visible()

    tabs.nth(1).click()
    assert tabs.nth(1).get_attribute("aria-selected") == "true"
    assert page.locator("#id_portal_name_sv").is_visible()
    assert not page.locator("#id_portal_name_fi").is_visible()

    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.textContent") == "English"
    assert page.locator("#id_portal_name_en").is_visible()
    page.keyboard.press("Home")
    assert page.evaluate("document.activeElement.textContent") == "Suomi"


def test_language_tab_with_an_error_opens_and_nothing_typed_is_lost(
    new_page, live_server, demo_content
):
    page = new_page()
    log_in(page, live_server, "paakayttaja")
    page.goto(f"{live_server.url}/admin/perhekeskus/sitesettings/1/change/")
    page.locator("#id_portal_name_fi").fill("")
    page.locator("#id_brand_colour").fill("#ffdd00")

    with page.expect_navigation():
        page.locator("input[name=_save]").click()

    assert page.locator("#id_brand_colour").input_value() == "#ffdd00"
    assert page.locator(".errorlist").first.is_visible()
    name_tabs = page.get_by_role("tablist", name="Portaalin nimi").get_by_role("tab")
    assert name_tabs.nth(0).get_attribute("aria-selected") == "true"
    assert "pk-lang-tabs__tab--error" in name_tabs.nth(0).get_attribute("class")
    assert page.locator("#id_portal_name_fi").is_visible()

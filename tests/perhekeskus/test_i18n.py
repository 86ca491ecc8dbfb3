"""Finnish, Swedish and English: language prefixes, the switcher, content fallbacks."""

import pytest

from bulletin.models import Board
from perhekeskus.models import SiteSettings
from tests.factories import make_board
from tests.html import page
from tests.pages import LANGUAGE_CODES, language_of, reverse_in, sitemap_paths

NAMED_PAGES = [
    ("services:home", {}),
    ("services:urgent_help", {}),
    ("services:search", {}),
    ("services:accessibility", {}),
    ("services:privacy", {}),
    ("bulletin:index", {}),
    ("bulletin:board", {"slug": "pikku-veturi"}),
]


@pytest.fixture
def board(db):
    return make_board(
        name_fi="Perhekeskus Pikku-Veturi",
        name_sv="Familjecentret Lilla loket",
        name_en="Little Engine Family Centre",
        slug="pikku-veturi",
    )


def switcher_links(response):
    """{language code: href} of the language switcher's links."""
    return {
        a.attrs["hreflang"]: a.attrs["href"] for a in page(response).find_all("a", hreflang=True)
    }


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("sv", "/sv/"),
        ("sv-FI,sv;q=0.9,fi;q=0.8", "/sv/"),
        ("en", "/en/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("fi", "/fi/"),
        ("de-DE,de;q=0.9", "/fi/"),
        ("", "/fi/"),
    ],
)
def test_root_redirects_to_language_from_accept_language(client, db, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == 302
    assert response["Location"] == expected


def test_html_lang_matches_language_prefix_on_every_page(client, board):
    paths = sitemap_paths(client) + [f"/{code}/ei-ole/" for code in LANGUAGE_CODES]
    wrong = {}
    for path in paths:
        lang = page(client.get(path)).find("html").attrs.get("lang")
        if lang != language_of(path):
            wrong[path] = lang
    assert wrong == {}


@pytest.mark.parametrize(("viewname", "kwargs"), NAMED_PAGES)
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_language_switcher_links_to_same_page_in_each_language(
    client, board, viewname, kwargs, language
):
    response = client.get(reverse_in(language, viewname, **kwargs))

    assert response.status_code == 200
    assert switcher_links(response) == {
        code: reverse_in(code, viewname, **kwargs) for code in LANGUAGE_CODES
    }


def test_language_switcher_keeps_the_search_query(client, db):
    response = client.get(reverse_in("fi", "services:search"), {"q": "neuvola"})

    assert switcher_links(response) == {
        code: reverse_in(code, "services:search") + "?q=neuvola" for code in LANGUAGE_CODES
    }


def test_alternate_links_in_head_point_to_the_other_languages(client, board):
    response = client.get(reverse_in("sv", "bulletin:board", slug="pikku-veturi"))

    alternates = {
        link.attrs["hreflang"]: link.attrs["href"]
        for link in page(response).find("head").find_all("link", rel="alternate")
        # The other alternates are the board's feeds and calendar (with a type).
        if "hreflang" in link.attrs
    }
    assert alternates == {
        code: reverse_in(code, "bulletin:board", slug="pikku-veturi") for code in ("fi", "en")
    }


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_language_switcher_on_404_page_links_to_other_front_pages(client, db, language):
    path = f"/{language}/tata-sivua-ei-ole/"

    response = client.get(path)

    assert response.status_code == 404
    links = switcher_links(response)
    assert links.pop(language) == path
    assert links == {
        code: reverse_in(code, "services:home") for code in LANGUAGE_CODES if code != language
    }


def test_language_switcher_marks_current_language(client, db):
    response = client.get(reverse_in("sv", "services:home"))

    current = [
        a.attrs["hreflang"]
        for a in page(response).find_all("a", hreflang=True)
        if a.has_attr("aria-current")
    ]
    assert current == ["sv"]


def test_site_settings_in_finnish_only_are_shown_in_english(client, db):
    site = SiteSettings.load()
    site.portal_name_fi = "Kuusilahden perhekeskus"
    # The admin stores an emptied translation as None.
    site.portal_name_sv = None
    site.portal_name_en = None
    site.save()

    doc = page(client.get(reverse_in("en", "services:home")))

    assert doc.find("h1").text == "Kuusilahden perhekeskus"
    assert doc.find("title").text.endswith(" – Kuusilahden perhekeskus")


def test_new_site_settings_translated_only_to_finnish_are_shown_in_every_language(client, db):
    SiteSettings.objects.create(portal_name_fi="Kuusilahden perhekeskus")

    for language in LANGUAGE_CODES:
        doc = page(client.get(reverse_in(language, "services:home")))
        assert doc.find("h1").text == "Kuusilahden perhekeskus", language


def test_content_falls_back_from_finnish_to_swedish_to_english(client, db):
    make_board(slug="lilla-loket")
    make_board(slug="little-engine")
    Board.objects.filter(slug="lilla-loket").update(
        name_fi=None, name_sv="Familjecentret Lilla loket", name_en=None
    )
    Board.objects.filter(slug="little-engine").update(
        name_fi=None, name_sv=None, name_en="Little Engine"
    )

    for language in LANGUAGE_CODES:
        sv_only = page(client.get(reverse_in(language, "bulletin:board", slug="lilla-loket")))
        en_only = page(client.get(reverse_in(language, "bulletin:board", slug="little-engine")))
        assert sv_only.find("h1").text == "Familjecentret Lilla loket", language
        assert en_only.find("h1").text == "Little Engine", language

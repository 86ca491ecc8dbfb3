"""The frame every public page shares: landmarks, headings, title, footer, site settings."""

import io
from collections import defaultdict

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from perhekeskus.models import SiteSettings, UrgentContact
from tests.factories import make_board
from tests.html import page
from tests.pages import LANGUAGE_CODES, language_of, reverse_in, sitemap_paths

FOCUSABLE = {"a", "button", "input", "select", "textarea", "summary"}


@pytest.fixture
def site(db):
    site = SiteSettings.load()
    site.portal_name_fi = "Kuusilahden perhekeskus"
    site.portal_name_sv = "Familjecentret i Granvik"
    site.portal_name_en = "Kuusilahti Family Centre"
    site.save()
    make_board(
        name_fi="Perhekeskus Pikku-Veturi",
        name_sv="Familjecentret Lilla loket",
        name_en="Little Engine Family Centre",
        slug="pikku-veturi",
    )
    return site


@pytest.fixture
def every_page(client, site):
    """Each sitemap page and a 404 page in each language, with its response."""
    paths = sitemap_paths(client)
    paths += [f"/{code}/tata-sivua-ei-ole/" for code in LANGUAGE_CODES]
    return [(path, client.get(path)) for path in paths]


def first_focusable(body):
    for element in body.iter():
        if element.tag in FOCUSABLE and (element.tag != "a" or element.has_attr("href")):
            return element
    return None


def test_every_page_has_one_h1_and_one_header_main_and_footer(every_page):
    problems = []
    for path, response in every_page:
        doc = page(response)
        counts = {tag: len(doc.find_all(tag)) for tag in ("h1", "header", "main", "footer")}
        if counts != {"h1": 1, "header": 1, "main": 1, "footer": 1}:
            problems.append(f"{path}: {counts}")
    assert not problems, "\n".join(problems)


def test_skip_link_is_first_focusable_element_and_targets_main(every_page):
    problems = []
    for path, response in every_page:
        doc = page(response)
        link = first_focusable(doc.find("body"))
        main = doc.find("main")
        if link is None or link.attrs.get("href") != f"#{main.attrs.get('id')}":
            problems.append(f"{path}: first focusable element is {link!r}, main is {main!r}")
    assert not problems, "\n".join(problems)


def test_title_is_page_name_then_portal_name(every_page, site):
    problems = []
    for path, response in every_page:
        with_language = {
            "fi": site.portal_name_fi,
            "sv": site.portal_name_sv,
            "en": site.portal_name_en,
        }
        portal_name = with_language[language_of(path)]
        title = page(response).find("title").text
        page_name, separator, suffix = title.rpartition(" – ")
        if not (page_name and separator and suffix == portal_name):
            problems.append(f"{path}: {title!r}")
    assert not problems, "\n".join(problems)


def test_titles_are_unique_within_each_language(client, site):
    titles = defaultdict(list)
    for path in sitemap_paths(client):
        title = page(client.get(path)).find("title").text
        titles[(language_of(path), title)].append(path)

    assert {key: paths for key, paths in titles.items() if len(paths) > 1} == {}


def test_footer_links_to_accessibility_statement_and_privacy_notice(every_page):
    problems = []
    for path, response in every_page:
        language = language_of(path)
        footer = page(response).find("footer")
        hrefs = {a.attrs.get("href") for a in footer.find_all("a")}
        for viewname in ("services:accessibility", "services:privacy"):
            if reverse_in(language, viewname) not in hrefs:
                problems.append(f"{path}: footer has no link to {viewname}")
    assert not problems, "\n".join(problems)


def fill_site_settings(site, suffix):
    site.portal_name_fi = f"Portaali {suffix}"
    site.municipality_name_fi = f"Kunta {suffix}"
    site.intro_fi = f"Johdanto {suffix}"
    site.contact_name_fi = f"Neuvonta {suffix}"
    site.street_address = f"Katu {suffix}"
    site.postal_code = "99999" if suffix == "A" else "88888"
    site.post_office_fi = f"Postitoimipaikka {suffix}"
    site.phone = "040 111 1111" if suffix == "A" else "050 222 2222"
    site.email = f"neuvonta-{suffix.lower()}@example.fi"
    site.contact_hours_fi = f"ma–pe klo 9–15 {suffix}"
    site.save()
    site.urgent_contacts.all().delete()
    UrgentContact.objects.create(
        site=site,
        name_fi=f"Kriisipuhelin {suffix}",
        phone="09 123 4567" if suffix == "A" else "09 765 4321",
    )


def site_settings_values(suffix):
    return [
        f"Portaali {suffix}",
        f"Kunta {suffix}",
        f"Johdanto {suffix}",
        f"Neuvonta {suffix}",
        f"Katu {suffix}",
        "99999" if suffix == "A" else "88888",
        f"Postitoimipaikka {suffix}",
        "040 111 1111" if suffix == "A" else "050 222 2222",
        "tel:+358401111111" if suffix == "A" else "tel:+358502222222",
        f"mailto:neuvonta-{suffix.lower()}@example.fi",
        f"ma–pe klo 9–15 {suffix}",
        f"Kriisipuhelin {suffix}",
        "tel:+35891234567" if suffix == "A" else "tel:+35897654321",
    ]


def test_site_settings_appear_on_the_front_page(client, db):
    fill_site_settings(SiteSettings.load(), "A")

    html = client.get(reverse_in("fi", "services:home")).content.decode()

    missing = [value for value in site_settings_values("A") if value not in html]
    assert missing == []


def test_changing_site_settings_changes_every_page(client, site):
    paths = sitemap_paths(client)
    fill_site_settings(site, "A")
    before = {
        path: client.get(path).content.decode() for path in paths if language_of(path) == "fi"
    }

    fill_site_settings(SiteSettings.objects.get(), "B")
    after = {path: client.get(path).content.decode() for path in before}

    for path in before:
        assert "Portaali A" in before[path] and "Portaali B" in after[path], path
        assert not [value for value in site_settings_values("A") if value in after[path]], path


def test_empty_site_settings_show_no_municipality_details(client, db):
    html = client.get(reverse_in("fi", "services:home")).content.decode()
    doc = page(client.get(reverse_in("fi", "services:home")))

    phone_links = {
        a.attrs["href"] for a in doc.find_all("a") if a.attrs.get("href", "").startswith("tel:")
    }
    assert phone_links == {"tel:112"}
    assert "mailto:" not in html


def small_png():
    buffer = io.BytesIO()
    Image.new("RGB", (48, 48), "#1d5c8c").save(buffer, format="PNG")
    return SimpleUploadedFile("logo.png", buffer.getvalue(), content_type="image/png")


def test_logo_is_shown_in_header_when_set(client, db):
    site = SiteSettings.load()
    site.logo = small_png()
    site.save()

    header = page(client.get(reverse_in("fi", "services:home"))).find("header")

    assert [img.attrs["src"] for img in header.find_all("img")] == [site.logo.url]


def test_header_has_no_image_without_logo(client, db):
    header = page(client.get(reverse_in("fi", "services:home"))).find("header")

    assert header.find_all("img") == []


def test_brand_colour_is_used_on_every_page(client, db):
    site = SiteSettings.load()
    site.brand_colour = "#004466"
    site.save()

    html = client.get(reverse_in("fi", "services:home")).content.decode()

    assert "--pk-brand: #004466" in html

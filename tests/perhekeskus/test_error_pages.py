"""Error pages look like the portal, speak the visitor's language and survive a dead database."""

from unittest import mock

import pytest
from django.conf.urls.i18n import i18n_patterns
from django.core.exceptions import PermissionDenied
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client, RequestFactory
from django.urls import path, reverse
from django.utils.translation import gettext, override

from perhekeskus import urls as project_urls
from perhekeskus import views
from perhekeskus.models import SiteSettings
from tests.html import page
from tests.pages import LANGUAGE_CODES, reverse_in


def broken_view(request):
    raise RuntimeError("Testivirhe")


def forbidden_view(request):
    raise PermissionDenied


# The test URLconf: the project's own, plus views that fail on purpose.
urlpatterns = [
    *project_urls.urlpatterns,
    *i18n_patterns(
        path("testivirhe/", broken_view, name="broken"),
        path("ei-lupaa/", forbidden_view, name="forbidden"),
    ),
]
handler500 = project_urls.handler500

FINNISH_HEADINGS = {
    403: "Ei käyttöoikeutta",
    404: "Sivua ei löytynyt",
    500: "Palvelussa on häiriö",
}

pytestmark = pytest.mark.urls(__name__)


@pytest.fixture
def site(db):
    site = SiteSettings.load()
    site.portal_name_fi = "Kuusilahden perhekeskus"
    site.save()
    return site


@pytest.fixture
def visitor():
    return Client(raise_request_exception=False)


def error_page(visitor, status, language):
    url = {
        403: lambda: reverse_in(language, "forbidden"),
        404: lambda: f"/{language}/tata-sivua-ei-ole/",
        500: lambda: reverse_in(language, "broken"),
    }[status]()
    response = visitor.get(url)
    assert response.status_code == status
    return response


def assert_in_portal_look(response, language):
    doc = page(response)
    assert doc.find("html").attrs["lang"] == language
    assert [len(doc.find_all(tag)) for tag in ("header", "main", "footer", "h1")] == [1, 1, 1, 1]
    assert doc.find("a", href="#main") is not None
    assert doc.find("title").text == f"{doc.find('h1').text} – Kuusilahden perhekeskus"


@pytest.mark.parametrize("status", [403, 404, 500])
def test_error_page_is_in_portal_look_in_finnish(visitor, site, status):
    response = error_page(visitor, status, "fi")

    assert_in_portal_look(response, "fi")
    assert page(response).find("h1").text == FINNISH_HEADINGS[status]
    assert response.templates[0].name == f"{status}.html"


@pytest.mark.parametrize("status", [403, 404, 500])
@pytest.mark.parametrize("language", ["sv", "en"])
def test_error_page_is_translated(visitor, site, status, language):
    response = error_page(visitor, status, language)

    assert_in_portal_look(response, language)
    heading = page(response).find("h1").text
    with override(language):
        assert heading == gettext(FINNISH_HEADINGS[status])
    assert heading != FINNISH_HEADINGS[status], f"{status}.html is not translated to {language}"


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_404_page_offers_ways_onward(visitor, site, language):
    doc = page(error_page(visitor, 404, language))

    hrefs = {a.attrs.get("href") for a in doc.find("main").find_all("a")}
    assert {
        reverse_in(language, "services:home"),
        reverse_in(language, "services:search"),
        reverse_in(language, "services:urgent_help"),
    } <= hrefs


def test_500_page_tells_the_emergency_number(visitor, site):
    doc = page(error_page(visitor, 500, "fi"))

    assert "112" in doc.find("main").text


def test_server_error_view_renders_500_page_directly(site):
    request = RequestFactory().get("/fi/")
    request.user = mock.Mock(is_authenticated=False)

    response = views.server_error(request)

    assert response.status_code == 500
    assert "Palvelussa on häiriö" in response.content.decode()
    assert "Kuusilahden perhekeskus" in response.content.decode()


def database_down():
    """Every query fails, as when the database server is unreachable."""
    error = OperationalError("tietokanta ei vastaa")
    return mock.patch.multiple(
        BaseDatabaseWrapper,
        ensure_connection=mock.Mock(side_effect=error),
        cursor=mock.Mock(side_effect=error),
    )


@pytest.mark.parametrize("status", [404, 500])
def test_error_page_keeps_portal_look_when_the_database_is_down(visitor, site, status):
    with database_down():
        response = error_page(visitor, status, "fi")

    doc = page(response)
    assert response.content.decode() != views.FALLBACK_500
    assert [len(doc.find_all(tag)) for tag in ("header", "main", "footer", "h1")] == [1, 1, 1, 1]
    assert doc.find("h1").text == FINNISH_HEADINGS[status]
    assert doc.find("title").text == f"{FINNISH_HEADINGS[status]} – Perhekeskus"
    assert "tel:112" in {a.attrs.get("href") for a in doc.find("footer").find_all("a")}


def test_500_page_falls_back_to_plain_html_when_the_template_fails(site):
    request = RequestFactory().get("/fi/")
    with mock.patch.object(views, "render", side_effect=RuntimeError("mallipohja rikki")):
        response = views.server_error(request)

    assert response.status_code == 500
    assert response.content.decode() == views.FALLBACK_500
    doc = page(response)
    assert doc.find("html").attrs["lang"] == "fi"
    assert {p.attrs.get("lang") for p in doc.find_all("p")} == {None, "sv", "en"}


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_csrf_failure_page_explains_what_to_do_in_portal_look(site, language):
    browser = Client(enforce_csrf_checks=True)

    response = browser.post(reverse_in(language, "services:search"), {"q": "neuvola"})

    assert response.status_code == 403
    assert response.templates[0].name == "403_csrf.html"
    assert_in_portal_look(response, language)
    heading = page(response).find("h1").text
    with override(language):
        assert heading == gettext("Lomakkeen lähetys ei onnistunut")
    if language != "fi":
        assert heading != "Lomakkeen lähetys ei onnistunut", (
            f"403_csrf.html not translated to {language}"
        )


def test_csrf_failure_on_staff_login_is_in_finnish_like_the_rest_of_the_admin(site):
    browser = Client(enforce_csrf_checks=True, headers={"accept-language": "sv"})

    response = browser.post(reverse("admin:login"), {"username": "x", "password": "y"})

    assert response.status_code == 403
    assert_in_portal_look(response, "fi")
    assert page(response).find("h1").text == "Lomakkeen lähetys ei onnistunut"

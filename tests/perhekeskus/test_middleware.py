import pytest
from django.conf import settings
from django.urls import reverse

from tests.html import page


@pytest.mark.parametrize("accept_language", ["sv", "en-GB,en;q=0.9", ""])
def test_admin_is_in_finnish_whatever_the_browser_asks(client, db, accept_language):
    response = client.get(reverse("admin:login"), headers={"accept-language": accept_language})

    assert page(response).find("html").attrs["lang"] == "fi"


@pytest.mark.parametrize("language", ["sv", "en"])
def test_admin_follows_the_language_the_staff_member_chose(client, db, language):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language

    response = client.get(reverse("admin:login"))

    assert page(response).find("html").attrs["lang"] == language


def test_admin_ignores_an_unknown_language_cookie(client, db):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "de"

    response = client.get(reverse("admin:login"))

    assert page(response).find("html").attrs["lang"] == "fi"


def test_public_pages_still_follow_the_url_prefix_with_a_language_cookie(client, db):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    response = client.get("/sv/")

    assert page(response).find("html").attrs["lang"] == "sv"

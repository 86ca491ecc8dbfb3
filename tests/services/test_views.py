import datetime

import pytest

from perhekeskus.models import UrgentContact
from services.models import AccessibilityStatement, PrivacyNotice
from services.views import MAX_QUERY_LENGTH
from tests.factories import make_board
from tests.html import page
from tests.pages import reverse_in


@pytest.fixture
def board(db):
    return make_board(
        name_fi="Perhekeskus Pikku-Veturi",
        name_sv="Familjecentret Lilla loket",
        name_en="Little Engine Family Centre",
        description_fi="Avoin päiväkoti ja neuvola.",
        slug="pikku-veturi",
    )


def search(client, query, language="fi"):
    return client.get(reverse_in(language, "services:search"), {"q": query})


def test_front_page_lists_boards(client, board):
    main = page(client.get(reverse_in("fi", "services:home"))).find("main")

    assert reverse_in("fi", "bulletin:board", slug="pikku-veturi") in {
        a.attrs["href"] for a in main.find_all("a")
    }


def test_urgent_help_lists_every_number_as_a_phone_link(client, db):
    UrgentContact.objects.create(name_fi="Hätänumero", phone="112", order=1)
    UrgentContact.objects.create(
        name_fi="Kriisipuhelin",
        phone="09 2525 0111",
        order=2,
        description_fi="Vastaa ympäri vuorokauden.",
    )

    main = page(client.get(reverse_in("fi", "services:urgent_help"))).find("main")

    assert [h2.text for h2 in main.find_all("h2")] == ["Hätänumero", "Kriisipuhelin"]
    assert {"tel:112", "tel:+358925250111"} <= {a.attrs["href"] for a in main.find_all("a")}
    assert "Vastaa ympäri vuorokauden." in main.text


def test_urgent_help_shows_emergency_number_before_any_are_entered(client, db):
    main = page(client.get(reverse_in("fi", "services:urgent_help"))).find("main")

    assert "tel:112" in {a.attrs["href"] for a in main.find_all("a")}


def test_search_finds_board_by_name(client, board):
    response = search(client, "veturi")

    assert response.status_code == 200
    assert [r["title"] for r in response.context["results"]] == ["Perhekeskus Pikku-Veturi"]
    doc = page(response)
    assert doc.find("h1").text == "1 tulos haulla ”veturi”"
    assert doc.find("title").text.startswith("Haku: veturi (1 tulos)")


def test_search_finds_board_by_name_in_another_language(client, board):
    response = search(client, "lilla loket")

    assert [r["url"] for r in response.context["results"]] == [
        reverse_in("fi", "bulletin:board", slug="pikku-veturi")
    ]


def test_search_without_results_suggests_ways_onward(client, board):
    doc = page(search(client, "sirkus"))

    assert doc.find("h1").text == "0 tulosta haulla ”sirkus”"
    hrefs = {a.attrs["href"] for a in doc.find("main").find_all("a")}
    assert {reverse_in("fi", "services:home"), reverse_in("fi", "services:urgent_help")} <= hrefs


def test_empty_search_shows_the_form_only(client, db):
    response = search(client, "   ")

    assert response.context["query"] == ""
    assert page(response).find("h1").text == "Haku"


def test_search_query_whitespace_is_tidied(client, board):
    response = search(client, "  pikku \n  veturi ")

    assert response.context["query"] == "pikku veturi"


def test_too_long_search_query_is_cut_with_a_notice(client, db):
    response = search(client, "a" * (MAX_QUERY_LENGTH + 50))

    assert response.status_code == 200
    assert response.context["query"] == "a" * MAX_QUERY_LENGTH
    assert str(MAX_QUERY_LENGTH) in response.context["notice"]


def test_search_form_keeps_the_query(client, board):
    doc = page(search(client, "veturi"))

    assert doc.find("input", id="search-page-q").attrs["value"] == "veturi"


def test_accessibility_statement_has_the_sections_the_law_asks_for(client, db):
    AccessibilityStatement.objects.create(
        site_scope_fi="Seloste koskee Kuusilahden perhekeskusta.",
        compliance=AccessibilityStatement.Compliance.PARTIAL,
        non_accessible_content_fi="Vanhat PDF-liitteet (WCAG 1.3.1).",
        prepared_on=datetime.date(2026, 1, 15),
        reviewed_on=datetime.date(2026, 9, 1),
        feedback_email="saavutettavuus@example.fi",
        supervisory_authority_fi="Traficom, saavutettavuusvalvonta.",
    )

    main = page(client.get(reverse_in("fi", "services:accessibility"))).find("main")

    headings = [h2.text for h2 in main.find_all("h2")]
    assert headings == [
        "Vaatimustenmukaisuus",
        "Sisältö, joka ei ole saavutettavaa",
        "Selosteen laatiminen",
        "Palaute ja yhteystiedot",
        "Valvontaviranomainen",
    ]
    for text in (
        "Seloste koskee Kuusilahden perhekeskusta.",
        "osittain",
        "WCAG 1.3.1",
        "14 päivän",
        "Traficom",
    ):
        assert text in main.text
    assert "mailto:saavutettavuus@example.fi" in {a.attrs["href"] for a in main.find_all("a")}


def test_privacy_notice_shows_filled_sections_only(client, db):
    PrivacyNotice.objects.create(controller_fi="Kuusilahden kaupunki", rights_fi="Saat tietää.")

    main = page(client.get(reverse_in("fi", "services:privacy"))).find("main")

    assert [h2.text for h2 in main.find_all("h2")] == ["Rekisterinpitäjä", "Rekisteröidyn oikeudet"]


def test_empty_privacy_notice_says_it_is_being_updated(client, db):
    main = page(client.get(reverse_in("fi", "services:privacy"))).find("main")

    assert main.find_all("h2") == []
    assert "päivitetään" in main.text

import pytest

from tests.factories import make_board
from tests.html import page
from tests.pages import reverse_in


@pytest.fixture
def board(db):
    return make_board(
        name_fi="Perhekeskus Pikku-Veturi",
        name_sv="Familjecentret Lilla loket",
        name_en="Little Engine Family Centre",
        slug="pikku-veturi",
        description_fi="Avoin kohtaamispaikka lapsiperheille.",
        street_address="Veturitie 1",
        postal_code="99100",
        post_office_fi="Kuusilahti",
        phone="040 123 4567",
        email="veturi@example.fi",
        opening_hours_fi="ma–to 9–15\npe 9–12",
    )


def test_board_list_is_public_and_links_to_each_board(client, board):
    response = client.get(reverse_in("fi", "bulletin:index"))

    assert response.status_code == 200
    links = {a.attrs["href"] for a in page(response).find("main").find_all("a")}
    assert reverse_in("fi", "bulletin:board", slug="pikku-veturi") in links


def test_board_list_without_boards_says_so(client, db):
    response = client.get(reverse_in("fi", "bulletin:index"))

    assert "Ilmoitustauluja ei ole vielä julkaistu." in page(response).find("main").text


def test_board_list_query_count_does_not_grow_with_boards(
    client, board, django_assert_max_num_queries
):
    for number in range(10):
        make_board(slug=f"taulu-lisa-{number}")
    # The first request creates the site settings and puts them in the cache.
    client.get(reverse_in("fi", "bulletin:index"))

    with django_assert_max_num_queries(1):
        client.get(reverse_in("fi", "bulletin:index"))


def test_board_page_shows_contact_details_and_opening_hours(client, board):
    main = page(client.get(reverse_in("fi", "bulletin:board", slug="pikku-veturi"))).find("main")

    assert main.find("h1").text == "Perhekeskus Pikku-Veturi"
    for text in (
        "Veturitie 1",
        "99100 Kuusilahti",
        "ma–to 9–15",
        "pe 9–12",
        "Avoin kohtaamispaikka lapsiperheille.",
    ):
        assert text in main.text
    hrefs = {a.attrs["href"] for a in main.find_all("a")}
    assert {"tel:+358401234567", "mailto:veturi@example.fi"} <= hrefs


def test_board_page_is_shown_in_the_visitors_language(client, board):
    doc = page(client.get(reverse_in("sv", "bulletin:board", slug="pikku-veturi")))

    assert doc.find("h1").text == "Familjecentret Lilla loket"


def test_unknown_board_is_not_found(client, db):
    response = client.get(reverse_in("fi", "bulletin:board", slug="ei-ole"))

    assert response.status_code == 404

import pytest

from perhekeskus.roles import CENTRE_STAFF
from tests.factories import make_board, make_staff


@pytest.fixture
def staff(db):
    """A family centre worker…"""
    return make_staff(CENTRE_STAFF, username="tyontekija-testi", first_name="Tiina")


@pytest.fixture
def own_board(staff):
    """…who posts on this board."""
    board = make_board(name_fi="Perhekeskus Pikku-Veturi", slug="pikku-veturi")
    board.members.add(staff)
    return board


@pytest.fixture
def board(db):
    """A board with its contact details filled in, for the public pages and feeds."""
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

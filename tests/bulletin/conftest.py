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

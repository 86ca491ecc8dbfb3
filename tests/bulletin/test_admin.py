"""Centre staff keep their own unit's board up to date; the main user decides who may."""

import pytest
from django.urls import reverse

from bulletin.models import Board
from perhekeskus.roles import CENTRE_STAFF, MAIN_USER
from tests.factories import make_board, make_staff
from tests.html import form_data, page


@pytest.fixture
def other_board(db):
    return make_board(name_fi="Perhekeskus Tuulimylly", slug="tuulimylly")


def change_url(board):
    return reverse("admin:bulletin_board_change", args=[board.pk])


def test_staff_member_lists_only_boards_they_belong_to(client, staff, own_board, other_board):
    client.force_login(staff)

    response = client.get(reverse("admin:bulletin_board_changelist"))

    assert list(response.context["cl"].queryset) == [own_board]


def test_staff_member_cannot_open_another_units_board(client, staff, own_board, other_board):
    client.force_login(staff)

    response = client.get(change_url(other_board))

    assert response.status_code in (302, 404)
    if response.status_code == 302:
        assert response["Location"] == reverse("admin:index")


def test_staff_member_cannot_change_another_units_board_by_posting(
    client, staff, own_board, other_board
):
    client.force_login(staff)

    client.post(change_url(other_board), {"name_fi": "Kaapattu"})

    other_board.refresh_from_db()
    assert other_board.name_fi == "Perhekeskus Tuulimylly"


def test_staff_member_edits_own_board_but_not_its_members_or_address(client, staff, own_board):
    intruder = make_staff(CENTRE_STAFF, username="ulkopuolinen")
    client.force_login(staff)
    response = client.get(change_url(own_board))
    doc = page(response)
    data = form_data(doc.find("form", id="board_form"))
    assert "members" not in data
    assert "slug" not in data

    data.update(
        name_fi="Perhekeskus Pikku-Veturi (uusi)", members=[str(intruder.pk)], slug="kaapattu"
    )
    response = client.post(change_url(own_board), data)

    assert response.status_code == 302, page(response).find_all(class_="errorlist")
    own_board.refresh_from_db()
    assert own_board.name_fi == "Perhekeskus Pikku-Veturi (uusi)"
    assert own_board.slug == "pikku-veturi"
    assert list(own_board.members.all()) == [staff]


def test_staff_member_cannot_add_or_delete_boards(client, staff, own_board):
    client.force_login(staff)

    assert client.get(reverse("admin:bulletin_board_add")).status_code == 403
    delete_url = reverse("admin:bulletin_board_delete", args=[own_board.pk])
    assert client.post(delete_url, {"post": "yes"}).status_code == 403
    assert Board.objects.filter(pk=own_board.pk).exists()


def test_main_user_sees_every_board_and_chooses_members(client, own_board, other_board, staff):
    main_user = make_staff(MAIN_USER)
    client.force_login(main_user)
    assert set(client.get(reverse("admin:bulletin_board_changelist")).context["cl"].queryset) == {
        own_board,
        other_board,
    }

    data = form_data(page(client.get(change_url(other_board))).find("form", id="board_form"))
    data["members"] = [str(staff.pk)]
    response = client.post(change_url(other_board), data)

    assert response.status_code == 302, page(response).find_all(class_="errorlist")
    assert list(other_board.members.all()) == [staff]

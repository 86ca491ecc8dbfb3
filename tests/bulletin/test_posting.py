"""Staff post from the admin; expiry and search keep the board as families expect it."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from bulletin.models import Attachment, Post, PostImage
from bulletin.services import next_month_date, post_copy_as_next_month, posts_expire
from perhekeskus.roles import CENTRE_STAFF
from services import search
from tests.factories import make_board, make_folder, make_post, make_staff
from tests.html import form_data, page

from .samples import pdf_bytes, photo_bytes


@pytest.fixture
def other_board(db):
    other = make_staff(CENTRE_STAFF, username="toinen-tyontekija")
    board = make_board(name_fi="Perhekeskus Tuulimylly", slug="tuulimylly")
    board.members.add(other)
    return board


def add_form(client):
    response = client.get(reverse("admin:bulletin_post_add"))
    assert response.status_code == 200
    return form_data(page(response).find("form", id="post_form"))


def local(text):
    return timezone.make_aware(datetime.datetime.fromisoformat(text))


def program_change_data(client, board, **changes):
    data = add_form(client)
    today = timezone.localdate()
    data.update(
        {
            "board": str(board.pk),
            "post_type": "program_change",
            "title_fi": "Vauvakerho on peruttu torstaina",
            "body_fi": "<p>Ohjaaja on sairaana. Tervetuloa taas ensi viikolla!</p>",
            "status": "published",
            "publish_at_0": today.strftime("%d.%m.%Y"),
            "publish_at_1": "00:00:00",
            "change": "cancelled",
            "change_date": (today + datetime.timedelta(days=2)).strftime("%d.%m.%Y"),
        }
    )
    data.update(changes)
    return data


def test_staff_member_posts_a_program_change_with_a_photo_and_a_pdf(client, staff, own_board):
    client.force_login(staff)
    data = program_change_data(client, own_board)
    data.update(
        {
            "images-TOTAL_FORMS": "1",
            "images-0-alt_text_fi": "Vauvakerhon lelut lattialla",
            "images-0-order": "0",
            "attachments-TOTAL_FORMS": "1",
            "attachments-0-title_fi": "Joulukuun ohjelma",
            "attachments-0-order": "0",
        }
    )
    files = {
        "images-0-image": SimpleUploadedFile("kuva.jpg", photo_bytes(), "image/jpeg"),
        "attachments-0-file": SimpleUploadedFile("ohjelma.pdf", pdf_bytes(), "application/pdf"),
    }

    response = client.post(reverse("admin:bulletin_post_add"), {**data, **files})

    assert response.status_code == 302, page(response).find(class_="errornote")
    post = Post.objects.get()
    assert post.author == staff
    assert post.board == own_board
    assert post.stands_out
    image = PostImage.objects.get(post=post)
    with Image.open(image.image.path) as stored:
        assert not stored.getexif(), "EXIF (with GPS) must not survive the upload"
    attachment = Attachment.objects.get(post=post)
    assert attachment.size > 0 and attachment.pages == 1
    assert "Marraskuun ohjelma" in attachment.text
    assert [hit.object_id for hit in search.search("marraskuun ohjelma", "fi").hits] == [post.pk]


def test_a_program_change_needs_its_status_and_day(client, staff, own_board):
    client.force_login(staff)
    data = program_change_data(client, own_board, change="", change_date="")

    response = client.post(reverse("admin:bulletin_post_add"), data)

    assert response.status_code == 200
    errors = page(response).find(class_="errornote")
    assert errors is not None
    text = page(response).text
    assert "Kerro, onko toiminta peruttu, siirretty vai muuttunut." in text
    assert "Kerro, minkä päivän toimintaa muutos koskee." in text
    assert not Post.objects.exists()
    # What was typed stays in the form.
    assert "Vauvakerho on peruttu torstaina" in response.content.decode()


def test_a_monthly_programme_image_needs_the_programme_as_text(client, staff, own_board):
    client.force_login(staff)
    data = program_change_data(
        client, own_board, post_type="monthly_programme", body_fi="", change="", change_date=""
    )
    data.update(
        {
            "images-TOTAL_FORMS": "1",
            "images-0-alt_text_fi": "Joulukuun ohjelma",
            "images-0-order": "0",
        }
    )
    files = {"images-0-image": SimpleUploadedFile("ohjelma.jpg", photo_bytes(), "image/jpeg")}

    response = client.post(reverse("admin:bulletin_post_add"), {**data, **files})

    assert response.status_code == 200
    assert "Kuukauden ohjelman kuvaa ei voi julkaista ilman ohjelmaa tekstinä" in (
        response.content.decode()
    )
    assert not Post.objects.exists()


def test_an_image_needs_alt_text_or_to_be_marked_decorative(client, staff, own_board):
    client.force_login(staff)
    data = program_change_data(client, own_board)
    data.update({"images-TOTAL_FORMS": "1", "images-0-order": "0"})
    files = {"images-0-image": SimpleUploadedFile("kuva.jpg", photo_bytes(), "image/jpeg")}

    response = client.post(reverse("admin:bulletin_post_add"), {**data, **files})

    assert response.status_code == 200
    assert "Kirjoita kuvalle tekstivastine tai merkitse se koristekuvaksi." in (
        response.content.decode()
    )


def test_staff_of_another_board_cannot_change_the_post(client, own_board, other_board):
    post = make_post(board=own_board, title_fi="Vauvakerho peruttu")
    outsider = other_board.members.get()
    client.force_login(outsider)

    opened = client.get(reverse("admin:bulletin_post_change", args=[post.pk]))
    client.post(reverse("admin:bulletin_post_change", args=[post.pk]), {"title_fi": "Kaapattu"})
    listed = client.get(reverse("admin:bulletin_post_changelist"))

    assert opened.status_code in (302, 404)
    post.refresh_from_db()
    assert post.title_fi == "Vauvakerho peruttu"
    assert post not in listed.context["cl"].queryset


def test_staff_choose_only_their_own_boards_and_folders(client, staff, own_board, other_board):
    make_folder(board=own_board, name_fi="Omat kansiot")
    make_folder(board=other_board, name_fi="Vieras kansio")
    client.force_login(staff)

    form = page(client.get(reverse("admin:bulletin_post_add"))).find("form", id="post_form")
    boards = [o.text for o in form.find("select", name="board").find_all("option")]
    folders = [o.text for o in form.find("select", name="folder").find_all("option")]

    assert "Perhekeskus Tuulimylly" not in boards
    assert any("Omat kansiot" in text for text in folders)
    assert not any("Vieras kansio" in text for text in folders)
    # One board of their own: already chosen.
    assert form_data(form)["board"] == str(own_board.pk)


def test_next_month_keeps_the_weekday():
    assert next_month_date(datetime.date(2026, 11, 3)) == datetime.date(2026, 12, 1)
    assert next_month_date(datetime.date(2026, 11, 24)) == datetime.date(2026, 12, 22)
    assert next_month_date(datetime.date(2026, 11, 2)) == datetime.date(2026, 12, 7)
    assert next_month_date(datetime.date(2026, 12, 29)) == datetime.date(2027, 1, 26)


def test_copy_as_next_months_programme(client, staff, own_board):
    programme = make_post(
        board=own_board,
        post_type="monthly_programme",
        title_fi="Marraskuun ohjelma",
        publish_at=local("2026-10-28T09:00"),
        expires_at=local("2026-12-01T00:00"),
    )
    make_post(
        board=own_board,
        post_type="event",
        programme=programme,
        title_fi="Vauvakerho",
        starts_at=local("2026-11-03T10:00"),
        ends_at=local("2026-11-03T11:30"),
    )
    client.force_login(staff)

    response = client.post(
        reverse("admin:bulletin_post_changelist"),
        {"action": "copy_as_next_month", "_selected_action": [str(programme.pk)]},
        follow=True,
    )

    assert "Kopioitiin 1 ohjelma luonnokseksi." in response.content.decode()
    copy = Post.objects.exclude(pk=programme.pk).get(post_type="monthly_programme")
    assert copy.status == Post.Status.DRAFT
    assert copy.author == staff
    assert timezone.localtime(copy.publish_at).date() == datetime.date(2026, 11, 25)
    event = copy.events.get()
    assert event.status == Post.Status.DRAFT
    assert timezone.localtime(event.starts_at) == local("2026-12-01T10:00")
    assert timezone.localtime(event.ends_at) == local("2026-12-01T11:30")
    assert programme.events.count() == 1


def test_expiry_removes_last_months_advert_and_keeps_the_monthly_programme(db):
    board = make_board()
    adverts = make_folder(board=board, name_fi="Mainokset", retention="expire")
    programmes = make_folder(board=board, name_fi="Kuukausiohjelmat", retention="keep")
    last_month = timezone.now() - datetime.timedelta(days=30)
    advert = make_post(
        board=board,
        folder=adverts,
        post_type="advert",
        title_fi="Lastenvaatekirpputori",
        publish_at=last_month - datetime.timedelta(days=10),
        expires_at=last_month,
    )
    programme = make_post(
        board=board,
        folder=programmes,
        post_type="monthly_programme",
        title_fi="Lokakuun ohjelma",
        publish_at=last_month - datetime.timedelta(days=10),
        expires_at=last_month,
    )
    current = make_post(board=board, folder=adverts, post_type="advert", title_fi="Uimakoulu")

    call_command("expire_bulletin_posts", stdout=io.StringIO())
    call_command("expire_bulletin_posts", stdout=io.StringIO())

    advert.refresh_from_db()
    programme.refresh_from_db()
    assert advert.status == Post.Status.EXPIRED and advert.expired_at is not None
    assert programme.status == Post.Status.PUBLISHED
    assert list(Post.objects.current()) == [current]
    assert list(Post.objects.archived()) == [programme]
    assert Post.objects.filter(pk=advert.pk).exists()  # Nothing deleted: staff still see it.
    assert posts_expire() == []


def test_search_finds_posts_and_forgets_expired_adverts(db):
    board = make_board()
    advert = make_post(
        board=board,
        post_type="advert",
        title_fi="Lastenvaatekirpputori lauantaina",
        expires_at=timezone.now() + datetime.timedelta(hours=1),
    )
    assert [hit.object_id for hit in search.search("kirpputori", "fi", kinds=["post"]).hits] == [
        advert.pk
    ]

    later = timezone.now() + datetime.timedelta(hours=2)
    Post.objects.filter(pk=advert.pk).update(expires_at=later - datetime.timedelta(hours=1))
    posts_expire(now=later)
    from bulletin.services import posts_sync_search

    posts_sync_search()

    assert len(search.search("kirpputori", "fi", kinds=["post"]).hits) == 0


def test_a_scheduled_post_is_found_once_its_time_has_come(db):
    post = make_post(
        title_fi="Joulujuhla perhekeskuksessa",
        publish_at=timezone.now() + datetime.timedelta(days=1),
    )
    assert len(search.search("joulujuhla", "fi").hits) == 0

    Post.objects.filter(pk=post.pk).update(publish_at=timezone.now())
    call_command("expire_bulletin_posts", stdout=io.StringIO())

    hits = search.search("joulujuhla", "fi").hits
    assert [(hit.kind, hit.object_id) for hit in hits] == [("post", post.pk)]


def test_copy_keeps_the_original(db):
    programme = make_post(post_type="monthly_programme", title_fi="Lokakuun ohjelma")
    copy = post_copy_as_next_month(post=programme, by=programme.author)

    programme.refresh_from_db()
    assert programme.status == Post.Status.PUBLISHED
    assert copy.pk != programme.pk


def test_staff_preview_a_draft_as_families_will_see_it(client, staff, own_board, other_board):
    draft = make_post(board=own_board, title_fi="Joulujuhla", status="draft")
    client.force_login(staff)

    change = page(client.get(reverse("admin:bulletin_post_change", args=[draft.pk])))
    preview_url = reverse("admin:bulletin_post_preview", args=[draft.pk])
    response = client.get(preview_url)

    assert preview_url in {a.attrs.get("href") for a in change.find_all("a")}
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    doc = page(response)
    assert doc.find("h1").text.strip() == "Joulujuhla"
    assert "ilmoitus ei näy vielä perheille" in doc.find(class_="pk-preview-note").text
    # The public page itself is not there yet.
    assert client.get(draft.get_absolute_url()).status_code == 404
    # Staff of another board preview nothing of it.
    client.force_login(other_board.members.get())
    assert client.get(preview_url).status_code in (302, 404)


def test_an_events_time_reads_the_same_on_pages_feeds_and_mail(db):
    from django.utils import translation

    event = make_post(
        post_type="event", starts_at=local("2026-12-08T10:00"), ends_at=local("2026-12-08T11:30")
    )
    camp = make_post(
        post_type="event", starts_at=local("2026-12-08T10:00"), ends_at=local("2026-12-09T15:00")
    )

    with translation.override("fi"):
        assert event.when == "8. joulukuuta 2026 klo 10.00–11.30"
        assert camp.when == "8. joulukuuta 2026 klo 10.00 – 9. joulukuuta 2026 klo 15.00"
    with translation.override("sv"):
        assert event.when == "8 december 2026 kl. 10:00–11:30"
    with translation.override("en"):
        assert " at " in event.when and "8" in event.when
    assert make_post().when == ""

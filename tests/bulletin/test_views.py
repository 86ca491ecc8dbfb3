import datetime
import io
from urllib.parse import urlencode

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import formats, timezone, translation
from PIL import Image

from bulletin.models import Attachment, PostImage
from bulletin.templatetags.bulletin import plain_text, rich_text
from tests.factories import make_board, make_folder, make_post
from tests.html import page
from tests.pages import reverse_in, sitemap_paths


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


# The public board, its folders, posts, events and archive.


def days_from_now(days, hour=None):
    """A moment `days` from now; at `hour` o'clock local time when given."""
    moment = timezone.localtime() + datetime.timedelta(days=days)
    if hour is not None:
        moment = moment.replace(hour=hour, minute=0, second=0, microsecond=0)
    return moment


def titles(response, selector_class="pk-post-item"):
    items = page(response).find("main").find_all("li", class_=selector_class)
    return [item.find("a").text for item in items]


def board_url(board, language="fi", **params):
    url = reverse_in(language, "bulletin:board", slug=board.slug)
    return f"{url}?{urlencode(params)}" if params else url


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "#1d5c8c").save(buffer, "PNG")
    return buffer.getvalue()


def test_board_page_lists_pinned_posts_and_program_changes_first_then_the_newest(client, board):
    make_post(board=board, title_fi="Vanha uutinen", publish_at=days_from_now(-10))
    make_post(board=board, title_fi="Uusin uutinen", publish_at=days_from_now(-1))
    make_post(
        board=board, title_fi="Kiinnitetty ohje", is_pinned=True, publish_at=days_from_now(-30)
    )
    make_post(
        board=board,
        title_fi="Vauvakerho peruttu",
        post_type="program_change",
        change="cancelled",
        change_date=timezone.localdate() + datetime.timedelta(days=2),
        publish_at=days_from_now(-5),
    )

    response = client.get(board_url(board))

    assert titles(response) == [
        "Vauvakerho peruttu",
        "Kiinnitetty ohje",
        "Uusin uutinen",
        "Vanha uutinen",
    ]
    standing_out = page(response).find_all("li", class_="pk-post-item--standing-out")
    assert [item.find("a").text for item in standing_out] == [
        "Vauvakerho peruttu",
        "Kiinnitetty ohje",
    ]
    change = page(response).find("p", class_="pk-change")
    assert "Peruttu" in change.text
    assert (
        change.find("time").attrs["datetime"]
        == (timezone.localdate() + datetime.timedelta(days=2)).isoformat()
    )


def test_program_change_no_longer_stands_out_after_its_day(client, board):
    make_post(board=board, title_fi="Uutinen", publish_at=days_from_now(-1))
    make_post(
        board=board,
        title_fi="Eilinen muutos",
        post_type="program_change",
        change="moved",
        change_date=timezone.localdate() - datetime.timedelta(days=1),
        publish_at=days_from_now(-3),
    )

    response = client.get(board_url(board))

    assert titles(response) == ["Uutinen", "Eilinen muutos"]
    assert page(response).find("li", class_="pk-post-item--standing-out") is None
    # Its status is still told, without the highlight.
    assert page(response).find("p", class_="pk-change--current") is None
    assert "Siirretty" in page(response).find("p", class_="pk-change").text


def test_board_page_leaves_out_drafts_scheduled_expired_and_other_boards_posts(client, board):
    make_post(board=board, title_fi="Näkyvä")
    make_post(board=board, title_fi="Luonnos", status="draft")
    make_post(board=board, title_fi="Ajastettu", publish_at=days_from_now(2))
    make_post(
        board=board,
        title_fi="Vanhentunut mainos",
        post_type="advert",
        publish_at=days_from_now(-10),
        expires_at=days_from_now(-1),
    )
    make_post(
        board=board,
        title_fi="Mennyt tapahtuma",
        post_type="event",
        publish_at=days_from_now(-10),
        starts_at=days_from_now(-2),
        ends_at=days_from_now(-2) + datetime.timedelta(hours=2),
    )
    make_post(board=make_board(slug="muu-taulu"), title_fi="Toisen taulun")

    assert titles(client.get(board_url(board))) == ["Näkyvä"]


def test_board_page_is_paged_with_sivu(client, board):
    for number in range(22):
        make_post(board=board, title_fi=f"Uutinen {number}", publish_at=days_from_now(-number - 1))

    first = client.get(board_url(board))
    second = client.get(board_url(board, sivu=2))

    assert len(titles(first)) == 20
    assert titles(second) == ["Uutinen 20", "Uutinen 21"]
    pagination = page(first).find("nav", class_="pk-pagination")
    assert pagination.find("a", rel="next").attrs["href"] == "?sivu=2#ilmoitukset"
    assert client.get(board_url(board, sivu=9)).status_code == 404


def test_board_page_lists_folders_upcoming_events_and_ways_to_follow(client, board):
    programmes = make_folder(board=board, name_fi="Kuukauden ohjelmat", slug="ohjelmat")
    make_folder(board=board, name_fi="Liikunta", slug="liikunta")
    make_post(board=board, folder=programmes, title_fi="Joulukuun ohjelma")
    make_post(board=board, folder=programmes, title_fi="Luonnos", status="draft")
    for day in (3, 1, 2, 4):
        make_post(
            board=board,
            post_type="event",
            title_fi=f"Tapahtuma {day}",
            starts_at=days_from_now(day, hour=10),
            ends_at=days_from_now(day, hour=12),
            place_fi="Sali",
        )

    main = page(client.get(board_url(board))).find("main")

    folders = main.find("section", aria_labelledby="folders-heading")
    assert [a.text for a in folders.find_all("a")] == ["Kuukauden ohjelmat", "Liikunta"]
    assert "(1 ilmoitus)" in folders.text
    assert "(0 ilmoitusta)" in folders.text
    events = main.find("section", aria_labelledby="events-heading")
    assert [li.find("a").text for li in events.find_all("li")] == [
        "Tapahtuma 1",
        "Tapahtuma 2",
        "Tapahtuma 3",
    ]
    hrefs = {a.attrs["href"] for a in main.find_all("a")}
    assert {
        reverse_in("fi", "bulletin:events", board=board.slug),
        reverse_in("fi", "bulletin:archive", board=board.slug),
        reverse_in("fi", "bulletin:subscribe", board=board.slug),
        reverse_in("fi", "bulletin:board_rss", board=board.slug),
        reverse_in("fi", "bulletin:board_atom", board=board.slug),
        reverse_in("fi", "bulletin:calendar", board=board.slug),
    } <= hrefs


def test_board_page_marks_its_list_for_what_is_new(client, board):
    post = make_post(board=board)

    doc = page(client.get(board_url(board)))

    post_list = doc.find("ul", class_="pk-post-list")
    assert post_list.attrs["data-pk-new-since"] == "board:pikku-veturi"
    assert post_list.attrs["data-pk-new-label"] == "Uusi"
    published = post_list.find("li").attrs["data-pk-published"]
    assert datetime.datetime.fromisoformat(published) == post.publish_at
    # Without JavaScript nothing is marked.
    assert doc.find(class_="pk-new-badge") is None


def test_board_page_query_count_does_not_grow_with_posts(
    client, board, django_assert_max_num_queries
):
    folder = make_folder(board=board)
    for number in range(15):
        make_post(board=board, folder=folder if number % 2 else None, is_pinned=number == 3)
        make_post(
            board=board,
            post_type="event",
            starts_at=days_from_now(number + 1, hour=10),
            ends_at=days_from_now(number + 1, hour=11),
        )
    client.get(board_url(board))

    with django_assert_max_num_queries(6):
        client.get(board_url(board))


def test_folder_page_lists_its_current_posts(client, board):
    folder = make_folder(
        board=board, name_fi="Liikunta", slug="liikunta", description_fi="Liikkumaan!"
    )
    make_post(board=board, folder=folder, title_fi="Perhejumppa")
    make_post(board=board, title_fi="Muu uutinen")
    make_post(board=board, folder=folder, title_fi="Luonnos", status="draft")

    response = client.get(reverse_in("fi", "bulletin:folder", board=board.slug, slug="liikunta"))

    main = page(response).find("main")
    assert main.find("h1").text == "Liikunta"
    assert "Liikkumaan!" in main.text
    assert titles(response) == ["Perhejumppa"]
    # Its posts expire: no archive to point to.
    assert "arkistossa" not in main.text


def test_folder_that_keeps_posts_points_to_the_archive(client, board):
    make_folder(board=board, slug="ohjelmat", retention="keep")

    main = page(
        client.get(reverse_in("fi", "bulletin:folder", board=board.slug, slug="ohjelmat"))
    ).find("main")

    assert "Kansiossa ei ole nyt ilmoituksia." in main.text
    link = main.find("a", href=reverse_in("fi", "bulletin:archive", board=board.slug))
    assert link.text == "arkistossa"


def test_folder_is_found_only_under_its_own_board(client, board):
    make_folder(board=make_board(slug="muu-taulu"), slug="liikunta")

    response = client.get(reverse_in("fi", "bulletin:folder", board=board.slug, slug="liikunta"))

    assert response.status_code == 404


def post_url(post, language="fi"):
    return reverse_in(language, "bulletin:post", board=post.board.slug, pk=post.pk)


def test_post_page_shows_a_program_change_prominently(client, board):
    day = timezone.localdate() + datetime.timedelta(days=1)
    post = make_post(
        board=board,
        title_fi="Vauvakerho peruttu",
        post_type="program_change",
        change="cancelled",
        change_date=day,
        body_fi="<p>Ohjaaja on sairaana.</p>",
    )

    main = page(client.get(post_url(post))).find("main")

    assert main.find("h1").text == "Vauvakerho peruttu"
    box = main.find("div", class_="pk-change-box--current")
    assert "Ohjelmamuutos" in box.text
    assert box.find("strong").text == "Peruttu"
    assert box.find("time").attrs["datetime"] == day.isoformat()
    assert "Ohjaaja on sairaana." in main.text


def test_post_page_sanitises_the_body(client, board):
    post = make_post(
        board=board,
        body_fi=(
            '<h3 onclick="steal()">Ohjelma</h3><p style="color:red">Tervetuloa '
            '<a href="https://example.fi/" target="_blank">ilmoittautumaan</a>, '
            '<a href="javascript:steal()">klikkaa</a>, <a href="/suhteellinen/">tänne</a>'
            '<img src="x" onerror="steal()"></p><script>steal()</script>'
            '<iframe src="https://example.com"></iframe><h4>Lisää</h4>'
        ),
    )

    content = client.get(post_url(post)).content.decode()
    body = page(client.get(post_url(post))).find("div", class_="pk-post__body")

    assert "<script>steal" not in content
    assert "steal()" not in content
    assert "onclick" not in content
    assert "onerror" not in content
    assert "<iframe" not in content
    assert "style=" not in str(body.attrs) + "".join(str(e.attrs) for e in body.iter())
    links = body.find_all("a")
    assert links[0].attrs == {"href": "https://example.fi/", "rel": "noopener noreferrer"}
    assert all(link.attrs.get("href") is None for link in links[1:])
    # The body's headings continue from the page's h1 without skipping a level.
    assert [element.tag for element in body.iter() if element.tag[0] == "h"] == ["h2", "h3"]


def test_post_page_links_attachments_with_their_type_and_size_and_shows_images(client, board):
    post = make_post(board=board, post_type="monthly_programme", title_fi="Joulukuu")
    PostImage.objects.create(
        post=post,
        image=SimpleUploadedFile("ohjelma.png", png_bytes(), "image/png"),
        alt_text_fi="Joulukuun ohjelma: perhekahvila tiistaisin",
    )
    PostImage.objects.create(
        post=post,
        image=SimpleUploadedFile("koriste.png", png_bytes(), "image/png"),
        is_decorative=True,
    )
    Attachment.objects.create(
        post=post,
        file=SimpleUploadedFile("ohjelma.pdf", b"%PDF-1.4 " + b"x" * 327_670, "application/pdf"),
        title_fi="Joulukuun ohjelma",
        size=327_680,
    )

    main = page(client.get(post_url(post))).find("main")

    link = main.find("a", class_="pk-attachment__link")
    assert link.text == "Joulukuun ohjelma (PDF, 320 kt)"
    assert link.attrs["href"].endswith(".pdf")
    images = main.find("div", class_="pk-post__images").find_all("img")
    assert [image.attrs["alt"] for image in images] == [
        "Joulukuun ohjelma: perhekahvila tiistaisin",
        "",
    ]


def test_monthly_programme_lists_its_public_events_and_an_event_links_to_it(client, board):
    programme = make_post(board=board, post_type="monthly_programme", title_fi="Joulukuu")
    event = make_post(
        board=board,
        post_type="event",
        title_fi="Pikkujoulut",
        programme=programme,
        starts_at=days_from_now(5, hour=17),
        ends_at=days_from_now(5, hour=19),
        place_fi="Perhekeskuksen sali",
    )
    make_post(
        board=board,
        post_type="event",
        title_fi="Luonnos",
        status="draft",
        programme=programme,
        starts_at=days_from_now(6),
        ends_at=days_from_now(6),
    )

    programme_main = page(client.get(post_url(programme))).find("main")
    event_main = page(client.get(post_url(event))).find("main")

    listed_events = programme_main.find("section", aria_labelledby="programme-events-heading")
    assert [a.text for a in listed_events.find_all("a")] == ["Pikkujoulut"]
    facts = event_main.find("dl", class_="pk-event-facts").text
    day = timezone.localtime(event.starts_at)
    assert f"{day.day}. " in facts and "klo 17.00–19.00" in facts
    assert "Perhekeskuksen sali" in facts
    assert event_main.find("a", href=post_url(programme)).text == "Joulukuu"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"status": "draft"},
        {"status": "expired"},
        {"publish_at": "future"},
        {"post_type": "advert", "expires_at": "past"},
    ],
    ids=["draft", "expired", "scheduled", "expired-advert"],
)
def test_posts_without_a_public_page_are_not_found(client, board, kwargs):
    kwargs = dict(kwargs)
    if kwargs.get("publish_at") == "future":
        kwargs["publish_at"] = days_from_now(1)
    if kwargs.get("expires_at") == "past":
        kwargs.update(publish_at=days_from_now(-5), expires_at=days_from_now(-1))
    post = make_post(board=board, **kwargs)

    assert client.get(post_url(post)).status_code == 404


def test_post_under_another_boards_address_is_not_found(client, board):
    post = make_post(board=make_board(slug="muu-taulu"))

    response = client.get(reverse_in("fi", "bulletin:post", board=board.slug, pk=post.pk))

    assert response.status_code == 404
    assert client.get(post_url(post)).status_code == 200


def test_archived_programme_keeps_its_page_and_says_it_is_old(client, board):
    folder = make_folder(board=board, retention="keep")
    post = make_post(
        board=board,
        folder=folder,
        post_type="monthly_programme",
        publish_at=days_from_now(-40),
        expires_at=days_from_now(-5),
    )

    main = page(client.get(post_url(post))).find("main")

    assert "on jo vanha" in main.find("p", class_="pk-inset").text


def test_post_page_query_count_is_flat(client, board, django_assert_max_num_queries):
    programme = make_post(board=board, post_type="monthly_programme")
    for day in range(1, 8):
        make_post(
            board=board,
            post_type="event",
            programme=programme,
            starts_at=days_from_now(day, hour=9),
            ends_at=days_from_now(day, hour=10),
        )
    client.get(post_url(programme))

    with django_assert_max_num_queries(7):
        client.get(post_url(programme))


def test_events_page_lists_upcoming_events_soonest_first_under_their_day(client, board):
    make_post(
        board=board,
        post_type="event",
        title_fi="Iltapäivä",
        starts_at=days_from_now(2, hour=15),
        ends_at=days_from_now(2, hour=16),
    )
    make_post(
        board=board,
        post_type="event",
        title_fi="Aamu",
        starts_at=days_from_now(2, hour=9),
        ends_at=days_from_now(2, hour=10),
    )
    make_post(
        board=board,
        post_type="event",
        title_fi="Myöhemmin",
        starts_at=days_from_now(9, hour=9),
        ends_at=days_from_now(9, hour=10),
    )
    make_post(
        board=board,
        post_type="event",
        title_fi="Ohi",
        starts_at=days_from_now(-2, hour=9),
        ends_at=days_from_now(-2, hour=10),
    )
    make_post(board=board, title_fi="Uutinen")

    response = client.get(reverse_in("fi", "bulletin:events", board=board.slug))

    main = page(response).find("main")
    assert main.find("h1").text == "Tulevat tapahtumat"
    days = main.find_all("section", class_="pk-event-day")
    assert [[li.find("a").text for li in day.find_all("li")] for day in days] == [
        ["Aamu", "Iltapäivä"],
        ["Myöhemmin"],
    ]
    assert (
        days[0].find("time").attrs["datetime"]
        == (timezone.localdate() + datetime.timedelta(days=2)).isoformat()
    )


def test_events_page_without_events_says_so(client, board):
    main = page(client.get(reverse_in("fi", "bulletin:events", board=board.slug))).find("main")

    assert "Tulevia tapahtumia ei ole juuri nyt." in main.text


def archived_in(board, year, month, **kwargs):
    """A kept monthly programme published in the given month, archived since."""
    published = datetime.datetime(year, month, 10, 12, tzinfo=timezone.get_current_timezone())
    if "folder" not in kwargs:
        kwargs["folder"] = make_folder(board=board, retention="keep")
    return make_post(
        board=board,
        post_type="monthly_programme",
        publish_at=published,
        expires_at=published + datetime.timedelta(days=20),
        **kwargs,
    )


def test_archive_lists_months_with_archived_posts_newest_first(client, board):
    archived_in(board, 2025, 3, title_fi="Maaliskuu")
    archived_in(board, 2025, 3, title_fi="Maaliskuu 2")
    archived_in(board, 2025, 11, title_fi="Marraskuu")
    make_post(board=board, title_fi="Ajankohtainen")
    archived_in(make_board(slug="muu-taulu"), 2025, 6)

    main = page(client.get(reverse_in("fi", "bulletin:archive", board=board.slug))).find("main")

    items = main.find("ul", class_="pk-month-list").find_all("li")
    assert [item.text for item in items] == [
        "Marraskuu 2025 (1 ilmoitus)",
        "Maaliskuu 2025 (2 ilmoitusta)",
    ]
    assert items[1].find("a").attrs["href"] == reverse_in(
        "fi", "bulletin:archive_month", board=board.slug, year=2025, month=3
    )


def test_archive_month_lists_its_archived_posts(client, board):
    archived_in(board, 2025, 3, title_fi="Maaliskuun ohjelma")
    archived_in(board, 2025, 4, title_fi="Huhtikuun ohjelma")

    response = client.get(
        reverse_in("fi", "bulletin:archive_month", board=board.slug, year=2025, month=3)
    )

    assert response.status_code == 200
    main = page(response).find("main")
    assert main.find("h1").text == "Maaliskuu 2025"
    assert titles(response) == ["Maaliskuun ohjelma"]
    assert main.find("a", rel="next").attrs["href"] == reverse_in(
        "fi", "bulletin:archive_month", board=board.slug, year=2025, month=4
    )


@pytest.mark.parametrize(("year", "month"), [(2025, 5), (2025, 13), (2025, 0), (0, 3), (99999, 3)])
def test_archive_month_without_posts_or_not_a_month_is_not_found(client, board, year, month):
    archived_in(board, 2025, 3)
    make_post(
        board=board,
        publish_at=datetime.datetime(2025, 5, 2, 12, tzinfo=timezone.get_current_timezone()),
    )

    response = client.get(
        reverse_in("fi", "bulletin:archive_month", board=board.slug, year=year, month=month)
    )

    assert response.status_code == 404


@pytest.mark.parametrize(
    ("viewname", "kwargs"),
    [
        ("bulletin:folder", {"board": "ei-ole", "slug": "kansio"}),
        ("bulletin:post", {"board": "ei-ole", "pk": 1}),
        ("bulletin:events", {"board": "ei-ole"}),
        ("bulletin:archive", {"board": "ei-ole"}),
        ("bulletin:archive_month", {"board": "ei-ole", "year": 2025, "month": 3}),
    ],
)
def test_pages_of_an_unknown_board_are_not_found(client, db, viewname, kwargs):
    assert client.get(reverse_in("fi", viewname, **kwargs)).status_code == 404


def test_front_page_lists_standing_out_posts_of_all_boards(client, board):
    other = make_board(name_fi="Perhekeskus Kuusikko", slug="kuusikko")
    make_post(
        board=board,
        title_fi="Vauvakerho peruttu",
        post_type="program_change",
        change="cancelled",
        change_date=timezone.localdate(),
    )
    make_post(board=other, title_fi="Kiinnitetty", is_pinned=True, publish_at=days_from_now(-3))
    make_post(board=board, title_fi="Tavallinen uutinen")
    make_post(board=other, title_fi="Luonnos", is_pinned=True, status="draft")

    main = page(client.get(reverse_in("fi", "services:home"))).find("main")

    section = main.find("section", aria_labelledby="notices-heading")
    assert [li.find("a").text for li in section.find_all("li")] == [
        "Vauvakerho peruttu",
        "Kiinnitetty",
    ]
    assert "Perhekeskus Kuusikko" in section.find_all("li")[1].text
    assert section.find("ul").attrs["data-pk-new-since"] == "etusivu"


def test_front_page_leaves_the_section_out_when_nothing_stands_out(client, board):
    make_post(board=board, title_fi="Tavallinen uutinen")

    main = page(client.get(reverse_in("fi", "services:home"))).find("main")

    assert main.find("section", aria_labelledby="notices-heading") is None


@pytest.mark.parametrize(
    ("language", "crumb"), [("sv", "Anslagstavlor"), ("en", "Bulletin boards")]
)
def test_bulletin_pages_are_shown_in_the_visitors_language(client, board, language, crumb):
    event = make_post(
        board=board,
        post_type="event",
        title_fi="Pikkujoulut",
        title_sv="Lillajul",
        title_en="Little Christmas",
        starts_at=days_from_now(3, hour=17),
        ends_at=days_from_now(3, hour=19),
    )
    with translation.override(language):
        day = formats.date_format(timezone.localtime(event.starts_at), "DATE_FORMAT")

    post = page(client.get(post_url(event, language)))
    events = page(client.get(reverse_in(language, "bulletin:events", board=board.slug)))
    archive = page(client.get(reverse_in(language, "bulletin:archive", board=board.slug)))

    for doc in (post, events, archive):
        assert doc.find("html").attrs["lang"] == language
        assert crumb in doc.find("nav", class_="pk-breadcrumbs").text
    assert post.find("h1").text == getattr(event, f"title_{language}")
    assert day in post.find("main").text
    assert day in events.find("main").text
    assert getattr(event, f"title_{language}") in events.find("main").text


def test_sitemap_lists_folders_public_posts_events_and_archive_pages(client, board):
    folder = make_folder(board=board, slug="liikunta")
    current = make_post(board=board, folder=folder)
    archived = archived_in(board, 2025, 3)
    draft = make_post(board=board, status="draft")

    paths = set(sitemap_paths(client))

    for language in ("fi", "sv", "en"):
        assert {
            reverse_in(language, "bulletin:folder", board=board.slug, slug="liikunta"),
            post_url(current, language),
            post_url(archived, language),
            reverse_in(language, "bulletin:events", board=board.slug),
            reverse_in(language, "bulletin:archive", board=board.slug),
            reverse_in(language, "bulletin:archive_month", board=board.slug, year=2025, month=3),
        } <= paths
        assert post_url(draft, language) not in paths


@pytest.mark.parametrize(
    ("viewname", "kwargs"),
    [
        ("bulletin:folder", {"slug": "ohjelmat"}),
        ("bulletin:events", {}),
        ("bulletin:archive", {}),
        ("bulletin:archive_month", {"year": 2025, "month": 3}),
    ],
)
def test_list_pages_query_count_does_not_grow_with_posts(
    client, board, django_assert_max_num_queries, viewname, kwargs
):
    folder = make_folder(board=board, slug="ohjelmat", retention="keep")
    for number in range(12):
        make_post(board=board, folder=folder)
        archived_in(board, 2025, 3, folder=folder)
        make_post(
            board=board,
            post_type="event",
            starts_at=days_from_now(number + 1, hour=10),
            ends_at=days_from_now(number + 1, hour=11),
        )
    url = reverse_in("fi", viewname, board=board.slug, **kwargs)
    assert client.get(url).status_code == 200

    # The month page also checks that it has posts and finds the months beside it.
    with django_assert_max_num_queries(7):
        client.get(url)


# The rich_text filter on its own: what a post body keeps.


def test_rich_text_keeps_the_allowed_formatting_and_mail_links():
    html = (
        "<p><strong>Tärkeää</strong> ja <em>huomaa</em><br>rivi</p><ul><li>yksi</li></ul>"
        '<ol><li>kaksi</li></ol><p><a href="mailto:veturi@example.fi">Lähetä viesti</a></p>'
    )

    assert rich_text(html) == html.replace('">Lähetä', '" rel="noopener noreferrer">Lähetä')


@pytest.mark.parametrize(
    ("body", "top", "expected"),
    [
        ("<h3>A</h3><h4>B</h4>", 2, "<h2>A</h2><h3>B</h3>"),
        ("<h2>A</h2><h4>B</h4><h2>C</h2>", 2, "<h2>A</h2><h3>B</h3><h2>C</h2>"),
        ("<h4>A</h4><h2>B</h2>", 2, "<h2>A</h2><h2>B</h2>"),
        ("<h2>A</h2><h3>B</h3>", 3, "<h3>A</h3><h4>B</h4>"),
        ("<h1>A</h1><h6>B</h6>", 2, "AB"),
    ],
)
def test_rich_text_fits_the_body_headings_under_the_page_heading(body, top, expected):
    assert rich_text(body, top) == expected


def test_plain_text_is_the_body_text_without_tags_or_scripts():
    body = '<p>Tervetuloa &amp; <b>"hei"</b></p><p>Toinen</p><script>alert(1)</script>'

    assert plain_text(body) == 'Tervetuloa & "hei" Toinen'


def test_post_summary_and_description_are_escaped(client, board):
    post = make_post(board=board, body_fi='<p>Hei" onmouseover="alert(1) &lt;b&gt;</p>')

    summary = page(client.get(board_url(board))).find("p", class_="pk-post-item__summary")
    description = page(client.get(post_url(post))).find("meta", name="description")

    text = 'Hei" onmouseover="alert(1) <b>'
    assert (summary.text, summary.attrs) == (text, {"class": "pk-post-item__summary"})
    assert description.attrs == {"name": "description", "content": text}

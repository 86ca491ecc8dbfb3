import datetime
from email.utils import parsedate_to_datetime
from xml.etree import ElementTree

import pytest
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import override

from bulletin.models import Post
from tests.factories import make_board, make_folder, make_post, make_user
from tests.html import parse
from tests.pages import reverse_in

ATOM = {"atom": "http://www.w3.org/2005/Atom"}
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"


def now():
    return timezone.now()


def days(number):
    return datetime.timedelta(days=number)


def make_event(board, *, in_days=7, hours=2, **kwargs):
    """An event on the board, at 10 o'clock Helsinki time in so many days (past if negative)."""
    start = (timezone.localtime() + days(in_days)).replace(
        hour=10, minute=0, second=0, microsecond=0
    )
    kwargs.setdefault("title_fi", "Vauvakerho")
    return make_post(
        board=board,
        post_type=Post.Type.EVENT,
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=hours),
        **kwargs,
    )


def rss(client, language="fi", **kwargs):
    name = "bulletin:folder_rss" if "slug" in kwargs else "bulletin:board_rss"
    response = client.get(reverse_in(language, name, **kwargs))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    return ElementTree.fromstring(response.content).find("channel")


def atom(client, language="fi", **kwargs):
    name = "bulletin:folder_atom" if "slug" in kwargs else "bulletin:board_atom"
    response = client.get(reverse_in(language, name, **kwargs))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    return ElementTree.fromstring(response.content)


def rss_titles(channel):
    return [item.findtext("title") for item in channel.findall("item")]


def atom_titles(feed):
    return [
        entry.findtext("atom:title", namespaces=ATOM) for entry in feed.findall("atom:entry", ATOM)
    ]


def calendar(client, board="pikku-veturi", language="fi"):
    response = client.get(reverse_in(language, "bulletin:calendar", board=board))
    assert response.status_code == 200
    return response


def unfolded(response):
    """The calendar's content lines, folding undone (RFC 5545, 3.1)."""
    return response.content.decode().replace("\r\n ", "").split("\r\n")


def vevents(response):
    """Each VEVENT as {property name with parameters: value}."""
    events, event = [], None
    for line in unfolded(response):
        if line == "BEGIN:VEVENT":
            event = {}
        elif line == "END:VEVENT":
            events.append(event)
            event = None
        elif event is not None:
            name, _, value = line.partition(":")
            event[name] = value
    return events


# RSS and Atom


def test_board_feeds_list_only_current_public_posts_of_the_board(client, board):
    make_post(board=board, title_fi="Tänään ilmoitustaululla")
    make_post(board=board, title_fi="Luonnos", status=Post.Status.DRAFT)
    make_post(board=board, title_fi="Ajastettu", publish_at=now() + days(1))
    make_post(board=board, title_fi="Vanhentunut", expires_at=now() - days(1))
    make_post(board=board, title_fi="Vanhentunut tilaltaan", status=Post.Status.EXPIRED)
    make_event(board, title_fi="Mennyt tapahtuma", in_days=-3)
    make_post(title_fi="Toisen taulun ilmoitus")

    assert rss_titles(rss(client, board="pikku-veturi")) == ["Tänään ilmoitustaululla"]
    assert atom_titles(atom(client, board="pikku-veturi")) == ["Tänään ilmoitustaululla"]


def test_feed_lists_newest_first_and_at_most_thirty(client, board):
    for number in range(31):
        make_post(board=board, title_fi=f"Ilmoitus {number}", publish_at=now() - days(40 - number))

    titles = rss_titles(rss(client, board="pikku-veturi"))

    assert len(titles) == 30
    assert titles[0] == "Ilmoitus 30"
    assert titles[-1] == "Ilmoitus 1"


@pytest.mark.parametrize(
    ("language", "board_name", "title"),
    [
        ("fi", "Perhekeskus Pikku-Veturi", "Perhekahvila"),
        ("sv", "Familjecentret Lilla loket", "Familjecafé"),
        ("en", "Little Engine Family Centre", "Family café"),
    ],
)
def test_feeds_are_in_the_language_of_the_url(client, board, language, board_name, title):
    make_post(board=board, title_fi="Perhekahvila", title_sv="Familjecafé", title_en="Family café")

    channel = rss(client, language, board="pikku-veturi")
    feed = atom(client, language, board="pikku-veturi")

    assert channel.findtext("title") == board_name
    assert channel.findtext("language") == language
    assert rss_titles(channel) == [title]
    assert channel.find("item").findtext("link").startswith(f"http://testserver/{language}/")
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == language
    assert feed.findtext("atom:title", namespaces=ATOM) == board_name
    assert atom_titles(feed) == [title]


def test_feed_describes_the_board(client, board):
    channel = rss(client, board="pikku-veturi")

    assert channel.findtext("description") == "Avoin kohtaamispaikka lapsiperheille."
    assert channel.findtext("link") == "http://testserver/fi/ilmoitustaulut/pikku-veturi/"


def test_feed_body_is_cleaned_of_scripts_trackers_and_event_handlers(client, board):
    make_post(
        board=board,
        body_fi=(
            '<p>Tervetuloa <strong>kaikki</strong>!</p><script>alert("hei")</script>'
            '<img src="https://seuranta.example/pikseli.gif">'
            '<p><a href="/fi/ilmoitustaulut/" onclick="varasta()">Lisää</a></p>'
        ),
    )

    for description in (
        rss(client, board="pikku-veturi").find("item").findtext("description"),
        atom(client, board="pikku-veturi")
        .find("atom:entry", ATOM)
        .findtext("atom:summary", namespaces=ATOM),
    ):
        assert "<p>Tervetuloa <strong>kaikki</strong>!</p>" in description
        assert "<script" not in description
        assert "alert" not in description
        assert "seuranta.example" not in description
        assert "onclick" not in description
        # Relative links would lead nowhere in a feed reader.
        assert 'href="http://testserver/fi/ilmoitustaulut/"' in description


def test_event_item_tells_when_and_where(client, board):
    event = make_event(board, place_fi="Leikkihuone; 2. krs")
    start = timezone.localtime(event.starts_at)

    description = rss(client, board="pikku-veturi").find("item").findtext("description")

    # Written as on the post's page (Post.when).
    assert f"Aika: {event.when}</p>" in description
    assert f"{start.day}. " in event.when and "klo 10.00–12.00" in event.when
    assert "Paikka: Leikkihuone; 2. krs" in description


def test_program_change_title_says_what_changed(client, board):
    make_post(
        board=board,
        post_type=Post.Type.PROGRAM_CHANGE,
        change=Post.Change.CANCELLED,
        change_date=timezone.localdate(),
        title_fi="Vauvakerho 5.12.",
    )
    make_post(
        board=board,
        post_type=Post.Type.PROGRAM_CHANGE,
        change=Post.Change.MOVED,
        change_date=timezone.localdate(),
        title_fi="Siirretty: Perhekahvila torstaille",
        publish_at=now() - days(2),
    )

    expected = ["Peruttu: Vauvakerho 5.12.", "Siirretty: Perhekahvila torstaille"]
    assert rss_titles(rss(client, board="pikku-veturi")) == expected
    assert atom_titles(atom(client, board="pikku-veturi")) == expected


def test_feeds_name_the_board_as_author_and_never_the_staff_member(client, board):
    author = make_user(
        username="liisa", first_name="Liisa", last_name="Ohjaaja", email="liisa.ohjaaja@kunta.fi"
    )
    make_post(board=board, author=author)

    rss_response = client.get(reverse_in("fi", "bulletin:board_rss", board="pikku-veturi"))
    atom_response = client.get(reverse_in("fi", "bulletin:board_atom", board="pikku-veturi"))

    for response in (rss_response, atom_response):
        assert b"liisa" not in response.content.lower()
        assert b"Ohjaaja" not in response.content
    item = ElementTree.fromstring(rss_response.content).find("channel/item")
    assert item.findtext(DC_CREATOR) == "Perhekeskus Pikku-Veturi"
    assert item.find("author") is None
    entry = ElementTree.fromstring(atom_response.content).find("atom:entry", ATOM)
    assert entry.findtext("atom:author/atom:name", namespaces=ATOM) == "Perhekeskus Pikku-Veturi"


def test_item_id_survives_a_new_board_slug_and_language(client, board):
    post = make_post(board=board)
    guid = rss(client, board="pikku-veturi").find("item/guid")
    entry_id = (
        atom(client, "sv", board="pikku-veturi")
        .find("atom:entry", ATOM)
        .findtext("atom:id", namespaces=ATOM)
    )

    board.slug = "veturi"
    board.save()
    post.title_fi = "Korjattu otsikko"
    post.save()

    assert guid.get("isPermaLink") == "false"
    assert guid.text.startswith("tag:testserver,")
    assert guid.text.endswith(f":bulletin/post/{post.pk}")
    assert entry_id == guid.text
    assert rss(client, board="veturi").findtext("item/guid") == guid.text


def test_item_dates_are_publishing_and_editing_times(client, board):
    published = now() - days(3)
    post = make_post(board=board, publish_at=published)

    entry = atom(client, board="pikku-veturi").find("atom:entry", ATOM)
    item = rss(client, board="pikku-veturi").find("item")

    assert (
        datetime.datetime.fromisoformat(entry.findtext("atom:published", namespaces=ATOM))
        == published
    )
    assert datetime.datetime.fromisoformat(entry.findtext("atom:updated", namespaces=ATOM)) == (
        post.updated_at
    )
    assert parsedate_to_datetime(item.findtext("pubDate")) == published.replace(microsecond=0)


def test_post_edited_before_its_publishing_time_is_not_updated_before_it_came_out(client, board):
    published = now() - days(1)
    post = make_post(board=board, publish_at=published)
    Post.objects.filter(pk=post.pk).update(updated_at=published - days(2))

    entry = atom(client, board="pikku-veturi").find("atom:entry", ATOM)

    assert (
        datetime.datetime.fromisoformat(entry.findtext("atom:updated", namespaces=ATOM))
        == published
    )


def test_feed_links_carry_no_tracking_parameters(client, board):
    make_post(board=board)

    channel = rss(client, board="pikku-veturi")

    for link in [channel.findtext("link"), *(i.findtext("link") for i in channel.findall("item"))]:
        assert "?" not in link


def test_folder_feeds_list_only_that_folders_posts(client, board):
    programmes = make_folder(board=board, name_fi="Kuukauden ohjelmat", slug="ohjelmat")
    adverts = make_folder(board=board, name_fi="Mainokset", slug="mainokset")
    make_post(board=board, folder=programmes, title_fi="Joulukuun ohjelma")
    make_post(board=board, folder=programmes, title_fi="Luonnos", status=Post.Status.DRAFT)
    make_post(board=board, folder=adverts, title_fi="Kirpputori")
    make_post(board=board, title_fi="Kansioton")

    channel = rss(client, board="pikku-veturi", slug="ohjelmat")

    assert rss_titles(channel) == ["Joulukuun ohjelma"]
    assert channel.findtext("title") == "Perhekeskus Pikku-Veturi: Kuukauden ohjelmat"
    assert atom_titles(atom(client, board="pikku-veturi", slug="ohjelmat")) == ["Joulukuun ohjelma"]


@pytest.mark.parametrize("name", ["bulletin:board_rss", "bulletin:board_atom", "bulletin:calendar"])
def test_feed_query_count_does_not_grow_with_posts(
    client, board, name, django_assert_max_num_queries
):
    for number in range(5):
        make_post(board=board)
        make_event(board, in_days=number)

    # The board, then its posts.
    with django_assert_max_num_queries(2):
        client.get(reverse_in("fi", name, board="pikku-veturi"))


@pytest.mark.parametrize(
    ("name", "kwargs"),
    [
        ("bulletin:board_rss", {"board": "ei-ole"}),
        ("bulletin:board_atom", {"board": "ei-ole"}),
        ("bulletin:calendar", {"board": "ei-ole"}),
        ("bulletin:folder_rss", {"board": "pikku-veturi", "slug": "ei-ole"}),
        ("bulletin:folder_atom", {"board": "pikku-veturi", "slug": "ei-ole"}),
        # A folder's slug is only unique within its own board.
        ("bulletin:folder_rss", {"board": "pikku-veturi", "slug": "toisen-kansio"}),
    ],
)
def test_unknown_board_or_folder_is_not_found(client, board, name, kwargs):
    make_folder(slug="toisen-kansio")

    assert client.get(reverse_in("fi", name, **kwargs)).status_code == 404


# iCalendar


def test_calendar_is_an_inline_icalendar_file(client, board):
    make_event(board)

    response = calendar(client)

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'inline; filename="pikku-veturi.ics"'
    lines = unfolded(response)
    assert lines[:5] == [
        "BEGIN:VCALENDAR",
        "PRODID:-//Perhekeskus//Ilmoitustaulut//FI",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    assert "X-WR-CALNAME:Perhekeskus Pikku-Veturi" in lines
    assert lines[-2:] == ["END:VCALENDAR", ""]


def test_calendar_lines_end_in_crlf(client, board):
    make_event(board, body_fi="<p>Rivi yksi</p>\n<p>Rivi kaksi</p>")

    content = calendar(client).content

    assert content.endswith(b"\r\n")
    assert content.count(b"\n") == content.count(b"\r\n")
    assert content.count(b"\r") == content.count(b"\r\n")


def test_long_lines_are_folded_at_75_octets_between_characters(client, board):
    # The longest title a post can have (150 characters), with ä and ö where lines fold.
    title = (
        "Äitien ja isien yhteinen syysretki Pöllölänmäen luontopolulle: eväät ja lämpimät "
        "vaatteet mukaan! Sää sallii myös pienet. Lähtö Veturin pihalta"
    )
    make_event(board, title_fi=title, body_fi="<p>" + "Hyvää syksyä ja tervetuloa! " * 20 + "</p>")

    response = calendar(client)
    physical_lines = response.content.split(b"\r\n")

    assert max(len(line) for line in physical_lines) == 75
    for line in physical_lines:
        assert len(line) <= 75
        # Decoding each line alone fails if a fold fell inside a multibyte character.
        line.decode("utf-8")
    assert any(line.startswith(b" ") for line in physical_lines)
    assert vevents(response)[0]["SUMMARY"] == title


def test_calendar_text_escapes_semicolons_commas_backslashes_and_newlines(client, board):
    make_event(
        board,
        title_fi="Lauluhetki; vauvat, taaperot",
        body_fi="<p>Ota mukaan:</p><ul><li>vaippa</li><li>juotavaa</li></ul>",
        place_fi="Sali A\\B",
    )

    event = vevents(calendar(client))[0]

    assert event["SUMMARY"] == "Lauluhetki\\; vauvat\\, taaperot"
    assert event["DESCRIPTION"] == "Ota mukaan:\\n\\nvaippa\\njuotavaa"
    assert event["LOCATION"] == "Sali A\\\\B"


def test_calendar_description_is_plain_text(client, board):
    make_event(
        board,
        body_fi='<p>Tervetuloa &amp; <a href="/x">ilmoittaudu</a></p><script>alert(1)</script>',
    )

    event = vevents(calendar(client))[0]

    assert event["DESCRIPTION"] == "Tervetuloa & ilmoittaudu"


def test_calendar_times_are_in_utc(client, board):
    event = make_event(board)

    entry = vevents(calendar(client))[0]

    utc_start = event.starts_at.astimezone(datetime.UTC)
    assert entry["DTSTART"] == utc_start.strftime("%Y%m%dT%H%M%SZ")
    assert entry["DTEND"] == (utc_start + datetime.timedelta(hours=2)).strftime("%Y%m%dT%H%M%SZ")
    # Ten o'clock in Helsinki is eight or seven o'clock in UTC, never ten.
    assert entry["DTSTART"][9:11] in {"07", "08"}
    for name in ("DTSTAMP", "CREATED", "LAST-MODIFIED"):
        assert entry[name].endswith("Z")


def test_calendar_event_keeps_its_uid_and_counts_its_edits(client, board):
    event = make_event(board, place_fi="Leikkihuone")
    before = vevents(calendar(client))[0]

    Post.objects.filter(pk=event.pk).update(
        title_fi="Vauvakerho siirtyy", updated_at=event.created_at + datetime.timedelta(hours=1)
    )
    after = vevents(calendar(client))[0]

    assert before["UID"] == after["UID"] == f"post-{event.pk}@testserver"
    assert (
        before["URL"] == f"http://testserver/fi/ilmoitustaulut/pikku-veturi/ilmoitukset/{event.pk}/"
    )
    assert int(after["SEQUENCE"]) == 3600 > int(before["SEQUENCE"])
    assert after["SUMMARY"] == "Vauvakerho siirtyy"


def test_calendar_has_only_the_boards_public_events_of_the_last_90_days_and_to_come(client, board):
    make_event(board, title_fi="Tuleva")
    make_event(board, title_fi="Viime kuussa", in_days=-30)
    make_event(board, title_fi="Viime vuonna", in_days=-120)
    make_event(board, title_fi="Luonnos", status=Post.Status.DRAFT)
    make_event(board, title_fi="Ajastettu", publish_at=now() + days(1))
    make_event(board, title_fi="Vanhentunut", expires_at=now() - days(1))
    make_event(make_board(), title_fi="Toisen taulun")
    make_post(board=board, title_fi="Uutinen")

    summaries = [event["SUMMARY"] for event in vevents(calendar(client))]

    assert summaries == ["Viime kuussa", "Tuleva"]


def test_cancelled_event_stays_in_the_calendar_as_cancelled(client, board):
    make_event(board, title_fi="Vauvakerho", change=Post.Change.CANCELLED)
    make_event(board, title_fi="Perhekahvila", in_days=8)

    events = vevents(calendar(client))

    assert [(e["SUMMARY"], e["STATUS"]) for e in events] == [
        ("Peruttu: Vauvakerho", "CANCELLED"),
        ("Perhekahvila", "CONFIRMED"),
    ]


def test_program_change_is_an_all_day_note_on_its_day(client, board):
    day = timezone.localdate() + datetime.timedelta(days=3)
    change = make_post(
        board=board,
        post_type=Post.Type.PROGRAM_CHANGE,
        title_fi="Perhekahvila torstaina",
        change=Post.Change.CANCELLED,
        change_date=day,
    )
    make_post(
        board=board,
        post_type=Post.Type.PROGRAM_CHANGE,
        title_fi="Vanha muutos",
        change=Post.Change.MOVED,
        change_date=timezone.localdate() - datetime.timedelta(days=120),
    )

    (event,) = vevents(calendar(client))

    assert event["SUMMARY"] == "Peruttu: Perhekahvila torstaina"
    assert event["DTSTART;VALUE=DATE"] == f"{day:%Y%m%d}"
    assert event["DTEND;VALUE=DATE"] == f"{day + datetime.timedelta(days=1):%Y%m%d}"
    assert event["TRANSP"] == "TRANSPARENT"
    assert event["UID"].startswith(f"post-{change.pk}@")


def test_calendar_is_named_in_the_language_of_the_url(client, board):
    lines = unfolded(calendar(client, language="sv"))

    assert "X-WR-CALNAME:Familjecentret Lilla loket" in lines
    assert "PRODID:-//Perhekeskus//Ilmoitustaulut//SV" in lines


# Links in the page head


def test_feed_links_for_a_board_point_to_its_rss_atom_and_calendar(board):
    with override("fi"):
        links = parse(render_to_string("bulletin/includes/feed_links.html", {"board": board}))

    found = {
        (link.attrs["type"], link.attrs["href"], link.attrs["title"])
        for link in links.find_all("link", rel="alternate")
    }
    assert found == {
        (
            "application/rss+xml",
            reverse_in("fi", "bulletin:board_rss", board="pikku-veturi"),
            "Perhekeskus Pikku-Veturi – RSS",
        ),
        (
            "application/atom+xml",
            reverse_in("fi", "bulletin:board_atom", board="pikku-veturi"),
            "Perhekeskus Pikku-Veturi – Atom",
        ),
        (
            "text/calendar",
            reverse_in("fi", "bulletin:calendar", board="pikku-veturi"),
            "Perhekeskus Pikku-Veturi – tapahtumakalenteri",
        ),
    }


def test_feed_links_for_a_folder_point_to_the_folders_feeds(board):
    folder = make_folder(board=board, name_fi="Kuukauden ohjelmat", slug="ohjelmat")

    with override("sv"):
        links = parse(
            render_to_string(
                "bulletin/includes/feed_links.html", {"board": board, "folder": folder}
            )
        )

    hrefs = {link.attrs["type"]: link.attrs["href"] for link in links.find_all("link")}
    assert hrefs == {
        "application/rss+xml": reverse_in(
            "sv", "bulletin:folder_rss", board="pikku-veturi", slug="ohjelmat"
        ),
        "application/atom+xml": reverse_in(
            "sv", "bulletin:folder_atom", board="pikku-veturi", slug="ohjelmat"
        ),
    }
    assert hrefs["application/rss+xml"].startswith("/sv/")


def test_feed_link_titles_are_escaped(db):
    board = make_board(name_fi='Perhekeskus "Veturi" <b>', slug="veturi")

    with override("fi"):
        rendered = render_to_string("bulletin/includes/feed_links.html", {"board": board})

    assert "<b>" not in rendered
    assert 'title="Perhekeskus &quot;Veturi&quot; &lt;b&gt; – RSS"' in rendered

"""
The public bulletin in Chromium: board, folder, post, events and archive pages pass axe at
desktop width and at 320 px in every language, and the "Uusi" badges mark what was
published since the last visit, remembered in the browser only.

The badges' rule: a first visit marks nothing (everything would be new); a later visit
marks the posts published since the visit before it. A visit lasts while the list is opened
again within 30 minutes, so that coming back from a post keeps the badges.
"""

import datetime
import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from bulletin.models import Attachment, PostImage, Subscription
from tests.factories import make_board, make_folder, make_post
from tests.pages import LANGUAGE_CODES, reverse_in

from .axe import axe_violations

pytestmark = pytest.mark.browser

NARROW = {"width": 320, "height": 640}
DESKTOP = {"width": 1280, "height": 900}

# Headings in page order; an error summary's title stands above the h1 by design (as in
# GOV.UK's pattern, where it is the first thing read), so it is left out.
HEADING_LEVELS = """() => [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")]
    .filter(heading => !heading.closest(".pk-error-summary"))
    .map(heading => Number(heading.tagName[1]))"""


def png(width=1200, height=800):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "#1d5c8c").save(buffer, "PNG")
    return buffer.getvalue()


def moment(days, hour):
    local = timezone.localtime() + datetime.timedelta(days=days)
    return local.replace(hour=hour, minute=0, second=0, microsecond=0)


@pytest.fixture
def bulletin(live_server):
    """A board with every kind of post, its folders, events and an archived month."""
    board = make_board(
        slug="pikku-veturi",
        name_fi="Perhekeskus Pikku-Veturi",
        name_sv="Familjecentret Lilla Loket",
        name_en="Pikku-Veturi Family Centre",
        description_fi="Avoin kohtaamispaikka lapsiperheille.",
        street_address="Veturitie 5",
        postal_code="99100",
        post_office_fi="Kuusilahti",
        phone="040 000 1010",
        email="pikku-veturi@example.fi",
        opening_hours_fi="ma–to klo 8–16\npe klo 8–14",
    )
    programmes = make_folder(
        board=board,
        slug="ohjelmat",
        name_fi="Kuukauden ohjelmat",
        name_sv="Månadens program",
        name_en="Monthly programmes",
        retention="keep",
        description_fi="Kuukausiohjelmat tekstinä ja kuvana.",
    )
    make_folder(board=board, slug="liikunta", name_fi="Liikunta", name_sv="Motion")
    make_post(
        board=board,
        post_type="program_change",
        title_fi="Vauvakerho peruttu torstaina",
        title_sv="Babyklubben inställd på torsdag",
        title_en="Baby club cancelled on Thursday",
        change="cancelled",
        change_date=timezone.localdate() + datetime.timedelta(days=2),
        body_fi="<p>Ohjaaja on sairastunut. Tervetuloa taas ensi viikolla!</p>",
    )
    make_post(board=board, title_fi="Kiinnitetty: näin luet ilmoitustaulua", is_pinned=True)
    programme = make_post(
        board=board,
        folder=programmes,
        post_type="monthly_programme",
        title_fi="Joulukuun ohjelma",
        title_sv="Decemberprogrammet",
        title_en="December programme",
        body_fi=(
            "<h3>Viikoittain</h3><ul><li>Perhekahvila tiistaisin klo 9.30–11.30</li>"
            "<li>Vauvakerho torstaisin klo 10–11</li></ul><h4>Lisätietoja</h4>"
            '<p>Kysy <a href="mailto:pikku-veturi@example.fi">sähköpostilla</a> tai katso '
            '<a href="https://example.fi/ohjelma">kaupungin sivuilta</a>.</p>'
        ),
    )
    PostImage.objects.create(
        post=programme,
        image=SimpleUploadedFile("joulukuu.png", png(), "image/png"),
        alt_text_fi="Joulukuun ohjelma: perhekahvila tiistaisin, vauvakerho torstaisin",
    )
    PostImage.objects.create(
        post=programme,
        image=SimpleUploadedFile("koriste.png", png(600, 200), "image/png"),
        is_decorative=True,
    )
    attachment = Attachment(post=programme, title_fi="Joulukuun ohjelma", size=327_680, pages=1)
    attachment.file.save("joulukuu.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    attachment.preview.save("joulukuu.png", ContentFile(png(300, 420)), save=False)
    attachment.save()
    for day in (3, 3, 9):
        make_post(
            board=board,
            post_type="event",
            programme=programme,
            title_fi=f"Pikkujoulut {day}",
            starts_at=moment(day, 17),
            ends_at=moment(day, 19),
            place_fi="Perhekeskuksen sali",
        )
    make_post(
        board=board,
        post_type="event",
        title_fi="Perheleiri",
        starts_at=moment(12, 15),
        ends_at=moment(14, 12),
        place_fi="Leirikeskus Kuusiranta",
    )
    archived = make_post(
        board=board,
        folder=programmes,
        post_type="monthly_programme",
        title_fi="Lokakuun ohjelma",
        publish_at=datetime.datetime(2026, 9, 28, 12, tzinfo=timezone.get_current_timezone()),
        expires_at=datetime.datetime(2026, 11, 1, tzinfo=timezone.get_current_timezone()),
        body_fi="<p>Lokakuussa perhekahvila tiistaisin.</p>",
    )
    return {"board": board, "programme": programme, "archived": archived}


def bulletin_paths(language, bulletin):
    board, programme = bulletin["board"].slug, bulletin["programme"]
    month = timezone.localtime(bulletin["archived"].publish_at)
    return [
        reverse_in(language, "bulletin:board", slug=board),
        reverse_in(language, "bulletin:folder", board=board, slug="ohjelmat"),
        reverse_in(language, "bulletin:post", board=board, pk=programme.pk),
        reverse_in(language, "bulletin:post", board=board, pk=programme.events.first().pk),
        reverse_in(language, "bulletin:events", board=board),
        reverse_in(language, "bulletin:archive", board=board),
        reverse_in(
            language, "bulletin:archive_month", board=board, year=month.year, month=month.month
        ),
        reverse_in(language, "services:home"),
    ]


def page_problems(page, path, language, status=200):
    """Status, lang, one h1, heading order and axe at desktop width; reflow and axe at 320 px."""
    page.set_viewport_size(DESKTOP)
    response = page.goto(path)
    if response.status != status:
        return [f"{path}: status {response.status}"]
    return [f"{path}: {problem}" for problem in shown_page_problems(page, language)]


def shown_page_problems(page, language):
    """page_problems of the page the browser shows now (after a form was sent, say)."""
    page.set_viewport_size(DESKTOP)
    problems = []
    if page.evaluate("document.documentElement.lang") != language:
        problems.append("wrong <html lang>")
    levels = page.evaluate(HEADING_LEVELS)
    if levels.count(1) != 1 or levels[0] != 1:
        problems.append(f"headings {levels}: not exactly one h1, first")
    skipped = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
    if skipped:
        problems.append(f"skipped heading levels {skipped}")
    problems += [f"axe at 1280 px: {line}" for line in axe_violations(page)]
    page.set_viewport_size(NARROW)
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    if scroll_width > NARROW["width"]:
        problems.append(f"scrolls sideways at 320 px (scrollWidth {scroll_width})")
    problems += [f"axe at 320 px: {line}" for line in axe_violations(page)]
    return problems


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_bulletin_pages_pass_axe_at_desktop_width_and_at_320_px(page, bulletin, language):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    problems = []
    for path in bulletin_paths(language, bulletin):
        problems += page_problems(page, path, language)

    assert not problems, "\n".join(problems)
    assert errors == []


def test_post_page_shows_the_programme_as_text_with_its_image_and_attachment(page, bulletin):
    programme = bulletin["programme"]
    page.goto(reverse_in("fi", "bulletin:post", board="pikku-veturi", pk=programme.pk))

    body = page.locator(".pk-post__body")
    assert "Perhekahvila tiistaisin" in body.inner_text()
    assert (
        page.locator(".pk-post__images img")
        .first.get_attribute("alt")
        .startswith("Joulukuun ohjelma:")
    )
    assert page.locator(".pk-attachment__link").inner_text() == ("Joulukuun ohjelma (PDF, 320 kt)")


def badges(page):
    return page.locator(".pk-new-badge")


def test_first_visit_marks_nothing_and_later_posts_are_marked_new(page, bulletin):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    board_path = reverse_in("fi", "bulletin:board", slug="pikku-veturi")

    page.goto(board_path)
    assert page.locator(".pk-post-item").count() > 0
    assert badges(page).count() == 0

    make_post(board=bulletin["board"], title_fi="Uusi ilmoitus", publish_at=timezone.now())
    page.goto(board_path)

    assert badges(page).all_inner_texts() == ["Uusi"]
    new_item = page.locator(".pk-post-item", has=badges(page))
    assert new_item.locator("h3").inner_text() == "Uusi ilmoitus"
    # Coming back within the same visit keeps the badge.
    page.goto(reverse_in("fi", "bulletin:events", board="pikku-veturi"))
    page.go_back()
    assert badges(page).count() == 1
    # The times stay in the browser: nothing but pages and their files was asked for.
    origin = page.url.split("/fi/")[0]
    assert all(url.startswith(origin) for url in requests)
    assert not any("pk-visits" in url or "since" in url for url in requests)
    assert errors == []


def test_a_later_visit_marks_only_what_came_since_the_visit_before(page, bulletin):
    board_path = reverse_in("fi", "bulletin:board", slug="pikku-veturi")
    page.goto(board_path)
    # The previous visit an hour ago, which started two hours ago.
    page.evaluate(
        """() => {
            const hour = 60 * 60 * 1000;
            localStorage.setItem("pk-visits:board:pikku-veturi", JSON.stringify(
                {since: Date.now() - 2 * hour, last: Date.now() - hour}));
        }"""
    )
    make_post(
        board=bulletin["board"],
        title_fi="Puolen tunnin takaa",
        publish_at=timezone.now() - datetime.timedelta(minutes=30),
    )
    make_post(
        board=bulletin["board"],
        title_fi="Puolentoista tunnin takaa",
        publish_at=timezone.now() - datetime.timedelta(minutes=90),
    )

    page.goto(board_path)

    marked = page.locator(".pk-post-item", has=badges(page)).locator("h3").all_inner_texts()
    assert marked == ["Puolen tunnin takaa"]


def test_front_page_marks_new_standing_out_posts(page, bulletin):
    home = reverse_in("sv", "services:home")
    page.goto(home)
    assert page.locator(".pk-notices .pk-post-item").count() == 2
    assert badges(page).count() == 0

    make_post(
        board=bulletin["board"],
        post_type="program_change",
        title_fi="Perhekahvila siirtyy",
        change="moved",
        change_date=timezone.localdate() + datetime.timedelta(days=1),
        publish_at=timezone.now(),
    )
    page.goto(home)

    # The badge's text comes translated from the server, in the page's language.
    badge = page.locator(".pk-notices .pk-new-badge")
    assert badge.count() == 1
    assert badge.inner_text() == page.locator("[data-pk-new-label]").get_attribute(
        "data-pk-new-label"
    )


def test_pages_work_when_the_browser_refuses_local_storage(new_page, bulletin):
    page = new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.add_init_script(
        """Object.defineProperty(window, "localStorage", {
            get() { throw new DOMException("Blocked", "SecurityError"); }
        });"""
    )
    board_path = reverse_in("fi", "bulletin:board", slug="pikku-veturi")

    page.goto(board_path)
    make_post(board=bulletin["board"], publish_at=timezone.now())
    page.goto(board_path)

    assert badges(page).count() == 0
    assert errors == []


def test_without_javascript_nothing_is_marked(new_page, bulletin):
    page = new_page(java_script_enabled=False)
    board_path = reverse_in("fi", "bulletin:board", slug="pikku-veturi")

    page.goto(board_path)
    make_post(board=bulletin["board"], publish_at=timezone.now())
    page.goto(board_path)

    assert page.locator(".pk-post-item").count() > 0
    assert badges(page).count() == 0


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_following_by_e_mail_pages_pass_the_same_checks(page, bulletin, language):
    board = bulletin["board"].slug
    waiting = Subscription.objects.create(
        board=bulletin["board"], email="odottaa@example.fi", language=language, token="odottaa"
    )
    confirmed = Subscription.objects.create(
        board=bulletin["board"],
        email="seuraa@example.fi",
        language=language,
        token="seuraa",
        confirmed_at=timezone.now(),
    )
    problems = []
    subscribe = reverse_in(language, "bulletin:subscribe", board=board)
    problems += page_problems(page, subscribe, language)
    # The form's error state: nothing typed.
    page.set_viewport_size(DESKTOP)
    page.goto(subscribe)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    problems += [f"{subscribe} (errors): {p}" for p in shown_page_problems(page, language)]
    # Sent, and the pages of the mail's links.
    page.set_viewport_size(DESKTOP)
    page.goto(subscribe)
    page.locator("input[type=email]").fill("uusi@example.fi")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    problems += [f"{subscribe} (sent): {p}" for p in shown_page_problems(page, language)]
    problems += page_problems(
        page, reverse_in(language, "bulletin:confirm", token=waiting.token), language
    )
    problems += page_problems(
        page, reverse_in(language, "bulletin:unsubscribe", token=confirmed.token), language
    )
    problems += page_problems(
        page, reverse_in(language, "bulletin:unsubscribe", token="ei-ole"), language, status=404
    )

    assert not problems, "\n".join(problems)

"""
The bulletin's promise from staff's side: a program change with a photo and a PDF goes out
from the admin on a phone, and families see it wherever they follow the board.
"""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from bulletin.models import Board, Post, Subscription
from tests.bulletin.samples import pdf_bytes, photo_bytes
from tests.pages import reverse_in

from .axe import axe_violations
from .test_crawl import log_in

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 740}


def test_staff_member_posts_a_program_change_from_a_phone(
    new_page, live_server, demo_content, settings
):
    settings.SITE_URL = live_server.url
    board = Board.objects.get(slug="pikku-veturi")
    Subscription.objects.create(
        board=board,
        email="vanhempi@example.fi",
        language="fi",
        token="testi-token",
        confirmed_at=timezone.now(),
    )
    day = timezone.localdate() + datetime.timedelta(days=2)
    page = new_page(bypass_csp=True, viewport=PHONE)
    log_in(page, live_server, "tyontekija")

    page.goto("/admin/bulletin/post/add/")
    assert axe_violations(page) == []
    page.select_option("#id_post_type", "program_change")
    page.fill("#id_title_fi", "Satuhetki siirtyy perjantaille")
    page.fill("#id_body_fi", "<p>Satuhetki pidetään tällä viikolla perjantaina klo 13.</p>")
    page.select_option("#id_status", "published")
    page.select_option("#id_change", "moved")
    page.fill("#id_change_date", day.strftime("%d.%m.%Y"))
    page.locator("#images-group .add-row a").click()
    page.set_input_files(
        "#id_images-0-image",
        files=[{"name": "satuhetki.jpg", "mimeType": "image/jpeg", "buffer": photo_bytes()}],
    )
    page.fill("#id_images-0-alt_text_fi", "Satukirjoja pöydällä")
    page.locator("#attachments-group .add-row a").click()
    page.set_input_files(
        "#id_attachments-0-file",
        files=[{"name": "ohjelma.pdf", "mimeType": "application/pdf", "buffer": pdf_bytes()}],
    )
    page.fill("#id_attachments-0-title_fi", "Viikon ohjelma")
    with page.expect_navigation():
        page.locator("input[name=_save]").click()

    page.locator(".messagelist .success").wait_for()
    post = Post.objects.get(title_fi="Satuhetki siirtyy perjantaille")
    assert post.images.get().alt_text_fi == "Satukirjoja pöydällä"
    assert post.attachments.get().pages == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

    # Families: first on the board and on the front page, in the feed and the calendar.
    page.goto("/fi/ilmoitustaulut/pikku-veturi/")
    first = page.locator(".pk-post-list .pk-post-item").first
    assert "Satuhetki siirtyy perjantaille" in first.inner_text()
    page.goto("/fi/")
    assert "Satuhetki siirtyy perjantaille" in page.locator("main").inner_text()
    post_url = reverse_in("fi", "bulletin:post", board="pikku-veturi", pk=post.pk)
    page.goto(post_url)
    assert page.locator("img[alt='Satukirjoja pöydällä']").count() == 1
    assert "(PDF, " in page.locator("main").inner_text()
    rss = page.request.get(f"{live_server.url}/fi/ilmoitustaulut/pikku-veturi/rss/")
    assert "Satuhetki siirtyy perjantaille" in rss.text()
    calendar = page.request.get(f"{live_server.url}/fi/ilmoitustaulut/pikku-veturi/tapahtumat.ics")
    assert f"DTSTART;VALUE=DATE:{day:%Y%m%d}" in calendar.text()

    # E-mail followers get it from the scheduled command.
    mail.outbox = []
    call_command("send_bulletin_mail", stdout=io.StringIO())
    (message,) = [m for m in mail.outbox if "Satuhetki siirtyy perjantaille" in m.subject]
    assert message.to == ["vanhempi@example.fi"]
    assert f"{live_server.url}{post_url}" in message.body

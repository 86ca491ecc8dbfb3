"""Following a board by e-mail: double opt-in, unsubscribing, and the scheduled mail."""

import datetime
import email.policy
import io
import re
import secrets
import smtplib

import pytest
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone

from bulletin.following import annotate_follower_counts
from bulletin.mail import html_to_text
from bulletin.models import Board, Subscription
from tests.factories import make_board, make_folder, make_post
from tests.html import page
from tests.pages import reverse_in

SITE_URL = "https://perhekeskus.example.fi"
IMMEDIATE = Subscription.Frequency.IMMEDIATE
WEEKLY = Subscription.Frequency.WEEKLY


@pytest.fixture
def board(db):
    return make_board(
        name_fi="Perhekeskus Pikku-Veturi",
        name_sv="Familjecentret Lilla loket",
        slug="pikku-veturi",
        email="veturi@example.fi",
    )


@pytest.fixture
def site_url(settings):
    settings.SITE_URL = SITE_URL
    return SITE_URL


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def make_subscription(board, email, *, confirmed=True, frequency=IMMEDIATE, **kwargs):
    kwargs.setdefault("language", "fi")
    kwargs.setdefault("confirmed_at", days_ago(1) if confirmed else None)
    return Subscription.objects.create(
        board=board,
        email=email,
        frequency=frequency,
        token=secrets.token_urlsafe(32),
        **kwargs,
    )


def make_program_change(board, **kwargs):
    kwargs.setdefault("title_fi", "Vauvakerho peruttu")
    kwargs.setdefault("change", "cancelled")
    kwargs.setdefault("change_date", timezone.localdate() + datetime.timedelta(days=2))
    kwargs.setdefault("publish_at", timezone.now() - datetime.timedelta(minutes=5))
    return make_post(board=board, post_type="program_change", **kwargs)


def subscribe(client, board, language="fi", **data):
    data.setdefault("email", "maija@example.fi")
    data.setdefault("frequency", "immediate")
    return client.post(reverse_in(language, "bulletin:subscribe", board=board.slug), data)


def links_in(message):
    return re.findall(r"https?://\S+", message.body)


def send_mail_now():
    call_command("send_bulletin_mail", stdout=io.StringIO(), stderr=io.StringIO())


# Subscribing and confirming.


def test_subscribe_form_has_labelled_fields_for_a_phone(client, board):
    make_folder(board=board, name_fi="Kuukauden ohjelmat")

    response = client.get(reverse_in("fi", "bulletin:subscribe", board=board.slug))

    assert response.status_code == 200
    main = page(response).find("main")
    assert len(main.find_all("h1")) == 1
    email = main.find("input", name="email")
    assert email.attrs["type"] == "email"
    assert email.attrs["autocomplete"] == "email"
    assert email.attrs["inputmode"] == "email"
    assert main.find("label", **{"for": email.attrs["id"]}) is not None
    assert "required" not in email.attrs
    legends = [legend.text for legend in main.find_all("legend")]
    assert legends == ["Kuinka usein haluat viestejä?", "Mitkä ilmoitukset haluat?"]
    checked = [radio.attrs["value"] for radio in main.find_all("input", checked=True)]
    assert checked == ["immediate", ""]


def test_double_opt_in_confirms_only_with_the_button(client, board, mailoutbox):
    response = subscribe(client, board)

    assert response.status_code == 200
    assert page(response).find("h1").text == "Katso sähköpostisi"
    subscription = Subscription.objects.get()
    assert (subscription.email, subscription.language, subscription.confirmed_at) == (
        "maija@example.fi",
        "fi",
        None,
    )
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["maija@example.fi"]
    confirm_url = (
        f"http://testserver{reverse_in('fi', 'bulletin:confirm', token=subscription.token)}"
    )
    assert confirm_url in links_in(message)

    # Mail scanners open links: opening the page must not confirm.
    response = client.get(confirm_url)
    assert response.status_code == 200
    assert page(response).find("main").find("button").text == "Vahvista tilaus"
    subscription.refresh_from_db()
    assert subscription.confirmed_at is None

    response = client.post(confirm_url)
    assert response.status_code == 200
    subscription.refresh_from_db()
    assert subscription.confirmed_at is not None


def test_already_following_address_gets_the_same_page_and_a_mail_saying_so(
    client, board, mailoutbox
):
    follower = make_subscription(board, "maija@example.fi")
    token, confirmed_at = follower.token, follower.confirmed_at

    known = subscribe(client, board, email="maija@example.fi")
    new = subscribe(client, board, email="matti@example.fi")

    assert known.status_code == new.status_code == 200
    known_text = page(known).find("main").text.replace("maija@example.fi", "@")
    new_text = page(new).find("main").text.replace("matti@example.fi", "@")
    assert known_text == new_text
    follower.refresh_from_db()
    assert (follower.token, follower.confirmed_at) == (token, confirmed_at)
    known_mail, new_mail = mailoutbox
    unsubscribe_url = f"http://testserver{reverse_in('fi', 'bulletin:unsubscribe', token=token)}"
    assert unsubscribe_url in links_in(known_mail)
    assert not any("/vahvista/" in link for link in links_in(known_mail))
    assert any("/vahvista/" in link for link in links_in(new_mail))


def test_asking_again_before_confirming_sends_a_new_link_and_the_old_one_stops_working(
    client, board, mailoutbox
):
    old = make_subscription(board, "maija@example.fi", confirmed=False)

    subscribe(client, board, email="Maija@EXAMPLE.fi", frequency="weekly")

    assert Subscription.objects.count() == 1
    renewed = Subscription.objects.get()
    assert renewed.token != old.token
    assert renewed.frequency == "weekly"
    assert len(mailoutbox) == 1
    response = client.get(reverse_in("fi", "bulletin:confirm", token=old.token))
    assert response.status_code == 404


def test_invalid_address_shows_the_error_and_keeps_what_was_typed(client, board, mailoutbox):
    response = subscribe(client, board, email="maija.example.fi", frequency="weekly")

    assert response.status_code == 200
    doc = page(response)
    assert doc.find("title").text.startswith("Virhe: ")
    summary = doc.find("div", class_="pk-error-summary")
    email = doc.find("input", name="email")
    assert [a.attrs["href"] for a in summary.find_all("a")] == [f"#{email.attrs['id']}"]
    assert "Kirjoita sähköpostiosoite kokonaan" in summary.text
    assert email.attrs["value"] == "maija.example.fi"
    assert email.attrs["aria-invalid"] == "true"
    assert f"{email.attrs['id']}-error" in email.attrs["aria-describedby"]
    assert doc.find("input", value="weekly").has_attr("checked")
    assert not Subscription.objects.exists()
    assert mailoutbox == []


def test_missing_frequency_links_to_the_first_choice(client, board):
    response = subscribe(client, board, frequency="")

    summary = page(response).find("div", class_="pk-error-summary")
    assert [a.attrs["href"] for a in summary.find_all("a")] == ["#id_frequency_0"]
    assert "Valitse, kuinka usein haluat viestejä." in summary.text


def test_folder_can_be_followed_but_only_the_boards_own(client, board, mailoutbox):
    own = make_folder(board=board)
    others = make_folder()

    response = subscribe(client, board, folder=others.pk)
    assert page(response).find("div", class_="pk-error-summary") is not None
    assert not Subscription.objects.exists()

    subscribe(client, board, folder=own.pk)
    assert Subscription.objects.get().folder == own


def test_swedish_page_sends_a_swedish_mail(client, board, mailoutbox):
    subscribe(client, board, language="sv")

    subscription = Subscription.objects.get()
    assert subscription.language == "sv"
    message = mailoutbox[0]
    assert "Familjecentret Lilla loket" in message.subject
    confirm_path = reverse_in("sv", "bulletin:confirm", token=subscription.token)
    assert confirm_path.startswith("/sv/")
    assert f"http://testserver{confirm_path}" in links_in(message)


def test_filled_honeypot_sends_nothing_but_looks_the_same(client, board, mailoutbox):
    response = subscribe(client, board, kotisivu="http://spam.example")

    assert page(response).find("h1").text == "Katso sähköpostisi"
    assert not Subscription.objects.exists()
    assert mailoutbox == []


def test_repeated_requests_send_one_mail(client, board, mailoutbox):
    subscribe(client, board)
    subscribe(client, board)

    assert len(mailoutbox) == 1


def test_mail_server_failure_asks_to_try_again_and_changes_nothing(
    client, board, mailoutbox, monkeypatch
):
    def refuse(self, messages):
        raise smtplib.SMTPServerDisconnected("down")

    monkeypatch.setattr(EmailBackend, "send_messages", refuse)

    response = subscribe(client, board)

    summary = page(response).find("div", class_="pk-error-summary")
    assert "Viestin lähettäminen ei onnistunut" in summary.text
    assert not Subscription.objects.exists()


def test_unknown_board_has_no_form(client, db):
    response = client.get(reverse_in("fi", "bulletin:subscribe", board="ei-ole"))

    assert response.status_code == 404


# The links in the mail.


def test_confirm_link_of_a_confirmed_or_expired_subscription_is_gone(client, board):
    confirmed = make_subscription(board, "maija@example.fi")
    expired = make_subscription(board, "matti@example.fi", confirmed=False)
    Subscription.objects.filter(pk=expired.pk).update(created_at=days_ago(8))

    again = client.post(reverse_in("fi", "bulletin:confirm", token=confirmed.token))
    old = client.get(reverse_in("fi", "bulletin:confirm", token=expired.token))

    assert again.status_code == 410
    assert page(again).find("h1").text == "Tilaus on jo vahvistettu"
    assert old.status_code == 410
    assert page(old).find("h1").text == "Vahvistuslinkki on vanhentunut"
    expired.refresh_from_db()
    assert expired.confirmed_at is None


@pytest.mark.parametrize("view", ["bulletin:confirm", "bulletin:unsubscribe"])
def test_unknown_token_gets_a_friendly_page(client, db, view):
    response = client.get(reverse_in("fi", view, token="ei-tallaista"))

    assert response.status_code == 404
    assert page(response).find("h1").text == "Linkki ei toimi"
    assert client.post(reverse_in("fi", view, token="ei-tallaista")).status_code == 404


def test_unsubscribe_page_changes_nothing_until_the_button_is_pressed(client, board):
    follower = make_subscription(board, "maija@example.fi")
    url = reverse_in("fi", "bulletin:unsubscribe", token=follower.token)

    response = client.get(url)

    assert response.status_code == 200
    assert page(response).find("main").find("button").text == "Lopeta tilaus"
    assert Subscription.objects.filter(pk=follower.pk).exists()

    response = client.post(url)

    assert response.status_code == 200
    assert page(response).find("h1").text == "Tilaus on lopetettu"
    assert not Subscription.objects.filter(pk=follower.pk).exists()


def test_unsubscribe_form_needs_its_csrf_token_but_one_click_does_not(board):
    follower = make_subscription(board, "maija@example.fi")
    url = reverse_in("fi", "bulletin:unsubscribe", token=follower.token)
    mail_client = Client(enforce_csrf_checks=True)

    assert mail_client.post(url).status_code == 403
    assert mail_client.post(url, {"List-Unsubscribe": "Something"}).status_code == 403
    assert Subscription.objects.filter(pk=follower.pk).exists()

    # RFC 8058: the mail client POSTs this body, as multipart/form-data, without a token.
    response = mail_client.post(url, {"List-Unsubscribe": "One-Click"})

    assert response.status_code == 200
    assert not Subscription.objects.filter(pk=follower.pk).exists()


def test_unsubscribe_form_works_with_its_csrf_token(board):
    follower = make_subscription(board, "maija@example.fi")
    url = reverse_in("fi", "bulletin:unsubscribe", token=follower.token)
    browser = Client(enforce_csrf_checks=True)
    form = page(browser.get(url)).find("main").find("form")
    token = form.find("input", name="csrfmiddlewaretoken").attrs["value"]

    response = browser.post(form.attrs["action"], {"csrfmiddlewaretoken": token})

    assert response.status_code == 200
    assert not Subscription.objects.filter(pk=follower.pk).exists()


# The scheduled command: program changes at once.


@pytest.fixture
def followers(board):
    """Who follows the board: only the confirmed IMMEDIATE ones get a change at once."""
    folder = make_folder(board=board)
    people = {
        "immediate": make_subscription(board, "heti@example.fi"),
        "unconfirmed": make_subscription(board, "vahvistamaton@example.fi", confirmed=False),
        "weekly": make_subscription(board, "viikko@example.fi", frequency=WEEKLY),
        "folder": make_subscription(board, "kansio@example.fi", folder=folder),
        "both": make_subscription(board, "molemmat@example.fi"),
        "other_board": make_subscription(make_board(), "muu@example.fi"),
    }
    make_subscription(board, "molemmat@example.fi", folder=folder)
    return folder, people


def test_program_change_is_mailed_once_to_confirmed_immediate_followers(
    board, followers, mailoutbox, site_url
):
    folder, _people = followers
    change = make_program_change(board, folder=folder)

    send_mail_now()

    recipients = sorted(message.to[0] for message in mailoutbox)
    assert recipients == ["heti@example.fi", "kansio@example.fi", "molemmat@example.fi"]
    change.refresh_from_db()
    assert change.mailed_at is not None

    send_mail_now()

    assert len(mailoutbox) == 3


def test_program_change_of_another_folder_reaches_only_the_boards_followers(
    board, followers, mailoutbox, site_url
):
    make_program_change(board, folder=make_folder(board=board))

    send_mail_now()

    assert sorted(message.to[0] for message in mailoutbox) == [
        "heti@example.fi",
        "molemmat@example.fi",
    ]


def test_program_change_mail_has_the_change_and_one_click_unsubscribe(board, mailoutbox, site_url):
    follower = make_subscription(board, "maija@example.fi")
    change = make_program_change(
        board,
        body_fi=(
            "<p>Ohjaaja on sairaana.</p>"
            '<p>Katso <a href="https://example.fi/ohjelma">ohjelma</a>.</p>'
        ),
        change_date=timezone.localdate() + datetime.timedelta(days=3),
    )

    send_mail_now()

    (message,) = mailoutbox
    unsubscribe_url = SITE_URL + reverse_in("fi", "bulletin:unsubscribe", token=follower.token)
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe_url}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # On one line as it is: mail clients ignore a header folded into encoded-words.
    raw = message.message(policy=email.policy.SMTP).as_bytes().decode()
    assert f"\r\nList-Unsubscribe: <{unsubscribe_url}>\r\n" in raw
    assert unsubscribe_url in links_in(message)
    assert message.subject.startswith("Peruttu ")
    assert message.subject.endswith(": Vauvakerho peruttu")
    assert "Ohjaaja on sairaana.\n\nKatso ohjelma (https://example.fi/ohjelma)." in message.body
    assert SITE_URL + reverse_in("fi", "bulletin:post", board=board.slug, pk=change.pk) in (
        links_in(message)
    )
    assert message.reply_to == ["veturi@example.fi"]
    assert "Perhekeskus Pikku-Veturi" in message.from_email
    assert "<img" not in message.body


def test_program_change_mail_is_in_the_followers_language(board, mailoutbox, site_url):
    make_subscription(board, "maja@example.fi", language="sv")
    make_program_change(board, title_sv="Babyklubben inställd")

    send_mail_now()

    (message,) = mailoutbox
    assert message.subject.endswith(": Babyklubben inställd")
    assert f"{SITE_URL}/sv/" in message.body


def test_drafts_future_and_past_program_changes_are_not_mailed(board, mailoutbox, site_url):
    make_subscription(board, "maija@example.fi")
    make_program_change(board, status="draft")
    make_program_change(board, publish_at=timezone.now() + datetime.timedelta(hours=1))
    past = make_program_change(board, change_date=timezone.localdate() - datetime.timedelta(days=1))

    send_mail_now()

    assert mailoutbox == []
    past.refresh_from_db()
    assert past.mailed_at is None


def test_one_failing_address_does_not_stop_the_others(board, mailoutbox, site_url, monkeypatch):
    make_subscription(board, "rikki@example.fi")
    make_subscription(board, "maija@example.fi")
    change = make_program_change(board)
    send_messages = EmailBackend.send_messages

    def refuse_one(self, messages):
        if messages[0].to == ["rikki@example.fi"]:
            raise smtplib.SMTPRecipientsRefused({"rikki@example.fi": (550, b"No such user")})
        return send_messages(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", refuse_one)

    send_mail_now()

    assert [message.to for message in mailoutbox] == [["maija@example.fi"]]
    change.refresh_from_db()
    assert change.mailed_at is not None


def test_program_change_stays_unmailed_when_the_mail_server_is_down(
    board, mailoutbox, site_url, monkeypatch
):
    make_subscription(board, "maija@example.fi")
    change = make_program_change(board)

    def refuse(self, messages):
        raise smtplib.SMTPServerDisconnected("down")

    monkeypatch.setattr(EmailBackend, "send_messages", refuse)

    send_mail_now()

    change.refresh_from_db()
    assert change.mailed_at is None


def test_dry_run_sends_and_changes_nothing(board, followers, mailoutbox, site_url):
    change = make_program_change(board)
    output = io.StringIO()

    call_command("send_bulletin_mail", "--dry-run", stdout=output)

    assert mailoutbox == []
    change.refresh_from_db()
    assert change.mailed_at is None
    assert "Dry run" in output.getvalue()
    assert "1 program change(s) to 2 follower(s)" in output.getvalue()


def test_command_needs_the_site_address_in_production(board, settings):
    settings.DEBUG = False
    settings.SITE_URL = ""

    with pytest.raises(CommandError, match="SITE_URL"):
        call_command("send_bulletin_mail", stdout=io.StringIO())


def test_publishing_sends_no_mail(board, mailoutbox):
    make_subscription(board, "maija@example.fi")

    make_program_change(board)

    assert mailoutbox == []


# The scheduled command: weekly digests.


@pytest.fixture
def week_of_posts(board):
    """A week's posts on the board, and older ones the digest leaves out."""
    make_post(board=board, title_fi="Syysloman aukioloajat", publish_at=days_ago(3))
    make_program_change(
        board,
        title_fi="Perhekahvila siirtyy",
        publish_at=days_ago(2),
        mailed_at=days_ago(2),
    )
    make_post(board=board, title_fi="Vanha uutinen", publish_at=days_ago(10))
    make_post(board=board, title_fi="Luonnos", status="draft", publish_at=days_ago(1))
    make_post(
        board=board,
        post_type="advert",
        title_fi="Vanhentunut mainos",
        publish_at=days_ago(4),
        expires_at=days_ago(1),
    )
    make_post(board=make_board(), title_fi="Toisen taulun uutinen", publish_at=days_ago(1))


def digest_titles(message):
    return [
        title
        for title in (
            "Syysloman aukioloajat",
            "Perhekahvila siirtyy",
            "Vanha uutinen",
            "Luonnos",
            "Vanhentunut mainos",
            "Toisen taulun uutinen",
        )
        if title in message.body
    ]


def test_weekly_digest_lists_the_weeks_posts(board, week_of_posts, mailoutbox, site_url):
    weekly = make_subscription(board, "viikko@example.fi", frequency=WEEKLY)
    immediate = make_subscription(board, "heti@example.fi")
    Subscription.objects.update(confirmed_at=days_ago(8), last_digest_at=days_ago(7))

    send_mail_now()

    digests = {message.to[0]: message for message in mailoutbox}
    assert digest_titles(digests["viikko@example.fi"]) == [
        "Syysloman aukioloajat",
        "Perhekahvila siirtyy",
    ]
    # The program change already came at once.
    assert digest_titles(digests["heti@example.fi"]) == ["Syysloman aukioloajat"]
    message = digests["viikko@example.fi"]
    assert message.subject == "Viikon uudet ilmoitukset: Perhekeskus Pikku-Veturi"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert SITE_URL + reverse_in("fi", "bulletin:unsubscribe", token=weekly.token) in (
        links_in(message)
    )
    for subscription in (weekly, immediate):
        subscription.refresh_from_db()
        assert subscription.last_digest_at > days_ago(1)

    send_mail_now()

    assert len(mailoutbox) == 2


def test_first_digest_comes_a_week_after_confirming(board, week_of_posts, mailoutbox, site_url):
    make_subscription(board, "uusi@example.fi", frequency=WEEKLY, confirmed_at=days_ago(6))
    make_subscription(board, "vanha@example.fi", frequency=WEEKLY, confirmed_at=days_ago(7))

    send_mail_now()

    (message,) = mailoutbox
    assert message.to == ["vanha@example.fi"]
    assert digest_titles(message) == ["Syysloman aukioloajat", "Perhekahvila siirtyy"]


def test_no_digest_without_new_posts_nor_for_unconfirmed_addresses(board, mailoutbox, site_url):
    make_post(board=board, publish_at=days_ago(20))
    quiet = make_subscription(
        board, "hiljaista@example.fi", confirmed_at=days_ago(14), last_digest_at=days_ago(7)
    )
    busy = make_board()
    make_post(board=busy, publish_at=days_ago(1))
    make_subscription(busy, "vahvistamaton@example.fi", confirmed=False)

    send_mail_now()

    assert mailoutbox == []
    quiet.refresh_from_db()
    # The next week starts now, so that digests keep a weekly rhythm.
    assert quiet.last_digest_at > days_ago(1)


def test_folder_digest_lists_only_the_folders_posts(board, mailoutbox, site_url):
    folder = make_folder(board=board, name_fi="Kuukauden ohjelmat")
    make_post(board=board, folder=folder, title_fi="Marraskuun ohjelma", publish_at=days_ago(2))
    make_post(board=board, title_fi="Muu uutinen", publish_at=days_ago(2))
    make_subscription(board, "maija@example.fi", folder=folder, confirmed_at=days_ago(7))

    send_mail_now()

    (message,) = mailoutbox
    assert "Marraskuun ohjelma" in message.body
    assert "Muu uutinen" not in message.body
    assert "Kuukauden ohjelmat" in message.subject


def test_unconfirmed_subscriptions_are_removed_after_a_week(board, site_url):
    stale = make_subscription(board, "vanha@example.fi", confirmed=False)
    fresh = make_subscription(board, "uusi@example.fi", confirmed=False)
    Subscription.objects.filter(pk=stale.pk).update(created_at=days_ago(8))

    send_mail_now()

    assert list(Subscription.objects.values_list("pk", flat=True)) == [fresh.pk]


# The reach metric and the plain-text mail body.


def test_follower_count_counts_confirmed_addresses_once(board):
    folder = make_folder(board=board)
    make_subscription(board, "maija@example.fi")
    make_subscription(board, "maija@example.fi", folder=folder)
    make_subscription(board, "matti@example.fi", frequency=WEEKLY)
    make_subscription(board, "vahvistamaton@example.fi", confirmed=False)
    quiet = make_board()

    boards = Board.objects.filter(pk__in=[board.pk, quiet.pk])

    counts = dict(annotate_follower_counts(boards).values_list("pk", "follower_count"))

    assert counts == {board.pk: 2, quiet.pk: 0}


def test_post_html_becomes_readable_plain_text():
    text = html_to_text(
        "<p>Tervetuloa &amp; hei!</p><ul><li>Maanantai</li><li><strong>Tiistai</strong></li></ul>"
        '<p>Lisää: <a href="https://example.fi/a?b=1&amp;c=2">tästä</a><br>kiitos</p>'
    )

    assert text == (
        "Tervetuloa & hei!\n\n- Maanantai\n- Tiistai\n\n"
        "Lisää: tästä (https://example.fi/a?b=1&c=2)\nkiitos\n"
    )

"""
E-mail to a board's followers: the confirmation mail of the double opt-in, a program change
at once, and the weekly digest. Every mail is plain text in the subscriber's language and
carries its unsubscribe link in the body and in the List-Unsubscribe headers (RFC 2369,
RFC 8058 one-click). No tracking pixels and no redirecting links: each link goes straight
to its page.

Publishing never sends mail: the send_bulletin_mail command sends on a schedule.
"""

import html
import logging
import re
import smtplib
from dataclasses import dataclass
from datetime import timedelta
from email.headerregistry import Address
from email.utils import parseaddr

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from perhekeskus.models import SiteSettings

from .models import Post, Subscription

logger = logging.getLogger(__name__)

DEVELOPMENT_URL = "http://localhost:8000"
DIGEST_INTERVAL = timedelta(days=7)
# How long a confirmation link works; unconfirmed addresses are removed after that.
CONFIRMATION_VALID = timedelta(days=7)
DIGEST_EXCERPT_WORDS = 40

_LINK = re.compile(r"<a\s[^>]*?href=\"([^\"]*)\"[^>]*>(.*?)</a>", re.IGNORECASE | re.DOTALL)
_LIST_START = re.compile(r"<(?:ul|ol)\b[^>]*>", re.IGNORECASE)
_LIST_ITEM = re.compile(r"<li\b[^>]*>", re.IGNORECASE)
_PARAGRAPH_END = re.compile(r"</(?:p|div|h[1-6]|ul|ol|blockquote)\s*>", re.IGNORECASE)
_LINE_END = re.compile(r"<br\s*/?>|</li\s*>", re.IGNORECASE)


def site_url(request=None) -> str:
    """
    The address the links in mail start with. SITE_URL when set; otherwise the address the
    request came to (its host is checked against ALLOWED_HOSTS), or the development server.
    """
    configured = getattr(settings, "SITE_URL", "")
    if configured:
        return configured.rstrip("/")
    if request is not None:
        return request.build_absolute_uri("/").rstrip("/")
    return DEVELOPMENT_URL


def html_to_text(value: str) -> str:
    """A post's cleaned HTML as plain text: paragraphs, list items and link addresses kept."""

    def link(match):
        href, label = match[1], strip_tags(match[2]).strip()
        return href if not label or label == href else f"{label} ({href})"

    text = _LINK.sub(link, value or "")
    text = _LIST_START.sub("\n", text)
    text = _LIST_ITEM.sub("- ", text)
    text = _PARAGRAPH_END.sub("\n\n", text)
    text = _LINE_END.sub("\n", text)
    text = html.unescape(strip_tags(text))
    return _tidy("\n".join(" ".join(line.split()) for line in text.splitlines()))


def _tidy(text: str) -> str:
    """Template output without trailing spaces or runs of blank lines."""
    text = "\n".join(line.rstrip() for line in text.splitlines())
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def list_name(subscription: Subscription) -> str:
    """What the subscription follows, in the active language: a board, or a board's folder."""
    if subscription.folder_id:
        return f"{subscription.board.name} – {subscription.folder.name}"
    return subscription.board.name


class _OneLineHeader(str):
    """
    A header value that the email package writes as it is, on one line. Python folds a
    long header without spaces into RFC 2047 encoded-words, and mail clients then ignore
    List-Unsubscribe, so the one-click button would be lost. RFC 5322 allows 998 characters.
    """

    def __new__(cls, name, value):
        header = super().__new__(cls, value)
        header.name = name
        return header

    def fold(self, *, policy):
        return f"{self.name}: {self}{policy.linesep}"


class FollowerMail(EmailMessage):
    """A mail to a follower, with its List-Unsubscribe header kept whole."""

    def message(self, **kwargs):
        message = super().message(**kwargs)
        message.replace_header(
            "List-Unsubscribe",
            _OneLineHeader("List-Unsubscribe", self.extra_headers["List-Unsubscribe"]),
        )
        return message


def _compose(subscription, *, subject, template, context, base_url) -> FollowerMail:
    """A mail to one subscriber, to be called in the subscriber's language."""
    unsubscribe_url = base_url + reverse(
        "bulletin:unsubscribe", kwargs={"token": subscription.token}
    )
    followed = subscription.folder if subscription.folder_id else subscription.board
    body = render_to_string(
        template,
        {
            "subscription": subscription,
            "list_name": list_name(subscription),
            "list_url": base_url + followed.get_absolute_url(),
            "unsubscribe_url": unsubscribe_url,
            "portal_name": SiteSettings.load().portal_name,
            **context,
        },
    )
    board = subscription.board
    return FollowerMail(
        subject=" ".join(str(subject).split()),
        body=_tidy(body),
        # The family centre's name as the sender, so that parents know the mail at a glance.
        from_email=str(
            Address(display_name=board.name, addr_spec=parseaddr(settings.DEFAULT_FROM_EMAIL)[1])
        ),
        to=[subscription.email],
        reply_to=[board.email] if board.email else None,
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            # RFC 3834: no out-of-office replies to an automatic mail.
            "Auto-Submitted": "auto-generated",
        },
    )


def confirmation_message(subscription: Subscription, *, base_url: str) -> FollowerMail:
    """The double opt-in mail: a link to the page where the subscription is confirmed."""
    with translation.override(subscription.language):
        return _compose(
            subscription,
            subject=_("Vahvista tilaus: %(name)s") % {"name": list_name(subscription)},
            template="bulletin/following/mail/confirm.txt",
            context={
                "confirm_url": base_url
                + reverse("bulletin:confirm", kwargs={"token": subscription.token}),
                "valid_days": CONFIRMATION_VALID.days,
            },
            base_url=base_url,
        )


def already_following_message(subscription: Subscription, *, base_url: str) -> FollowerMail:
    """
    The answer to a new request for an address that already follows: the page looks the
    same either way, so only the address's owner learns that it was subscribed.
    """
    with translation.override(subscription.language):
        return _compose(
            subscription,
            subject=_("Tilauksesi on jo voimassa: %(name)s") % {"name": list_name(subscription)},
            template="bulletin/following/mail/already_following.txt",
            context={},
            base_url=base_url,
        )


def _post_context(post: Post, *, base_url: str) -> dict:
    """A post's texts and link for a mail, in the active language."""
    meta = [post.get_post_type_display()]
    if post.post_type == Post.Type.PROGRAM_CHANGE and post.change_date:
        meta.append(f"{post.get_change_display().lower()} {formats.date_format(post.change_date)}")
    elif post.post_type == Post.Type.EVENT and post.starts_at:
        meta.append(post.when)
        if post.place:
            meta.append(post.place)
    body = html_to_text(post.body)
    return {
        "title": post.title,
        "meta": ", ".join(meta),
        "body": body,
        "excerpt": Truncator(body).words(DIGEST_EXCERPT_WORDS),
        "url": base_url + post.get_absolute_url(),
    }


def program_change_message(
    post: Post, subscription: Subscription, *, base_url: str
) -> FollowerMail:
    """A program change as soon as it is published, whole, for IMMEDIATE subscribers."""
    with translation.override(subscription.language):
        subject = _("%(change)s %(date)s: %(title)s") % {
            "change": post.get_change_display(),
            "date": formats.date_format(post.change_date, "SHORT_DATE_FORMAT"),
            "title": post.title,
        }
        return _compose(
            subscription,
            subject=subject,
            template="bulletin/following/mail/program_change.txt",
            context={"post": _post_context(post, base_url=base_url)},
            base_url=base_url,
        )


def digest_message(subscription: Subscription, posts, *, base_url: str) -> FollowerMail:
    """The weekly digest: each post's title, date, beginning and link."""
    with translation.override(subscription.language):
        return _compose(
            subscription,
            subject=_("Viikon uudet ilmoitukset: %(name)s") % {"name": list_name(subscription)},
            template="bulletin/following/mail/digest.txt",
            context={"posts": [_post_context(post, base_url=base_url) for post in posts]},
            base_url=base_url,
        )


def send(message: EmailMessage, connection) -> bool:
    """Send one mail. A failure is logged and returned, so that the next address still gets mail."""
    try:
        connection.send_messages([message])
    except (smtplib.SMTPException, OSError):
        # The subject but not the address: logs are kept longer than subscriptions.
        logger.exception("A bulletin mail could not be sent: %s", message.subject)
        # A broken SMTP connection would fail every later mail; the next send reconnects.
        connection.close()
        return False
    return True


# Choosing what to send.


def program_changes_due(now=None):
    """Public program changes not yet mailed whose day has not passed."""
    now = now or timezone.now()
    return (
        Post.objects.public(now)
        .filter(
            post_type=Post.Type.PROGRAM_CHANGE,
            mailed_at__isnull=True,
            # A change for a day already gone is news to nobody (and this keeps old posts
            # from being mailed when following is first switched on).
            change_date__gte=timezone.localdate(now),
        )
        .order_by("publish_at", "pk")
    )


def program_change_recipients(post: Post) -> list[Subscription]:
    """
    Confirmed IMMEDIATE subscribers of the post's board and of its folder, one per address:
    someone following both the board and the folder gets the change once.
    """
    followers = Q(folder__isnull=True)
    if post.folder_id:
        followers |= Q(folder_id=post.folder_id)
    subscriptions = (
        Subscription.objects.confirmed()
        .filter(followers, board_id=post.board_id, frequency=Subscription.Frequency.IMMEDIATE)
        .select_related("board", "folder")
        .order_by(F("folder").asc(nulls_first=True), "pk")
    )
    recipients = {}
    for subscription in subscriptions:
        recipients.setdefault(subscription.email.lower(), subscription)
    return list(recipients.values())


def digests_due(now=None):
    """Confirmed subscriptions whose last digest (or confirmation) is a week old or more."""
    now = now or timezone.now()
    cutoff = now - DIGEST_INTERVAL
    return Subscription.objects.confirmed().filter(
        Q(last_digest_at__lte=cutoff) | Q(last_digest_at__isnull=True, confirmed_at__lte=cutoff)
    )


def digest_posts(subscription: Subscription, now=None):
    """
    Posts published since the subscription's last digest (or its confirmation) that are
    still on the site. IMMEDIATE subscribers already got the program changes mailed.
    """
    now = now or timezone.now()
    since = subscription.last_digest_at or subscription.confirmed_at
    posts = (
        Post.objects.public(now)
        .filter(board_id=subscription.board_id, publish_at__gt=since)
        # On the board or in its archive: not an advert that has already expired.
        .filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now) | Post.KEPT)
        .select_related("board", "folder")
        .order_by("-publish_at", "-pk")
    )
    if subscription.folder_id:
        posts = posts.filter(folder_id=subscription.folder_id)
    if subscription.frequency == Subscription.Frequency.IMMEDIATE:
        posts = posts.exclude(post_type=Post.Type.PROGRAM_CHANGE, mailed_at__isnull=False)
    return posts


def unconfirmed_expired(now=None):
    """Subscriptions never confirmed within CONFIRMATION_VALID: their links no longer work."""
    now = now or timezone.now()
    return Subscription.objects.filter(
        confirmed_at__isnull=True, created_at__lte=now - CONFIRMATION_VALID
    )


# Sending, from the send_bulletin_mail command.


@dataclass
class Report:
    """What a run did: program changes or due subscriptions handled, mails sent and failed."""

    items: int = 0
    sent: int = 0
    failed: int = 0


def program_changes_send(*, connection, base_url: str, now=None, dry_run=False) -> Report:
    """
    Mail each due program change to its recipients and mark it mailed. Each post is locked
    while it is sent, so that two overlapping runs never mail it twice. If every mail of a
    post fails (the mail server is down), it stays unmarked and the next run tries again.
    """
    now = now or timezone.now()
    report = Report()
    for post_id in list(program_changes_due(now).values_list("pk", flat=True)):
        with transaction.atomic():
            post = (
                program_changes_due(now)
                .filter(pk=post_id)
                .select_related("board", "folder")
                .select_for_update(skip_locked=True, of=("self",))
                .first()
            )
            if post is None:
                continue
            recipients = program_change_recipients(post)
            report.items += 1
            if dry_run:
                report.sent += len(recipients)
                continue
            sent = 0
            for subscription in recipients:
                message = program_change_message(post, subscription, base_url=base_url)
                if send(message, connection):
                    sent += 1
                else:
                    report.failed += 1
            report.sent += sent
            if sent or not recipients:
                Post.objects.filter(pk=post.pk).update(mailed_at=now)
    return report


def digests_send(*, connection, base_url: str, now=None, dry_run=False) -> Report:
    """
    Send the weekly digest to each subscription that is due and has something new. The
    week starts again also when there was nothing new, so that digests keep a weekly
    rhythm; a digest that fails is tried again on the next run.
    """
    now = now or timezone.now()
    report = Report()
    for subscription_id in list(digests_due(now).values_list("pk", flat=True)):
        with transaction.atomic():
            subscription = (
                digests_due(now)
                .filter(pk=subscription_id)
                .select_related("board", "folder")
                .select_for_update(skip_locked=True, of=("self",))
                .first()
            )
            if subscription is None:
                continue
            report.items += 1
            posts = list(digest_posts(subscription, now))
            if posts:
                if dry_run:
                    report.sent += 1
                    continue
                if not send(digest_message(subscription, posts, base_url=base_url), connection):
                    report.failed += 1
                    continue
                report.sent += 1
            if not dry_run:
                Subscription.objects.filter(pk=subscription.pk).update(last_digest_at=now)
    return report

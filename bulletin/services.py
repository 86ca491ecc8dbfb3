"""Writes of the bulletin that go beyond one model: copying, expiring, subscribing."""

import datetime
import hashlib
import secrets
import smtplib

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.utils import timezone

from . import mail
from .models import Board, Post, Subscription


def next_month_date(value):
    """
    The same weekday four or five weeks later, in the next month: a programme's "every
    Tuesday" stays on Tuesdays (3 Nov → 1 Dec, 24 Nov → 22 Dec, 2 Nov → 7 Dec).
    """
    moved = value + datetime.timedelta(weeks=4)
    return moved if moved.month != value.month else value + datetime.timedelta(weeks=5)


def _moved(value):
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        local = timezone.localtime(value)
        return timezone.make_aware(
            datetime.datetime.combine(next_month_date(local.date()), local.time())
        )
    return next_month_date(value)


@transaction.atomic
def post_copy_as_next_month(*, post: Post, by) -> Post:
    """
    A draft copy of a monthly programme and its events for the next month: texts, folder
    and images' alt texts as they are, every date on the same weekday four or five weeks
    later. Staff check the copy and publish it.
    """
    copy = Post.objects.get(pk=post.pk)
    copy.pk = None
    copy.status = Post.Status.DRAFT
    copy.author = by
    copy.is_pinned = False
    copy.mailed_at = copy.expired_at = None
    for field in ("publish_at", "expires_at", "starts_at", "ends_at", "change_date"):
        setattr(copy, field, _moved(getattr(post, field)))
    copy.save()
    for event in post.events.all():
        event.pk = None
        event.programme = copy
        event.status = Post.Status.DRAFT
        event.author = by
        event.mailed_at = event.expired_at = None
        for field in ("publish_at", "expires_at", "starts_at", "ends_at"):
            setattr(event, field, _moved(getattr(event, field)))
        event.save()
    return copy


@transaction.atomic
def posts_expire(*, now=None) -> list[Post]:
    """
    Unpublish the posts past their last day whose folder does not keep them (adverts):
    they become expired, still visible to staff in the admin. Posts their folder keeps
    (monthly programmes) and past events stay published and move to the archive by date
    alone. Running it again changes nothing.
    """
    now = now or timezone.now()
    expired = list(Post.objects.due_to_expire(now).select_for_update(of=("self",)))
    for post in expired:
        post.status = Post.Status.EXPIRED
        post.expired_at = now
    Post.objects.bulk_update(expired, ["status", "expired_at"])
    return expired


def posts_sync_search() -> int:
    """
    Search documents for the posts whose publishing time has come, and none for those no
    longer public: neither changes a row, so no signal refreshes them. Returns how many
    posts' documents were refreshed.
    """
    from services.models import SearchDocument
    from services.search import refresh

    public = set(Post.objects.public().values_list("pk", flat=True))
    indexed = set(SearchDocument.objects.filter(kind="post").values_list("object_id", flat=True))
    stale = public ^ indexed
    if stale:
        refresh("post", stale)
    return len(stale)


# At most one mail per address and list in this many seconds, so that the public form
# cannot be used to flood someone's inbox.
RESEND_AFTER = 300


def _throttle_key(board, folder, email) -> str:
    # A digest of the address, so that the cache holds no address in plain text.
    raw = f"{board.pk}:{folder.pk if folder else ''}:{email.lower()}"
    return "bulletin:subscribe:" + hashlib.sha256(raw.encode()).hexdigest()


def subscription_request(
    *, board: Board, folder, email: str, frequency: str, language: str, base_url: str
) -> None:
    """
    Ask to follow a board (or one of its folders). A new or unconfirmed subscription gets
    a new token and a confirmation mail; a confirmed one is left as it is and its address
    gets a mail saying so, with the unsubscribe link. Repeated requests within
    RESEND_AFTER send nothing. Raises the mail server's error if the mail cannot be sent,
    and then changes nothing.
    """
    key = _throttle_key(board, folder, email)
    if not cache.add(key, True, RESEND_AFTER):
        return
    try:
        with transaction.atomic():
            subscription = (
                Subscription.objects.select_related("board", "folder")
                .select_for_update(of=("self",))
                .filter(board=board, folder=folder, email__iexact=email)
                .first()
            )
            if subscription is not None and subscription.confirmed_at:
                message = mail.already_following_message(subscription, base_url=base_url)
            else:
                if subscription is None:
                    subscription = Subscription(board=board, folder=folder, email=email)
                subscription.frequency = frequency
                subscription.language = language
                # A new token makes the links of earlier confirmation mails stop working.
                subscription.token = secrets.token_urlsafe(32)
                # The time of the latest request: the confirmation link works from it on.
                subscription.created_at = timezone.now()
                subscription.save()
                message = mail.confirmation_message(subscription, base_url=base_url)
            # Sent inside the transaction: if the mail server fails, nothing is changed.
            message.send()
    except IntegrityError:
        # The same address in a simultaneous request (another server process): that
        # request creates the subscription and sends the mail.
        return
    except (smtplib.SMTPException, OSError):
        cache.delete(key)
        raise

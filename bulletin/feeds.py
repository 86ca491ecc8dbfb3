"""
Following a board without Facebook and without an account: RSS and Atom feeds of a board's
or a folder's current posts, and an iCalendar feed of its events. Nothing here identifies
the reader or the staff member who wrote a post.
"""

import copy
import datetime
import html
import re
from urllib.parse import urlsplit

import nh3
from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape, format_html
from django.utils.http import content_disposition_header
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views import View

from .models import Board, Folder, Post

FEED_LENGTH = 30
CALENDAR_PAST = datetime.timedelta(days=90)

# What a feed reader shows of a post's body: the formatting the editor offers. Images are
# left out on purpose, so that no picture in a post can count who reads the feed.
FEED_TAGS = {"p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "a"}
FEED_ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}

# Where a block of text ends, so that plain text keeps the body's paragraphs and list items.
LINE_BREAK = re.compile(r"<br\s*/?>|</li\s*>", re.IGNORECASE)
PARAGRAPH_BREAK = re.compile(r"</(?:p|div|h[1-6]|ul|ol)\s*>", re.IGNORECASE)
WHITESPACE = re.compile(r"\s+")
BLANK_LINES = re.compile(r"\n{3,}")
# RFC 5545 allows no control characters in text but the tab (newlines are escaped first).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def post_title(post):
    """The title, prefixed with its change for program changes: "Peruttu: Vauvakerho 5.12."."""
    title = post.title
    if post.change and post.post_type in (Post.Type.PROGRAM_CHANGE, Post.Type.EVENT):
        change = str(post.get_change_display())
        # Staff often write the change into the title themselves; it need not be said twice.
        if not title.casefold().startswith(change.casefold()):
            title = f"{change}: {title}"
    return title


def feed_html(body, base_url):
    """A post's body cleaned for feed readers, with relative links made absolute."""
    return nh3.clean(
        body,
        tags=FEED_TAGS,
        attributes=FEED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        url_relative=("rewrite_with_base", base_url),
    )


def plain_text(body):
    """A post's body as text: tags dropped (scripts with their content), paragraphs kept."""
    # In HTML a newline in the source is just a space; only the tags above break lines.
    text = WHITESPACE.sub(" ", body)
    text = PARAGRAPH_BREAK.sub("\n\n", LINE_BREAK.sub("\n", text))
    text = html.unescape(nh3.clean(text, tags=set()))
    lines = "\n".join(line.strip() for line in text.splitlines())
    return BLANK_LINES.sub("\n\n", lines).strip()


def host_name(request):
    """The host name the portal was reached by, without a port: ids are minted under it."""
    return urlsplit(request.build_absolute_uri("/")).hostname


class BoardRssFeed(Feed):
    """
    A board's current posts, newest first, as RSS 2.0 in the language of the URL. The board
    is the author of every item: the staff member's name and e-mail stay in the admin.
    """

    def __call__(self, request, *args, **kwargs):
        # urls.py makes one instance for all requests, and item methods need the request
        # (the host for ids, the address for links), so each request gets a copy to hold it.
        feed = copy.copy(self)
        feed.request = request
        return Feed.__call__(feed, request, *args, **kwargs)

    def get_object(self, request, board):
        return get_object_or_404(Board, slug=board)

    def get_board(self, obj):
        return obj

    def title(self, obj):
        return obj.name

    def link(self, obj):
        return obj.get_absolute_url()

    def description(self, obj):
        return obj.description or _("Uusimmat ilmoitukset: %(name)s") % {"name": self.title(obj)}

    def author_name(self, obj):
        return self.get_board(obj).name

    def items(self, obj):
        return (
            Post.objects.current()
            .filter(board=obj)
            .select_related("board")
            .order_by("-publish_at", "-pk")[:FEED_LENGTH]
        )

    def item_title(self, item):
        # Escaped once more, as Django does for RSS, because readers show RSS titles as HTML.
        return escape(post_title(item))

    def item_description(self, item):
        details = ""
        if item.post_type == Post.Type.EVENT and item.starts_at:
            details = format_html("<p>{}</p>", _("Aika: %(time)s") % {"time": item.when})
            if item.place:
                details += format_html("<p>{}</p>", _("Paikka: %(place)s") % {"place": item.place})
        base_url = self.request.build_absolute_uri(item.get_absolute_url())
        return details + feed_html(item.body, base_url)

    def item_author_name(self, item):
        return item.board.name

    def item_pubdate(self, item):
        return item.publish_at

    def item_updateddate(self, item):
        # A post edited while waiting for its publishing time was not updated after it came out.
        return max(item.updated_at, item.publish_at)

    def item_guid(self, item):
        # A tag URI (RFC 4151) rather than the post's address, which changes with the language
        # and the board's slug: a reader must not see an old post as new after such a change.
        created_on = item.created_at.astimezone(datetime.UTC).date().isoformat()
        return f"tag:{host_name(self.request)},{created_on}:bulletin/post/{item.pk}"

    item_guid_is_permalink = False


class FolderRssFeed(BoardRssFeed):
    """The current posts in one folder of a board (monthly programmes, adverts…) as RSS 2.0."""

    def get_object(self, request, board, slug):
        return get_object_or_404(
            Folder.objects.select_related("board"), board__slug=board, slug=slug
        )

    def get_board(self, obj):
        return obj.board

    def title(self, obj):
        return f"{obj.board.name}: {obj.name}"

    def items(self, obj):
        return (
            Post.objects.current()
            .filter(board=obj.board, folder=obj)
            .select_related("board")
            .order_by("-publish_at", "-pk")[:FEED_LENGTH]
        )


class AtomFeedMixin:
    """Atom 1.0 instead of RSS: its description is the subtitle and titles are plain text."""

    feed_type = Atom1Feed

    def subtitle(self, obj):
        return self.description(obj)

    def item_title(self, item):
        return post_title(item)


class BoardAtomFeed(AtomFeedMixin, BoardRssFeed):
    """A board's current posts as Atom 1.0."""


class FolderAtomFeed(AtomFeedMixin, FolderRssFeed):
    """A folder's current posts as Atom 1.0."""


def ical_text(value):
    """A TEXT value escaped as RFC 5545 (3.3.11) requires."""
    value = str(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    value = re.sub(r"\r\n|\r|\n", r"\\n", value)
    return CONTROL_CHARACTERS.sub("", value)


def ical_time(value):
    return value.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def fold(line):
    """
    A content line folded into lines of at most 75 octets (RFC 5545, 3.1): each further line
    starts with a space. Lines are split between characters, never inside a UTF-8 sequence.
    """
    parts, part, size, limit = [], [], 0, 75
    for char in line:
        octets = len(char.encode())
        if size + octets > limit:
            parts.append("".join(part))
            # The space that starts a continuation line counts towards its 75 octets.
            part, size, limit = [], 0, 74
        part.append(char)
        size += octets
    parts.append("".join(part))
    return "\r\n ".join(parts)


class BoardCalendarView(View):
    """
    A board's events as an iCalendar (RFC 5545) feed that a phone or desktop calendar
    subscribes to: every upcoming event and those of the last 90 days, in UTC. An event
    marked cancelled stays in the feed as cancelled, so that calendars take it away. A
    program change is an all-day note on the day it concerns ("Peruttu: Perhekahvila"),
    so that a family who plans by its calendar sees it there.
    """

    def get(self, request, board):
        board = get_object_or_404(Board, slug=board)
        now = timezone.now()
        entries = (
            Post.objects.public(now)
            .filter(
                # An event without both times (the admin requires them) cannot go in a
                # calendar; a program change goes on the day it concerns.
                Q(post_type=Post.Type.EVENT, starts_at__isnull=False)
                & Q(ends_at__gte=now - CALENDAR_PAST)
                | Q(
                    post_type=Post.Type.PROGRAM_CHANGE,
                    change_date__gte=timezone.localdate(now) - CALENDAR_PAST,
                ),
                board=board,
            )
            .exclude(expires_at__lte=now)
            .select_related("board")
            .order_by("starts_at", "change_date", "pk")
        )
        lines = [
            "BEGIN:VCALENDAR",
            f"PRODID:-//Perhekeskus//Ilmoitustaulut//{get_language().upper()}",
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            f"X-WR-CALNAME:{ical_text(board.name)}",
            f"X-WR-TIMEZONE:{settings.TIME_ZONE}",
            # How often calendars should fetch the feed again (RFC 7986, and Outlook's own).
            "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
            "X-PUBLISHED-TTL:PT1H",
        ]
        host = host_name(request)
        for entry in entries:
            if entry.post_type == Post.Type.PROGRAM_CHANGE:
                lines.extend(self.change_lines(entry, host))
            else:
                lines.extend(self.event_lines(entry, host))
        lines.append("END:VCALENDAR")

        response = HttpResponse(
            "".join(f"{fold(line)}\r\n" for line in lines),
            content_type="text/calendar; charset=utf-8",
        )
        response.headers["Content-Disposition"] = content_disposition_header(
            as_attachment=False, filename=f"{board.slug}.ics"
        )
        return response

    def change_lines(self, change, host):
        """A program change as an all-day entry that does not mark the family busy."""
        lines = [
            "BEGIN:VEVENT",
            f"UID:post-{change.pk}@{host}",
            f"DTSTAMP:{ical_time(change.updated_at)}",
            f"CREATED:{ical_time(change.created_at)}",
            f"LAST-MODIFIED:{ical_time(change.updated_at)}",
            f"SEQUENCE:{max(int((change.updated_at - change.created_at).total_seconds()), 0)}",
            f"DTSTART;VALUE=DATE:{change.change_date:%Y%m%d}",
            f"DTEND;VALUE=DATE:{change.change_date + datetime.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{ical_text(post_title(change))}",
            "TRANSP:TRANSPARENT",
        ]
        description = plain_text(change.body)
        if description:
            lines.append(f"DESCRIPTION:{ical_text(description)}")
        lines += [
            f"URL:{self.request.build_absolute_uri(change.get_absolute_url())}",
            "STATUS:CONFIRMED",
            "END:VEVENT",
        ]
        return lines

    def event_lines(self, event, host):
        cancelled = event.change == Post.Change.CANCELLED
        lines = [
            "BEGIN:VEVENT",
            f"UID:post-{event.pk}@{host}",
            f"DTSTAMP:{ical_time(event.updated_at)}",
            f"CREATED:{ical_time(event.created_at)}",
            f"LAST-MODIFIED:{ical_time(event.updated_at)}",
            # Every save moves updated_at on, so seconds since creation only ever grow, as
            # calendars require of SEQUENCE before they take a changed event over the old one.
            f"SEQUENCE:{max(int((event.updated_at - event.created_at).total_seconds()), 0)}",
            f"DTSTART:{ical_time(event.starts_at)}",
            f"DTEND:{ical_time(event.ends_at)}",
            f"SUMMARY:{ical_text(post_title(event))}",
        ]
        description = plain_text(event.body)
        if description:
            lines.append(f"DESCRIPTION:{ical_text(description)}")
        if event.place:
            lines.append(f"LOCATION:{ical_text(event.place)}")
        lines += [
            f"URL:{self.request.build_absolute_uri(event.get_absolute_url())}",
            f"STATUS:{'CANCELLED' if cancelled else 'CONFIRMED'}",
            "END:VEVENT",
        ]
        return lines

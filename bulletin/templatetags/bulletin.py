"""Filters for showing staff-written post bodies and attachments on the public pages."""

import html
import re
from urllib.parse import urlsplit

import nh3
from django import template
from django.utils.safestring import mark_safe

register = template.Library()

# What a post body may keep: the editor's paragraphs, emphasis, lists, links and
# subheadings. Everything else loses its tag (its text stays); scripts and styles go
# with their content.
ALLOWED_TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "a", "h2", "h3", "h4"}
LINK_SCHEMES = {"http", "https", "mailto"}
HEADING = re.compile(r"<(/?)h([2-4])>")
# Tags that end a line of text; other tags (links, emphasis) sit inside a sentence.
BLOCK_TAG = re.compile(r"</?(?:p|br|ul|ol|li|h[2-4])>")
TAG = re.compile(r"<[^>]*>")


def _link_filter(tag, attribute, value):
    # nh3 lets relative URLs through; a post links out by full address or mails, nothing else.
    if tag == "a" and attribute == "href":
        return value if urlsplit(value.strip()).scheme.lower() in LINK_SCHEMES else None
    return value


_cleaner = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    attributes={"a": {"href"}},
    attribute_filter=_link_filter,
    url_schemes=LINK_SCHEMES,
    link_rel="noopener noreferrer",
)


def _fit_headings(markup, top):
    """
    Renumber the body's headings to follow the page's own: the first is `top`, and none
    is more than one level below the one before it (axe and screen reader users expect
    no skipped levels). A body of h3 and h4 under the page's h1 becomes h2 and h3.
    """
    levels = [int(level) for closing, level in HEADING.findall(markup) if not closing]
    if not levels:
        return markup
    shift = top - min(levels)
    previous = top - 1
    opened = []

    def renumber(match):
        nonlocal previous
        if match.group(1):
            return f"</h{opened.pop() if opened else top}>"
        level = min(max(int(match.group(2)) + shift, top), previous + 1, 6)
        previous = level
        opened.append(level)
        return f"<h{level}>"

    return HEADING.sub(renumber, markup)


@register.filter(is_safe=True)
def rich_text(body, top=2):
    """
    A post body as safe HTML: only the allowed tags, links with http, https or mailto
    addresses and rel="noopener noreferrer", subheadings starting at level `top`.
    """
    return mark_safe(_fit_headings(_cleaner.clean(body or ""), int(top)))


@register.filter
def plain_text(body):
    """
    A post body as text on one line, for summaries and descriptions. Not marked safe: the
    template escapes it again, also inside attributes such as a meta description.
    """
    text = TAG.sub("", BLOCK_TAG.sub(" ", _cleaner.clean(body or "")))
    return " ".join(html.unescape(text).split())

"""
Search over the portal: services, palvelupuu nodes and bulletin boards in one ranked list.

    results = search("neuvolaan", "fi")
    results.hits          # ranked Hit(kind, object_id, score), sliceable and countable
    results.suggestion    # "Tarkoititko" text when a word was corrected, else ""
    present(results, hits_of_a_page)   # what the page shows of each hit, with highlights

See analysis.py (words into lexemes), documents.py (what is indexed and how it stays
current) and query.py (what a query means and how documents are ranked).
"""

import unicodedata
from dataclasses import dataclass

from django.db.models import F
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .analysis import WORD, analyze_words, fold
from .documents import deferred, kinds, rebuild, refresh
from .engine import Hit, Hits
from .query import Query, parse

MAX_QUERY_LENGTH = 200

__all__ = [
    "MAX_QUERY_LENGTH",
    "Hit",
    "Hits",
    "Query",
    "SearchResults",
    "clean_query",
    "deferred",
    "present",
    "rebuild",
    "record_zero_results",
    "refresh",
    "search",
]


@dataclass
class SearchResults:
    query: Query
    hits: Hits

    @property
    def suggestion(self):
        return self.query.suggestion


def clean_query(text):
    """A query as searched: no control characters, single spaces, at most 200 characters."""
    text = "".join(" " if unicodedata.category(char) == "Cc" else char for char in text)
    return " ".join(text.split())


def search(text, language, *, kinds=None, services=None):
    """Rank the documents of a language for a text; see Hits for kinds and services."""
    query = parse(clean_query(text)[:MAX_QUERY_LENGTH], language)
    return SearchResults(query=query, hits=Hits(query, kinds=kinds, services=services))


def present(results, hits):
    """
    What a results page shows of each hit, in the hits' order: kind, title, url, summary,
    and the title and summary with the query's words marked. Objects gone since the hit
    was ranked are left out. One query per kind of thing on the page.
    """
    from ..views.catalogue import listing

    language = results.query.language
    wanted = {}
    for hit in hits:
        wanted.setdefault(hit.kind, set()).add(hit.object_id)
    objects = {}
    for key, ids in wanted.items():
        kind = kinds()[key]
        # What may be shown now: a post may have expired since it was found.
        queryset = listing(kind.model.objects.all()) if key == "service" else kind.queryset()
        objects.update({(key, obj.pk): obj for obj in queryset.filter(pk__in=ids)})
    shown = []
    for hit in hits:
        obj = objects.get((hit.kind, hit.object_id))
        if obj is None:
            continue
        kind = kinds()[hit.kind]
        title = kind.title(obj, language)
        summary = kind.summary(obj, language)
        shown.append(
            {
                "kind": kind.label,
                "kind_key": hit.kind,
                "title": title,
                "url": obj.get_absolute_url(),
                "summary": summary,
                "title_html": highlight(title, results.query),
                "summary_html": highlight(summary, results.query),
                "object": obj,
            }
        )
    return shown


def highlight(text, query):
    """The text, escaped, with the words that matched the query in <mark>."""
    if not text:
        return ""
    exact, prefixes = query.highlight_terms()
    if not exact and not prefixes:
        return escape(text)
    analyses = analyze_words(query.language, WORD.findall(text))
    pieces, position = [], 0
    for found in WORD.finditer(text):
        token = found.group()
        analysis = analyses.get(token.casefold())
        forms = {fold(token)}
        if analysis is not None:
            forms |= {fold(base) for base in analysis.bases}
            forms |= {fold(part) for parts in analysis.compounds for part in parts}
        hit = forms & exact or any(form.startswith(p) for form in forms for p in prefixes)
        if hit:
            pieces.append(escape(text[position : found.start()]))
            pieces.append(f"<mark>{escape(token)}</mark>")
            position = found.end()
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above


def record_zero_results(text, language):
    """Count a search that found nothing: its text and language, nothing else."""
    from ..models import ZeroResultSearch

    text = clean_query(text.casefold())[:MAX_QUERY_LENGTH]
    if not text:
        return
    today = timezone.localdate()
    updated = ZeroResultSearch.objects.filter(language=language, query=text).update(
        count=F("count") + 1, last_searched=today
    )
    if not updated:
        ZeroResultSearch.objects.get_or_create(
            language=language,
            query=text,
            defaults={"count": 1, "first_searched": today, "last_searched": today},
        )

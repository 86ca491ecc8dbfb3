"""
Search quality on a labelled query set: hit@5, mean reciprocal rank and the zero-result
rate, per kind of query and overall. bench/search_quality.py prints them; a test keeps a
floor under them.

A query set is a JSON list of {"q", "lang", "kind", "expect": [service slugs]}; a query
is a hit when any expected service is among the first five services.
"""

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from django.db.models import Q
from django.utils import translation

from ..models import Service
from . import search

KINDS = ("exact", "inflected", "compound", "colloquial", "typo", "situation", "swedish", "english")
TOP = 5


def load_queries(path):
    queries = json.loads(Path(path).read_text(encoding="utf-8"))
    for query in queries:
        if query["kind"] not in KINDS or not query["expect"]:
            raise ValueError(f"{path}: a query needs a known kind and expected slugs: {query}")
    return queries


def ranked_slugs(text, language, limit=TOP):
    """The slugs of the first services this portal's search ranks for the text."""
    hits = search(text, language, kinds=["service"]).hits[:limit]
    slugs = dict(
        Service.objects.filter(pk__in=[hit.object_id for hit in hits]).values_list("pk", "slug")
    )
    return [slugs[hit.object_id] for hit in hits if hit.object_id in slugs]


def baseline_slugs(text, language, limit=TOP):
    """
    The plain search this one replaced: the whole query as a substring of the name,
    alternative name, summary or a keyword in the language, names that hold it first.
    """
    text = " ".join(text.split())
    tagged = Service.objects.filter(**{f"keywords_{language}__name__icontains": text})
    services = Service.objects.published().filter(
        Q(**{f"name_{language}__icontains": text})
        | Q(**{f"alternative_name_{language}__icontains": text})
        | Q(**{f"summary_{language}__icontains": text})
        | Q(pk__in=tagged.values("pk"))
    )
    needle = text.casefold()
    with translation.override(language):
        found = sorted(
            services,
            key=lambda s: (needle not in (s.name or "").casefold(), (s.name or "").casefold()),
        )
    return [service.slug for service in found[:limit]]


@dataclass
class Score:
    queries: int = 0
    hits: int = 0
    reciprocal_ranks: float = 0.0
    empty: int = 0

    @property
    def hit_at_5(self):
        return self.hits / self.queries if self.queries else 0.0

    @property
    def mrr(self):
        return self.reciprocal_ranks / self.queries if self.queries else 0.0

    @property
    def zero_rate(self):
        return self.empty / self.queries if self.queries else 0.0


def evaluate(queries, ranker=ranked_slugs):
    """{kind: Score} and "overall", with the queries that missed."""
    scores, misses = defaultdict(Score), []
    for query in queries:
        slugs = ranker(query["q"], query["lang"])
        rank = next((n for n, slug in enumerate(slugs, 1) if slug in query["expect"]), None)
        for key in (query["kind"], "overall"):
            score = scores[key]
            score.queries += 1
            score.hits += rank is not None
            score.reciprocal_ranks += 1 / rank if rank else 0.0
            score.empty += not slugs
        if rank is None:
            misses.append((query, slugs))
    return dict(scores), misses

"""
Search quality on the demo catalogue: the labelled queries of bench/search_queries.json must
keep their hit@5 and MRR above floors a little below the benchmark's targets, on SQLite and
on PostgreSQL alike. A failure lists the queries that missed and what was found instead.
"""

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import transaction

from services import search
from services.search.evaluation import KINDS, evaluate, load_queries

# Every test reads the database (the module's fixture fills it), so pytest-django sets it up.
pytestmark = pytest.mark.django_db

QUERIES = Path(__file__).resolve().parents[2] / "bench" / "search_queries.json"

OVERALL_HIT_AT_5 = 0.92
OVERALL_MRR = 0.80
TYPO_HIT_AT_5 = 0.85
EVERY_KIND_HIT_AT_5 = 0.75


@pytest.fixture(scope="module")
def evaluation(django_db_setup, django_db_blocker):
    """The demo content loaded once for the module, measured, and rolled back after it."""
    with django_db_blocker.unblock(), pytest.MonkeyPatch.context() as patch:
        patch.setenv("DEMO_PASSWORD", "demo-salasana-testeihin")
        with transaction.atomic():
            call_command("load_demo", "--allow-production", stdout=io.StringIO())
            search.rebuild()
            queries = load_queries(QUERIES)
            scores, misses = evaluate(queries)
            transaction.set_rollback(True)
    return queries, scores, misses


def missed(misses, kind=None):
    """The queries that missed, one a line, with the first services found instead."""
    lines = [
        f"  [{query['kind']}/{query['lang']}] {query['q']!r}: expected one of "
        f"{query['expect']}, got {found}"
        for query, found in misses
        if kind is None or query["kind"] == kind
    ]
    return "\n".join(lines) or "  (none)"


def test_query_set_covers_every_kind_of_query(evaluation):
    queries, scores, _misses = evaluation

    assert len(queries) >= 200
    assert {query["kind"] for query in queries} == set(KINDS)
    assert scores["overall"].queries == len(queries)


def test_overall_hit_at_5_stays_above_its_floor(evaluation):
    _queries, scores, misses = evaluation
    overall = scores["overall"]

    assert overall.hit_at_5 >= OVERALL_HIT_AT_5, (
        f"hit@5 {overall.hit_at_5:.3f} < {OVERALL_HIT_AT_5}; missed:\n{missed(misses)}"
    )


def test_overall_mean_reciprocal_rank_stays_above_its_floor(evaluation):
    _queries, scores, misses = evaluation
    overall = scores["overall"]

    assert overall.mrr >= OVERALL_MRR, (
        f"MRR {overall.mrr:.3f} < {OVERALL_MRR}; missed:\n{missed(misses)}"
    )


def test_typos_are_found_within_the_first_five(evaluation):
    _queries, scores, misses = evaluation
    typo = scores["typo"]

    assert typo.hit_at_5 >= TYPO_HIT_AT_5, (
        f"typo hit@5 {typo.hit_at_5:.3f} < {TYPO_HIT_AT_5}; missed:\n{missed(misses, 'typo')}"
    )


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_of_query_is_found_within_the_first_five(evaluation, kind):
    _queries, scores, misses = evaluation
    score = scores[kind]

    assert score.queries > 0
    assert score.hit_at_5 >= EVERY_KIND_HIT_AT_5, (
        f"{kind} hit@5 {score.hit_at_5:.3f} < {EVERY_KIND_HIT_AT_5}; "
        f"missed:\n{missed(misses, kind)}"
    )

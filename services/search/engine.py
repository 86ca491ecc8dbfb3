"""
Running a query over the postings (the inverted index): the ranked hits, counted and
sliced for a paginator. On PostgreSQL the whole ranking is one SQL statement that reads
the postings of the query's lexemes from a covering index; elsewhere the same postings
are read and ranked in Python (Query.score), with the same result.
"""

from dataclasses import dataclass
from functools import cached_property

from django.db import connection
from django.db.models import Q

from ..models import SearchDocument, SearchPosting
from .query import LEVEL_WEIGHTS, NAME_BONUS, NAME_START_BONUS


@dataclass(frozen=True)
class Hit:
    kind: str
    object_id: int
    score: float


def like_prefix(text):
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class Hits:
    """
    The ranked hits of a query, best first, as a sequence a Paginator can count and slice
    without fetching every hit. kinds limits the kinds of things; services limits services
    to a queryset's. On PostgreSQL a count and the first page cost one query together.
    """

    def __init__(self, query, *, kinds=None, services=None):
        self.query = query
        self.kinds = list(kinds) if kinds else None
        self.services = services
        self._pages = {}
        self._count = None

    def count(self):
        return len(self)

    def __len__(self):
        if self.query.is_empty:
            return 0
        if connection.vendor != "postgresql":
            return len(self._python_ranking)
        if self._count is None:
            self._postgres_page(0, FIRST_PAGE)
        return self._count

    def __getitem__(self, index):
        if self.query.is_empty:
            return [][index]
        if connection.vendor != "postgresql":
            return self._python_ranking[index]
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                raise ValueError("Hits can be sliced only with step 1.")
            return self._postgres_page(start, max(stop - start, 0))
        if index < 0:
            index += len(self)
        page = self._postgres_page(index, 1)
        if not page:
            raise IndexError(index)
        return page[0]

    def __iter__(self):
        return iter(self[0 : len(self)])

    # --- PostgreSQL ------------------------------------------------------------------------

    def _postgres_page(self, offset, limit):
        """Hits offset … offset + limit; the first page also gives the count."""
        if (offset, limit) in self._pages:
            return self._pages[(offset, limit)]
        if limit <= 0:
            return []
        if offset == 0 and limit <= FIRST_PAGE and (0, FIRST_PAGE) in self._pages:
            return self._pages[(0, FIRST_PAGE)][:limit]
        sql, params = self._ranking_sql()
        window = max(limit, FIRST_PAGE) if offset == 0 else limit
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, window, offset])
            rows = cursor.fetchall()
        hits = [Hit(kind, object_id, score) for kind, object_id, score, _total in rows]
        if rows:
            self._count = rows[0][3]
        elif offset == 0:
            self._count = 0
        if offset == 0:
            self._pages[(0, FIRST_PAGE)] = hits
        self._pages[(offset, limit)] = hits[:limit]
        return hits[:limit]

    def _ranking_sql(self):
        """
        The ranking as SQL: postings of each group of each alternative of each word, the
        best level per group, the worst group per alternative (all groups must match), the
        best alternative per word, and the words' sum as in Query.score.
        """
        query = self.query
        selects, params = [], []
        filter_sql, filter_params = self._filters()
        alternatives = []  # (word, alternative number, strength, groups)
        for w, word in enumerate(query.words):
            for a, alternative in enumerate(word.alternatives):
                alternatives.append((w, a, alternative.strength, len(alternative.groups)))
                for g, group in enumerate(alternative.groups):
                    if alternative.prefix:
                        (stem,) = group
                        condition, value = "p.lexeme LIKE %s", like_prefix(stem)
                    else:
                        condition, value = "p.lexeme = ANY(%s)", sorted(group)
                    selects.append(
                        f"SELECT p.document_id, p.kind, p.object_id, {w} AS word, {a} AS alt,"
                        f" {g} AS grp, p.level FROM services_searchposting p"
                        f" WHERE p.language = %s AND {condition}{filter_sql}"
                    )
                    params += [query.language, value, *filter_params]
        info = ", ".join(
            f"({w}, {a}, {strength!r}::float, {groups})" for w, a, strength, groups in alternatives
        )
        idf = " ".join(f"WHEN {w} THEN {word.idf!r}" for w, word in enumerate(query.words))
        levels = " ".join(
            f"WHEN {level} THEN {weight!r}" for level, weight in LEVEL_WEIGHTS.items()
        )
        bonus = (
            f"CASE WHEN d.name_key = %s THEN {NAME_BONUS * query.total_idf!r} "
            f"WHEN d.name_key LIKE %s THEN {NAME_START_BONUS * query.total_idf!r} ELSE 0 END"
        )
        sql = f"""
            WITH postings AS ({" UNION ALL ".join(selects)}),
            groups AS (
                SELECT document_id, kind, object_id, word, alt, grp, min(level) AS level
                FROM postings GROUP BY document_id, kind, object_id, word, alt, grp
            ),
            alternatives AS (
                SELECT g.document_id, g.kind, g.object_id, g.word,
                    i.strength * (CASE max(g.level) {levels} END) AS weight
                FROM groups g JOIN (VALUES {info}) AS i (word, alt, strength, groups)
                    ON i.word = g.word AND i.alt = g.alt
                GROUP BY g.document_id, g.kind, g.object_id, g.word, g.alt, i.strength, i.groups
                HAVING count(*) = i.groups
            ),
            words AS (
                SELECT document_id, kind, object_id, word, max(weight) AS weight
                FROM alternatives GROUP BY document_id, kind, object_id, word
            ),
            scored AS (
                SELECT document_id, kind, object_id,
                    sum((CASE word {idf} END) * weight) * count(*) / {len(query.words)}.0 AS score
                FROM words GROUP BY document_id, kind, object_id
            ),
            ranked AS (
                SELECT s.kind, s.object_id, s.score + {bonus} AS score,
                    length(d.name_key) AS name_length, d.sort_key
                FROM scored s JOIN services_searchdocument d ON d.id = s.document_id
            )
            SELECT kind, object_id, score, count(*) OVER () FROM ranked
            ORDER BY score DESC, name_length, sort_key COLLATE "C", kind, object_id
            LIMIT %s OFFSET %s
        """
        return sql, [*params, query.key, like_prefix(query.key + " ")]

    def _filters(self):
        """The kinds and services limits on postings: (SQL, params)."""
        sql, params = "", []
        if self.kinds:
            sql += " AND p.kind = ANY(%s)"
            params.append(self.kinds)
        if self.services is not None:
            inner, inner_params = self._services_sql
            sql += f" AND (p.kind <> 'service' OR p.object_id IN ({inner}))"
            params += list(inner_params)
        return sql, params

    @cached_property
    def _services_sql(self):
        return self.services.values("pk").query.get_compiler(connection=connection).as_sql()

    # --- Other databases --------------------------------------------------------------------

    @cached_property
    def _python_ranking(self):
        """The same ranking in Python over the postings of the query's lexemes."""
        condition = Q()
        for word in self.query.words:
            for alternative in word.alternatives:
                if alternative.prefix:
                    (stem,) = alternative.groups[0]
                    condition |= Q(lexeme__startswith=stem)
                else:
                    condition |= Q(lexeme__in=alternative.lexemes())
        postings = SearchPosting.objects.filter(condition, language=self.query.language)
        if self.kinds:
            postings = postings.filter(kind__in=self.kinds)
        if self.services is not None:
            postings = postings.filter(
                ~Q(kind="service") | Q(object_id__in=self.services.values("pk"))
            )
        levels = {}
        for document_id, lexeme, level in postings.values_list("document_id", "lexeme", "level"):
            levels.setdefault(document_id, {})[lexeme] = level
        documents = SearchDocument.objects.filter(pk__in=levels).only(
            "kind", "object_id", "name_key", "sort_key"
        )
        hits = []
        for document in documents:
            score = self.query.score(levels[document.pk], document.name_key)
            if score > 0:
                hits.append(
                    (
                        -score,
                        len(document.name_key),
                        document.sort_key,
                        document.kind,
                        document.object_id,
                    )
                )
        # Ties: the shorter name (a closer match) first, then alphabetically.
        hits.sort()
        return [Hit(kind, object_id, -score) for score, _length, _sort, kind, object_id in hits]


FIRST_PAGE = 20

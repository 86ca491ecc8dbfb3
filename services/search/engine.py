"""
Running a query: the ranked hits, counted and sliced for a paginator, on PostgreSQL in SQL
over the GIN-indexed tsvector, elsewhere in Python over the documents that hold any of the
query's lexemes.
"""

from dataclasses import dataclass
from functools import cached_property

from django.db import connection
from django.db.models import TextField, Value
from django.db.models.functions import Concat

from ..models import SearchDocument
from .query import (
    FIELD_WEIGHTS,
    LAST_LEVEL,
    LEVELS,
    NAME_BONUS,
    NAME_START_BONUS,
    STRENGTHS,
    q_any_lexeme,
)


@dataclass(frozen=True)
class Hit:
    kind: str
    object_id: int
    score: float


class Hits:
    """
    The ranked hits of a query, best first, as a sequence a Paginator can count and slice
    without fetching every hit: len() and a slice each cost one query on PostgreSQL.
    kinds limits the kinds of things; services limits services to a queryset's.
    """

    def __init__(self, query, *, kinds=None, services=None):
        self.query = query
        self.kinds = list(kinds) if kinds else None
        self.services = services

    def count(self):
        return len(self)

    def __len__(self):
        if self.query.is_empty:
            return 0
        if connection.vendor == "postgresql":
            return self._postgres_count
        return len(self._python_ranking)

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

    def _where(self):
        sql = ["d.language = %s", "d.vector @@ %s::tsquery"]
        params = [self.query.language, self.query.tsquery()]
        if self.kinds:
            sql.append("d.kind = ANY(%s)")
            params.append(self.kinds)
        if self.services is not None:
            inner, inner_params = (
                self.services.values("pk").query.get_compiler(connection=connection).as_sql()
            )
            sql.append(f"(d.kind <> 'service' OR d.object_id IN ({inner}))")
            params += list(inner_params)
        return " AND ".join(sql), params

    @cached_property
    def _postgres_count(self):
        where, params = self._where()
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM services_searchdocument d WHERE {where}", params)
            return cursor.fetchone()[0]

    def _word_level_sql(self, word):
        """SQL for QueryWord.weight_in: the best of its strong and weak alternatives."""
        levels, params = [], []
        for strength in STRENGTHS:
            alternatives = word.by_strength(strength)
            if not alternatives:
                continue
            cases = []
            for weight in LEVELS:
                cases.append(f"WHEN d.vector @@ %s::tsquery THEN {FIELD_WEIGHTS[weight]}")
                params.append(" | ".join(a.tsquery(weight) for a in alternatives))
            cases.append(f"WHEN d.vector @@ %s::tsquery THEN {FIELD_WEIGHTS[LAST_LEVEL]}")
            params.append(" | ".join(a.tsquery() for a in alternatives))
            levels.append(f"{strength} * (CASE {' '.join(cases)} ELSE 0 END)")
        return f"GREATEST({', '.join(levels)})", params

    def _postgres_page(self, offset, limit):
        if limit <= 0:
            return []
        query = self.query
        columns, column_params = [], []
        for number, word in enumerate(query.words):
            sql, params = self._word_level_sql(word)
            columns.append(f"{sql} AS w{number}")
            column_params += params
        total = " + ".join(f"{word.idf!r} * w{n}" for n, word in enumerate(query.words))
        matched = " + ".join(f"(w{n} > 0)::int" for n in range(len(query.words)))
        bonus = (
            f"CASE WHEN name_key = %s THEN {NAME_BONUS * query.total_idf!r} "
            f"WHEN name_key LIKE %s THEN {NAME_START_BONUS * query.total_idf!r} ELSE 0 END"
        )
        like = query.key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + " %"
        where, where_params = self._where()
        sql = (
            "SELECT kind, object_id, score FROM ("
            f" SELECT kind, object_id, sort_key, length(name_key) AS name_length,"
            f" ({total}) * ({matched})::float / {len(query.words)} + {bonus} AS score"
            " FROM ("
            f"  SELECT d.kind, d.object_id, d.sort_key, d.name_key, {', '.join(columns)}"
            f"  FROM services_searchdocument d WHERE {where}"
            " ) AS levels"
            ') AS scored ORDER BY score DESC, name_length, sort_key COLLATE "C", kind, object_id'
            " LIMIT %s OFFSET %s"
        )
        params = [query.key, like, *column_params, *where_params, limit, offset]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [Hit(kind, object_id, score) for kind, object_id, score in cursor.fetchall()]

    # --- Other databases --------------------------------------------------------------------

    @cached_property
    def _python_ranking(self):
        documents = SearchDocument.objects.filter(language=self.query.language).annotate(
            padded_a=Concat(Value(" "), "terms_a", Value(" "), output_field=TextField()),
            padded_b=Concat(Value(" "), "terms_b", Value(" "), output_field=TextField()),
            padded_c=Concat(Value(" "), "terms_c", Value(" "), output_field=TextField()),
            padded_d=Concat(Value(" "), "terms_d", Value(" "), output_field=TextField()),
        )
        documents = documents.filter(q_any_lexeme(self.query))
        if self.kinds:
            documents = documents.filter(kind__in=self.kinds)
        if self.services is not None:
            allowed = set(self.services.values_list("pk", flat=True))
        hits = []
        for document in documents.only(
            "kind", "object_id", "sort_key", "name_key", "terms_a", "terms_b", "terms_c", "terms_d"
        ):
            if self.services is not None and document.kind == "service":
                if document.object_id not in allowed:
                    continue
            score = self.query.score(document.term_sets(), document.name_key)
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

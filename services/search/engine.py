"""
Running a query over the postings (the inverted index): the ranked hits, counted and
sliced for a paginator, at most MAX_HITS of them.

On PostgreSQL the count is a GIN index scan of the documents' lexemes that stops after
MAX_HITS + 1, and the ranking SQL over the postings, read from covering indexes. A common
word's postings are read first only from names and keywords (then also summaries and the
palvelupuu): bounds on what the rest could add prove which documents are the best, and
only the few that might still be among them are scored exactly from their own postings;
when that proves nothing, every posting is read. Elsewhere the same postings are read and
ranked in Python (Query.score). The hits and their order are the same everywhere.
"""

import re
from dataclasses import dataclass
from functools import cached_property

from django.db import connection
from django.db.models import Q

from ..models import SearchDocument, SearchPosting
from .documents import kinds
from .query import LEVEL_WEIGHTS, NAME_BONUS, NAME_START_BONUS


@dataclass(frozen=True)
class Hit:
    kind: str
    object_id: int
    score: float


def tsquery_lexeme(lexeme):
    """A lexeme quoted for tsquery input, taken as it is (no parsing, no stemming)."""
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def ordered(scored):
    """
    Hits of (score, name_key, sort_key, kind, object_id) entries that scored, best first;
    ties: the shorter name (a closer match) first, then alphabetically (in code point
    order, as COLLATE "C"). Scores are compared rounded, so that sums added up in another
    order (SQL, Python) rank alike.
    """
    hits = sorted(
        (-round(score, SCORE_DIGITS), len(key), sort_key, kind, object_id, score)
        for score, key, sort_key, kind, object_id in scored
        if score > 0
    )
    return [Hit(kind, object_id, score) for *_order, kind, object_id, score in hits]


def real(number):
    """A number as an SQL float8 literal: arithmetic on numeric literals would be numeric."""
    return f"{float(number)!r}::float8"


def like_prefix(text):
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class Hits:
    """
    The ranked hits of a query, best first, as a sequence a Paginator can count and slice
    without fetching every hit: at most MAX_HITS of them (has_more tells when more match).
    kinds limits the kinds of things; services limits services to a queryset's.
    """

    def __init__(self, query, *, kinds=None, services=None):
        self.query = query
        self.kinds = list(kinds) if kinds else None
        self.services = services
        self._pages = {}
        self._count = None
        # The plan that ranked the last page on PostgreSQL: per word of the query, the
        # highest field level whose postings were read (all 4: every match scored); for
        # the tests and the benchmark.
        self.ranked_by = None

    def count(self):
        return len(self)

    def __len__(self):
        return min(self._matches(), MAX_HITS)

    @property
    def has_more(self):
        """Whether more than MAX_HITS documents match (only the best MAX_HITS are listed)."""
        return self._matches() > MAX_HITS

    def _matches(self):
        """How many documents match, counted up to MAX_HITS + 1."""
        if self.query.is_empty:
            return 0
        if connection.vendor != "postgresql":
            return len(self._python_ranking)
        if self._within_few_services is not None:
            return len(self._within_few_services)
        if self._count is None:
            self._count = self._postgres_count()
        return self._count

    def __getitem__(self, index):
        if self.query.is_empty:
            return [][index]
        if connection.vendor != "postgresql":
            return self._python_ranking[:MAX_HITS][index]
        if self._within_few_services is not None:
            return self._within_few_services[index]
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

    @cached_property
    def _within_few_services(self):
        """
        Every hit, when services limits the hits to at most FEW_SERVICES services (and
        nothing else): those services' documents scored one by one from their postings,
        which costs less than reading a common word's postings for the whole catalogue.
        None otherwise.
        """
        if self.services is None or self.kinds != ["service"]:
            return None
        inner, params = self._services_sql
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT d.id, d.kind, d.object_id, d.name_key, d.sort_key"
                " FROM services_searchdocument d WHERE d.language = %(language)s"
                f" AND d.kind = 'service' AND d.object_id IN ({inner}) LIMIT %(limit)s",
                {**params, "language": self.query.language, "limit": FEW_SERVICES + 1},
            )
            documents = cursor.fetchall()
        if len(documents) > FEW_SERVICES:
            return None
        levels = self._document_levels([row[0] for row in documents])
        return ordered(
            (self.query.score(levels.get(document_id, {}), key), key, sort_key, kind, object_id)
            for document_id, kind, object_id, key, sort_key in documents
        )

    def _postgres_count(self):
        """
        How many documents match, up to MAX_HITS + 1: those whose lexemes (a tsvector with
        a GIN index) have any word of the query by any of its alternatives (all groups of
        an alternative). Counting stops there, so a broad query costs no more than that.
        """
        if self._surely_more_than_max_hits():
            return MAX_HITS + 1
        tsquery = self._tsquery()
        with connection.cursor() as cursor:
            if self.services is None:
                # Migration 0007's function: from the GIN index only, in one statement.
                cursor.execute(
                    "SELECT search_count(%s, %s::tsquery, %s, %s)",
                    [self.query.language, tsquery, self.kinds, MAX_HITS + 1],
                )
            else:
                # The services' subquery may well need to scan them: the planner chooses.
                filter_sql, params = self._filters(table="d")
                cursor.execute(
                    "SELECT count(*) FROM (SELECT 1 FROM services_searchdocument d"
                    " WHERE d.language = %(language)s AND d.lexemes @@ %(tsquery)s::tsquery"
                    f"{filter_sql} LIMIT %(limit)s) AS m",
                    {
                        **params,
                        "language": self.query.language,
                        "tsquery": tsquery,
                        "limit": MAX_HITS + 1,
                    },
                )
            return cursor.fetchone()[0]

    def _surely_more_than_max_hits(self):
        """
        Whether the vocabulary's counts alone show that more than MAX_HITS documents match:
        every document with a lexeme of a one-group alternative (or a word beginning with a
        prefix) matches, so the largest such count is a floor. Documents of kinds left out
        are taken off it. Nothing is known this way when services are limited.
        """
        if self.services is not None:
            return False
        query = self.query
        floor = 0
        for word in query.words:
            for alternative in word.alternatives:
                if alternative.prefix:
                    floor = max(floor, query.prefix_counts.get(alternative, 0))
                elif len(alternative.groups) == 1:
                    floor = max(
                        floor, *(query.term_counts.get(x, 0) for x in alternative.lexemes())
                    )
        if floor <= MAX_HITS:
            return False
        if self.kinds:
            others = set(kinds()) - set(self.kinds)
            floor -= SearchDocument.objects.filter(
                language=query.language, kind__in=sorted(others)
            ).count()
        return floor > MAX_HITS

    def _tsquery(self):
        """The query as tsquery text: any word, by any alternative, each of its groups."""
        alternatives = []
        for word in self.query.words:
            for alternative in word.alternatives:
                if alternative.prefix:
                    alternatives.append(tsquery_lexeme(next(iter(alternative.groups[0]))) + ":*")
                    continue
                groups = [
                    "(" + " | ".join(tsquery_lexeme(lexeme) for lexeme in sorted(group)) + ")"
                    for group in alternative.groups
                ]
                alternatives.append("(" + " & ".join(groups) + ")")
        return " | ".join(alternatives)

    def _postgres_page(self, offset, limit):
        """Hits offset … offset + limit, best first."""
        if (offset, limit) in self._pages:
            return self._pages[(offset, limit)]
        if limit <= 0:
            return []
        wanted = offset + limit
        for level, plan in self._plans():
            ranked = self._ranking(plan, wanted)
            if ranked is not None:
                self.ranked_by = level
                break
        hits = ranked[offset:wanted]
        self._pages[(offset, limit)] = hits
        return hits

    def _groups(self):
        """(name, word number, alternative, group) of every group of the query."""
        return [
            (f"w{w}a{a}g{g}", w, alternative, group)
            for w, word in enumerate(self.query.words)
            for a, alternative in enumerate(word.alternatives)
            for g, group in enumerate(alternative.groups)
        ]

    def _plans(self):
        """
        (level, {group name: highest field level read}) of each plan, cheapest first. A
        group of lexemes in few documents is read whole; a common one first only in names
        and keywords (level 2), then also in summaries and the palvelupuu (3); the last
        plan (4) reads everything and always succeeds.
        """
        query = self.query
        common = {}
        for name, _w, alternative, group in self._groups():
            if alternative.prefix:
                documents = query.prefix_counts.get(alternative, 0)
            else:
                documents = sum(query.term_counts.get(lexeme, 0) for lexeme in group)
            common[name] = documents > COMMON_DOCUMENTS
        plans = [
            (level, {name: level if common[name] else 4 for name in common})
            for level in PRUNING_LEVELS
            if any(common.values())
        ]
        return [*plans, (4, dict.fromkeys(common, 4))]

    def _ranking(self, plan, wanted):
        """
        The best `wanted` hits from the postings the plan reads (of each group, the field
        levels up to plan[group]), or None when those cannot prove which they are: a
        threshold algorithm. What was read gives each document seen a lower bound (its
        score from what was read) and an upper bound (as if each alternative not read whole
        could still be found at the next level); a document not seen at all can score at
        most the sum of those. The `wanted`-th best lower bound is the bar: documents whose
        upper bound is below it cannot be among the best, and of the rest, those whose
        bounds differ are scored exactly from all their postings, when they are few.
        Reading everything, every bound is exact. The order is that of _python_ranking.
        """
        query = self.query
        count = len(query.words)
        complete = all(level == 4 for level in plan.values())
        caps = [0.0] * count
        for name, w, alternative, _group in self._groups():
            if plan[name] < 4:
                # Found only beyond what was read, the alternative is worth at most this.
                cap = alternative.strength * LEVEL_WEIGHTS[plan[name] + 1]
                caps[w] = max(caps[w], cap)
        unseen = sum(word.idf * cap for word, cap in zip(query.words, caps, strict=True))
        postings_sql, params = self._postings_sql(plan)
        bonus_sql, bonus_params = self._bonus_sql()
        weights = [f"w{w}" for w in range(count)]
        weight_columns = ", ".join(
            f"{self._word_weight_sql(w, word)} AS w{w}" for w, word in enumerate(query.words)
        )
        low = " + ".join(
            f"{real(word.idf)} * coalesce({weight}, 0)"
            for word, weight in zip(query.words, weights, strict=True)
        )
        matched = " + ".join(f"({weight} IS NOT NULL)::int" for weight in weights)
        high = " + ".join(
            [real(unseen)]
            + [
                f"{real(word.idf)} * greatest(coalesce({weight}, 0) - {real(cap)}, 0)"
                for word, weight, cap in zip(query.words, weights, caps, strict=True)
            ]
        )
        exact = " AND ".join(
            ["true"]
            + [
                f"coalesce({weight}, 0) >= {real(cap)}"
                for weight, cap in zip(weights, caps, strict=True)
                if cap
            ]
        )
        if complete:
            bar_sql = "SELECT -1.0::float8 AS low"  # Every document read is a candidate.
        else:
            bar_sql = "SELECT low FROM bounds ORDER BY low DESC OFFSET %(offset)s LIMIT 1"
        rounded = f"round(c.low::numeric, {SCORE_DIGITS})"
        order = f'{rounded} DESC, length(d.name_key), d.sort_key COLLATE "C", d.kind, d.object_id'
        sql = f"""
            WITH {postings_sql},
            weights AS MATERIALIZED (SELECT document_id, {weight_columns} FROM found),
            seen AS (
                SELECT document_id, ({low}) * ({matched}) / {real(count)} AS low,
                    {high} AS high, {exact} AS exact
                FROM weights
            ),
            bonus AS ({bonus_sql}),
            bounds AS (
                SELECT coalesce(s.document_id, b.document_id) AS document_id,
                    coalesce(s.low, 0) + coalesce(b.bonus, 0) AS low,
                    coalesce(s.high, {real(unseen)}) + coalesce(b.bonus, 0) AS high,
                    coalesce(s.exact, false) AS exact
                FROM seen s {"LEFT" if complete else "FULL"} JOIN bonus b
                    ON b.document_id = s.document_id
            ),
            bar AS ({bar_sql}),
            candidates AS (
                SELECT c.* FROM bar JOIN bounds c ON c.high >= bar.low - {real(TOLERANCE)}
                WHERE {"true" if complete else f"bar.low > {real(unseen)}"}
            ),
            exact AS (
                SELECT c.document_id, d.kind, d.object_id, c.low, c.high, c.exact, d.name_key,
                    d.sort_key
                FROM (
                    SELECT * FROM candidates c WHERE c.exact
                    ORDER BY {rounded} DESC FETCH FIRST %(wanted)s ROWS WITH TIES
                ) c JOIN services_searchdocument d ON d.id = c.document_id
                ORDER BY {order}
                LIMIT %(wanted)s
            ),
            unsure AS (
                SELECT c.document_id, d.kind, d.object_id, c.low, c.high, c.exact, d.name_key,
                    d.sort_key
                FROM (
                    SELECT * FROM candidates c WHERE NOT c.exact
                    ORDER BY c.high DESC LIMIT %(unsure)s
                ) c JOIN services_searchdocument d ON d.id = c.document_id
            )
            SELECT * FROM exact UNION ALL (SELECT * FROM unsure ORDER BY high DESC)
        """
        params = {
            **params,
            **bonus_params,
            "offset": wanted - 1,
            "wanted": wanted,
            "unsure": MAX_UNSURE + 1,
        }
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if not rows:
            # Too few documents seen to set a bar, or a bar a document not seen could pass.
            return None if not complete else []
        scored = [(row, row[3]) for row in rows if row[5]]
        unsure = [row for row in rows if not row[5]]
        if not self._score_unsure(unsure, scored, wanted):
            return None
        return ordered(
            (score, key, sort_key, kind, object_id)
            for (_id, kind, object_id, _low, _high, _exact, key, sort_key), score in scored
        )[:wanted]

    def _score_unsure(self, unsure, scored, wanted):
        """
        Score exactly, from their own postings, the documents whose bounds differ (best
        upper bound first, in batches), adding them to scored, until the rest cannot reach
        the `wanted`-th best score so far. False when more than MAX_UNSURE would be needed.
        """
        done = 0
        while done < len(unsure):
            best = sorted((score for _row, score in scored), reverse=True)
            if len(best) >= wanted and unsure[done][4] < best[wanted - 1] - TOLERANCE:
                return True  # The rest are below the bar: none of them can be among the best.
            if done >= MAX_UNSURE:
                # The query was cut here: documents after it were not even fetched.
                return False
            batch = unsure[done : min(done + PROBE_BATCH, MAX_UNSURE)]
            levels = self._document_levels([row[0] for row in batch])
            for row in batch:
                scored.append((row, self.query.score(levels.get(row[0], {}), row[6])))
            done += len(batch)
        return True

    def _postings_sql(self, plan):
        """
        SQL for `found`: per document, the best (lowest) level of each group of each
        alternative of each word, from the postings of the levels the plan reads. Params
        are named.
        """
        selects, columns, params = [], [], {}
        kinds_sql, having = "", ""
        if self.kinds:
            kinds_sql = " AND p.kind = ANY(%(kinds)s)"
            params["kinds"] = self.kinds
        if self.services is not None:
            # Once for the documents found, not for each posting read.
            inner, inner_params = self._services_sql
            having = f" HAVING min(kind) <> 'service' OR min(object_id) IN ({inner})"
            params.update(inner_params)
        posting = "p.document_id, p.kind, p.object_id" if having else "p.document_id"
        for part, (name, _w, alternative, group) in enumerate(self._groups()):
            if alternative.prefix:
                (stem,) = group
                condition, params[name] = f"p.lexeme LIKE %({name})s", like_prefix(stem)
            else:
                condition, params[name] = f"p.lexeme = ANY(%({name})s)", sorted(group)
            # Level before lexeme in the index: one range of lexemes per level read.
            levels = ",".join(str(level) for level in range(1, plan[name] + 1))
            selects.append(
                f"SELECT {posting}, {part} AS part, p.level FROM services_searchposting p"
                f" WHERE p.language = %(language)s AND p.level = ANY('{{{levels}}}')"
                f" AND {condition}{kinds_sql}"
            )
            columns.append(f"min(level) FILTER (WHERE part = {part}) AS {name}")
        params["language"] = self.query.language
        sql = f"""
            postings AS ({" UNION ALL ".join(selects)}),
            found AS (
                SELECT document_id, {", ".join(columns)} FROM postings GROUP BY document_id
                {having}
            )"""
        return sql, params

    def _word_weight_sql(self, w, word):
        """SQL for what word w is worth in a `found` row: its best alternative, or NULL."""
        levels = " ".join(
            f"WHEN {level} THEN {real(weight)}" for level, weight in LEVEL_WEIGHTS.items()
        )
        alternatives = []
        for a, alternative in enumerate(word.alternatives):
            names = [f"w{w}a{a}g{g}" for g in range(len(alternative.groups))]
            # All groups must be there; the alternative counts at the worst of them.
            level = (
                names[0]
                if len(names) == 1
                else (
                    "CASE WHEN "
                    + " AND ".join(f"{n} IS NOT NULL" for n in names)
                    + f" THEN greatest({', '.join(names)}) END"
                )
            )
            alternatives.append(f"{real(alternative.strength)} * (CASE ({level}) {levels} END)")
        return alternatives[0] if len(alternatives) == 1 else f"greatest({', '.join(alternatives)})"

    def _bonus_sql(self):
        """Documents whose name is the query (or starts with it) and their bonus."""
        query = self.query
        sql = (
            "SELECT d.id AS document_id, CASE WHEN d.name_key = %(key)s"
            f" THEN {real(NAME_BONUS * query.total_idf)} ELSE {real(NAME_START_BONUS * query.total_idf)}"
            " END AS bonus FROM services_searchdocument d WHERE d.language = %(language)s"
            " AND (d.name_key = %(key)s OR d.name_key LIKE %(key_start)s)"
        )
        params = {"key": query.key, "key_start": like_prefix(query.key + " ")}
        filter_sql, filter_params = self._filters(table="d")
        return sql + filter_sql, {**params, **filter_params}

    def _document_levels(self, document_ids):
        """{document id: {lexeme: level}} of these documents for the query's lexemes."""
        if not document_ids:
            return {}
        exact, prefixes = set(), []
        for word in self.query.words:
            for alternative in word.alternatives:
                if alternative.prefix:
                    prefixes.append(like_prefix(next(iter(alternative.groups[0]))))
                else:
                    exact |= alternative.lexemes()
        # Per document, each of its postings of those lexemes (and prefixes) looked up in
        # the index: with arrays of documents or lexemes, PostgreSQL would rather read all
        # of the documents' postings (a hundred each) and filter them.
        params = {"ids": document_ids}
        selects = []
        for number, lexeme in enumerate(sorted(exact)):
            selects.append(f"p.lexeme = %(lexeme{number})s")
            params[f"lexeme{number}"] = lexeme
        for number, prefix in enumerate(prefixes):
            selects.append(f"p.lexeme LIKE %(prefix{number})s")
            params[f"prefix{number}"] = prefix
        lookups = " UNION ALL ".join(
            "SELECT p.lexeme, p.level FROM services_searchposting p"
            f" WHERE p.document_id = d.id AND {condition}"
            for condition in selects
        )
        sql = (
            "SELECT d.id, x.lexeme, x.level FROM unnest(%(ids)s::bigint[]) AS d (id)"
            f" CROSS JOIN LATERAL ({lookups}) AS x"
        )
        found = {}
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            for document_id, lexeme, level in cursor.fetchall():
                found.setdefault(document_id, {})[lexeme] = level
        return found

    def _filters(self, table="p"):
        """The kinds and services limits on postings (or documents): (SQL, named params)."""
        sql, params = "", {}
        if self.kinds:
            sql += f" AND {table}.kind = ANY(%(kinds)s)"
            params["kinds"] = self.kinds
        if self.services is not None:
            inner, inner_params = self._services_sql
            sql += f" AND ({table}.kind <> 'service' OR {table}.object_id IN ({inner}))"
            params.update(inner_params)
        return sql, params

    @cached_property
    def _services_sql(self):
        """The services' ids as SQL with named params (services_0, …)."""
        services = self.services.order_by().values("pk")
        sql, params = services.query.get_compiler(connection=connection).as_sql()
        names = iter(f"services_{number}" for number in range(len(params)))
        # %s becomes %(services_n)s; a literal %% stays as it is.
        sql = PLACEHOLDER.sub(
            lambda m: m.group() if m.group() == "%%" else f"%({next(names)})s", sql
        )
        return sql, {f"services_{number}": value for number, value in enumerate(params)}

    # --- Other databases --------------------------------------------------------------------

    @cached_property
    def _python_ranking(self):
        """The same ranking in Python over the postings of the query's lexemes, every hit."""
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
        return ordered(
            (
                self.query.score(levels[document.pk], document.name_key),
                document.name_key,
                document.sort_key,
                document.kind,
                document.object_id,
            )
            for document in documents
        )


# Scores are compared to this many decimals, so that float sums added up in another order
# (SQL, Python) rank alike; bounds are compared with that much slack for the same reason.
SCORE_DIGITS = 9
TOLERANCE = 1e-9
# Counting and ranking stop at this many hits: a search that finds more says so ("more
# than 1 000") and lists the best 1 000, 50 pages.
MAX_HITS = 1000
# Lexemes in more documents than this are common: the pruned plans read their postings
# first only up to these field levels (names and keywords; then summaries, palvelupuu).
COMMON_DOCUMENTS = 5000
PRUNING_LEVELS = (2, 3)
# At most this many documents whose bounds differ may be scored one by one from their
# postings (PROBE_BATCH at a time) before a plan gives up; beyond that the next plan is
# cheaper.
MAX_UNSURE = 1500
PROBE_BATCH = 200
# A search limited to at most this many services scores each of them (at most MAX_HITS).
FEW_SERVICES = 1000
PLACEHOLDER = re.compile(r"%%|%s")

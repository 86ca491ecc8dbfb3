"""
Queries: what the words typed can mean, and how documents are ranked by them.

A query is a list of words. Each word has alternatives: the word itself with its base
forms and the staff's synonyms (strong, 1); all parts of a compound together, shorter
compounds inside it, the beginning of the last word typed and spelling corrections of a
word the index lacks (weak, 0.6); and, only when the whole word is not in the index, its
single parts (0.35). A document matches a word when it has any alternative.

Ranking, the same on every database: each word adds its weight (rarer words weigh more:
ln(1 + documents / documents with the word)) times the best of its alternatives, each
worth its strength times the best field it is found in (1 a name, 0.8 a keyword, 0.4 a
summary, provider or the palvelupuu, 0.15 a long text). The sum is multiplied by the
share of the query's words the document has, and a document whose name is the query gains
as much again (half for a name that starts with it). PostgreSQL computes it in one SQL
statement over the postings (engine.py); other databases in Python (Query.score).
"""

import math
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import connection
from django.db.models import Max, Q

from ..models import SearchTerm, Synonym
from .analysis import WORD, analyze_words, finnish, fold, words
from .documents import DOCUMENT_COUNT, name_key

MAX_WORDS = 12
# What a match is worth by the best field it is in: 1 name, 2 keyword, 3 summary,
# provider or palvelupuu, 4 long text (SearchPosting.level).
LEVEL_WEIGHTS = {1: 1.0, 2: 0.8, 3: 0.4, 4: 0.15}
# Strengths of alternatives: the word and its synonyms; compounds' parts together, prefixes
# and corrections; a single part of a compound.
STRONG, WEAK, PART = 1.0, 0.6, 0.35
STRENGTHS = (STRONG, WEAK, PART)
NAME_BONUS, NAME_START_BONUS = 1.0, 0.5
MIN_PREFIX = 3
TRIGRAM_THRESHOLD = 0.45
SYNONYMS_CACHE_SECONDS = 300


@dataclass(frozen=True)
class Alternative:
    """All of groups must match, each by any of its lexemes; or a prefix of a lexeme."""

    groups: tuple[frozenset[str], ...]
    strength: float = STRONG
    prefix: bool = False

    def lexemes(self):
        return set().union(*self.groups)

    def level(self, levels):
        """
        The best field level (1–4) at which a document with these {lexeme: level} has this
        alternative, or None: for a group its best lexeme, for the groups the worst of them.
        """
        if self.prefix:
            (stem,) = self.groups[0]
            found = [level for term, level in levels.items() if term.startswith(stem)]
            return min(found) if found else None
        worst = 0
        for group in self.groups:
            found = [levels[term] for term in group if term in levels]
            if not found:
                return None
            worst = max(worst, min(found))
        return worst


@dataclass
class QueryWord:
    """A word of the query (or a phrase a synonym matched) and what it can mean."""

    text: str
    alternatives: list[Alternative] = field(default_factory=list)
    idf: float = 0.0
    correction: str = ""

    def lexemes(self):
        found = set()
        for alternative in self.alternatives:
            if not alternative.prefix:
                found |= alternative.lexemes()
        return found

    def by_strength(self, strength):
        return [a for a in self.alternatives if a.strength == strength]

    def weight_in(self, levels):
        """What the word is worth in a document with these {lexeme: level}: 0 to 1."""
        best = 0.0
        for alternative in self.alternatives:
            level = alternative.level(levels)
            if level is not None:
                best = max(best, alternative.strength * LEVEL_WEIGHTS[level])
        return best

    def document_frequency(self, counts, prefix_counts):
        """
        How many documents the word is found in, by its strongest alternatives that are in
        the index: a compound's common parts must not make a rare compound look common.
        """
        for strength in STRENGTHS:
            found = [
                _alternative_frequency(a, counts, prefix_counts) for a in self.by_strength(strength)
            ]
            if any(found):
                return max(found)
        return 0


def _alternative_frequency(alternative, counts, prefix_counts):
    """At most how many documents have the alternative: 0 when a group is in none."""
    if alternative.prefix:
        return prefix_counts.get(alternative, 0)
    return min(max(counts.get(lexeme, 0) for lexeme in group) for group in alternative.groups)


@dataclass
class Query:
    """A parsed query in one language, ready to match and rank documents."""

    text: str
    language: str
    words: list[QueryWord]
    key: str
    document_count: int = 0
    # In how many documents each lexeme of the query is, and at most each prefix.
    term_counts: dict = field(default_factory=dict)
    prefix_counts: dict = field(default_factory=dict)

    @property
    def is_empty(self):
        return not self.words

    @property
    def suggestion(self):
        """The query with unknown words spelled as the index knows them, or ""."""
        if not any(word.correction for word in self.words):
            return ""
        corrections = {word.text: word.correction for word in self.words if word.correction}
        # The words as typed, in any case ("Perheneuvla"), each replaced once.
        return WORD.sub(
            lambda found: corrections.pop(found.group().casefold(), found.group()), self.text
        )

    @property
    def total_idf(self):
        return sum(word.idf for word in self.words)

    def score(self, levels, document_name_key):
        """The document's score (see the module's docstring) from its {lexeme: level}."""
        weights = [word.weight_in(levels) for word in self.words]
        matched = sum(1 for weight in weights if weight > 0)
        if not matched:
            return 0.0
        total = sum(word.idf * weight for word, weight in zip(self.words, weights, strict=True))
        return total * matched / len(self.words) + self.name_bonus(document_name_key)

    def name_bonus(self, document_name_key):
        if document_name_key == self.key:
            return NAME_BONUS * self.total_idf
        if self.key and document_name_key.startswith(self.key + " "):
            return NAME_START_BONUS * self.total_idf
        return 0.0

    def highlight_terms(self):
        """(lexemes, prefixes) a word of a result must have to be marked."""
        exact, prefixes = set(), set()
        for word in self.words:
            for alternative in word.alternatives:
                if alternative.prefix:
                    prefixes |= alternative.lexemes()
                else:
                    exact |= alternative.lexemes()
        return exact, prefixes


# --- Parsing -------------------------------------------------------------------------------


def parse(text, language):
    """The Query for a text typed in a language; unknown words get spelling corrections."""
    text = " ".join(text.split())
    tokens = words(text)[:MAX_WORDS]
    analyses = analyze_words(language, tokens)
    query_words = _apply_synonyms(language, tokens, analyses)
    # The last word may be unfinished. Swedish and English compounds are not split, so
    # each of their words also matches as the beginning of a longer word (förlossning*).
    last = tokens[-1].casefold() if tokens else ""
    for word in query_words:
        analysis = analyses.get(word.text)
        if analysis is None or (language == "fi" and word.text != last):
            continue
        prefix = _prefix(analysis) if language != "fi" else fold(analysis.surface)
        if len(prefix) >= MIN_PREFIX + (language != "fi"):
            word.alternatives.append(Alternative((frozenset({prefix}),), WEAK, prefix=True))
    for word in query_words:
        word.alternatives = list(dict.fromkeys(word.alternatives))
    query = Query(text=text, language=language, words=query_words, key=name_key(text))
    _weigh(query)
    return query


def _word_alternatives(analysis):
    strong = {fold(analysis.surface), *(fold(base) for base in analysis.bases)}
    found = [Alternative((frozenset(strong),))]
    for parts in analysis.compounds:
        found.append(Alternative(tuple(frozenset({fold(part)}) for part in parts), strength=WEAK))
    if analysis.inner:
        found.append(Alternative((frozenset(fold(inner) for inner in analysis.inner),), WEAK))
    parts = {fold(part) for parts in analysis.compounds for part in parts} - strong
    if parts:
        found.append(Alternative((frozenset(parts),), strength=PART))
    return found


def _prefix(analysis):
    """The shortest form of the word, for a prefix match: its stem in Swedish and English."""
    forms = [fold(analysis.surface), *(fold(base) for base in analysis.bases)]
    return min(forms, key=len)


def _phrase_alternative(language, text):
    """All words of a phrase, each by any of its forms: the synonym's expansion."""
    analyses = analyze_words(language, words(text))
    groups = tuple(
        frozenset({fold(a.surface), *(fold(base) for base in a.bases)}) for a in analyses.values()
    )
    return Alternative(groups) if groups else None


def synonyms(language):
    """{folded words of the term: expansion} of the staff's synonyms, cached a while."""
    key = f"search-synonyms:{language}"
    table = cache.get(key)
    if table is None:
        table = {}
        for term, expansion in Synonym.objects.filter(language=language).values_list(
            "term", "expansion"
        ):
            term_words = tuple(fold(word) for word in words(term))
            if term_words:
                table[term_words] = expansion
                if len(term_words) == 1:
                    # A single word also by its base forms: the synonym "tarha" for "tarhaan".
                    for analysis in analyze_words(language, words(term)).values():
                        for base in analysis.bases:
                            table.setdefault((fold(base),), expansion)
        cache.set(key, table, SYNONYMS_CACHE_SECONDS)
    return table


def forget_synonyms(**kwargs):
    for code in ("fi", "sv", "en"):
        cache.delete(f"search-synonyms:{code}")


def _apply_synonyms(language, tokens, analyses):
    """QueryWords of the tokens; runs of tokens that are a synonym's term become one."""
    table = synonyms(language)
    longest = max((len(term) for term in table), default=1)
    folded = [fold(token) for token in tokens]
    query_words, i = [], 0
    while i < len(tokens):
        matched = None
        for size in range(min(longest, len(tokens) - i), 0, -1):
            run = tuple(folded[i : i + size])
            if run in table:
                matched = (size, table[run])
                break
            if size == 1:
                analysis = analyses.get(tokens[i].casefold())
                for base in analysis.bases if analysis else ():
                    if (fold(base),) in table:
                        matched = (1, table[(fold(base),)])
                        break
        if matched:
            size, expansion = matched
            phrase = [
                analyses[t.casefold()] for t in tokens[i : i + size] if t.casefold() in analyses
            ]
            word = QueryWord(" ".join(t.casefold() for t in tokens[i : i + size]))
            if len(phrase) == 1:
                word.alternatives += _word_alternatives(phrase[0])
            elif phrase:
                word.alternatives.append(
                    Alternative(
                        tuple(
                            frozenset({fold(a.surface), *(fold(b) for b in a.bases)})
                            for a in phrase
                        )
                    )
                )
            expanded = _phrase_alternative(language, expansion)
            if expanded:
                word.alternatives.append(expanded)
            if word.alternatives:
                query_words.append(word)
            i += size
            continue
        analysis = analyses.get(tokens[i].casefold())
        if analysis is not None:
            query_words.append(QueryWord(analysis.word, _word_alternatives(analysis)))
        i += 1
    return query_words


# --- Vocabulary: document frequencies and spelling corrections ----------------------------------


def _weigh(query):
    """Give each word its weight from the vocabulary; correct words the index lacks."""
    if not query.words:
        return
    lexemes = set().union(*(word.lexemes() for word in query.words)) | {DOCUMENT_COUNT}
    counts = dict(
        SearchTerm.objects.filter(language=query.language, term__in=lexemes).values_list(
            "term", "doc_count"
        )
    )
    query.document_count = counts.pop(DOCUMENT_COUNT, 0)
    prefix_counts = _prefix_counts(query)
    query.term_counts, query.prefix_counts = counts, prefix_counts
    for word in query.words:
        df = word.document_frequency(counts, prefix_counts)
        if df and any(a.strength == PART for a in word.alternatives):
            # Single parts of a compound the index knows would only add noise (perhe, koti).
            whole = [a for a in word.alternatives if a.strength != PART]
            if QueryWord(word.text, whole).document_frequency(counts, prefix_counts):
                word.alternatives = whole
        whole_word = QueryWord(word.text, word.by_strength(STRONG))
        if not whole_word.document_frequency(counts, prefix_counts) or _unknown_finnish(
            query.language, word
        ):
            # Not in the index as such: perhaps a typo, even if it reads as a compound.
            df = max(df, _correct(query, word))
        word.idf = math.log(1 + query.document_count / df) if df else 0.0
    # Words nothing can match are left out, so that they neither match nor lower coverage.
    query.words = [word for word in query.words if word.idf > 0]
    # Corrections brought lexemes of their own: their counts too, for the ranking's plans.
    missing = set().union(*(word.lexemes() for word in query.words)) - counts.keys()
    if missing:
        counts.update(
            SearchTerm.objects.filter(language=query.language, term__in=missing).values_list(
                "term", "doc_count"
            )
        )


def _unknown_finnish(language, word):
    """A Finnish word Voikko does not know, such as "paivakodissa" without its umlauts."""
    if language != "fi" or not finnish().has_voikko or " " in word.text:
        return False
    return not finnish().readings(word.text)


def _prefix_counts(query):
    """{prefix alternative: most documents a word with that beginning is in}, in one query."""
    prefixes = [a for word in query.words for a in word.alternatives if a.prefix]
    if not prefixes:
        return {}
    stems = [next(iter(alternative.groups[0])) for alternative in prefixes]
    starting = Q()
    for stem in stems:
        starting |= Q(term__startswith=stem)
    found = SearchTerm.objects.filter(starting, language=query.language).aggregate(
        **{
            f"p{number}": Max("doc_count", filter=Q(term__startswith=stem))
            for number, stem in enumerate(stems)
        }
    )
    return {alternative: found[f"p{number}"] or 0 for number, alternative in enumerate(prefixes)}


def _correct(query, word):
    """
    Spelling corrections for a word the index does not know: Voikko's suggestions (Finnish),
    read as any word is (base forms, compound parts), and the index's words most alike by
    trigrams. Adds what the index has of them as weaker alternatives, keeps the best as the
    word's correction, and returns their document frequency.
    """
    weaker = {STRONG: WEAK, WEAK: PART, PART: PART}
    suggested = []  # (display, [Alternative])
    if query.language == "fi":
        for suggestion in finnish().suggestions(word.text)[:3]:
            for analysis in analyze_words("fi", [suggestion]).values():
                alternatives = [
                    Alternative(a.groups, weaker[a.strength]) for a in _word_alternatives(analysis)
                ]
                suggested.append((suggestion.casefold(), alternatives))
    wanted = {lexeme for _display, alts in suggested for a in alts for lexeme in a.lexemes()}
    counts = {}
    if wanted:
        counts = dict(
            SearchTerm.objects.filter(language=query.language, term__in=wanted).values_list(
                "term", "doc_count"
            )
        )
    own = fold(word.text)
    frequency = 0
    # The best suggestion the index knows as a whole word, else the best it knows parts
    # of; the other suggestions are usually other words.
    whole = [s for s in suggested if s[1][0].lexemes() & counts.keys()]
    for display, alternatives in whole[:1] or suggested:
        kept = [a for a in alternatives if all(group & counts.keys() for group in a.groups)]
        if kept:
            word.correction = display
            word.alternatives += kept
            frequency = max(counts.get(x, 0) for a in kept for x in a.lexemes())
            break
    similar = [row for row in similar_terms(query.language, word.text) if row[0] != own]
    if similar:
        word.correction = word.correction or similar[0][1]
        word.alternatives.append(Alternative((frozenset(row[0] for row in similar),), WEAK))
        frequency = max(frequency, *(row[2] for row in similar))
    return frequency


def trigrams(word):
    """pg_trgm's trigrams of a word: two spaces before it, one after."""
    padded = f"  {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def similarity(one, other):
    """pg_trgm's similarity(): shared trigrams over all trigrams of the two words."""
    a, b = trigrams(one), trigrams(other)
    return len(a & b) / len(a | b) if a and b else 0.0


def similar_terms(language, text, limit=3):
    """[(term, display, doc_count)] of the index's words most like the text, best first."""
    target = fold(text)
    if len(target) < MIN_PREFIX:
        return []
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT term, display, doc_count FROM services_searchterm "
                "WHERE language = %s AND term %% %s AND similarity(term, %s) >= %s "
                "ORDER BY similarity(term, %s) DESC, doc_count DESC, term LIMIT %s",
                [language, target, target, TRIGRAM_THRESHOLD, target, limit],
            )
            return cursor.fetchall()
    scored = []
    for term, display, doc_count in (
        SearchTerm.objects.filter(language=language)
        .exclude(term=DOCUMENT_COUNT)
        .values_list("term", "display", "doc_count")
    ):
        if abs(len(term) - len(target)) > 4:
            continue
        score = similarity(target, term)
        if score >= TRIGRAM_THRESHOLD:
            scored.append((-score, -doc_count, term, display))
    scored.sort()
    return [(term, display, -count) for _score, count, term, display in scored[:limit]]

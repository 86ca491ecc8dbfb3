"""
Text analysis: words into the lexemes that search documents store and queries look up.

Finnish goes through Voikko (libvoikko with the voikko-fi dictionary): every base form of
every reading of a word, and the parts of compound words (perheneuvola → perhe, neuvola).
Without Voikko, Finnish falls back to the Snowball stemmer, which handles endings but not
consonant gradation or compounds. Swedish and English are stemmed by PostgreSQL's own
text search configurations on PostgreSQL and by the same Snowball algorithms elsewhere.

Every lexeme is folded: lower case, without diacritics (ä → a, ö → o, å → a, é → e), so
that "paivakoti" typed without umlauts meets "päiväkoti".
"""

import logging
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import snowballstemmer
from django.db import connection

logger = logging.getLogger(__name__)

# Words: runs of letters and digits. Hyphens, apostrophes and underscores split them.
WORD = re.compile(r"[^\W_]+")
HYPHENATED = re.compile(r"[^\W_]+(?:-[^\W_]+)+")
# One part of Voikko's WORDBASES: "+lasten(lapsi)".
WORDBASE = re.compile(r"\+([^+()]*)\(([^()]*)\)")

# Words too common to tell services apart, by their folded base form. Queries and
# documents both leave them out. PostgreSQL's Swedish and English configurations drop
# their own lists of stop words as well.
STOP_WORDS = {
    "fi": set(
        (
            "ja tai seka olla ei etta kun jos mutta se ne tama nama tuo joka mika missa "
            "kuka mina sina han me te he kuin niin myos vain jo nyt voida voi mita "
            "miten mista mihin jotta eli"
        ).split()
    ),
    "sv": set(
        (
            "och i pa en ett att det som for med av till ar jag min mitt mina vi hur "
            "var vad om den har de du kan man sig sin eller"
        ).split()
    ),
    "en": set(
        (
            "a an the and or of to in for on with my is i at by be me our we it how "
            "what where who can do does are from your you there get"
        ).split()
    ),
}

SNOWBALL_NAMES = {"fi": "finnish", "sv": "swedish", "en": "english"}
POSTGRES_CONFIGS = {"sv": "swedish", "en": "english"}


def fold(text):
    """Lower case without diacritics: "Äitiys" → "aitiys"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text):
    """The words of a text, as written."""
    return WORD.findall(text or "")


@dataclass(frozen=True)
class Reading:
    """
    One reading of a word: its base form and, for a compound, the parts' base forms and
    the shorter compounds inside it (päiväkotipaikka → päiväkoti, kotipaikka).
    """

    base: str
    parts: tuple[str, ...] = ()
    inner: tuple[str, ...] = ()


def _pieces(wordbases):
    """
    [(surface, base)] of the parts of a word from Voikko's WORDBASES. A derivational
    suffix joins the part before it: "+koti(koti)+palvel(palvella)+u(+u)" gives koti and
    palvelu, not palvella.
    """
    pieces = []
    for surface, base in WORDBASE.findall(wordbases):
        surface, base = surface.replace("=", "").casefold(), base.replace("=", "").casefold()
        if base.startswith("+"):
            if pieces:
                joined = pieces[-1][0] + surface
                pieces[-1] = (joined, joined)
        elif base:
            pieces.append((surface, base))
    return pieces


def _inner_compounds(pieces):
    """Runs of two or more parts, not the whole: the parts as written, the last as base."""
    found = []
    for start in range(len(pieces)):
        for end in range(start + 2, len(pieces) + 1):
            if end - start == len(pieces):
                continue
            run = pieces[start:end]
            found.append("".join(surface for surface, _base in run[:-1]) + run[-1][1])
    return tuple(found)


@dataclass
class Lexemes:
    """The lexemes of a text, each with a readable form of it for spelling suggestions."""

    display: dict[str, str] = field(default_factory=dict)

    def add(self, form):
        lexeme = fold(form)
        if lexeme and WORD.fullmatch(lexeme):
            self.display.setdefault(lexeme, form.casefold())

    def __iter__(self):
        return iter(self.display)


class FinnishAnalyzer:
    """Voikko's readings of Finnish words, or Snowball stems when Voikko is missing."""

    def __init__(self):
        self._lock = threading.Lock()
        self._voikko = None
        self.error = ""
        try:
            from libvoikko import Voikko

            self._voikko = Voikko("fi")
        except Exception as error:  # noqa: BLE001 - any failure means "no Voikko"
            self.error = f"{type(error).__name__}: {error}"
            logger.warning("Voikko is not available, Finnish search is degraded: %s", error)
        self._stemmer = snowballstemmer.stemmer("finnish")

    @property
    def name(self):
        return "voikko" if self._voikko else "snowball"

    @property
    def has_voikko(self):
        return self._voikko is not None

    @lru_cache(maxsize=200_000)  # noqa: B019 - one analyzer lives as long as the process
    def readings(self, word):
        """The readings of a word; empty when the word is unknown."""
        if self._voikko is None:
            return (Reading(self._stemmer.stemWord(word.casefold())),)
        with self._lock:
            analyses = self._voikko.analyze(word)
        found = []
        for analysis in analyses:
            base = analysis.get("BASEFORM", "").casefold()
            if not base:
                continue
            pieces = _pieces(analysis.get("WORDBASES", ""))
            parts = tuple(part for _surface, part in pieces)
            reading = Reading(
                base,
                parts if len(parts) > 1 else (),
                _inner_compounds(pieces) if len(pieces) > 2 else (),
            )
            if reading not in found:
                found.append(reading)
        return tuple(found)

    @lru_cache(maxsize=20_000)  # noqa: B019
    def suggestions(self, word):
        """Voikko's spelling suggestions for an unknown word, best first."""
        if self._voikko is None or len(word) < 3:
            return ()
        with self._lock:
            if self._voikko.spell(word):
                return ()
            return tuple(self._voikko.suggest(word)[:5])


@lru_cache(maxsize=1)
def finnish():
    return FinnishAnalyzer()


@lru_cache(maxsize=3)
def snowball(language):
    return snowballstemmer.stemmer(SNOWBALL_NAMES[language])


_stem_cache: dict[tuple[str, str], tuple[str, ...]] = {}
_STEM_CACHE_SIZE = 100_000


def uses_postgres_configs():
    return connection.vendor == "postgresql"


def stems(language, tokens):
    """
    The stems of Swedish or English words, {word: (stem, ...)}: by PostgreSQL's text search
    configuration of the language on PostgreSQL (one query for the words not seen before),
    by the Snowball stemmer elsewhere. A stop word has no stems.
    """
    backend = "pg" if uses_postgres_configs() else "snowball"
    result, missing = {}, []
    for token in dict.fromkeys(tokens):
        cached = _stem_cache.get((backend + language, token))
        if cached is None:
            missing.append(token)
        else:
            result[token] = cached
    if missing:
        if backend == "pg":
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT w, tsvector_to_array(to_tsvector(%s::regconfig, w)) "
                    "FROM unnest(%s::text[]) AS w",
                    [POSTGRES_CONFIGS[language], missing],
                )
                found = {word: tuple(lexemes) for word, lexemes in cursor.fetchall()}
        else:
            stemmer = snowball(language)
            found = {
                word: () if fold(word) in STOP_WORDS[language] else (stemmer.stemWord(word),)
                for word in missing
            }
        if len(_stem_cache) > _STEM_CACHE_SIZE:
            _stem_cache.clear()
        for word in missing:
            stemmed = found.get(word, ())
            _stem_cache[(backend + language, word)] = stemmed
            result[word] = stemmed
    return result


@dataclass(frozen=True)
class WordAnalysis:
    """What a word can mean: its folded self, base forms or stems, and compound readings."""

    word: str
    surface: str
    bases: tuple[str, ...]
    compounds: tuple[tuple[str, ...], ...]
    known: bool
    inner: tuple[str, ...] = ()


def analyze_words(language, tokens):
    """
    {token: WordAnalysis} for words of a language, stop words left out. known tells whether
    the dictionary knew the word (always true where there is no dictionary).
    """
    tokens = [token.casefold() for token in tokens if token]
    stop = STOP_WORDS[language]
    analyses = {}
    if language == "fi":
        analyzer = finnish()
        for token in dict.fromkeys(tokens):
            readings = analyzer.readings(token)
            bases = tuple(dict.fromkeys(reading.base for reading in readings))
            if fold(token) in stop or (bases and all(fold(base) in stop for base in bases)):
                continue
            analyses[token] = WordAnalysis(
                word=token,
                surface=token,
                bases=bases,
                compounds=tuple(dict.fromkeys(r.parts for r in readings if r.parts)),
                known=bool(readings),
                inner=tuple(dict.fromkeys(inner for r in readings for inner in r.inner)),
            )
        return analyses
    stemmed = stems(language, [token for token in tokens if fold(token) not in stop])
    for token, found in stemmed.items():
        if not found and fold(token) in stop:
            continue
        analyses[token] = WordAnalysis(
            word=token, surface=token, bases=found, compounds=(), known=True
        )
    return analyses


def text_lexemes(language, text, lexemes=None):
    """
    Every lexeme of a text for the index: each word as written, its base forms or stem, and
    its compound parts; a hyphenated word also joined ("Pikku-Veturi" → pikkuveturi).
    """
    lexemes = lexemes if lexemes is not None else Lexemes()
    if not text:
        return lexemes
    tokens = words(text)
    for analysis in analyze_words(language, tokens).values():
        lexemes.add(analysis.surface)
        for base in analysis.bases:
            lexemes.add(base)
        for parts in analysis.compounds:
            for part in parts:
                if fold(part) not in STOP_WORDS[language]:
                    lexemes.add(part)
        for inner in analysis.inner:
            lexemes.add(inner)
    for hyphenated in HYPHENATED.findall(text):
        lexemes.add(hyphenated.replace("-", ""))
    return lexemes


def analyzer_name():
    """Which Finnish analysis documents get: "voikko" or "snowball"."""
    return finnish().name

"""
What search keeps: a search document per thing and language, the vocabulary of the index,
the synonyms staff maintain and the searches that found nothing.
"""

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

MAX_TERM_LENGTH = 100


class SearchDocument(models.Model):
    """
    One searchable thing (a service, a palvelupuu node, a bulletin board) in one language,
    as lexemes by weight: A for names, B for keywords, C for summaries, providers and the
    palvelupuu, D for long texts. Each lexeme is also a SearchPosting, with its best field.
    On PostgreSQL `lexemes` holds them all as a tsvector with a GIN index, which counts a
    query's matches without reading their postings (migration 0007).
    """

    kind = models.CharField(max_length=20)
    object_id = models.PositiveIntegerField()
    language = models.CharField(max_length=5)
    name_key = models.CharField(max_length=300)
    sort_key = models.CharField(max_length=300)
    terms_a = models.TextField(blank=True)
    terms_b = models.TextField(blank=True)
    terms_c = models.TextField(blank=True)
    terms_d = models.TextField(blank=True)
    analyzer = models.CharField(max_length=20)
    lexemes = SearchVectorField(null=True, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id", "language"], name="search_document_once"
            )
        ]
        indexes = [models.Index(fields=["language", "kind"], name="search_document_language")]

    def __str__(self):
        return f"{self.kind} {self.object_id} ({self.language})"

    def all_terms(self):
        """Every lexeme of the document, whatever its field."""
        return set(f"{self.terms_a} {self.terms_b} {self.terms_c} {self.terms_d}".split())


class SearchPosting(models.Model):
    """
    A lexeme of a document and the best field it stands in: 1 name, 2 keyword, 3 summary,
    provider or palvelupuu, 4 long text. The inverted index ranking reads on PostgreSQL;
    kind and object_id are repeated from the document so that filters need no join.
    Migration 0006 indexes it for the database: on PostgreSQL with one covering index that
    also serves prefixes.
    """

    # Indexed with the lexeme below: a document's postings of some lexemes.
    document = models.ForeignKey(
        SearchDocument, on_delete=models.CASCADE, related_name="postings", db_index=False
    )
    language = models.CharField(max_length=5)
    lexeme = models.CharField(max_length=MAX_TERM_LENGTH)
    level = models.PositiveSmallIntegerField()
    kind = models.CharField(max_length=20)
    object_id = models.PositiveIntegerField()

    class Meta:
        indexes = [
            # The pruned ranking looks up its few candidates' postings of the query's
            # lexemes (and prefixes: byte order) from this index alone on PostgreSQL.
            models.Index(
                fields=["document", "lexeme", "level"],
                name="search_posting_document",
                opclasses=["int8_ops", "varchar_pattern_ops", "int2_ops"],
            )
        ]

    def __str__(self):
        return f"{self.lexeme} ({self.language}, {self.level})"


class SearchTerm(models.Model):
    """
    A lexeme of the index in one language and in how many documents it occurs: the
    vocabulary spelling corrections look in, and the document frequencies ranking weighs
    words by. The empty term counts the documents of the language.
    """

    language = models.CharField(max_length=5)
    term = models.CharField(max_length=MAX_TERM_LENGTH)
    display = models.CharField(max_length=MAX_TERM_LENGTH)
    doc_count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["language", "term"], name="search_term_once")
        ]

    def __str__(self):
        return f"{self.term} ({self.language}, {self.doc_count})"


class Synonym(models.Model):
    """A word families use and the word the catalogue uses for it: tarha → päiväkoti."""

    language = models.CharField(_("kieli"), max_length=5, choices=settings.LANGUAGES)
    term = models.CharField(
        _("hakijan sana"),
        max_length=MAX_TERM_LENGTH,
        help_text=_("Sana tai lyhyt ilmaus niin kuin perheet sen kirjoittavat, esimerkiksi tarha."),
    )
    expansion = models.CharField(
        _("tarkoittaa"),
        max_length=200,
        help_text=_(
            "Sana, jota palvelukuvaukset käyttävät, esimerkiksi päiväkoti. Haku etsii molemmilla."
        ),
    )
    created_at = models.DateTimeField(_("lisätty"), auto_now_add=True)
    updated_at = models.DateTimeField(_("muokattu"), auto_now=True)

    class Meta:
        ordering = ["language", "term"]
        verbose_name = _("synonyymi")
        verbose_name_plural = _("synonyymit")
        constraints = [models.UniqueConstraint(fields=["language", "term"], name="synonym_once")]

    def __str__(self):
        return f"{self.term} → {self.expansion}"

    def clean(self):
        self.term = " ".join(self.term.casefold().split())
        self.expansion = " ".join(self.expansion.split())
        if self.term and self.term == self.expansion.casefold():
            raise ValidationError(
                {"expansion": _("Kirjoita tähän eri sana kuin hakijan sana.")}, code="same"
            )


class ZeroResultSearch(models.Model):
    """
    A search that found nothing, counted by its text alone: nothing about who searched,
    not even the time of day, so that staff can add synonyms or keywords.
    """

    language = models.CharField(_("kieli"), max_length=5, choices=settings.LANGUAGES)
    query = models.CharField(_("haku"), max_length=200)
    count = models.PositiveIntegerField(_("kertaa"), default=0)
    first_searched = models.DateField(_("ensimmäisen kerran"))
    last_searched = models.DateField(_("viimeksi"))

    class Meta:
        ordering = ["-count", "query"]
        verbose_name = _("tulokseton haku")
        verbose_name_plural = _("tuloksettomat haut")
        constraints = [
            models.UniqueConstraint(fields=["language", "query"], name="zero_result_once")
        ]

    def __str__(self):
        return self.query

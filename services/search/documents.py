"""
Search documents: what of each service, palvelupuu node, bulletin board and bulletin post
is searchable, in which language and at which weight, and how the index is kept current.

Each kind of thing registers a Kind. refresh() rebuilds the documents of some objects,
writing only what changed, and keeps the vocabulary's document counts; signals call it
when anything a document is made of changes. Inside deferred(), refreshes wait and run
once at the end (the PTV importer, the demo loader).
"""

import threading
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Prefetch, Q
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from ..models import SearchDocument, SearchPosting, SearchTerm
from ..models.search import MAX_TERM_LENGTH
from .analysis import Lexemes, analyzer_name, fold, text_lexemes, words

LANGUAGE_CODES = tuple(code for code, _name in settings.LANGUAGES)
FALLBACK = tuple(settings.MODELTRANSLATION_FALLBACK_LANGUAGES)
WEIGHTS = ("a", "b", "c", "d")
DOCUMENT_COUNT = ""  # the SearchTerm that counts the documents of a language


def translated(obj, field, language):
    """(text, its language): the field as a page in the language shows it, with fallback."""
    for code in dict.fromkeys([language, *FALLBACK]):
        value = getattr(obj, f"{field}_{code}", None)
        if value:
            return value, code
    return "", language


@dataclass
class Kind:
    """A kind of searchable thing."""

    key: str
    label: str
    model: type
    summary_field: str

    def queryset(self):
        """The objects that may be found, ready for fields()."""
        raise NotImplementedError

    def fields(self, obj, language):
        """[(weight, text, language of the text)] of the object's document in a language."""
        raise NotImplementedError

    def title(self, obj, language):
        return translated(obj, "name", language)[0]

    def summary(self, obj, language):
        return translated(obj, self.summary_field, language)[0]


class ServiceKind(Kind):
    def queryset(self):
        from ..models import Node, Service

        return (
            Service.objects.published()
            .select_related("provider")
            .prefetch_related(
                Prefetch("nodes", queryset=Node.objects.select_related("parent__parent")),
                "keywords_fi",
                "keywords_sv",
                "keywords_en",
            )
        )

    def fields(self, service, language):
        found = []
        for name in ("name", "alternative_name"):
            found.append(("a", *translated(service, name, language)))
        keywords = [tag.name for tag in service.keywords_in(language).all()]
        keyword_language = language
        if not keywords and language != "fi":
            keywords, keyword_language = [tag.name for tag in service.keywords_fi.all()], "fi"
        found.append(("b", " ".join(keywords), keyword_language))
        found.append(("c", *translated(service, "summary", language)))
        found.append(("c", *translated(service.provider, "name", language)))
        for node in service.nodes.all():
            for branch in [*node.ancestors(), node]:
                found.append(("c", *translated(branch, "name", language)))
        for name in ("description", "user_instructions", "requirements", "charge_note"):
            found.append(("d", *translated(service, name, language)))
        return found


class NodeKind(Kind):
    def queryset(self):
        from ..models import Node

        return Node.objects.select_related("parent__parent")

    def fields(self, node, language):
        found = [("a", *translated(node, "name", language))]
        found.append(("c", *translated(node, "intro", language)))
        for ancestor in node.ancestors():
            found.append(("d", *translated(ancestor, "name", language)))
        return found


class BoardKind(Kind):
    def queryset(self):
        from bulletin.models import Board

        return Board.objects.all()

    def fields(self, board, language):
        # A board's name is a proper noun that families may know in either language.
        found = [("a", getattr(board, f"name_{code}") or "", code) for code in LANGUAGE_CODES]
        found.append(("c", *translated(board, "description", language)))
        found.append(("c", board.street_address, "fi"))
        found.append(("c", *translated(board, "post_office", language)))
        return found


class PostKind(Kind):
    """Bulletin posts on the boards and in their archives (not drafts, not expired)."""

    def queryset(self):
        from bulletin.models import Post

        return (
            Post.objects.public().select_related("board", "folder").prefetch_related("attachments")
        )

    def fields(self, post, language):
        found = [("a", *translated(post, "title", language))]
        found.append(("c", *translated(post.board, "name", language)))
        if post.folder:
            found.append(("c", *translated(post.folder, "name", language)))
        found.append(("c", *translated(post, "place", language)))
        body, body_language = translated(post, "body", language)
        found.append(("d", strip_tags(body), body_language))
        for attachment in post.attachments.all():
            found.append(("c", *translated(attachment, "title", language)))
            # A PDF's own language is not known; the programmes are written in Finnish.
            found.append(("d", attachment.text, "fi"))
        return found

    def title(self, post, language):
        return translated(post, "title", language)[0]

    def summary(self, post, language):
        body = strip_tags(translated(post, "body", language)[0])
        return Truncator(" ".join(body.split())).words(30)


def _kinds():
    from bulletin.models import Board, Post

    from ..models import Node, Service

    return {
        kind.key: kind
        for kind in (
            ServiceKind("service", _("Palvelu"), Service, "summary"),
            NodeKind("node", _("Palvelupuu"), Node, "intro"),
            BoardKind("board", _("Ilmoitustaulu"), Board, "description"),
            PostKind("post", _("Ilmoitus"), Post, "body"),
        )
    }


_registry = {}


def kinds():
    """The kinds of searchable things by key: service, node, board."""
    if not _registry:
        _registry.update(_kinds())
    return _registry


@dataclass
class Built:
    """A document as it should be stored."""

    name_key: str
    sort_key: str
    terms: dict[str, list[str]]
    display: dict[str, str]

    def values(self):
        return {
            "name_key": self.name_key,
            "sort_key": self.sort_key,
            "terms_a": " ".join(self.terms["a"]),
            "terms_b": " ".join(self.terms["b"]),
            "terms_c": " ".join(self.terms["c"]),
            "terms_d": " ".join(self.terms["d"]),
            "analyzer": analyzer_name(),
        }

    def all_terms(self):
        return {term for weight in WEIGHTS for term in self.terms[weight]}

    def levels(self):
        """{lexeme: the best field it stands in, 1 (A, names) to 4 (D, long texts)}."""
        found = {}
        for level, weight in enumerate(WEIGHTS, start=1):
            for term in self.terms[weight]:
                found.setdefault(term, level)
        return found


def name_key(text):
    """The words of a name, folded: how a query that is exactly the name looks."""
    return " ".join(fold(word) for word in words(text))[:300]


def build(kind, obj, language):
    from ..views.palvelupuu import collation_key

    lexemes = {weight: Lexemes() for weight in WEIGHTS}
    for weight, text, text_language in kind.fields(obj, language):
        text_lexemes(text_language, text, lexemes[weight])
    display = {}
    for weight in reversed(WEIGHTS):
        display.update(lexemes[weight].display)
    title = kind.title(obj, language)
    return Built(
        name_key=name_key(title),
        sort_key=collation_key(title, language)[0][:300],
        terms={
            weight: sorted(term for term in lexemes[weight] if len(term) <= MAX_TERM_LENGTH)
            for weight in WEIGHTS
        },
        display=display,
    )


# --- Keeping the index current -----------------------------------------------------------

_local = threading.local()


@contextmanager
def deferred(*, run_pending=True):
    """
    Collect refreshes and run each once when the outermost block ends without an error.
    run_pending=False drops them, for a caller that rebuilds the whole index itself.
    """
    outermost = getattr(_local, "pending", None) is None
    if outermost:
        _local.pending = defaultdict(set)
    try:
        yield
        if outermost and run_pending:
            for key, ids in _local.pending.items():
                refresh(key, ids)
    finally:
        if outermost:
            _local.pending = None


def schedule(key, ids):
    """Refresh these objects' documents now, or at the end of a deferred() block."""
    ids = {pk for pk in ids if pk is not None}
    if not ids:
        return
    pending = getattr(_local, "pending", None)
    if pending is not None:
        pending[key] |= ids
    else:
        refresh(key, ids)


def refresh(key, ids=None):
    """
    Make the documents of these objects of one kind (all when ids is None) match the
    objects: create, update or delete documents, writing only the differences, and keep
    the vocabulary's counts. Returns the number of documents written or deleted.
    """
    kind = kinds()[key]
    objects = kind.queryset()
    stored = SearchDocument.objects.filter(kind=key)
    if ids is not None:
        ids = set(ids)
        objects = objects.filter(pk__in=ids)
        stored = stored.filter(object_id__in=ids)
    wanted = {}
    for obj in objects:
        for language in LANGUAGE_CODES:
            wanted[(obj.pk, language)] = build(kind, obj, language)
    with transaction.atomic():
        current = {(doc.object_id, doc.language): doc for doc in stored.select_for_update()}
        delta, display = Counter(), {}
        create, update, delete, written = [], [], [], []
        for (object_id, language), built in wanted.items():
            values = built.values()
            doc = current.get((object_id, language))
            if doc is None:
                doc = SearchDocument(kind=key, object_id=object_id, language=language, **values)
                create.append(doc)
                written.append((doc, built))
                delta[(language, DOCUMENT_COUNT)] += 1
                old_terms = set()
            elif any(getattr(doc, name) != value for name, value in values.items()):
                old_terms = doc.all_terms()
                for name, value in values.items():
                    setattr(doc, name, value)
                update.append(doc)
                written.append((doc, built))
            else:
                continue
            new_terms = built.all_terms()
            for term in new_terms - old_terms:
                delta[(language, term)] += 1
                display[(language, term)] = built.display.get(term, term)
            for term in old_terms - new_terms:
                delta[(language, term)] -= 1
        for place, doc in current.items():
            if place not in wanted:
                delete.append(doc.pk)
                delta[(doc.language, DOCUMENT_COUNT)] -= 1
                for term in doc.all_terms():
                    delta[(doc.language, term)] -= 1
        SearchDocument.objects.bulk_create(create, batch_size=500)
        SearchDocument.objects.bulk_update(
            update, [f.attname for f in _document_value_fields()], batch_size=500
        )
        SearchDocument.objects.filter(pk__in=delete).delete()
        SearchPosting.objects.filter(document__in=update).delete()
        SearchPosting.objects.bulk_create(
            (
                SearchPosting(
                    document=doc,
                    language=doc.language,
                    lexeme=lexeme,
                    level=level,
                    kind=doc.kind,
                    object_id=doc.object_id,
                )
                for doc, built in written
                for lexeme, level in built.levels().items()
            ),
            batch_size=5000,
        )
        if written and connection.vendor == "postgresql":
            _fill_lexemes([doc.pk for doc, _built in written])
        _count_terms(delta, display)
    return len(create) + len(update) + len(delete)


def _fill_lexemes(document_ids):
    """PostgreSQL: the documents' tsvector of all their lexemes, from their postings."""
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE services_searchdocument d SET lexemes = ("
            "SELECT array_to_tsvector(array_agg(p.lexeme)) FROM services_searchposting p"
            " WHERE p.document_id = d.id) WHERE d.id = ANY(%s)",
            [document_ids],
        )


def _document_value_fields():
    names = ("name_key", "sort_key", "terms_a", "terms_b", "terms_c", "terms_d", "analyzer")
    return [SearchDocument._meta.get_field(name) for name in names]


def _count_terms(delta, display):
    """Add the changes of document counts to the vocabulary; drop terms no longer used."""
    delta = {place: change for place, change in delta.items() if change}
    if not delta:
        return
    by_language = defaultdict(set)
    for language, term in delta:
        by_language[language].add(term)
    condition = Q()
    for language, terms in by_language.items():
        condition |= Q(language=language, term__in=terms)
    stored = {
        (term.language, term.term): term
        for term in SearchTerm.objects.filter(condition)
        .order_by("language", "term")
        .select_for_update()
    }
    create, update, delete = [], [], []
    for (language, term), change in sorted(delta.items()):
        row = stored.get((language, term))
        if row is None:
            if change > 0:
                create.append(
                    SearchTerm(
                        language=language,
                        term=term,
                        display=display.get((language, term), term)[:MAX_TERM_LENGTH],
                        doc_count=change,
                    )
                )
            continue
        row.doc_count = max(row.doc_count + change, 0)
        if row.doc_count or term == DOCUMENT_COUNT:
            update.append(row)
        else:
            delete.append(row.pk)
    SearchTerm.objects.bulk_create(create, batch_size=1000)
    SearchTerm.objects.bulk_update(update, ["doc_count"], batch_size=1000)
    SearchTerm.objects.filter(pk__in=delete).delete()


def rebuild():
    """Every document of every kind brought up to date, and the vocabulary recounted."""
    written = sum(refresh(key) for key in kinds())
    recount()
    return written


def recount():
    """Count the vocabulary again from the documents (after a crash or a manual change)."""
    counts = Counter()
    for doc in SearchDocument.objects.iterator(chunk_size=2000):
        counts[(doc.language, DOCUMENT_COUNT)] += 1
        for term in doc.all_terms():
            counts[(doc.language, term)] += 1
    stored = {(t.language, t.term): t for t in SearchTerm.objects.all()}
    with transaction.atomic():
        create, update = [], []
        for place, count in counts.items():
            row = stored.pop(place, None)
            if row is None:
                create.append(
                    SearchTerm(language=place[0], term=place[1], display=place[1], doc_count=count)
                )
            elif row.doc_count != count:
                row.doc_count = count
                update.append(row)
        SearchTerm.objects.bulk_create(create, batch_size=1000)
        SearchTerm.objects.bulk_update(update, ["doc_count"], batch_size=1000)
        SearchTerm.objects.filter(pk__in=[row.pk for row in stored.values()]).delete()

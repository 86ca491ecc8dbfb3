"""
What the pruned ranking and the count read (services/search/engine.py): postings by
document and lexeme (with the level), replacing the plain foreign-key index; on PostgreSQL
postings by language, level and lexeme instead of language and lexeme, and every
document's lexemes as a tsvector with a GIN index, filled from the postings.
"""

import django.contrib.postgres.search
import django.db.models.deletion
from django.db import migrations, models

FILL_LEXEMES = (
    "UPDATE services_searchdocument d SET lexemes = ("
    "SELECT array_to_tsvector(array_agg(p.lexeme)) FROM services_searchposting p"
    " WHERE p.document_id = d.id)"
)


# Matches counted from the GIN index alone, stopping at a limit: with a sequential or
# B-tree scan that stops at the limit, PostgreSQL would decompress the lexemes of every
# document on the way, a hundred times slower for a query that matches a fifth of them. The
# settings last for the function's own statement only.
COUNT_FUNCTION = """
CREATE OR REPLACE FUNCTION search_count(language text, query tsquery, kinds text[], max_count integer)
RETURNS bigint LANGUAGE sql STABLE
SET enable_seqscan = off SET enable_indexscan = off
AS $$
    SELECT count(*) FROM (
        SELECT 1 FROM services_searchdocument d
        WHERE d.language = $1 AND d.lexemes @@ $2 AND ($3 IS NULL OR d.kind = ANY($3))
        LIMIT $4
    ) AS m
$$
"""


def postgres_forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # Postings by level before lexeme: a plan reading only names and keywords reads one
    # range of lexemes per level instead of all of a lexeme's postings.
    schema_editor.execute("DROP INDEX IF EXISTS search_posting_lexeme")
    schema_editor.execute(
        "CREATE INDEX search_posting_level ON services_searchposting"
        " (language, level, lexeme varchar_pattern_ops) INCLUDE (document_id, kind, object_id)"
    )
    schema_editor.execute(FILL_LEXEMES)
    schema_editor.execute(
        "CREATE INDEX search_document_lexemes ON services_searchdocument USING gin (lexemes)"
    )
    schema_editor.execute(COUNT_FUNCTION)


def postgres_backward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP FUNCTION IF EXISTS search_count(text, tsquery, text[], integer)")
    schema_editor.execute("DROP INDEX IF EXISTS search_document_lexemes")
    schema_editor.execute("DROP INDEX IF EXISTS search_posting_level")
    schema_editor.execute(
        "CREATE INDEX search_posting_lexeme ON services_searchposting"
        " (language, lexeme varchar_pattern_ops) INCLUDE (document_id, level, kind, object_id)"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0006_search"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="searchposting",
            index=models.Index(
                fields=["document", "lexeme", "level"],
                name="search_posting_document",
                opclasses=["int8_ops", "varchar_pattern_ops", "int2_ops"],
            ),
        ),
        migrations.AlterField(
            model_name="searchposting",
            name="document",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="postings",
                to="services.searchdocument",
            ),
        ),
        migrations.AddField(
            model_name="searchdocument",
            name="lexemes",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(postgres_forward, postgres_backward, elidable=False),
    ]

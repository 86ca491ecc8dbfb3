"""The Swedish and English catalogues are complete: every translatable string has a translation."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent
LANGUAGES = ["sv", "en"]
NOT_COPIED = shutil.ignore_patterns(
    ".venv",
    ".git",
    "node_modules",
    "staticfiles",
    "media",
    "tests",
    "db.sqlite3",
    "*_cache",
    "__pycache__",
    "test-results",
)


def po_file(root, language):
    return root / "locale" / language / "LC_MESSAGES" / "django.po"


def untranslated(po):
    """msgids that are untranslated or fuzzy, as gettext's own tools see them."""
    result = subprocess.run(
        ["msgattrib", "--untranslated", "--no-obsolete", "--no-wrap", str(po)],
        capture_output=True,
        text=True,
        check=True,
    )
    fuzzy = subprocess.run(
        ["msgattrib", "--only-fuzzy", "--no-obsolete", "--no-wrap", str(po)],
        capture_output=True,
        text=True,
        check=True,
    )
    return [
        line.removeprefix("msgid ")
        for line in (result.stdout + fuzzy.stdout).splitlines()
        if line.startswith("msgid ") and line != 'msgid ""'
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_has_no_untranslated_or_fuzzy_messages(language):
    assert untranslated(po_file(BASE_DIR, language)) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_placeholders_match_the_finnish_strings(language):
    result = subprocess.run(
        ["msgfmt", "--check-format", "-o", os.devnull, str(po_file(BASE_DIR, language))],
        capture_output=True,
        text=True,
    )

    assert result.returncode == 0, result.stderr


def test_catalogues_cover_every_translatable_string_in_the_code(tmp_path):
    """Run makemessages on a copy, so the work tree's .po files stay untouched."""
    copy = tmp_path / "project"
    shutil.copytree(BASE_DIR, copy, ignore=NOT_COPIED)

    subprocess.run(
        [sys.executable, "manage.py", "makemessages", *[f"-l{code}" for code in LANGUAGES]],
        cwd=copy,
        env={**os.environ, "DEBUG": "1"},
        capture_output=True,
        check=True,
    )

    missing = {code: untranslated(po_file(copy, code)) for code in LANGUAGES}
    assert missing == {code: [] for code in LANGUAGES}

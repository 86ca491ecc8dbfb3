"""Settings come from the environment; these run Django in a fresh process with a clean one."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management.utils import get_random_secret_key

from perhekeskus.settings import cache_from_url

BASE_DIR = Path(__file__).resolve().parents[2]
PRINT_SETTINGS = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps({
    "DEBUG": settings.DEBUG,
    "DATABASE": settings.DATABASES["default"],
    "CACHES": settings.CACHES,
}, default=str))
"""


def run(args, **env):
    """Run Python in the project directory with nothing in the environment but env."""
    clean_env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "LANG": "C.UTF-8",
        "DJANGO_SETTINGS_MODULE": "perhekeskus.settings",
        **env,
    }
    return subprocess.run(
        [sys.executable, *args],
        cwd=BASE_DIR,
        env=clean_env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def settings_in_fresh_process(**env):
    result = run(["-c", PRINT_SETTINGS], **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_secret_key_is_required_when_debug_is_off():
    result = run(["-c", "import django; django.setup()"])

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_manage_py_refuses_to_start_without_secret_key():
    result = run(["manage.py", "check"], DEBUG="0")

    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_debug_mode_starts_without_secret_key():
    values = settings_in_fresh_process(DEBUG="1")

    assert values["DEBUG"] is True


def test_database_defaults_to_sqlite_file_in_project_directory():
    values = settings_in_fresh_process(DEBUG="1")

    assert values["DATABASE"]["ENGINE"] == "django.db.backends.sqlite3"
    assert Path(values["DATABASE"]["NAME"]) == BASE_DIR / "db.sqlite3"


def test_database_url_selects_postgresql():
    values = settings_in_fresh_process(
        DEBUG="1", DATABASE_URL="postgres://perhe:salasana@db.example.fi:5433/perhekeskus"
    )

    database = values["DATABASE"]
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["HOST"], database["PORT"], database["NAME"]) == (
        "db.example.fi",
        5433,
        "perhekeskus",
    )


def test_cache_defaults_to_local_memory():
    values = settings_in_fresh_process(DEBUG="1")

    assert values["CACHES"]["default"]["BACKEND"] == (
        "django.core.cache.backends.locmem.LocMemCache"
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "locmem://",
            {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "perhekeskus"},
        ),
        (
            "locmem://toinen",
            {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "toinen"},
        ),
        (
            "redis://127.0.0.1:6379/1",
            {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": "redis://127.0.0.1:6379/1",
            },
        ),
        (
            "rediss://cache.example.fi:6380/0",
            {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": "rediss://cache.example.fi:6380/0",
            },
        ),
        ("dummy://", {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}),
        (
            "file:///var/tmp/perhekeskus?timeout=60",
            {
                "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                "LOCATION": "/var/tmp/perhekeskus",
                "TIMEOUT": 60,
            },
        ),
    ],
)
def test_cache_url_is_turned_into_cache_settings(url, expected):
    assert cache_from_url(url) == expected


@pytest.mark.parametrize("url", ["memcached://127.0.0.1:11211", "127.0.0.1:6379", ""])
def test_cache_url_with_unsupported_scheme_is_refused(url):
    with pytest.raises(ImproperlyConfigured, match="CACHE_URL scheme"):
        cache_from_url(url)


def test_deploy_check_passes_without_warnings_with_production_variables():
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        SECRET_KEY=get_random_secret_key(),
        ALLOWED_HOSTS="example.fi",
        SECURE_HSTS_PRELOAD="1",
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stdout + result.stderr

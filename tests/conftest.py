"""
Shared fixtures. Tests run with DEBUG off, as in production; the few settings changed
here only make tests faster or let them run over plain HTTP.
"""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.test.utils import override_settings
from django.urls import clear_url_caches
from django.utils.translation import trans_real

from .factories import make_staff


@pytest.fixture(scope="session", autouse=True)
def test_settings(tmp_path_factory):
    """Settings for the whole session, in place before the live server starts."""
    with override_settings(
        # The test client and the live server speak plain HTTP.
        SECURE_SSL_REDIRECT=False,
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
        MEDIA_ROOT=tmp_path_factory.mktemp("media"),
        # WhiteNoise wants the directory to exist; the live server serves static files itself.
        STATIC_ROOT=tmp_path_factory.mktemp("staticfiles"),
        # The manifest only exists after collectstatic, which CI runs separately.
        STORAGES={
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
    ):
        yield


@pytest.fixture(scope="session", autouse=True)
def compiled_translations(test_settings):
    """
    Compile locale/*.po before anything translates, so that every test sees the same
    translated strings and URL paths (/sv/…) whatever the work tree held before.
    """
    call_command("compilemessages", ignore=[".venv", "node_modules"], verbosity=0)
    # Forget catalogues and translated URL patterns loaded before the .mo files existed.
    trans_real._translations = {}
    trans_real._default = None
    trans_real.translation_catalog_exists.cache_clear()
    clear_url_caches()


@pytest.fixture(autouse=True)
def clear_cache():
    """Site settings are cached; a test must not see the previous test's record."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def main_user(db):
    from perhekeskus.roles import MAIN_USER

    return make_staff(MAIN_USER, username="paakayttaja-testi")


@pytest.fixture
def superuser(db):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser("admin-testi", "admin@example.fi", "x")

import logging

from django.conf import settings
from django.db import DatabaseError
from django.urls import reverse, translate_url
from django.utils.translation import get_language, override

from .models import SiteSettings, UrgentContact

logger = logging.getLogger(__name__)


def site(request):
    """The site settings and the language switcher's links, on every page."""
    try:
        site_settings = SiteSettings.load()
    except DatabaseError:
        # The error pages must render even when the database is down.
        logger.exception("Site settings could not be loaded")
        site_settings = SiteSettings(pk=1)
        # Templates list site.urgent_contacts; give them none (they then show 112) rather
        # than a query, which would fail too and take the whole page with it.
        site_settings._prefetched_objects_cache = {"urgent_contacts": UrgentContact.objects.none()}
    return {"site": site_settings, "language_links": language_links(request)}


def language_links(request):
    """The same page in each language; the front page where the page has no match."""
    path = request.get_full_path()
    current = get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(path, code)
        if url == path and code != current:
            with override(code):
                url = reverse("services:home")
        links.append({"code": code, "url": url})
    return links

import logging

from django.http import HttpResponse, HttpResponseForbidden, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)

FALLBACK_500 = """<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><title>Palvelussa on häiriö</title></head>
<body><main><h1>Palvelussa on häiriö</h1>
<p>Yritä hetken päästä uudelleen. Kiireellisessä hätätilanteessa soita 112.</p>
<p lang="sv">Tjänsten har en störning. Försök igen om en stund. I nödsituationer, ring 112.</p>
<p lang="en">The service is having problems. Please try again shortly. In an emergency, call 112.</p>
</main></body></html>"""


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", "Allow: /", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def server_error(request):
    """The 500 page in the portal's look; plain text in three languages if even that fails."""
    try:
        return render(request, "500.html", status=500)
    except Exception:
        logger.exception("The error page itself could not be rendered")
        return HttpResponseServerError(FALLBACK_500)


def csrf_failure(request, reason=""):
    template = loader.get_template("403_csrf.html")
    return HttpResponseForbidden(template.render({}, request))

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.static import serve

from bulletin.sitemaps import sitemaps as bulletin_sitemaps
from services.sitemaps import sitemaps as services_sitemaps

from . import views

sitemaps = {**services_sitemaps, **bulletin_sitemaps}

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", include("services.api_urls")),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
]

urlpatterns += i18n_patterns(
    path("", include("services.urls")),
    path(_("ilmoitustaulut/"), include("bulletin.urls")),
    path(_("kokeilut/"), include("experiments.urls")),
)

if settings.DEBUG or settings.SERVE_MEDIA:
    urlpatterns += [
        path(
            f"{settings.MEDIA_URL.strip('/')}/<path:path>",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

handler500 = "perhekeskus.views.server_error"

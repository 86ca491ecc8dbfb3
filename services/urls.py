from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "services"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path(_("palvelut/"), views.CatalogueView.as_view(), name="catalogue"),
    # Before the service pages, so that "a-o" is never read as a service's slug.
    path(_("palvelut/a-o/"), views.ServiceIndexView.as_view(), name="index"),
    path(_("palvelut/<slug:slug>/"), views.ServiceDetailView.as_view(), name="detail"),
    path(_("palvelupuu/<slug:slug>/"), views.NodeView.as_view(), name="node"),
    path(_("kiireellinen-apu/"), views.UrgentHelpView.as_view(), name="urgent_help"),
    path(_("haku/"), views.SearchView.as_view(), name="search"),
    path(
        _("saavutettavuusseloste/"),
        views.AccessibilityStatementView.as_view(),
        name="accessibility",
    ),
    path(_("tietosuojaseloste/"), views.PrivacyNoticeView.as_view(), name="privacy"),
]

"""Search in the admin: the synonyms staff keep, and the searches that found nothing."""

from urllib.parse import urlencode

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from ..models import Synonym, ZeroResultSearch


@admin.register(Synonym)
class SynonymAdmin(admin.ModelAdmin):
    list_display = ["term", "expansion", "language", "updated_at"]
    list_display_links = ["term"]
    list_filter = ["language"]
    search_fields = ["term", "expansion"]
    fields = ["language", "term", "expansion"]

    def get_changeform_initial_data(self, request):
        # "Lisää synonyymi" from the list of searches that found nothing fills these in.
        initial = super().get_changeform_initial_data(request)
        return {key: value for key, value in initial.items() if key in ("language", "term")}


@admin.register(ZeroResultSearch)
class ZeroResultSearchAdmin(admin.ModelAdmin):
    """Read-only: the searches are counted by the search page, staff only read and clear."""

    list_display = ["query", "language", "count", "first_searched", "last_searched", "add_synonym"]
    list_filter = ["language"]
    search_fields = ["query"]
    date_hierarchy = "last_searched"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("toimenpide"))
    def add_synonym(self, obj):
        url = reverse("admin:services_synonym_add")
        query = urlencode({"language": obj.language, "term": obj.query})
        return format_html(
            '<a href="{}?{}">{}<span class="visually-hidden"> {}</span></a>',
            url,
            query,
            _("Lisää synonyymi"),
            obj.query,
        )

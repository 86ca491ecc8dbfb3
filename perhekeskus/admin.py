from django.contrib import admin
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from .models import SiteSettings, UrgentContact

admin.site.site_header = _("Perhekeskuksen ylläpito")
admin.site.site_title = _("Perhekeskuksen ylläpito")
admin.site.index_title = _("Mitä haluat tehdä?")


class UrgentContactInline(TranslationTabularInline):
    model = UrgentContact
    extra = 0
    fields = ("name", "phone", "description", "order")


class SingletonAdminMixin:
    """Admin for a model with one row: no adding or deleting, the list opens the row."""

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        self.model.load()
        opts = self.model._meta
        return redirect(f"admin:{opts.app_label}_{opts.model_name}_change", 1)


@admin.register(SiteSettings)
class SiteSettingsAdmin(SingletonAdminMixin, TabbedTranslationAdmin):
    inlines = [UrgentContactInline]
    fieldsets = [
        (_("Nimet"), {"fields": ("portal_name", "municipality_name", "intro")}),
        (_("Ulkoasu"), {"fields": ("logo", "brand_colour")}),
        (
            _("Yhteystiedot"),
            {
                "fields": (
                    "contact_name",
                    "street_address",
                    "postal_code",
                    "post_office",
                    "phone",
                    "email",
                    "contact_hours",
                )
            },
        ),
    ]

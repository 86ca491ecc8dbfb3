from django import forms
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.db import models
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline

from .models import SiteSettings, UrgentContact

admin.site.site_header = _("Perhekeskuksen ylläpito")
admin.site.site_title = _("Perhekeskuksen ylläpito")
admin.site.index_title = _("Mitä haluat tehdä?")


class UrgentContactInline(TranslationStackedInline):
    model = UrgentContact
    extra = 0
    fields = ("name", "phone", "description", "order")


class TabbedTranslationAdmin(TranslationAdmin):
    """
    Translated fields in fi/sv/en tabs. modeltranslation's own tabs need jQuery UI, whose
    tab markup fails axe (nested interactive controls); ours follow the WAI-ARIA tabs
    pattern and leave every language visible without JavaScript.
    """

    class Media:
        js = ("js/admin-language-tabs.js",)


def users_in_role(role):
    """Active users of a role, for the choices of a staff picker."""
    return (
        get_user_model()
        .objects.filter(groups__name=role, is_active=True)
        .order_by("last_name", "first_name", "username")
    )


def staff_label(user):
    return user.get_full_name() or user.get_username()


class SingletonAdminMixin:
    """Admin for a model with one row: no adding or deleting, the list opens the row."""

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_object(self, request, object_id, from_field=None):
        # The row is made on first use, also when the change page is opened directly.
        if str(object_id) == "1":
            self.model.load()
        return super().get_object(request, object_id, from_field)

    def changelist_view(self, request, extra_context=None):
        self.model.load()
        opts = self.model._meta
        return redirect(f"admin:{opts.app_label}_{opts.model_name}_change", 1)


class LabelledFileInput(forms.ClearableFileInput):
    """Django groups a file input with its "clear" box in a fieldset and leaves the file
    input itself without a label; keep the field's <label for> on the input instead."""

    use_fieldset = False


@admin.register(SiteSettings)
class SiteSettingsAdmin(SingletonAdminMixin, TabbedTranslationAdmin):
    inlines = [UrgentContactInline]
    formfield_overrides = {models.ImageField: {"widget": LabelledFileInput}}
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

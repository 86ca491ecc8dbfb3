from modeltranslation.translator import TranslationOptions, register

from .models import SiteSettings, UrgentContact


@register(SiteSettings)
class SiteSettingsTranslationOptions(TranslationOptions):
    fields = (
        "portal_name",
        "municipality_name",
        "intro",
        "contact_name",
        "post_office",
        "contact_hours",
    )


@register(UrgentContact)
class UrgentContactTranslationOptions(TranslationOptions):
    fields = ("name", "description")

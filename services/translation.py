from modeltranslation.translator import TranslationOptions, register

from .models import (
    AccessibilityStatement,
    Language,
    Node,
    Organisation,
    PrivacyNotice,
    Service,
    ServiceChannel,
    ServiceChannelLink,
    ServiceHours,
)


@register(AccessibilityStatement)
class AccessibilityStatementTranslationOptions(TranslationOptions):
    fields = (
        "site_scope",
        "non_accessible_content",
        "disproportionate_burden",
        "outside_scope",
        "alternatives",
        "assessor",
        "feedback_unit",
        "supervisory_authority",
    )


@register(PrivacyNotice)
class PrivacyNoticeTranslationOptions(TranslationOptions):
    fields = PrivacyNotice.SECTIONS


@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("fi",)


@register(Language)
class LanguageTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("fi",)


@register(Node)
class NodeTranslationOptions(TranslationOptions):
    fields = ("name", "intro", "illustration", "illustration_alt")
    required_languages = ("fi",)


@register(Service)
class ServiceTranslationOptions(TranslationOptions):
    fields = (
        "name",
        "alternative_name",
        "summary",
        "description",
        "user_instructions",
        "requirements",
        "charge_note",
    )
    required_languages = {"fi": ("name", "summary")}


@register(ServiceChannel)
class ServiceChannelTranslationOptions(TranslationOptions):
    fields = (
        "name",
        "description",
        "street_address",
        "post_office",
        "municipality",
        "charge_note",
        "url",
    )
    required_languages = {"fi": ("name",)}


@register(ServiceChannelLink)
class ServiceChannelLinkTranslationOptions(TranslationOptions):
    fields = ("note",)


@register(ServiceHours)
class ServiceHoursTranslationOptions(TranslationOptions):
    fields = ("note",)

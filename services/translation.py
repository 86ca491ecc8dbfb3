from modeltranslation.translator import TranslationOptions, register

from .models import AccessibilityStatement, PrivacyNotice


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
    fields = (
        "controller",
        "contact",
        "purposes",
        "data_categories",
        "recipients",
        "retention",
        "cookies",
        "rights",
        "complaints",
    )

from modeltranslation.translator import TranslationOptions, register

from .models import Board


@register(Board)
class BoardTranslationOptions(TranslationOptions):
    fields = ("name", "description", "post_office", "opening_hours")

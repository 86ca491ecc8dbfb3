from modeltranslation.translator import TranslationOptions, register

from .models import Attachment, Board, Folder, Post, PostImage


@register(Board)
class BoardTranslationOptions(TranslationOptions):
    fields = ("name", "description", "post_office", "opening_hours")


@register(Folder)
class FolderTranslationOptions(TranslationOptions):
    fields = ("name", "description")


@register(Post)
class PostTranslationOptions(TranslationOptions):
    fields = ("title", "body", "place")


@register(PostImage)
class PostImageTranslationOptions(TranslationOptions):
    fields = ("alt_text",)


@register(Attachment)
class AttachmentTranslationOptions(TranslationOptions):
    fields = ("title",)

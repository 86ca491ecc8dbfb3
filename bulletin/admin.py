from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, strip_tags
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationStackedInline

from perhekeskus import roles
from perhekeskus.admin import (
    LabelledFileInput,
    TabbedTranslationAdmin,
    staff_label,
    users_in_role,
)

from . import media
from .following import annotate_follower_counts
from .models import Attachment, Board, Folder, Post, PostImage
from .services import post_copy_as_next_month


@admin.register(Board)
class BoardAdmin(TabbedTranslationAdmin):
    list_display = ("name", "slug", "phone", "email", "follower_count")
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "members":
            # Staff who can post: the family centre workers, as a plain list of checkboxes.
            kwargs["queryset"] = users_in_role(roles.CENTRE_STAFF)
            kwargs["widget"] = forms.CheckboxSelectMultiple
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        field.label_from_instance = staff_label
        return field

    def get_queryset(self, request):
        # Followers by e-mail: the reach that replaces the old page's likes.
        return annotate_follower_counts(super().get_queryset(request).editable_by(request.user))

    @admin.display(description=_("seuraajia sähköpostilla"), ordering="follower_count")
    def follower_count(self, board):
        return board.follower_count

    def get_readonly_fields(self, request, obj=None):
        if request.user.has_perm("bulletin.manage_board_members"):
            return ()
        return ("slug", "members")

    def get_prepopulated_fields(self, request, obj=None):
        if request.user.has_perm("bulletin.manage_board_members"):
            return self.prepopulated_fields
        return {}


class OwnBoardsMixin:
    """Staff see and choose only the boards they post on (the main user sees all)."""

    def boards(self, request):
        return Board.objects.editable_by(request.user)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        boards = self.boards(request)
        if db_field.name == "board":
            kwargs["queryset"] = boards
        elif db_field.name == "folder":
            kwargs["queryset"] = Folder.objects.filter(board__in=boards).select_related("board")
        elif db_field.name == "programme":
            kwargs["queryset"] = Post.objects.filter(
                board__in=boards, post_type=Post.Type.MONTHLY_PROGRAMME
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or self.boards(request).filter(pk=obj.board_id).exists())

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or self.boards(request).filter(pk=obj.board_id).exists())


@admin.register(Folder)
class FolderAdmin(OwnBoardsMixin, TabbedTranslationAdmin):
    list_display = ("name", "board", "retention", "order")
    list_filter = ("board", "retention")
    list_select_related = ("board",)
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}

    def get_queryset(self, request):
        return super().get_queryset(request).filter(board__in=self.boards(request))


class ImageFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        post = self.instance
        kept = [
            form
            for form in self.forms
            if form.has_changed() or form.instance.pk
            if not self._should_delete_form(form)
        ]
        if (
            kept
            and post.post_type == Post.Type.MONTHLY_PROGRAMME
            and post.status == Post.Status.PUBLISHED
            and not strip_tags(post.body_fi or "").strip()
        ):
            # A picture of a programme is unreadable to a screen reader and on a small screen.
            raise ValidationError(
                _(
                    "Kuukauden ohjelman kuvaa ei voi julkaista ilman ohjelmaa tekstinä: kirjoita "
                    "ohjelma Teksti-kenttään tai tallenna ilmoitus luonnoksena."
                )
            )


class ImageForm(forms.ModelForm):
    # A plain file field: forms.ImageField would answer any bad file with its own generic
    # message before check_image could say what is wrong and how to fix it.
    image = forms.FileField(
        label=_("kuva"),
        help_text=PostImage._meta.get_field("image").help_text,
        widget=LabelledFileInput,
    )

    def clean_image(self):
        image = self.cleaned_data.get("image")
        if image and "image" in self.changed_data:
            media.check_image(image)
        return image


class PostImageInline(TranslationStackedInline):
    model = PostImage
    form = ImageForm
    formset = ImageFormSet
    extra = 0
    fields = ("image", "alt_text", "is_decorative", "order")


class AttachmentForm(forms.ModelForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and "file" in self.changed_data:
            media.check_pdf(file)
        return file


class AttachmentInline(TranslationStackedInline):
    model = Attachment
    form = AttachmentForm
    formfield_overrides = {models.FileField: {"widget": LabelledFileInput}}
    extra = 0
    fields = ("file", "title", "order")


@admin.register(Post)
class PostAdmin(OwnBoardsMixin, TabbedTranslationAdmin):
    list_display = ("title", "board", "post_type", "status", "publish_at", "is_pinned", "writer")
    list_filter = ("board", "post_type", "status", "folder")
    list_select_related = ("board", "author")
    search_fields = ("title", "body")
    date_hierarchy = "publish_at"
    inlines = [PostImageInline, AttachmentInline]
    readonly_fields = ("preview_link",)
    actions = ["copy_as_next_month"]
    fieldsets = [
        (None, {"fields": ("board", "post_type", "folder", "title", "body")}),
        (
            _("Julkaisu"),
            {"fields": ("status", "publish_at", "expires_at", "is_pinned", "preview_link")},
        ),
        (
            _("Ohjelmamuutos"),
            {
                "fields": ("change", "change_date"),
                "description": _("Täytä, kun ilmoitus on ohjelmamuutos."),
            },
        ),
        (
            _("Tapahtuma"),
            {
                "fields": ("starts_at", "ends_at", "place", "programme"),
                "description": _("Täytä, kun ilmoitus on tapahtuma."),
            },
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).editable_by(request.user)

    def get_urls(self):
        preview = path(
            "<int:object_id>/esikatselu/",
            self.admin_site.admin_view(self.preview_view),
            name="bulletin_post_preview",
        )
        return [preview, *super().get_urls()]

    def preview_view(self, request, object_id):
        """The post's public page as families will see it, whatever its state now."""
        post = self.get_object(request, str(object_id))
        if post is None or not self.has_view_or_change_permission(request, post):
            raise Http404
        board = post.board
        context = {
            "post": post,
            "board": board,
            "programme": post.programme,
            "is_archived": False,
            "preview": True,
        }
        response = TemplateResponse(request, "bulletin/post_detail.html", context)
        # A draft must not end up in a search engine or a shared cache.
        response.headers["X-Robots-Tag"] = "noindex"
        response.headers["Cache-Control"] = "private, no-store"
        return response

    @admin.display(description=_("esikatselu"))
    def preview_link(self, post):
        if not post.pk:
            return _("Tallenna ilmoitus ensin luonnoksena, niin voit esikatsella sen.")
        url = reverse("admin:bulletin_post_preview", args=[post.pk])
        return format_html('<a href="{}">{}</a>', url, _("Näytä, miltä ilmoitus näyttää perheille"))

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        boards = list(self.boards(request)[:2])
        if len(boards) == 1:
            # Most staff post on one board: one choice less on a phone.
            initial.setdefault("board", boards[0].pk)
        return initial

    @admin.display(description=_("kirjoittaja"), ordering="author__last_name")
    def writer(self, post):
        return staff_label(post.author)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.author = request.user
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        # Re-encode new images (no EXIF or GPS) and read new PDFs once they are stored.
        for saved in formset.new_objects + [obj for obj, _fields in formset.changed_objects]:
            if isinstance(saved, PostImage):
                media.process_image(saved)
            elif isinstance(saved, Attachment):
                media.process_attachment(saved)

    def view_on_site(self, obj):
        return obj.get_absolute_url() if obj.status == Post.Status.PUBLISHED else None

    @admin.action(description=_("Kopioi seuraavan kuun ohjelmaksi"))
    def copy_as_next_month(self, request, queryset):
        programmes = queryset.filter(post_type=Post.Type.MONTHLY_PROGRAMME)
        copies = [post_copy_as_next_month(post=post, by=request.user) for post in programmes]
        if not copies:
            self.message_user(
                request, _("Valitse kopioitavaksi kuukauden ohjelma."), messages.WARNING
            )
            return
        self.message_user(
            request,
            ngettext(
                "Kopioitiin %(count)d ohjelma luonnokseksi. Tarkista sen otsikko ja päivät "
                "ennen julkaisua.",
                "Kopioitiin %(count)d ohjelmaa luonnoksiksi. Tarkista niiden otsikot ja päivät "
                "ennen julkaisua.",
                len(copies),
            )
            % {"count": len(copies)},
            messages.SUCCESS,
        )

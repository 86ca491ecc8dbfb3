from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from .models import Board


@admin.register(Board)
class BoardAdmin(TabbedTranslationAdmin):
    list_display = ("name", "slug", "phone", "email")
    search_fields = ("name", "slug")
    filter_horizontal = ("members",)
    prepopulated_fields = {"slug": ("name",)}

    def get_queryset(self, request):
        return super().get_queryset(request).editable_by(request.user)

    def get_readonly_fields(self, request, obj=None):
        if request.user.has_perm("bulletin.manage_board_members"):
            return ()
        return ("slug", "members")

    def get_prepopulated_fields(self, request, obj=None):
        if request.user.has_perm("bulletin.manage_board_members"):
            return self.prepopulated_fields
        return {}

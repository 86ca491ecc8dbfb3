from django import forms
from django.contrib import admin

from perhekeskus import roles
from perhekeskus.admin import TabbedTranslationAdmin, staff_label, users_in_role

from .models import Board


@admin.register(Board)
class BoardAdmin(TabbedTranslationAdmin):
    list_display = ("name", "slug", "phone", "email")
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
        return super().get_queryset(request).editable_by(request.user)

    def get_readonly_fields(self, request, obj=None):
        if request.user.has_perm("bulletin.manage_board_members"):
            return ()
        return ("slug", "members")

    def get_prepopulated_fields(self, request, obj=None):
        if request.user.has_perm("bulletin.manage_board_members"):
            return self.prepopulated_fields
        return {}

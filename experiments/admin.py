from django import forms
from django.contrib import admin

from perhekeskus import roles
from perhekeskus.admin import staff_label, users_in_role

from .models import Experiment


@admin.register(Experiment)
class ExperimentAdmin(admin.ModelAdmin):
    list_display = ("name", "area", "period", "status", "project_manager")
    list_filter = ("status",)
    search_fields = ("name", "area", "team_name")
    list_select_related = ("project_manager",)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "coordinators":
            kwargs["queryset"] = users_in_role(roles.COORDINATOR)
            kwargs["widget"] = forms.CheckboxSelectMultiple
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        field.label_from_instance = staff_label
        return field

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "project_manager":
            kwargs["queryset"] = users_in_role(roles.PROJECT_MANAGER)
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "project_manager":
            field.label_from_instance = staff_label
        return field

    def get_queryset(self, request):
        return super().get_queryset(request).visible_to(request.user)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # A coordinator who adds an experiment belongs to its team.
        if not change and not request.user.has_perm("experiments.view_all_experiments"):
            form.instance.coordinators.add(request.user)

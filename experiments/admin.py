from django.contrib import admin

from .models import Experiment


@admin.register(Experiment)
class ExperimentAdmin(admin.ModelAdmin):
    list_display = ("name", "area", "period", "status", "project_manager")
    list_filter = ("status",)
    search_fields = ("name", "area", "team_name")
    filter_horizontal = ("coordinators",)
    list_select_related = ("project_manager",)

    def get_queryset(self, request):
        return super().get_queryset(request).visible_to(request.user)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # A coordinator who adds an experiment belongs to its team.
        if not change and not request.user.has_perm("experiments.view_all_experiments"):
            form.instance.coordinators.add(request.user)

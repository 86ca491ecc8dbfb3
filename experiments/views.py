from django.contrib.auth.mixins import LoginRequiredMixin
from django.views.generic import DetailView, ListView

from .models import Experiment


class VisibleExperimentsMixin(LoginRequiredMixin):
    """Coordinators see their team's experiments; the project manager sees them all."""

    def get_queryset(self):
        return (
            Experiment.objects.visible_to(self.request.user)
            .select_related("project_manager")
            .prefetch_related("coordinators")
        )


class ExperimentListView(VisibleExperimentsMixin, ListView):
    template_name = "experiments/experiment_list.html"
    context_object_name = "experiments"


class ExperimentDetailView(VisibleExperimentsMixin, DetailView):
    template_name = "experiments/experiment_detail.html"
    context_object_name = "experiment"

from django.urls import path

from . import views

app_name = "experiments"

urlpatterns = [
    path("", views.ExperimentListView.as_view(), name="index"),
    path("<int:pk>/", views.ExperimentDetailView.as_view(), name="detail"),
]

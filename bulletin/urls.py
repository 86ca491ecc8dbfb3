from django.urls import path

from . import views

app_name = "bulletin"

urlpatterns = [
    path("", views.BoardListView.as_view(), name="index"),
    path("<slug:slug>/", views.BoardDetailView.as_view(), name="board"),
]

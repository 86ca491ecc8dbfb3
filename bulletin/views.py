from django.views.generic import DetailView, ListView

from .models import Board


class BoardListView(ListView):
    model = Board
    template_name = "bulletin/board_list.html"
    context_object_name = "boards"


class BoardDetailView(DetailView):
    model = Board
    template_name = "bulletin/board_detail.html"
    context_object_name = "board"

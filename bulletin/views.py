"""
The public bulletin pages: read without an account, with no comments, likes or tracking.
Drafts, posts scheduled for later and expired adverts have no public page at all.
"""

from itertools import groupby

from django.db.models import Count, Prefetch
from django.db.models.functions import TruncMonth
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.functional import cached_property
from django.views.generic import DetailView, ListView, MonthArchiveView, TemplateView

from .models import Board, Folder, Post

POSTS_PER_PAGE = 20
# The board page lists the soonest events beside its posts; the events page has them all.
EVENTS_ON_BOARD = 3


def listed(posts):
    """Posts as lists show them: with their board, which their address names."""
    return posts.select_related("board")


class BoardListView(ListView):
    """All boards, for families choosing their family centre."""

    model = Board
    template_name = "bulletin/board_list.html"
    context_object_name = "boards"


class BoardMixin:
    """The board named by the URL's slug, or a 404."""

    board_kwarg = "board"

    @cached_property
    def board(self):
        return get_object_or_404(Board, slug=self.kwargs[self.board_kwarg])

    def get_context_data(self, **kwargs):
        # TemplateView passes the URL's kwargs in, the slug among them: the board replaces it.
        return {**super().get_context_data(**kwargs), "board": self.board}


class PagedMixin:
    """Posts a page at a time, with ?sivu= and the page links as on the search page."""

    paginate_by = POSTS_PER_PAGE
    page_kwarg = "sivu"
    context_object_name = "posts"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if context["is_paginated"]:
            page = context["page_obj"]
            context["page_numbers"] = list(
                page.paginator.get_elided_page_range(page.number, on_each_side=1)
            )
        return context


class PostListMixin(PagedMixin):
    """A board's current posts: standing-out posts first, then the newest."""

    def get_queryset(self):
        return listed(self.current_posts().standing_out_first())


class BoardDetailView(BoardMixin, PostListMixin, ListView):
    """
    A board's front page: pinned posts and program changes until their day first, then
    the newest; beside them its folders, the next events, ways to follow and the contacts.
    """

    template_name = "bulletin/board_detail.html"
    board_kwarg = "slug"

    def current_posts(self):
        return Post.objects.current().filter(board=self.board)

    def get_context_data(self, **kwargs):
        counts = dict(
            Post.objects.current()
            .filter(board=self.board, folder__isnull=False)
            .order_by()
            .values_list("folder")
            .annotate(count=Count("pk"))
        )
        folders = list(self.board.folders.all())
        for folder in folders:
            folder.post_count = counts.get(folder.pk, 0)
        events = listed(Post.objects.upcoming_events().filter(board=self.board))[:EVENTS_ON_BOARD]
        return super().get_context_data(folders=folders, upcoming_events=events, **kwargs)


class FolderView(BoardMixin, PostListMixin, ListView):
    """A folder's current posts; a folder that keeps its posts points to the archive."""

    template_name = "bulletin/folder_detail.html"

    @cached_property
    def folder(self):
        return get_object_or_404(Folder, board=self.board, slug=self.kwargs["slug"])

    def current_posts(self):
        return Post.objects.current().filter(board=self.board, folder=self.folder)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            folder=self.folder,
            keeps_posts=self.folder.retention == Folder.Retention.KEEP,
            **kwargs,
        )


class PostView(BoardMixin, DetailView):
    """
    One post with its text, images, attachments and dates. A monthly programme lists its
    events and an event links to its programme. Staff preview unpublished posts elsewhere.
    """

    template_name = "bulletin/post_detail.html"
    context_object_name = "post"

    def get_queryset(self):
        now = timezone.now()
        events = listed(Post.objects.visible(now).filter(post_type=Post.Type.EVENT)).order_by(
            "starts_at", "pk"
        )
        # A post asked for under another board's address is not found rather than redirected:
        # the address names the family centre the reader trusts.
        return (
            Post.objects.visible(now)
            .filter(board=self.board)
            .select_related("board", "folder")
            .prefetch_related("images", "attachments", Prefetch("events", queryset=events))
        )

    def get_context_data(self, **kwargs):
        post = self.object
        programme = None
        if post.programme_id:
            # Only a programme with a page of its own is linked.
            programme = (
                Post.objects.visible().filter(pk=post.programme_id).select_related("board").first()
            )
        # An old programme found by a search engine should say it is old.
        is_archived = not Post.objects.current().filter(pk=post.pk).exists()
        return super().get_context_data(programme=programme, is_archived=is_archived, **kwargs)


class EventsView(BoardMixin, TemplateView):
    """A board's events that are not over yet, soonest first, under a heading for each day."""

    template_name = "bulletin/events.html"

    def get_context_data(self, **kwargs):
        events = listed(Post.objects.upcoming_events().filter(board=self.board))
        days = [
            (day, list(group))
            for day, group in groupby(events, key=lambda event: timezone.localdate(event.starts_at))
        ]
        return super().get_context_data(days=days, **kwargs)


class ArchiveView(BoardMixin, TemplateView):
    """The months with archived posts (past programmes and events), newest first."""

    template_name = "bulletin/archive.html"

    def get_context_data(self, **kwargs):
        # Months in local time: a post out on 1 March at 00:30 belongs to March.
        months = (
            Post.objects.archived()
            .filter(board=self.board)
            .annotate(month=TruncMonth("publish_at"))
            .order_by("-month")
            .values("month")
            .annotate(count=Count("pk"))
        )
        return super().get_context_data(months=months, **kwargs)


class ArchiveMonthView(BoardMixin, PagedMixin, MonthArchiveView):
    """The archived posts published in one month; a month without any is not found."""

    template_name = "bulletin/archive_month.html"
    date_field = "publish_at"
    month_format = "%m"
    allow_empty = False

    def get_queryset(self):
        return listed(Post.objects.archived().filter(board=self.board))

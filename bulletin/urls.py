from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import feeds, following, views

app_name = "bulletin"

urlpatterns = [
    path("", views.BoardListView.as_view(), name="index"),
    # Following by e-mail (following.py): confirming and stopping by the mail's token.
    path(_("tilaus/<str:token>/vahvista/"), following.ConfirmView.as_view(), name="confirm"),
    path(
        _("tilaus/<str:token>/lopeta/"),
        following.UnsubscribeView.as_view(),
        name="unsubscribe",
    ),
    # A board and what is under it (views.py).
    path("<slug:slug>/", views.BoardDetailView.as_view(), name="board"),
    path(_("<slug:board>/kansiot/<slug:slug>/"), views.FolderView.as_view(), name="folder"),
    path(_("<slug:board>/ilmoitukset/<int:pk>/"), views.PostView.as_view(), name="post"),
    path(_("<slug:board>/tapahtumat/"), views.EventsView.as_view(), name="events"),
    path(_("<slug:board>/arkisto/"), views.ArchiveView.as_view(), name="archive"),
    path(
        _("<slug:board>/arkisto/<int:year>/<int:month>/"),
        views.ArchiveMonthView.as_view(),
        name="archive_month",
    ),
    # Following without Facebook (feeds.py, following.py).
    path("<slug:board>/rss/", feeds.BoardRssFeed(), name="board_rss"),
    path("<slug:board>/atom/", feeds.BoardAtomFeed(), name="board_atom"),
    path(_("<slug:board>/kansiot/<slug:slug>/rss/"), feeds.FolderRssFeed(), name="folder_rss"),
    path(_("<slug:board>/kansiot/<slug:slug>/atom/"), feeds.FolderAtomFeed(), name="folder_atom"),
    path(_("<slug:board>/tapahtumat.ics"), feeds.BoardCalendarView.as_view(), name="calendar"),
    path(_("<slug:board>/seuraa/"), following.SubscribeView.as_view(), name="subscribe"),
]

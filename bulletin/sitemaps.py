from django.db.models.functions import TruncMonth
from django.urls import reverse

from perhekeskus.sitemaps import I18nSitemap, NamedPagesSitemap

from .models import Board, Folder, Post


class BulletinPagesSitemap(NamedPagesSitemap):
    url_names = ["bulletin:index"]


class BoardSitemap(I18nSitemap):
    def items(self):
        return Board.objects.order_by("pk")


class FolderSitemap(I18nSitemap):
    def items(self):
        return Folder.objects.select_related("board").order_by("pk")


class PostSitemap(I18nSitemap):
    """Posts with a public page: on a board or in its archive, never drafts or old adverts."""

    def items(self):
        return Post.objects.visible().select_related("board").order_by("pk")

    def lastmod(self, post):
        return post.updated_at


class BoardPagesSitemap(I18nSitemap):
    """Each board's events page and archive."""

    url_names = ["bulletin:events", "bulletin:archive"]

    def items(self):
        return [
            (name, slug)
            for slug in Board.objects.order_by("pk").values_list("slug", flat=True)
            for name in self.url_names
        ]

    def location(self, item):
        name, slug = item
        return reverse(name, kwargs={"board": slug})


class ArchiveMonthSitemap(I18nSitemap):
    """The archive's months that have posts: the others are not found."""

    def items(self):
        return (
            Post.objects.archived()
            .annotate(month=TruncMonth("publish_at"))
            .order_by("board__slug", "-month")
            .values("board__slug", "month")
            .distinct()
        )

    def location(self, item):
        month = item["month"]
        return reverse(
            "bulletin:archive_month",
            kwargs={"board": item["board__slug"], "year": month.year, "month": month.month},
        )


sitemaps = {
    "bulletin-pages": BulletinPagesSitemap,
    "boards": BoardSitemap,
    "bulletin-folders": FolderSitemap,
    "bulletin-board-pages": BoardPagesSitemap,
    "bulletin-posts": PostSitemap,
    "bulletin-archive-months": ArchiveMonthSitemap,
}

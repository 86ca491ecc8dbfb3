from perhekeskus.sitemaps import I18nSitemap, NamedPagesSitemap

from .models import Board


class BulletinPagesSitemap(NamedPagesSitemap):
    url_names = ["bulletin:index"]


class BoardSitemap(I18nSitemap):
    def items(self):
        return Board.objects.order_by("pk")


sitemaps = {"bulletin-pages": BulletinPagesSitemap, "boards": BoardSitemap}

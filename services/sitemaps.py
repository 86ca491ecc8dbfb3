from perhekeskus.sitemaps import NamedPagesSitemap


class ServicePagesSitemap(NamedPagesSitemap):
    url_names = [
        "services:home",
        "services:urgent_help",
        "services:search",
        "services:accessibility",
        "services:privacy",
    ]


sitemaps = {"services-pages": ServicePagesSitemap}

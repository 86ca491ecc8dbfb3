from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    name = "services"
    verbose_name = _("Palvelut")

    def ready(self):
        from django.core import checks
        from django.db.models.signals import post_delete, post_migrate, post_save

        from .models import Synonym
        from .search import checks as search_checks
        from .search import signals
        from .search.query import forget_synonyms

        signals.connect()
        post_save.connect(forget_synonyms, sender=Synonym, dispatch_uid="services.synonyms")
        post_delete.connect(forget_synonyms, sender=Synonym, dispatch_uid="services.synonyms")
        checks.register(search_checks.voikko_available)
        post_migrate.connect(index_if_empty, sender=self, dispatch_uid="services.search.index")


def index_if_empty(using="default", **kwargs):
    """After the migrate that adds search, index what the catalogue already has."""
    from django.db import DEFAULT_DB_ALIAS

    from .models import SearchDocument, Service
    from .search import rebuild

    if using != DEFAULT_DB_ALIAS or SearchDocument.objects.exists():
        return
    if Service.objects.published().exists():
        rebuild()

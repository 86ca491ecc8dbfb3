from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    name = "services"
    verbose_name = _("Palvelut")

    def ready(self):
        from django.core import checks
        from django.db.models.signals import post_delete, post_save

        from .models import Synonym
        from .search import checks as search_checks
        from .search import signals
        from .search.query import forget_synonyms

        signals.connect()
        post_save.connect(forget_synonyms, sender=Synonym, dispatch_uid="services.synonyms")
        post_delete.connect(forget_synonyms, sender=Synonym, dispatch_uid="services.synonyms")
        checks.register(search_checks.voikko_available)

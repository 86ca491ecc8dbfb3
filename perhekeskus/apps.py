from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PerhekeskusConfig(AppConfig):
    name = "perhekeskus"
    verbose_name = _("Portaali")

from django.utils.translation import gettext_lazy as _

from .catalogue import Service


class ServiceToCheck(Service):
    """
    The services whose facts need checking, as a list of their own on the admin index:
    not verified in twelve months, or owned by someone who is no longer active.
    """

    class Meta:
        proxy = True
        verbose_name = _("tarkistettava palvelu")
        verbose_name_plural = _("tarkistettavat palvelut")

from django import template
from django.utils.translation import gettext as _

from services.models import PREGNANCY

register = template.Library()


@register.filter
def age_range(service):
    """Who a service is for, in words: "Raskausaika ja 0–6-vuotiaat"."""
    low, high = service.age_from, service.age_to
    if low is None and high is None:
        return _("Kaikenikäiset")
    if high == PREGNANCY:
        return _("Raskausaika")
    if low == PREGNANCY:
        if high is None:
            return _("Raskausaika ja kaikenikäiset")
        if high == 0:
            return _("Raskausaika ja alle 1-vuotiaat")
        return _("Raskausaika ja 0–%(high)s-vuotiaat") % {"high": high}
    if low is None:
        return (
            _("Alle 1-vuotiaat") if high == 0 else _("Enintään %(high)s-vuotiaat") % {"high": high}
        )
    if high is None:
        return _("Vähintään %(low)s-vuotiaat") % {"low": low}
    if low == high:
        return _("Alle 1-vuotiaat") if low == 0 else _("%(low)s-vuotiaat") % {"low": low}
    return _("%(low)s–%(high)s-vuotiaat") % {"low": low, "high": high}

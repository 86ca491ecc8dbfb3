import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

BUSINESS_ID = re.compile(r"^(\d{7})-(\d)$")
BUSINESS_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


def validate_business_id(value):
    """A Finnish business ID (Y-tunnus) such as 0201256-6, with its check digit."""
    match = BUSINESS_ID.match(value or "")
    if not match:
        raise ValidationError(_("Anna Y-tunnus muodossa 1234567-8."), code="invalid_business_id")
    total = sum(int(d) * w for d, w in zip(match.group(1), BUSINESS_ID_WEIGHTS, strict=True))
    remainder = total % 11
    check = 0 if remainder == 0 else 11 - remainder
    if remainder == 1 or check != int(match.group(2)):
        raise ValidationError(
            _("Y-tunnuksen tarkistusnumero ei täsmää. Tarkista tunnus."),
            code="invalid_business_id_check",
        )


class Organisation(models.Model):
    """A provider of services: the city, the wellbeing services county, a parish, an NGO …"""

    class Type(models.TextChoices):
        MUNICIPALITY = "municipality", _("kunta")
        WELLBEING_COUNTY = "wellbeing_county", _("hyvinvointialue")
        PARISH = "parish", _("seurakunta")
        NGO = "ngo", _("järjestö")
        NATIONAL = "national", _("valtakunnallinen toimija")
        COMPANY = "company", _("yritys")

    name = models.CharField(_("nimi"), max_length=200)
    type = models.CharField(_("tyyppi"), max_length=20, choices=Type)
    ptv_id = models.UUIDField(_("PTV-tunniste"), unique=True, null=True, blank=True)
    business_id = models.CharField(
        _("Y-tunnus"), max_length=9, blank=True, validators=[validate_business_id]
    )
    website = models.URLField(_("verkkosivu"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("palveluntuottaja")
        verbose_name_plural = _("palveluntuottajat")

    def __str__(self):
        return self.name

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .colors import HEX_COLOUR, contrast_ratio

SITE_SETTINGS_CACHE_KEY = "perhekeskus:site-settings"
WHITE = "#ffffff"
MIN_CONTRAST = 4.5


def validate_brand_colour(value):
    if not HEX_COLOUR.match(value or ""):
        raise ValidationError(
            _("Anna väri kuusinumeroisena heksakoodina, esimerkiksi #1d5c8c."),
            code="invalid_colour",
        )
    ratio = contrast_ratio(value, WHITE)
    if ratio < MIN_CONTRAST:
        raise ValidationError(
            _(
                "Valkoisen tekstin kontrasti tällä värillä on %(ratio).2f:1, mutta sen pitää olla "
                "vähintään 4.5:1, jotta kaikki voivat lukea tekstin. Valitse tummempi väri."
            ),
            code="low_contrast",
            params={"ratio": ratio},
        )


class SingletonModel(models.Model):
    """A model with exactly one row, pk 1, created on first use."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.pk = 1
        super().save(*args, **kwargs)

    @classmethod
    def load(cls):
        return cls.objects.get_or_create(pk=1)[0]


class SiteSettings(SingletonModel):
    """
    The one record that makes the portal a municipality's own: names, logo,
    contact details, urgent-help numbers and the brand colour.
    """

    portal_name = models.CharField(_("portaalin nimi"), max_length=80, default="Perhekeskus")
    municipality_name = models.CharField(_("kunnan nimi"), max_length=80, blank=True)
    intro = models.TextField(
        _("etusivun johdanto"),
        blank=True,
        help_text=_("Lause tai kaksi siitä, mitä perheet täältä löytävät."),
    )
    logo = models.ImageField(
        _("logo"),
        upload_to="site/",
        blank=True,
        help_text=_("Näkyy ylätunnisteessa portaalin nimen vieressä. PNG, JPEG tai WebP."),
    )
    brand_colour = models.CharField(
        _("tunnusväri"),
        max_length=7,
        default="#1d5c8c",
        validators=[validate_brand_colour],
        help_text=_(
            "Ylätunnisteen ja painikkeiden taustaväri valkoisella tekstillä, joten sen pitää "
            "olla riittävän tumma: kontrasti valkoiseen vähintään 4.5:1."
        ),
    )
    contact_name = models.CharField(
        _("yhteystiedon nimi"),
        max_length=120,
        blank=True,
        help_text=_("Kuka vastaa, esimerkiksi ”Perhekeskuksen neuvonta”."),
    )
    street_address = models.CharField(_("katuosoite"), max_length=120, blank=True)
    postal_code = models.CharField(_("postinumero"), max_length=10, blank=True)
    post_office = models.CharField(_("postitoimipaikka"), max_length=60, blank=True)
    phone = models.CharField(_("puhelinnumero"), max_length=40, blank=True)
    email = models.EmailField(_("sähköpostiosoite"), blank=True)
    contact_hours = models.CharField(
        _("tavoitettavuus"),
        max_length=120,
        blank=True,
        help_text=_("Esimerkiksi ”ma–pe klo 9–15”."),
    )

    class Meta:
        verbose_name = _("sivuston asetukset")
        verbose_name_plural = _("sivuston asetukset")
        constraints = [
            models.CheckConstraint(condition=models.Q(pk=1), name="site_settings_singleton")
        ]

    def __str__(self):
        return str(_("Sivuston asetukset"))

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        cache.delete(SITE_SETTINGS_CACHE_KEY)

    @classmethod
    def load(cls):
        """The settings with their urgent contacts, from the cache when possible."""
        site = cache.get(SITE_SETTINGS_CACHE_KEY)
        if site is None:
            site, _created = cls.objects.get_or_create(pk=1)
            # Prefetch now, also on a row just created, so that the cached object carries it.
            models.prefetch_related_objects([site], "urgent_contacts")
            cache.set(SITE_SETTINGS_CACHE_KEY, site, 300)
        return site


def phone_href(number):
    """A tel: URL for a Finnish number as people write it (040 000 0000 → +358400000000)."""
    digits = "".join(ch for ch in number if ch.isdigit() or ch == "+")
    if digits.startswith("0") and len(digits) > 4:
        digits = "+358" + digits[1:]
    return f"tel:{digits}"


class UrgentContact(models.Model):
    """A number to call when help is needed now: 112, the crisis line, helplines."""

    site = models.ForeignKey(
        SiteSettings, on_delete=models.CASCADE, related_name="urgent_contacts", default=1
    )
    name = models.CharField(_("nimi"), max_length=120)
    phone = models.CharField(_("puhelinnumero"), max_length=40)
    description = models.CharField(
        _("kuvaus"),
        max_length=200,
        blank=True,
        help_text=_("Milloin soittaa ja milloin linja on auki."),
    )
    order = models.PositiveSmallIntegerField(_("järjestys"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("kiireellisen avun numero")
        verbose_name_plural = _("kiireellisen avun numerot")

    def __str__(self):
        return f"{self.name} {self.phone}"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        cache.delete(SITE_SETTINGS_CACHE_KEY)

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        cache.delete(SITE_SETTINGS_CACHE_KEY)
        return result

import datetime

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from .organisations import Organisation
from .tree import Node

PREGNANCY = -1
MAX_AGE = 29
STALE_AFTER = datetime.timedelta(days=365)


class AgeGroup(models.TextChoices):
    """The age groups families filter by. Ages are whole years; -1 is the pregnancy."""

    EXPECTING = "odottava", _("odottava perhe")
    BABY = "0-1", _("0–1 v")
    TODDLER = "1-3", _("1–3 v")
    PRESCHOOL = "3-6", _("3–6 v")
    SCHOOL = "7-12", _("7–12 v")
    TEEN = "13-17", _("13–17 v")
    YOUNG_ADULT = "18-29", _("18–29 v")

    @property
    def bounds(self):
        if self is AgeGroup.EXPECTING:
            return PREGNANCY, PREGNANCY
        low, high = self.value.split("-")
        return int(low), int(high)


AGE_CHOICES = [(PREGNANCY, _("raskausaika"))] + [(age, str(age)) for age in range(MAX_AGE + 1)]


class Language(models.Model):
    """A language a service is given in, by its ISO 639-1 code."""

    code = models.CharField(_("kielikoodi"), max_length=3, unique=True)
    name = models.CharField(_("nimi"), max_length=60)
    order = models.PositiveSmallIntegerField(_("järjestys"), default=0)

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("kieli")
        verbose_name_plural = _("kielet")

    def __str__(self):
        return self.name


class FinnishKeyword(TaggedItemBase):
    content_object = models.ForeignKey("Service", on_delete=models.CASCADE)

    class Meta:
        verbose_name = _("suomenkielinen hakusana")
        verbose_name_plural = _("suomenkieliset hakusanat")


class SwedishKeyword(TaggedItemBase):
    content_object = models.ForeignKey("Service", on_delete=models.CASCADE)

    class Meta:
        verbose_name = _("ruotsinkielinen hakusana")
        verbose_name_plural = _("ruotsinkieliset hakusanat")


class EnglishKeyword(TaggedItemBase):
    content_object = models.ForeignKey("Service", on_delete=models.CASCADE)

    class Meta:
        verbose_name = _("englanninkielinen hakusana")
        verbose_name_plural = _("englanninkieliset hakusanat")


class ServiceQuerySet(models.QuerySet):
    def published(self) -> "ServiceQuerySet":
        return self.filter(status=Service.Status.PUBLISHED)

    def for_age_group(self, group: AgeGroup) -> "ServiceQuerySet":
        """Services whose target ages overlap the group; no limit means every age."""
        low, high = group.bounds
        return self.filter(
            Q(age_from__isnull=True) | Q(age_from__lte=high),
            Q(age_to__isnull=True) | Q(age_to__gte=low),
        )

    def needing_check(self, now=None) -> "ServiceQuerySet":
        """Not verified in twelve months, or owned by someone no longer active."""
        today = timezone.localdate(now)
        return self.filter(
            Q(last_verified__isnull=True)
            | Q(last_verified__lt=today - STALE_AFTER)
            | Q(owner__is_active=False)
        )


class Service(models.Model):
    """A family service, described as in Suomi.fi Palvelutietovaranto (PTV)."""

    class ChargeType(models.TextChoices):
        FREE = "free", _("maksuton")
        CHARGEABLE = "chargeable", _("maksullinen")
        OTHER = "other", _("muu")

    class Status(models.TextChoices):
        DRAFT = "draft", _("luonnos")
        PUBLISHED = "published", _("julkaistu")
        ARCHIVED = "archived", _("arkistoitu")

    name = models.CharField(_("nimi"), max_length=200)
    slug = models.SlugField(_("osoitenimi"), max_length=200, unique=True)
    alternative_name = models.CharField(
        _("vaihtoehtoinen nimi"),
        max_length=200,
        blank=True,
        help_text=_("Nimi, jolla perheet tuntevat palvelun, esimerkiksi ”kerho”."),
    )
    summary = models.CharField(
        _("tiivistelmä"),
        max_length=150,
        help_text=_("Enintään 150 merkkiä: mitä palvelu on ja kenelle."),
    )
    description = models.TextField(_("kuvaus"), blank=True)
    user_instructions = models.TextField(
        _("toimintaohjeet"), blank=True, help_text=_("Miten palveluun pääsee tai hakeudutaan.")
    )
    requirements = models.TextField(_("edellytykset"), blank=True)
    provider = models.ForeignKey(
        Organisation,
        verbose_name=_("palveluntuottaja"),
        related_name="services",
        on_delete=models.PROTECT,
    )
    charge_type = models.CharField(
        _("maksullisuus"), max_length=20, choices=ChargeType, default=ChargeType.FREE
    )
    charge_note = models.CharField(_("lisätieto maksusta"), max_length=300, blank=True)
    languages = models.ManyToManyField(
        Language, verbose_name=_("palvelukielet"), related_name="services", blank=True
    )
    age_from = models.SmallIntegerField(
        _("ikä alkaen"),
        choices=AGE_CHOICES,
        null=True,
        blank=True,
        validators=[MinValueValidator(PREGNANCY), MaxValueValidator(MAX_AGE)],
        help_text=_("Tyhjä: ei alarajaa."),
    )
    age_to = models.SmallIntegerField(
        _("ikä enintään"),
        choices=AGE_CHOICES,
        null=True,
        blank=True,
        validators=[MinValueValidator(PREGNANCY), MaxValueValidator(MAX_AGE)],
        help_text=_("Tyhjä: ei ylärajaa."),
    )
    nodes = models.ManyToManyField(
        Node, verbose_name=_("palvelupuun kohdat"), related_name="services"
    )
    service_classes = models.JSONField(
        _("PTV-palveluluokat"), default=list, blank=True, help_text=_("Esimerkiksi P3.1.")
    )
    target_groups = models.JSONField(
        _("PTV-kohderyhmät"), default=list, blank=True, help_text=_("Esimerkiksi KR1.2.")
    )
    life_events = models.JSONField(
        _("PTV-elämätilanteet"), default=list, blank=True, help_text=_("Esimerkiksi KE1.")
    )
    ontology_terms = models.JSONField(_("PTV-ontologiakäsitteet"), default=list, blank=True)
    keywords_fi = TaggableManager(
        verbose_name=_("hakusanat suomeksi"),
        through=FinnishKeyword,
        related_name="services_fi",
        blank=True,
        help_text=_("Sanat, joilla perheet etsivät palvelua, pilkuilla erotettuina."),
    )
    keywords_sv = TaggableManager(
        verbose_name=_("hakusanat ruotsiksi"),
        through=SwedishKeyword,
        related_name="services_sv",
        blank=True,
        help_text=_("Sanat, joilla perheet etsivät palvelua, pilkuilla erotettuina."),
    )
    keywords_en = TaggableManager(
        verbose_name=_("hakusanat englanniksi"),
        through=EnglishKeyword,
        related_name="services_en",
        blank=True,
        help_text=_("Sanat, joilla perheet etsivät palvelua, pilkuilla erotettuina."),
    )
    status = models.CharField(
        _("julkaisutila"), max_length=20, choices=Status, default=Status.DRAFT
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("vastuuhenkilö"),
        related_name="owned_services",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    owner_team = models.ForeignKey(
        Group,
        verbose_name=_("vastuutiimi"),
        related_name="owned_services",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    last_verified = models.DateField(_("tarkistettu viimeksi"), null=True, blank=True)
    ptv_id = models.UUIDField(_("PTV-tunniste"), unique=True, null=True, blank=True)
    ptv_modified = models.DateTimeField(_("muokattu PTV:ssä"), null=True, blank=True)
    created_at = models.DateTimeField(_("luotu"), auto_now_add=True)
    updated_at = models.DateTimeField(_("päivitetty"), auto_now=True)

    objects = ServiceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("palvelu")
        verbose_name_plural = _("palvelut")
        constraints = [
            models.CheckConstraint(
                condition=Q(age_from__isnull=True)
                | Q(age_to__isnull=True)
                | Q(age_from__lte=models.F("age_to")),
                name="service_age_range_in_order",
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("services:detail", kwargs={"slug": self.slug})

    def clean(self):
        if self.age_from is not None and self.age_to is not None and self.age_from > self.age_to:
            raise ValidationError(
                {"age_to": _("Yläraja ei voi olla pienempi kuin alaraja.")}, code="age_order"
            )

    @property
    def is_published(self):
        return self.status == self.Status.PUBLISHED

    @property
    def is_stale(self):
        today = timezone.localdate()
        return self.last_verified is None or self.last_verified < today - STALE_AFTER

    def keywords_in(self, language):
        """The keywords of one language, as a manager."""
        return getattr(self, f"keywords_{language}")

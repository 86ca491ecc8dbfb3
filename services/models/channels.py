from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from .catalogue import Service


class ServiceChannel(models.Model):
    """
    A way to get a service, as PTV's five channel types: a place to visit, a phone
    line, a web page, an e-service or a printable form. One channel can serve several
    services (a family centre's front desk serves all of its services).
    """

    class Type(models.TextChoices):
        LOCATION = "location", _("palvelupiste")
        PHONE = "phone", _("puhelinasiointi")
        WEB_PAGE = "web_page", _("verkkosivu")
        E_SERVICE = "e_service", _("verkkoasiointi")
        PRINTABLE_FORM = "printable_form", _("tulostettava lomake")

    type = models.CharField(_("tyyppi"), max_length=20, choices=Type)
    name = models.CharField(_("nimi"), max_length=200)
    description = models.TextField(_("kuvaus"), blank=True)
    ptv_id = models.UUIDField(_("PTV-tunniste"), unique=True, null=True, blank=True)

    # Service location
    street_address = models.CharField(_("katuosoite"), max_length=200, blank=True)
    postal_code = models.CharField(_("postinumero"), max_length=5, blank=True)
    post_office = models.CharField(_("postitoimipaikka"), max_length=100, blank=True)
    municipality = models.CharField(_("kunta"), max_length=100, blank=True)
    latitude = models.DecimalField(
        _("leveysaste"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("WGS84, esimerkiksi 61.497749."),
    )
    longitude = models.DecimalField(
        _("pituusaste"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("WGS84, esimerkiksi 23.760954."),
    )
    has_step_free_access = models.BooleanField(_("esteetön kulku"), default=False)
    has_stroller_parking = models.BooleanField(_("lastenvaunujen paikoitus"), default=False)
    has_changing_table = models.BooleanField(_("hoitopöytä"), default=False)
    has_feeding_room = models.BooleanField(_("imetys- ja syöttötila"), default=False)
    has_play_area = models.BooleanField(_("leikkipaikka"), default=False)
    has_accessible_toilet = models.BooleanField(_("esteetön wc"), default=False)

    # Phone
    phone_number = models.CharField(_("puhelinnumero"), max_length=40, blank=True)
    charge_note = models.CharField(
        _("puhelun hinta"),
        max_length=200,
        blank=True,
        help_text=_("Esimerkiksi ”Puhelun hinta on paikallisverkkomaksu tai matkapuhelinmaksu.”"),
    )

    # Web page, e-service, printable form
    url = models.URLField(_("verkko-osoite"), max_length=500, blank=True)
    requires_strong_auth = models.BooleanField(
        _("vaatii vahvan tunnistautumisen"),
        default=False,
        help_text=_("Kirjautuminen pankkitunnuksilla, mobiilivarmenteella tai henkilökortilla."),
    )

    services = models.ManyToManyField(
        Service,
        verbose_name=_("palvelut"),
        through="ServiceChannelLink",
        related_name="channels",
        blank=True,
    )

    class Meta:
        ordering = ["type", "name"]
        verbose_name = _("asiointikanava")
        verbose_name_plural = _("asiointikanavat")

    def __str__(self):
        return f"{self.name} ({self.get_type_display()})"

    # The facilities of a place, in the order pages, the admin and the API list them.
    FACILITY_FIELDS = (
        "has_step_free_access",
        "has_accessible_toilet",
        "has_stroller_parking",
        "has_changing_table",
        "has_feeding_room",
        "has_play_area",
    )

    REQUIRED_FIELDS = {
        Type.LOCATION: ("street_address", "postal_code", "post_office"),
        Type.PHONE: ("phone_number",),
        Type.WEB_PAGE: ("url",),
        Type.E_SERVICE: ("url",),
        Type.PRINTABLE_FORM: ("url",),
    }

    def clean(self):
        errors = {
            field: ValidationError(
                _("Täytä tämä kenttä, kun kanavan tyyppi on %(type)s."),
                code="required_for_type",
                params={"type": self.get_type_display()},
            )
            for field in self.REQUIRED_FIELDS.get(self.type, ())
            if not getattr(self, field)
        }
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude"] = ValidationError(
                _("Anna sekä leveys- että pituusaste, tai jätä molemmat tyhjiksi."),
                code="coordinates_pair",
            )
        if errors:
            raise ValidationError(errors)

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def family_facilities(self):
        """The facilities this place has, as their labels."""
        return [
            self._meta.get_field(name).verbose_name
            for name in self.FACILITY_FIELDS
            if getattr(self, name)
        ]


class ServiceChannelLink(models.Model):
    """A channel serving a service, with what is special about this pair."""

    service = models.ForeignKey(
        Service, verbose_name=_("palvelu"), related_name="channel_links", on_delete=models.CASCADE
    )
    channel = models.ForeignKey(
        ServiceChannel,
        verbose_name=_("asiointikanava"),
        related_name="service_links",
        on_delete=models.CASCADE,
    )
    note = models.CharField(
        _("lisätieto"),
        max_length=300,
        blank=True,
        help_text=_("Esimerkiksi ”Ajanvaraus vain puhelimitse”."),
    )
    order = models.PositiveSmallIntegerField(_("järjestys"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("palvelun asiointikanava")
        verbose_name_plural = _("palvelun asiointikanavat")
        constraints = [
            models.UniqueConstraint(fields=["service", "channel"], name="unique_service_channel")
        ]

    def __str__(self):
        return f"{self.service} – {self.channel}"


class ServiceHours(models.Model):
    """
    Opening hours of a channel for a period: the regular weekly hours, or an exception
    (a holiday, a closed day, different hours). Exceptions win over regular hours.
    """

    class Kind(models.TextChoices):
        REGULAR = "regular", _("tavalliset aukioloajat")
        EXCEPTION = "exception", _("poikkeusaukioloaika")

    channel = models.ForeignKey(
        ServiceChannel,
        verbose_name=_("asiointikanava"),
        related_name="hours",
        on_delete=models.CASCADE,
    )
    kind = models.CharField(_("laji"), max_length=20, choices=Kind, default=Kind.REGULAR)
    valid_from = models.DateField(_("voimassa alkaen"), null=True, blank=True)
    valid_to = models.DateField(
        _("voimassa asti"),
        null=True,
        blank=True,
        help_text=_("Poikkeukselle: tyhjä tarkoittaa vain alkupäivää."),
    )
    is_closed = models.BooleanField(_("suljettu"), default=False)
    is_always_open = models.BooleanField(_("aina avoinna"), default=False)
    is_by_appointment = models.BooleanField(_("ajanvarauksella"), default=False)
    note = models.CharField(
        _("lisätieto"), max_length=200, blank=True, help_text=_("Esimerkiksi ”Juhannusaatto”.")
    )

    class Meta:
        ordering = ["kind", "valid_from", "pk"]
        verbose_name = _("aukioloaika")
        verbose_name_plural = _("aukioloajat")

    def __str__(self):
        return f"{self.channel.name}: {self.get_kind_display()}"

    def clean(self):
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValidationError(
                {"valid_to": _("Loppupäivä ei voi olla ennen alkupäivää.")}, code="date_order"
            )
        if self.kind == self.Kind.EXCEPTION and not self.valid_from:
            raise ValidationError(
                {"valid_from": _("Anna päivä, jota poikkeus koskee.")}, code="exception_date"
            )
        if sum((self.is_closed, self.is_always_open)) > 1:
            raise ValidationError(
                _("Valitse joko suljettu tai aina avoinna, ei molempia."), code="closed_and_open"
            )

    @property
    def ends_on(self):
        """The last day these hours apply, or None when they go on; an exception without an
        end date is for its start day only."""
        if self.kind == self.Kind.EXCEPTION:
            return self.valid_to or self.valid_from
        return self.valid_to

    def applies_on(self, date):
        return (self.valid_from is None or self.valid_from <= date) and (
            self.ends_on is None or date <= self.ends_on
        )

    def has_ended_by(self, date):
        return self.ends_on is not None and self.ends_on < date


class OpeningTime(models.Model):
    """
    One stretch of opening time, for example Monday to Friday 8–16. A closing time at or
    before the opening time runs over midnight (22–02 closes at 2 the next morning).
    """

    WEEKDAYS = [
        (0, _("maanantai")),
        (1, _("tiistai")),
        (2, _("keskiviikko")),
        (3, _("torstai")),
        (4, _("perjantai")),
        (5, _("lauantai")),
        (6, _("sunnuntai")),
    ]

    hours = models.ForeignKey(
        ServiceHours,
        verbose_name=_("aukioloaika"),
        related_name="times",
        on_delete=models.CASCADE,
    )
    day_from = models.PositiveSmallIntegerField(
        _("päivästä"),
        choices=WEEKDAYS,
        null=True,
        blank=True,
        help_text=_("Tyhjä: joka päivä (poikkeuksissa: poikkeuspäivinä)."),
    )
    day_to = models.PositiveSmallIntegerField(_("päivään"), choices=WEEKDAYS, null=True, blank=True)
    opens = models.TimeField(_("avautuu"))
    closes = models.TimeField(_("sulkeutuu"))

    class Meta:
        ordering = ["day_from", "opens"]
        verbose_name = _("aukiolo")
        verbose_name_plural = _("aukiolot")

    def __str__(self):
        return f"{self.get_day_from_display()} {self.opens:%H.%M}–{self.closes:%H.%M}"

    @property
    def runs_over_midnight(self):
        return self.closes <= self.opens

    def covers_weekday(self, weekday):
        if self.day_from is None:
            return True
        last = self.day_from if self.day_to is None else self.day_to
        if self.day_from <= last:
            return self.day_from <= weekday <= last
        # A range over the weekend, such as Friday to Monday.
        return weekday >= self.day_from or weekday <= last

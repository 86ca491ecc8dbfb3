from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class ExperimentQuerySet(models.QuerySet):
    def visible_to(self, user) -> "ExperimentQuerySet":
        """All experiments for the project manager and the main user, otherwise the team's own."""
        if not user.is_authenticated:
            return self.none()
        if user.has_perm("experiments.view_all_experiments"):
            return self
        return self.filter(coordinators=user)


class Experiment(models.Model):
    """An agile experiment (ketterä kokeilu) of the LAPE programme."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("suunniteltu")
        RUNNING = "running", _("käynnissä")
        ENDED = "ended", _("päättynyt")
        PERMANENT = "permanent", _("vakiintunut")
        DISCONTINUED = "discontinued", _("lopetettu")

    name = models.CharField(_("nimi"), max_length=200)
    area = models.CharField(
        _("alue"),
        max_length=200,
        help_text=_("Kunta tai kunnat pilkuilla erotettuina."),
    )
    start_month = models.DateField(
        _("alkukuukausi"), null=True, blank=True, help_text=_("Kuukauden ensimmäinen päivä.")
    )
    end_month = models.DateField(_("loppukuukausi"), null=True, blank=True)
    period_text = models.CharField(
        _("ajanjakso sanallisesti"),
        max_length=100,
        blank=True,
        help_text=_("Kun kuukaudet eivät sovi, esimerkiksi ”lukuvuosi 2017–18”."),
    )
    team_name = models.CharField(_("tiimi"), max_length=200, blank=True)
    coordinators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("koordinaattorit"),
        related_name="coordinated_experiments",
        blank=True,
    )
    project_manager = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("hankepäällikkö"),
        related_name="managed_experiments",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
    )
    status = models.CharField(_("tila"), max_length=20, choices=Status, default=Status.PLANNED)

    objects = ExperimentQuerySet.as_manager()

    class Meta:
        ordering = ["-start_month", "name"]
        verbose_name = _("kokeilu")
        verbose_name_plural = _("kokeilut")
        permissions = [("view_all_experiments", _("Voi nähdä kaikkien tiimien kokeilut"))]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_month__isnull=True)
                | models.Q(start_month__isnull=True)
                | models.Q(end_month__gte=models.F("start_month")),
                name="experiment_ends_after_start",
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("experiments:detail", kwargs={"pk": self.pk})

    def clean(self):
        # Months first, so that 20 May to 3 May counts as May to May.
        for field in ("start_month", "end_month"):
            value = getattr(self, field)
            if value and value.day != 1:
                setattr(self, field, value.replace(day=1))
        if self.start_month and self.end_month and self.end_month < self.start_month:
            raise ValidationError(
                {
                    "end_month": ValidationError(
                        _("Loppukuukausi ei voi olla ennen alkukuukautta."), code="end_before_start"
                    )
                }
            )
        if not (self.start_month or self.period_text):
            raise ValidationError(
                {
                    "start_month": ValidationError(
                        _("Anna alkukuukausi tai ajanjakso sanallisesti."), code="no_period"
                    )
                }
            )

    @property
    def period(self):
        if self.period_text:
            return self.period_text
        if not self.start_month:
            return ""
        start = f"{self.start_month.month}/{self.start_month.year}"
        if self.end_month:
            return f"{start}–{self.end_month.month}/{self.end_month.year}"
        return f"{start}–"

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class BoardQuerySet(models.QuerySet):
    def editable_by(self, user) -> "BoardQuerySet":
        """Boards the user may change: all for the main user, otherwise the user's own."""
        if user.has_perm("bulletin.manage_board_members"):
            return self
        return self.filter(members=user)


class Board(models.Model):
    """A unit's bulletin board, for example one family centre's, where only its staff post."""

    name = models.CharField(_("nimi"), max_length=120)
    slug = models.SlugField(
        _("osoitenimi"),
        unique=True,
        help_text=_("Ilmoitustaulun verkko-osoitteen loppuosa, esimerkiksi pikku-veturi."),
    )
    description = models.TextField(_("kuvaus"), blank=True)
    street_address = models.CharField(_("katuosoite"), max_length=120, blank=True)
    postal_code = models.CharField(_("postinumero"), max_length=10, blank=True)
    post_office = models.CharField(_("postitoimipaikka"), max_length=60, blank=True)
    phone = models.CharField(_("puhelinnumero"), max_length=40, blank=True)
    email = models.EmailField(_("sähköpostiosoite"), blank=True)
    opening_hours = models.TextField(
        _("aukioloajat"),
        blank=True,
        help_text=_("Yksi rivi kutakin päivää tai päiväryhmää kohden."),
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("työntekijät"),
        related_name="boards",
        blank=True,
        help_text=_("Vain nämä henkilöt voivat julkaista ilmoitustaululla."),
    )

    objects = BoardQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("ilmoitustaulu")
        verbose_name_plural = _("ilmoitustaulut")
        permissions = [
            ("manage_board_members", _("Voi valita, ketkä julkaisevat ilmoitustaululla"))
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("bulletin:board", kwargs={"slug": self.slug})

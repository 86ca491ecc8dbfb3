from django.db import models
from django.utils.translation import gettext_lazy as _

from perhekeskus.models import SingletonModel


class AccessibilityStatement(SingletonModel):
    """
    The accessibility statement (saavutettavuusseloste) required by the Act on the
    Provision of Digital Services. Staff edit it after every audit.
    """

    class Compliance(models.TextChoices):
        FULL = "full", _("täyttää vaatimukset")
        PARTIAL = "partial", _("täyttää vaatimukset osittain")
        NONE = "none", _("ei täytä vaatimuksia")

    class Method(models.TextChoices):
        SELF = "self", _("itsearviointi")
        AUDIT = "audit", _("ulkopuolinen arviointi")

    site_scope = models.TextField(
        _("mitä seloste koskee"),
        blank=True,
        help_text=_("Sivusto tai palvelu, jota seloste koskee, ja sen osoite."),
    )
    compliance = models.CharField(
        _("WCAG 2.1 AA -vaatimusten täyttyminen"),
        max_length=10,
        choices=Compliance,
        default=Compliance.PARTIAL,
    )
    non_accessible_content = models.TextField(
        _("ei-saavutettava sisältö"),
        blank=True,
        help_text=_("Jokainen puute, sen rikkoma WCAG-kriteeri ja milloin se korjataan."),
    )
    disproportionate_burden = models.TextField(
        _("kohtuuton rasite"),
        blank=True,
        help_text=_("Sisältö, jota ei korjata kohtuuttoman rasitteen vuoksi, ja perustelut."),
    )
    outside_scope = models.TextField(
        _("lain soveltamisalan ulkopuolinen sisältö"),
        blank=True,
    )
    alternatives = models.TextField(
        _("saavutettavat vaihtoehdot"),
        blank=True,
        help_text=_("Miten saman tiedon tai palvelun saa muulla tavalla."),
    )
    prepared_on = models.DateField(_("laadittu"), null=True, blank=True)
    reviewed_on = models.DateField(
        _("viimeksi tarkistettu"),
        null=True,
        blank=True,
        help_text=_("Tarkista seloste vähintään kerran vuodessa."),
    )
    method = models.CharField(
        _("arviointitapa"), max_length=10, choices=Method, default=Method.SELF
    )
    assessor = models.CharField(
        _("arvioija"),
        max_length=200,
        blank=True,
        help_text=_("Kuka arvioinnin teki, jos arvioija oli ulkopuolinen."),
    )
    feedback_unit = models.CharField(
        _("palautteeseen vastaava yksikkö"),
        max_length=200,
        blank=True,
    )
    feedback_email = models.EmailField(_("palautteen sähköpostiosoite"), blank=True)
    feedback_phone = models.CharField(_("palautteen puhelinnumero"), max_length=40, blank=True)
    supervisory_authority = models.TextField(
        _("valvontaviranomainen"),
        blank=True,
        help_text=_("Traficomin saavutettavuusvalvonnan yhteystiedot."),
    )

    class Meta:
        verbose_name = _("saavutettavuusseloste")
        verbose_name_plural = _("saavutettavuusseloste")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(pk=1), name="accessibility_statement_singleton"
            )
        ]

    def __str__(self):
        return str(_("Saavutettavuusseloste"))


class PrivacyNotice(SingletonModel):
    """The privacy notice (tietosuojaseloste) of the portal, as GDPR articles 13 and 14 ask."""

    controller = models.TextField(
        _("rekisterinpitäjä"), blank=True, help_text=_("Kuka vastaa henkilötiedoista.")
    )
    contact = models.TextField(_("yhteyshenkilö ja tietosuojavastaava"), blank=True)
    purposes = models.TextField(
        _("käsittelyn tarkoitus ja oikeusperuste"),
        blank=True,
        help_text=_("Miksi henkilötietoja käsitellään ja millä oikeusperusteella."),
    )
    data_categories = models.TextField(_("mitä henkilötietoja käsitellään"), blank=True)
    recipients = models.TextField(
        _("vastaanottajat ja siirrot"),
        blank=True,
        help_text=_(
            "Kenelle tietoja luovutetaan ja siirretäänkö niitä EU:n tai ETA:n ulkopuolelle."
        ),
    )
    retention = models.TextField(_("säilytysaika"), blank=True)
    cookies = models.TextField(
        _("evästeet ja seuranta"),
        blank=True,
        help_text=_("Mitä selaimeen tallennetaan ja että kävijöitä ei seurata."),
    )
    rights = models.TextField(_("rekisteröidyn oikeudet"), blank=True)
    complaints = models.TextField(
        _("oikeus tehdä valitus"),
        blank=True,
        help_text=_("Tietosuojavaltuutetun toimiston yhteystiedot."),
    )
    updated_on = models.DateField(_("päivitetty"), null=True, blank=True)

    SECTIONS = (
        "controller",
        "contact",
        "purposes",
        "data_categories",
        "recipients",
        "retention",
        "cookies",
        "rights",
        "complaints",
    )

    class Meta:
        verbose_name = _("tietosuojaseloste")
        verbose_name_plural = _("tietosuojaseloste")
        constraints = [
            models.CheckConstraint(condition=models.Q(pk=1), name="privacy_notice_singleton")
        ]

    def __str__(self):
        return str(_("Tietosuojaseloste"))

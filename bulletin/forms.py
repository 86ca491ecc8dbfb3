from functools import cached_property

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS
from django.utils.translation import gettext_lazy as _

from .models import Folder, Subscription

# What each frequency means in practice, under its radio button.
FREQUENCY_HINTS = {
    Subscription.Frequency.IMMEDIATE: _(
        "Saat viestin heti, kun jokin ryhmä tai kerho perutaan, siirtyy tai muuttuu. "
        "Muut uudet ilmoitukset tulevat koosteena kerran viikossa."
    ),
    Subscription.Frequency.WEEKLY: _(
        "Yksi viesti viikossa, jossa ovat kaikki viikon uudet ilmoitukset."
    ),
}


class SubscriptionForm(forms.Form):
    """
    Following a board by e-mail: the address, how often, and optionally one folder. A plain
    form rather than a ModelForm, so that the uniqueness check cannot tell anyone whether
    an address already follows the board.
    """

    email = forms.EmailField(
        label=_("Sähköpostiosoitteesi"),
        max_length=254,
        error_messages={
            "required": _("Kirjoita sähköpostiosoitteesi."),
            "invalid": _("Kirjoita sähköpostiosoite kokonaan, esimerkiksi nimi@esimerkki.fi."),
            "max_length": _("Sähköpostiosoite on liian pitkä. Tarkista osoite."),
        },
    )
    frequency = forms.ChoiceField(
        label=_("Kuinka usein haluat viestejä?"),
        choices=Subscription.Frequency.choices,
        initial=Subscription.Frequency.IMMEDIATE,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Valitse, kuinka usein haluat viestejä."),
            "invalid_choice": _("Valitse, kuinka usein haluat viestejä."),
        },
    )
    folder = forms.ModelChoiceField(
        label=_("Mitkä ilmoitukset haluat?"),
        queryset=Folder.objects.none(),
        required=False,
        blank=True,
        empty_label=_("Kaikki ilmoitustaulun ilmoitukset"),
        widget=forms.RadioSelect,
        error_messages={
            "invalid_choice": _("Valitse jokin annetuista vaihtoehdoista."),
        },
    )
    # A honeypot instead of a CAPTCHA (WCAG 2.2 3.3.8): hidden from people, filled by bots.
    kotisivu = forms.CharField(label=_("Jätä tämä kenttä tyhjäksi"), required=False)

    def __init__(self, *args, board, **kwargs):
        super().__init__(*args, **kwargs)
        self.board = board
        self.fields["folder"].queryset = board.folders.all()
        self.fields["folder"].label_from_instance = lambda folder: folder.name

    def clean_email(self):
        # Domains are case-insensitive; the local part is kept as typed, as RFC 5321 asks.
        local, _at, domain = self.cleaned_data["email"].rpartition("@")
        return f"{local}@{domain.lower()}"

    @property
    def is_spam(self) -> bool:
        """True when the hidden honeypot field was filled in, as only bots do."""
        return bool(self.cleaned_data.get("kotisivu"))

    @cached_property
    def has_folders(self) -> bool:
        """Whether to offer the folder choice: only when the board has folders."""
        return self.fields["folder"].queryset.exists()

    def frequency_options(self):
        """(radio button, hint) pairs for the template."""
        return [
            (option, FREQUENCY_HINTS.get(option.data["value"], "")) for option in self["frequency"]
        ]

    def error_links(self):
        """
        (id, message) pairs for the error summary: each links to its field, a radio group
        to its first button, as in the GOV.UK error summary.
        """
        links = []
        for name, errors in self.errors.items():
            if name == "kotisivu":
                continue
            if name == NON_FIELD_ERRORS:
                # A problem with sending, not with one field: the address is the one to check.
                target = self["email"].id_for_label
            elif name in ("frequency", "folder"):
                target = self[name].subwidgets[0].id_for_label
            else:
                target = self[name].id_for_label
            links += [(target, error) for error in errors]
        return links

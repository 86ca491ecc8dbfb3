"""
The service filters families use on the catalogue and node pages, and the API with them:
age group, provider type, language and free of charge, all as plain GET parameters.
"""

import functools
import operator

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from .models import AgeGroup, Language, Organisation, Service

# What a checkbox may send for "on", and what a link may carry for "off".
TRUE_VALUES = {"1", "on", "true", "True"}
FALSE_VALUES = {"", "0", "false", "False"}
MULTIPLE_CHOICE_FIELDS = ("ika", "tuottaja", "kieli")


class ServiceFilterForm(forms.Form):
    """
    Filters as a GET form. Several values of one filter widen the results (0–1 or 1–3);
    different filters narrow them. Invalid values become form errors: filter() then applies
    only the valid ones, so a mistyped link still shows services.
    """

    ika = forms.MultipleChoiceField(
        label=_("Ikäryhmä"),
        choices=AgeGroup.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Valitse ikäryhmä annetuista vaihtoehdoista.")},
    )
    tuottaja = forms.MultipleChoiceField(
        label=_("Palvelun järjestäjä"),
        choices=Organisation.Type.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Valitse järjestäjä annetuista vaihtoehdoista.")},
    )
    kieli = forms.MultipleChoiceField(
        label=_("Palvelukieli"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Valitse kieli annetuista vaihtoehdoista.")},
    )
    maksuton = forms.BooleanField(
        label=_("Vain maksuttomat palvelut"),
        required=False,
        widget=forms.CheckboxInput(attrs={"value": "1"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Any language in the register is a valid filter; the form offers the ones some
        # published service is given in, so that no checkbox leads to an empty page.
        languages = Language.objects.annotate(
            published=Count("services", filter=Q(services__status=Service.Status.PUBLISHED))
        )
        self.fields["kieli"].choices = [(language.code, language.name) for language in languages]
        self.offered_languages = {language.code for language in languages if language.published}

    def clean_maksuton(self):
        raw = str(self.data.get(self.add_prefix("maksuton"), ""))
        if raw not in TRUE_VALUES | FALSE_VALUES:
            raise ValidationError(
                _("Rastita ruutu, jos haluat nähdä vain maksuttomat palvelut."),
                code="invalid_free",
            )
        return raw in TRUE_VALUES

    @property
    def language_options(self):
        """The language checkboxes to show: those offered and any already chosen."""
        chosen = set(self.raw_values("kieli"))
        return [
            option
            for option in self["kieli"]
            if option.data["value"] in self.offered_languages | chosen
        ]

    def error_links(self):
        """(id, message) pairs for the error summary, each to the first checkbox shown."""
        links = []
        for name, errors in self.errors.items():
            options = self.language_options if name == "kieli" else list(self[name])
            target = options[0].id_for_label if options else f"{name}-error"
            links += [(target, error) for error in errors]
        return links

    def raw_values(self, name):
        """What the request sent for a filter, as a list, valid or not."""
        if not self.is_bound:
            return []
        key = self.add_prefix(name)
        if hasattr(self.data, "getlist"):
            return self.data.getlist(key)
        value = self.data.get(key, [])
        return list(value) if isinstance(value, list | tuple) else [value]

    @property
    def is_free_only_checked(self):
        """Whether the free-of-charge box shows as ticked: as sent, valid or not."""
        return str(self.data.get(self.add_prefix("maksuton"), "")) in TRUE_VALUES

    @property
    def is_filtering(self):
        """True when a valid filter narrows the results."""
        return self.is_bound and any(self.cleaned_values().values())

    def cleaned_values(self):
        """
        The valid filters, also when other values in the same request were invalid: of a
        filter with a mistyped value, the values that are valid still apply.
        """
        if not self.is_bound:
            return {}
        self.is_valid()
        values = {name: value for name, value in self.cleaned_data.items() if value}
        for name in MULTIPLE_CHOICE_FIELDS:
            if name in self.errors:
                known = {str(value) for value, _label in self.fields[name].choices}
                valid = [value for value in self.raw_values(name) if value in known]
                if valid:
                    values[name] = valid
        return values

    def filter(self, queryset):
        """The services matching the valid filters, without duplicates."""
        values = self.cleaned_values()
        if values.get("ika"):
            queryset = functools.reduce(
                operator.or_, (queryset.for_age_group(AgeGroup(group)) for group in values["ika"])
            )
        if values.get("tuottaja"):
            queryset = queryset.filter(provider__type__in=values["tuottaja"])
        if values.get("kieli"):
            # A subquery rather than a join: a service in two chosen languages stays one row.
            given_in = Service.languages.through.objects.filter(
                language__code__in=values["kieli"]
            ).values("service_id")
            queryset = queryset.filter(pk__in=given_in)
        if values.get("maksuton"):
            queryset = queryset.filter(charge_type=Service.ChargeType.FREE)
        return queryset

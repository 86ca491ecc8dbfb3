"""Helpers the catalogue's admin pages share."""

from django import forms
from django.contrib.admin.widgets import RelatedFieldWidgetWrapper
from django.forms.models import BaseInlineFormSet
from django.urls import NoReverseMatch
from django.utils import translation
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from perhekeskus.admin import staff_label


def public_url(obj, language="fi"):
    """The public page of a service or node in one language, or "" before pages exist."""
    with translation.override(language):
        try:
            return obj.get_absolute_url()
        except NoReverseMatch:
            return ""


def formats_date(value):
    return date_format(value, "SHORT_DATE_FORMAT")


def owner_label(user):
    if user.is_active:
        return staff_label(user)
    return _("%(name)s (ei enää aktiivinen)") % {"name": staff_label(user)}


def label_controls(form):
    """
    Tabular rows (inlines, list_editable) show column headings but no <label>, which leaves
    their controls nameless to assistive technology: name each after its field and row.
    """
    row = str(form.instance) if form.instance.pk else ""
    for field in form.fields.values():
        widget = field.widget
        if isinstance(widget, RelatedFieldWidgetWrapper):
            # The wrapper's own attrs are shared with the form class; the select is inside.
            widget = widget.widget
        if widget.is_hidden:
            continue
        name = capfirst(field.label)
        widget.attrs["aria-label"] = f"{name}: {row}" if row else name


class LabelledInlineFormSet(BaseInlineFormSet):
    def add_fields(self, form, index):
        super().add_fields(form, index)
        label_controls(form)


class LabelledRowsForm(forms.ModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        label_controls(self)


class LabelledRowsMixin:
    """For admins with list_editable: each editable control in the list gets a name."""

    def get_changelist_form(self, request, **kwargs):
        kwargs.setdefault("form", LabelledRowsForm)
        return super().get_changelist_form(request, **kwargs)


def channel_label(channel):
    """ "Perhekeskus Kuusikko – palvelupiste, Kuusikkotie 12": enough to tell channels apart."""
    where = {
        channel.Type.LOCATION: channel.street_address,
        channel.Type.PHONE: channel.phone_number,
    }.get(channel.type, channel.url)
    kind = channel.get_type_display()
    return f"{channel.name} – {kind}, {where}" if where else f"{channel.name} – {kind}"


class ChannelChoiceMixin:
    """
    Channels as a plain select, ordered by type and name. Django's autocomplete (select2)
    leaves an empty row's textbox without an accessible name; a native select has none of
    that, works without JavaScript and finds a channel by typing its first letters.
    """

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "channel":
            field.label_from_instance = channel_label
        return field

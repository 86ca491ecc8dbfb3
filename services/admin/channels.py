"""Service channels and their opening hours in the admin."""

from django.contrib import admin
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from perhekeskus.admin import TabbedTranslationAdmin

from ..models import OpeningTime, ServiceChannel, ServiceHours
from .common import ChannelChoiceMixin, LabelledInlineFormSet, formats_date


class OpeningTimeInline(admin.TabularInline):
    model = OpeningTime
    formset = LabelledInlineFormSet
    fields = ("day_from", "day_to", "opens", "closes")
    extra = 1


@admin.register(ServiceHours)
class ServiceHoursAdmin(ChannelChoiceMixin, TabbedTranslationAdmin):
    inlines = [OpeningTimeInline]
    list_display = (
        "channel",
        "kind",
        "valid_from",
        "valid_to",
        "is_closed",
        "is_always_open",
        "is_by_appointment",
    )
    list_filter = ("kind",)
    list_select_related = ("channel",)
    search_fields = ("channel__name_fi", "channel__name_sv", "channel__name_en", "note_fi")
    fields = (
        "channel",
        "kind",
        "valid_from",
        "valid_to",
        "is_closed",
        "is_always_open",
        "is_by_appointment",
        "note",
    )

    def response_post_save_add(self, request, obj):
        return self._back_to_channel(obj)

    def response_post_save_change(self, request, obj):
        return self._back_to_channel(obj)

    def _back_to_channel(self, obj):
        # Hours are opened from their channel's page, so saving returns there.
        return HttpResponseRedirect(
            reverse("admin:services_servicechannel_change", args=[obj.channel_id])
        )


# The groups of a channel's fields, and the channel types each group is for.
CHANNEL_GROUPS = [
    (
        _("Käyntiosoite"),
        [
            "street_address",
            "postal_code",
            "post_office",
            "municipality",
            "latitude",
            "longitude",
        ],
        {ServiceChannel.Type.LOCATION},
    ),
    (
        _("Perheiden palvelut ja esteettömyys"),
        list(ServiceChannel.FACILITY_FIELDS),
        {ServiceChannel.Type.LOCATION},
    ),
    (_("Puhelin"), ["phone_number", "charge_note"], {ServiceChannel.Type.PHONE}),
    (
        _("Verkko"),
        ["url", "requires_strong_auth"],
        {
            ServiceChannel.Type.WEB_PAGE,
            ServiceChannel.Type.E_SERVICE,
            ServiceChannel.Type.PRINTABLE_FORM,
        },
    ),
]


@admin.register(ServiceChannel)
class ServiceChannelAdmin(TabbedTranslationAdmin):
    list_display = ("name", "type", "contact", "service_count")
    list_filter = ("type",)
    search_fields = (
        "name_fi",
        "name_sv",
        "name_en",
        "street_address_fi",
        "post_office_fi",
        "phone_number",
        "url_fi",
    )
    readonly_fields = ("hours_overview", "services_overview")

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(service_count=Count("services"))

    def get_fieldsets(self, request, obj=None):
        basics = ["type", "name", "description", "ptv_id"]
        fieldsets = [(_("Perustiedot"), {"fields": self.replace_orig_field(basics)})]
        for title, fields, types in CHANNEL_GROUPS:
            # Groups that do not apply to the channel's type stay closed but reachable,
            # so that a channel whose type changes can still be filled in.
            closed = obj is not None and obj.type not in types
            options = {"fields": self.replace_orig_field(fields)}
            fieldsets.append((title, {**options, "classes": ["collapse"] if closed else []}))
        if obj is not None:
            fieldsets.append(
                (_("Aukioloajat ja palvelut"), {"fields": ["hours_overview", "services_overview"]})
            )
        return fieldsets

    @admin.display(description=_("yhteystieto"))
    def contact(self, obj):
        if obj.type == ServiceChannel.Type.LOCATION:
            return f"{obj.street_address}, {obj.postal_code} {obj.post_office}".strip(", ")
        if obj.type == ServiceChannel.Type.PHONE:
            return obj.phone_number
        return obj.url

    @admin.display(description=_("palveluja"), ordering="service_count")
    def service_count(self, obj):
        return obj.service_count

    @admin.display(description=_("aukioloajat"))
    def hours_overview(self, obj):
        hours = obj.hours.prefetch_related("times")
        rows = format_html_join(
            "",
            '<li><a href="{}">{}</a>{}</li>',
            (
                (
                    reverse("admin:services_servicehours_change", args=[h.pk]),
                    hours_label(h),
                    hours_times(h),
                )
                for h in hours
            ),
        )
        add_url = reverse("admin:services_servicehours_add") + f"?channel={obj.pk}"
        return format_html(
            '{}<p><a class="addlink" href="{}">{}</a></p>',
            format_html('<ul class="pk-admin-hours pk-admin-links">{}</ul>', rows) if rows else "",
            add_url,
            _("Lisää aukioloaika"),
        )

    @admin.display(description=_("palvelut"))
    def services_overview(self, obj):
        services = obj.services.all()
        if not services:
            return _("Ei yhtään palvelua.")
        return format_html(
            '<ul class="pk-admin-links">{}</ul>',
            format_html_join(
                "",
                '<li><a href="{}">{}</a></li>',
                ((reverse("admin:services_service_change", args=[s.pk]), s.name) for s in services),
            ),
        )


def hours_label(hours):
    """ "Tavalliset aukioloajat 1.1.2025–" and the like: what a row of hours is."""
    start = formats_date(hours.valid_from) if hours.valid_from else ""
    end = formats_date(hours.valid_to) if hours.valid_to else ""
    period = f" {start}–{end}" if start or end else ""
    if hours.kind == ServiceHours.Kind.EXCEPTION and not end:
        period = f" {start}"
    label = f"{hours.get_kind_display()}{period}"
    if hours.note:
        label = f"{label} ({hours.note})"
    return capfirst(label)


def hours_times(hours):
    if hours.is_closed:
        return format_html(": {}", _("suljettu"))
    if hours.is_always_open:
        return format_html(": {}", _("aina avoinna"))
    parts = [time_label(time) for time in hours.times.all()]
    if hours.is_by_appointment:
        parts.append(str(_("ajanvarauksella")))
    return format_html(": {}", ", ".join(parts)) if parts else ""


def time_label(time):
    """ "maanantai–perjantai 8.00–16.00", or "joka päivä 10.00–14.00" without days."""
    if time.day_from is None:
        days = str(_("joka päivä"))
    elif time.day_to is None or time.day_to == time.day_from:
        days = time.get_day_from_display()
    else:
        days = f"{time.get_day_from_display()}–{time.get_day_to_display()}"
    return f"{days} {time.opens:%-H.%M}–{time.closes:%-H.%M}"

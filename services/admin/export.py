"""Services as CSV for spreadsheets."""

import csv

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from perhekeskus.admin import staff_label

from ..models import PREGNANCY
from .common import public_url


def age_label(age):
    if age == PREGNANCY:
        return str(_("raskausaika"))
    return str(age)


def age_range(service):
    """ "3–6", "raskausaika–1", "13–" or "kaikki iät" for the CSV."""
    if service.age_from is None and service.age_to is None:
        return str(_("kaikki iät"))
    low = "" if service.age_from is None else age_label(service.age_from)
    high = "" if service.age_to is None else age_label(service.age_to)
    return f"{low}–{high}"


# Spreadsheets run a cell starting with these as a formula (OWASP: CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_START) else text


def services_csv(request, queryset):
    """Services for Excel in Finland: UTF-8 with a byte order mark, semicolons."""
    queryset = queryset.select_related("provider", "owner").prefetch_related("languages", "nodes")
    today = timezone.localdate()
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="palvelut-{today:%Y-%m-%d}.csv"'
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    writer.writerow(
        [
            "id",
            _("PTV-tunniste"),
            _("nimi suomeksi"),
            _("nimi ruotsiksi"),
            _("nimi englanniksi"),
            _("palveluntuottaja"),
            _("palveluntuottajan tyyppi"),
            _("julkaisutila"),
            _("ikä"),
            _("palvelukielet"),
            _("palvelupuun kohdat"),
            _("maksullisuus"),
            _("tarkistettu viimeksi"),
            _("vastuuhenkilö"),
            _("verkko-osoite"),
        ]
    )
    for service in queryset:
        url = public_url(service)
        writer.writerow(
            csv_cell(value)
            for value in [
                service.pk,
                service.ptv_id or "",
                service.name_fi,
                service.name_sv,
                service.name_en,
                service.provider.name,
                service.provider.get_type_display(),
                service.get_status_display(),
                age_range(service),
                ", ".join(language.code for language in service.languages.all()),
                ", ".join(node.name for node in service.nodes.all()),
                service.get_charge_type_display(),
                service.last_verified.isoformat() if service.last_verified else "",
                staff_label(service.owner) if service.owner else "",
                request.build_absolute_uri(url) if url else "",
            ]
        )
    return response

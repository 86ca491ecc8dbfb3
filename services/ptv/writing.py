"""Saving checked PTV files: organisations, channels, hours, services and their links."""

import re
from dataclasses import dataclass, field

from django.conf.locale import LANG_INFO
from django.db import DatabaseError, transaction
from django.utils.text import slugify

from ..models import (
    Language,
    OpeningTime,
    Organisation,
    Service,
    ServiceChannel,
    ServiceChannelLink,
    ServiceHours,
)
from ..search import documents as search_documents
from .channels import HoursData
from .fields import LANGUAGES, time_sort_key
from .reading import PtvFile

# An organisation first seen through a service gets a type from its name; staff correct it in
# the admin and later imports leave it alone. Checked in this order; the default is a
# municipality, the most common PTV organisation.
ORGANISATION_TYPE_WORDS = [
    (Organisation.Type.WELLBEING_COUNTY, ("hyvinvointialue", "välfärdsområde")),
    (Organisation.Type.PARISH, ("seurakunta", "församling")),
    (Organisation.Type.NATIONAL, ("kela", "kansaneläkelaitos", "folkpensionsanstalten")),
    (Organisation.Type.NGO, ("ry", "r.y.", "rf", "yhdistys", "liitto", "säätiö", "förening")),
    (Organisation.Type.COMPANY, ("oy", "oyj", "ab", "ky", "tmi")),
]


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    removed: int = 0


@dataclass
class ImportReport:
    """What a run did: counts per kind, messages for the operator, and the services touched."""

    organisations: Counts = field(default_factory=Counts)
    channels: Counts = field(default_factory=Counts)
    services: Counts = field(default_factory=Counts)
    links: Counts = field(default_factory=Counts)
    notices: list = field(default_factory=list)
    failed: list = field(default_factory=list)
    # Services created or changed by the run, for whatever keeps copies of them (search).
    changed_services: list = field(default_factory=list)
    # Services of the run that hang from no palvelupuu node and so show on no node page.
    unplaced: list = field(default_factory=list)

    def add(self, other: "ImportReport"):
        for name in ("organisations", "channels", "services", "links"):
            mine, theirs = getattr(self, name), getattr(other, name)
            for count in ("created", "updated", "unchanged", "skipped", "removed"):
                setattr(mine, count, getattr(mine, count) + getattr(theirs, count))
        self.notices += other.notices
        self.failed += other.failed
        self.changed_services += other.changed_services


def ptv_import(*, files: list[PtvFile]) -> ImportReport:
    """
    Write checked files: each file in one transaction, then the links between services and
    channels over all of them. Returns what was created, updated, left unchanged and skipped.
    """
    # Search documents are refreshed once per service at the end, not after every save.
    with search_documents.deferred():
        report = _import(files)
        search_documents.schedule("service", {service.pk for service in report.changed_services})
    return report


def _import(files):
    report = ImportReport()
    links_from_services, links_from_channels, service_pks = {}, [], set()
    organisations_seen = set()
    for parsed in files:
        # Counted apart, so that a file the database refuses leaves no trace in the report.
        part, seen = ImportReport(notices=list(parsed.warnings)), set(organisations_seen)
        try:
            with transaction.atomic():
                written = _file_write(parsed, part, seen)
        except DatabaseError as error:
            report.failed.append(f"{parsed.source}: could not be saved, nothing imported: {error}")
            continue
        report.add(part)
        organisations_seen = seen
        for item, service in written:
            links_from_services[item.ptv_id] = item.links
            service_pks.add(service.pk)
        for channel in parsed.channels:
            links_from_channels += channel.links
    with transaction.atomic():
        _links_write(links_from_services, links_from_channels, report)
    report.unplaced = list(Service.objects.filter(pk__in=service_pks, nodes__isnull=True))
    return report


def _file_write(parsed, report, organisations_seen):
    for channel in parsed.channels:
        _channel_save(channel, report)
    written = []
    for item in parsed.services:
        provider = _organisation_save(item.provider, report, organisations_seen)
        service = _service_save(item, provider, report)
        if service is not None:
            written.append((item, service))
    return written


def _differs(current, value):
    # Translation fields hold None for a language never filled in.
    return ("" if current is None else current) != ("" if value is None else value)


def _apply(obj, values):
    """Set the values that differ; True if any did."""
    changed = [name for name, value in values.items() if _differs(getattr(obj, name), value)]
    for name in changed:
        setattr(obj, name, values[name])
    return bool(changed)


def _count(counts, created, changed):
    if created:
        counts.created += 1
    elif changed:
        counts.updated += 1
    else:
        counts.unchanged += 1


def _organisation_infer_type(name):
    words = set(re.findall(r"[\w.]+", name.lower()))
    text = name.lower()
    for organisation_type, markers in ORGANISATION_TYPE_WORDS:
        if any(marker in words or (len(marker) > 4 and marker in text) for marker in markers):
            return organisation_type
    return Organisation.Type.MUNICIPALITY


def _organisation_save(data, report, seen):
    organisation = Organisation.objects.filter(ptv_id=data.ptv_id).first()
    created = changed = False
    if organisation is None:
        organisation = Organisation.objects.create(
            ptv_id=data.ptv_id, name_fi=data.name, type=_organisation_infer_type(data.name)
        )
        created = True
        report.notices.append(
            f"Organisation {data.name} created as {organisation.get_type_display()}; "
            "check its type and its Swedish and English names in the admin."
        )
    elif _apply(organisation, {"name_fi": data.name}):
        organisation.save()
        changed = True
    if data.ptv_id not in seen:
        seen.add(data.ptv_id)
        _count(report.organisations, created, changed)
    return organisation


def _channel_save(data, report):
    channel = ServiceChannel.objects.filter(ptv_id=data.ptv_id).first()
    created = changed = False
    if channel is None:
        channel = ServiceChannel.objects.create(ptv_id=data.ptv_id, **data.values)
        created = True
    elif _apply(channel, data.values):
        channel.save()
        changed = True
    if _hours_save(channel, data.hours):
        changed = True
    _count(report.channels, created, changed)
    return channel


def _hours_key(hours):
    return HoursData(
        kind=hours.kind,
        valid_from=hours.valid_from,
        valid_to=hours.valid_to,
        is_closed=hours.is_closed,
        is_always_open=hours.is_always_open,
        is_by_appointment=hours.is_by_appointment,
        note={lang: getattr(hours, f"note_{lang}") or "" for lang in LANGUAGES},
        times=[(t.day_from, t.day_to, t.opens, t.closes) for t in hours.times.all()],
    ).key()


def _hours_save(channel, hours):
    """Replace the channel's hours when PTV's differ; True if they did."""
    current = channel.hours.order_by("pk").prefetch_related("times")
    if [_hours_key(h) for h in current] == [h.key() for h in hours]:
        return False
    channel.hours.all().delete()
    for data in hours:
        record = ServiceHours.objects.create(
            channel=channel,
            kind=data.kind,
            valid_from=data.valid_from,
            valid_to=data.valid_to,
            is_closed=data.is_closed,
            is_always_open=data.is_always_open,
            is_by_appointment=data.is_by_appointment,
            **{f"note_{lang}": data.note[lang] for lang in LANGUAGES},
        )
        OpeningTime.objects.bulk_create(
            OpeningTime(hours=record, day_from=d_from, day_to=d_to, opens=opens, closes=closes)
            for d_from, d_to, opens, closes in sorted(data.times, key=time_sort_key)
        )
    return True


def _unique_slug(name):
    base = slugify(name)[:190].strip("-") or "palvelu"
    slug, number = base, 1
    while Service.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def _service_save(data, provider, report):
    service = Service.objects.filter(ptv_id=data.ptv_id).first()
    if service and data.modified and service.ptv_modified and data.modified < service.ptv_modified:
        report.services.skipped += 1
        report.notices.append(
            f"{data.label}: skipped, the stored service is newer (modified "
            f"{service.ptv_modified:%Y-%m-%d %H:%M} UTC)."
        )
        return None
    values = {**data.values, "provider_id": provider.pk, "ptv_modified": data.modified}
    created = changed = False
    if service is None:
        name = next(values[f"name_{lang}"] for lang in LANGUAGES if values[f"name_{lang}"])
        service = Service.objects.create(ptv_id=data.ptv_id, slug=_unique_slug(name), **values)
        created = True
    elif _apply(service, values):
        service.save()
        changed = True
    if _languages_save(service, data.languages, report):
        changed = True
    for language in LANGUAGES:
        manager = service.keywords_in(language)
        if set(manager.names()) != set(data.keywords[language]):
            manager.set(data.keywords[language])
            changed = True
    _count(report.services, created, changed)
    if created or changed:
        report.changed_services.append(service)
    return service


def _languages_save(service, codes, report):
    current = set(service.languages.values_list("code", flat=True))
    if current == set(codes):
        return False
    languages = []
    for code in codes:
        language = Language.objects.filter(code=code).first()
        if language is None:
            info = LANG_INFO.get(code, {})
            language = Language.objects.create(
                code=code,
                name_fi=info.get("name_local", code),
                name_en=info.get("name", ""),
                order=100,
            )
            report.notices.append(
                f"Language {code} created as {language.name_fi!r}; "
                "add its Finnish and Swedish names in the admin."
            )
        languages.append(language)
    service.languages.set(languages)
    return True


def _links_write(from_services, from_channels, report):
    """
    Link services and channels. A service's list of channels is the whole truth about its
    links to PTV channels, so links it no longer names go; a channel's list of services only
    adds links, for services that are not in this run. Links to channels staff made by hand
    (without a PTV id) are left alone.
    """
    wanted = [link for links in from_services.values() for link in links]
    wanted += [link for link in from_channels if link.service_id not in from_services]
    services = {
        s.ptv_id: s for s in Service.objects.filter(ptv_id__in={link.service_id for link in wanted})
    }
    services.update({s.ptv_id: s for s in Service.objects.filter(ptv_id__in=from_services.keys())})
    channels = {
        c.ptv_id: c
        for c in ServiceChannel.objects.filter(ptv_id__in={link.channel_id for link in wanted})
    }
    kept = {}
    for link in wanted:
        service, channel = services.get(link.service_id), channels.get(link.channel_id)
        if service is None or channel is None:
            report.links.skipped += 1
            missing = (
                f"service {link.service_id}" if service is None else f"channel {link.channel_id}"
            )
            report.notices.append(
                f"Link between service {link.service_id} and channel {link.channel_id} "
                f"skipped: {missing} has not been imported."
            )
            continue
        kept.setdefault(service.pk, set()).add(channel.pk)
        _link_save(service, channel, link, report)
    for ptv_id in from_services:
        stale = ServiceChannelLink.objects.filter(
            service=services[ptv_id], channel__ptv_id__isnull=False
        ).exclude(channel__in=kept.get(services[ptv_id].pk, ()))
        report.links.removed += stale.delete()[0]


def _link_save(service, channel, data, report):
    values = {}
    if data.note is not None:
        values.update({f"note_{lang}": data.note[lang] for lang in LANGUAGES})
    if data.order is not None:
        values["order"] = data.order
    link = ServiceChannelLink.objects.filter(service=service, channel=channel).first()
    created = changed = False
    if link is None:
        ServiceChannelLink.objects.create(service=service, channel=channel, **values)
        created = True
    elif _apply(link, values):
        link.save()
        changed = True
    _count(report.links, created, changed)

"""
The demo service catalogue of the fictional Kuusilahti: the palvelupuu, the providers,
their channels with opening hours, and the services. load() creates what is missing and
updates only what differs, so running it again changes nothing.

load_demo runs at every ./dev serve and in browser tests, so the loader reads each table
once and writes in bulk instead of one query per row.
"""

import datetime
import uuid
from collections import Counter
from decimal import Decimal
from typing import NamedTuple

from django.db import transaction
from django.utils import timezone
from taggit.models import Tag

from perhekeskus.demo import save_if_changed

from ..languages import ensure_languages
from ..models import (
    EnglishKeyword,
    FinnishKeyword,
    Language,
    Node,
    OpeningTime,
    Organisation,
    Service,
    ServiceChannel,
    ServiceChannelLink,
    ServiceHours,
    SwedishKeyword,
)
from . import channels, channels_b, services_a, services_b
from .organisations import ORGANISATIONS
from .tree import NODES

LANGUAGES = ("fi", "sv", "en")
BLANK = ("", "", "")
DEFAULT_OWNER = "sisallontuottaja"
KEYWORD_MODELS = {"fi": FinnishKeyword, "sv": SwedishKeyword, "en": EnglishKeyword}


def translated(field, values):
    """{"name_fi": …, "name_sv": …, "name_en": …} from a (fi, sv, en) tuple or one string."""
    if isinstance(values, str):
        values = (values,) * len(LANGUAGES)
    return {f"{field}_{code}": value for code, value in zip(LANGUAGES, values, strict=True)}


def all_services():
    services = [*services_a.SERVICES, *services_b.SERVICES]
    seen = set()
    for service in services:
        if service["slug"] in seen:
            raise ValueError(f"Two demo services have the slug {service['slug']!r}.")
        seen.add(service["slug"])
    return services


def all_channels():
    clashes = channels.CHANNELS.keys() & channels_b.CHANNELS.keys()
    if clashes:
        raise ValueError(f"Demo channel keys defined twice: {', '.join(sorted(clashes))}.")
    return {**channels.CHANNELS, **channels_b.CHANNELS}


@transaction.atomic
def load(*, users):
    """Create or update the demo catalogue; users are the demo users by username."""
    # Normally made by a migration, but a test database may have been flushed since.
    ensure_languages(Language)
    organisations = load_organisations()
    nodes = load_nodes()
    channel_objects = load_channels(all_channels())
    load_services(
        all_services(),
        organisations=organisations,
        nodes=nodes,
        channels=channel_objects,
        users=users,
    )


def sync_rows(model, rows, stored):
    """
    Objects for rows ({key: field values}): the stored ones, updated where they differ
    from their row, and the missing ones, created in one query.
    """
    objects, new = {}, []
    for key, values in rows.items():
        obj = stored.get(key)
        if obj is None:
            obj = model(**values)
            new.append(obj)
        else:
            save_if_changed(obj, values)
        objects[key] = obj
    model.objects.bulk_create(new)
    return objects


def lookup(table, keys, owner, what):
    missing = [key for key in keys if key not in table]
    if missing:
        raise ValueError(f"{owner}: unknown {what} {', '.join(map(repr, missing))}.")
    return [table[key] for key in keys]


def load_organisations():
    """Organisations are found by business ID, which every demo provider has."""
    rows = {
        data["business_id"]: {
            **translated("name", data["name"]),
            "type": data["type"],
            "business_id": data["business_id"],
            "ptv_id": uuid.UUID(data["ptv_id"]) if data["ptv_id"] else None,
            "website": data["website"],
        }
        for data in ORGANISATIONS.values()
    }
    stored = {
        organisation.business_id: organisation
        for organisation in Organisation.objects.filter(business_id__in=rows)
    }
    objects = sync_rows(Organisation, rows, stored)
    return {key: objects[data["business_id"]] for key, data in ORGANISATIONS.items()}


def load_nodes():
    """Nodes by slug, a level at a time so that every parent exists before its children."""
    stored = Node.objects.in_bulk([data["slug"] for data in NODES], field_name="slug")
    nodes, pending = {}, list(NODES)
    while pending:
        ready = [data for data in pending if data["parent"] is None or data["parent"] in nodes]
        if not ready:
            (data, *_) = pending
            raise ValueError(f"Node {data['slug']!r}: unknown parent {data['parent']!r}.")
        rows = {
            data["slug"]: {
                "slug": data["slug"],
                "parent_id": nodes[data["parent"]].pk if data["parent"] else None,
                **translated("name", data["name"]),
                **translated("intro", data["intro"]),
                "order": data["order"],
            }
            for data in ready
        }
        nodes.update(sync_rows(Node, rows, stored))
        pending = [data for data in pending if data["slug"] not in nodes]
    return nodes


class Hours(NamedTuple):
    """One hours record in a comparable form, so that reruns replace nothing."""

    kind: str
    valid_from: datetime.date | None
    valid_to: datetime.date | None
    is_closed: bool
    is_always_open: bool
    is_by_appointment: bool
    note: tuple
    times: tuple

    @classmethod
    def of(cls, *, note, times, **fields):
        return cls(note=tuple(note), times=tuple(sorted(times, key=repr)), **fields)


def stored_hours(channel):
    return sorted(
        (
            Hours.of(
                kind=hours.kind,
                valid_from=hours.valid_from,
                valid_to=hours.valid_to,
                is_closed=hours.is_closed,
                is_always_open=hours.is_always_open,
                is_by_appointment=hours.is_by_appointment,
                note=[getattr(hours, f"note_{code}") for code in LANGUAGES],
                times=[(t.day_from, t.day_to, t.opens, t.closes) for t in hours.times.all()],
            )
            for hours in channel.hours.all()
        ),
        key=repr,
    )


def channel_values(key, data):
    facilities = set(data.get("facilities", ()))
    unknown = facilities - set(channels.FACILITIES)
    if unknown:
        raise ValueError(f"Channel {key!r}: unknown facilities {sorted(unknown)}.")
    latitude, longitude = data.get("coordinates", (None, None))
    return {
        "type": data["type"],
        **translated("name", data["name"]),
        **translated("description", data.get("description", BLANK)),
        **translated("street_address", data.get("street_address", BLANK)),
        "postal_code": data.get("postal_code", ""),
        **translated("post_office", data.get("post_office", BLANK)),
        **translated("municipality", data.get("municipality", BLANK)),
        "latitude": Decimal(latitude) if latitude else None,
        "longitude": Decimal(longitude) if longitude else None,
        **{f"has_{facility}": facility in facilities for facility in channels.FACILITIES},
        "phone_number": data.get("phone_number", ""),
        **translated("charge_note", data.get("charge_note", BLANK)),
        **translated("url", data.get("url", BLANK)),
        "requires_strong_auth": data.get("requires_strong_auth", False),
    }


def load_channels(data_by_key):
    """
    Channels are found by their Finnish name and type, which the demo keeps unique; their
    hours are replaced only when they differ from the data.
    """
    rows = {key: channel_values(key, data) for key, data in data_by_key.items()}
    names = Counter((values["name_fi"], values["type"]) for values in rows.values())
    twice = sorted(name for (name, _), count in names.items() if count > 1)
    if twice:
        raise ValueError(f"Demo channels share a Finnish name and type: {', '.join(twice)}.")
    by_name = {
        (channel.name_fi, channel.type): channel
        for channel in ServiceChannel.objects.prefetch_related("hours__times")
    }
    stored = {
        key: by_name[values["name_fi"], values["type"]]
        for key, values in rows.items()
        if (values["name_fi"], values["type"]) in by_name
    }
    objects = sync_rows(ServiceChannel, rows, stored)

    replaced, new_hours = [], []
    for key, data in data_by_key.items():
        wanted = sorted(
            (
                Hours.of(**{field: record[field] for field in Hours._fields})
                for record in data.get("hours", ())
            ),
            key=repr,
        )
        current = stored_hours(stored[key]) if key in stored else []
        if current != wanted:
            replaced.append(objects[key].pk)
            new_hours.extend((objects[key], hours) for hours in wanted)
    ServiceHours.objects.filter(channel_id__in=replaced).delete()
    records = ServiceHours.objects.bulk_create(
        ServiceHours(
            channel=channel,
            **translated("note", hours.note),
            **{field: getattr(hours, field) for field in Hours._fields[:6]},
        )
        for channel, hours in new_hours
    )
    OpeningTime.objects.bulk_create(
        OpeningTime(hours=record, day_from=day_from, day_to=day_to, opens=opens, closes=closes)
        for record, (_, hours) in zip(records, new_hours, strict=True)
        for day_from, day_to, opens, closes in hours.times
    )
    return objects


def service_values(data, *, organisations, users):
    ptv = data.get("ptv", {})
    owner = f"Service {data['slug']!r}"
    (provider,) = lookup(organisations, [data["provider"]], owner, "provider")
    age_from, age_to = data["ages"]
    return {
        "slug": data["slug"],
        **translated("name", data["name"]),
        **translated("alternative_name", data.get("alternative_name", BLANK)),
        **translated("summary", data["summary"]),
        **translated("description", data.get("description", BLANK)),
        **translated("user_instructions", data.get("user_instructions", BLANK)),
        **translated("requirements", data.get("requirements", BLANK)),
        **translated("charge_note", data.get("charge_note", BLANK)),
        "provider_id": provider.pk,
        "charge_type": data["charge_type"],
        "age_from": age_from,
        "age_to": age_to,
        "service_classes": list(ptv.get("service_classes", [])),
        "target_groups": list(ptv.get("target_groups", [])),
        "life_events": list(ptv.get("life_events", [])),
        "ontology_terms": list(ptv.get("ontology_terms", [])),
        "status": Service.Status.PUBLISHED,
        "owner_id": users[data.get("owner", DEFAULT_OWNER)].pk,
        "owner_team_id": None,
    }


def sync_pairs(through, owner_field, value_field, *, owners, wanted):
    """Make a through table hold exactly the wanted pairs, touching only the differences."""
    owner_id, value_id = f"{owner_field}_id", f"{value_field}_id"
    current = set(
        through.objects.filter(**{f"{owner_id}__in": owners}).values_list(owner_id, value_id)
    )
    through.objects.bulk_create(
        through(**{owner_id: owner, value_id: value}) for owner, value in sorted(wanted - current)
    )
    for owner, value in sorted(current - wanted):
        through.objects.filter(**{owner_id: owner, value_id: value}).delete()


def tags_by_name(names):
    """
    The taggit tags with these names. The missing ones are created at once, as taggit's
    own set() would run a get_or_create for every keyword of every service.
    """
    tags = {tag.name: tag for tag in Tag.objects.filter(name__in=names)}
    missing = sorted(set(names) - tags.keys())
    if missing:
        slugs = set(Tag.objects.values_list("slug", flat=True))
        new_tags = []
        for name in missing:
            slug, number = Tag().slugify(name), 1
            while slug in slugs:
                slug, number = Tag().slugify(name, number), number + 1
            slugs.add(slug)
            new_tags.append(Tag(name=name, slug=slug))
        tags.update((tag.name, tag) for tag in Tag.objects.bulk_create(new_tags))
    return tags


def load_services(data_list, *, organisations, nodes, channels, users):
    today = timezone.localdate()
    rows = {
        data["slug"]: service_values(data, organisations=organisations, users=users)
        for data in data_list
    }
    stored = Service.objects.in_bulk(list(rows), field_name="slug")
    for data in data_list:
        if data["slug"] not in stored:
            # The check date is set once, so that reruns keep it and staff can renew it.
            rows[data["slug"]]["last_verified"] = today - datetime.timedelta(
                days=data["verified_days_ago"]
            )
    objects = sync_rows(Service, rows, stored)
    services = [(objects[data["slug"]], data) for data in data_list]
    ids = [service.pk for service in objects.values()]

    languages = Language.objects.in_bulk(field_name="code")
    sync_pairs(
        Service.nodes.through,
        "service",
        "node",
        owners=ids,
        wanted={
            (service.pk, node.pk)
            for service, data in services
            for node in lookup(nodes, data["nodes"], f"Service {data['slug']!r}", "node")
        },
    )
    sync_pairs(
        Service.languages.through,
        "service",
        "language",
        owners=ids,
        wanted={
            (service.pk, language.pk)
            for service, data in services
            for language in lookup(
                languages, data["languages"], f"Service {data['slug']!r}", "language"
            )
        },
    )
    keywords = [
        (service, code, name)
        for service, data in services
        for code, names in zip(LANGUAGES, data.get("keywords", ([], [], [])), strict=True)
        for name in names
    ]
    tags = tags_by_name({name for _, _, name in keywords})
    for code, model in KEYWORD_MODELS.items():
        sync_pairs(
            model,
            "content_object",
            "tag",
            owners=ids,
            wanted={
                (service.pk, tags[name].pk)
                for service, keyword_code, name in keywords
                if keyword_code == code
            },
        )
    load_links(services, channels)


def load_links(services, channels):
    """Link each service to its channels in the data's order, with the data's notes."""
    stored = {
        (link.service_id, link.channel_id): link
        for link in ServiceChannelLink.objects.filter(
            service_id__in=[service.pk for service, _ in services]
        )
    }
    rows = {}
    for service, data in services:
        for order, (key, note) in enumerate(data.get("channels", []), start=1):
            (channel,) = lookup(channels, [key], f"Service {data['slug']!r}", "channel")
            rows[service.pk, channel.pk] = {
                "service_id": service.pk,
                "channel_id": channel.pk,
                "order": order,
                **translated("note", note or BLANK),
            }
    sync_rows(ServiceChannelLink, rows, stored)
    # A demo service's channels are exactly those in its data.
    stale = [link.pk for key, link in stored.items() if key not in rows]
    ServiceChannelLink.objects.filter(pk__in=stale).delete()

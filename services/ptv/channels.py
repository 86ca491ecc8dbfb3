"""PTV service channels of the five types, with their opening hours."""

import datetime
import re
import uuid
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from ..coordinates import tm35fin_to_wgs84
from ..models import ServiceChannel, ServiceHours
from .fields import (
    ELLIPSIS,
    LANGUAGES,
    MIDNIGHT,
    Invalid,
    as_bool,
    as_date,
    as_list,
    as_text,
    as_time,
    as_uuid,
    as_weekday,
    fit,
    localized,
    per_language,
    time_sort_key,
)

CHANNEL_TYPES = {
    "ServiceLocation": ServiceChannel.Type.LOCATION,
    "Phone": ServiceChannel.Type.PHONE,
    "WebPage": ServiceChannel.Type.WEB_PAGE,
    "EChannel": ServiceChannel.Type.E_SERVICE,
    "PrintableForm": ServiceChannel.Type.PRINTABLE_FORM,
}
HOUR_TYPES = {
    "DaysOfTheWeek": "regular",
    "Standard": "regular",
    "Exceptional": "exception",
    "Exception": "exception",
    "OverMidnight": "over_midnight",
    "Special": "over_midnight",
}

# ETRS-TM35FIN covers Finland with northings of about 6.6–7.8 million metres and eastings of
# 0.05–0.75 million; anything far outside is another system, usually degrees.
NORTHING_RANGE = (6_500_000, 7_900_000)
EASTING_RANGE = (0, 1_000_000)

POSTAL_CODE = re.compile(r"^\d{5}$")
_validate_url = URLValidator(schemes=["http", "https"])


@dataclass
class HoursData:
    kind: str
    valid_from: datetime.date | None
    valid_to: datetime.date | None
    is_closed: bool
    is_always_open: bool
    is_by_appointment: bool
    note: dict
    times: list  # (day_from, day_to, opens, closes)

    def key(self):
        return (
            self.kind,
            self.valid_from,
            self.valid_to,
            self.is_closed,
            self.is_always_open,
            self.is_by_appointment,
            tuple(self.note.get(lang, "") for lang in LANGUAGES),
            tuple(sorted(self.times, key=time_sort_key)),
        )


@dataclass
class LinkData:
    service_id: uuid.UUID
    channel_id: uuid.UUID
    note: dict | None  # None: the side that named the link said nothing about it
    order: int | None


@dataclass
class ChannelData:
    ptv_id: uuid.UUID
    label: str
    values: dict
    hours: list
    links: list


def parse_channel(raw, ptv_id, label, warnings):
    channel_type = raw.get("serviceChannelType")
    if channel_type not in CHANNEL_TYPES:
        raise Invalid(f"unknown serviceChannelType {channel_type!r}")
    names = localized(
        as_list(raw, "serviceChannelNames"), "serviceChannelNames", types={"Name", None}
    )
    if not any(names.values()):
        raise Invalid("serviceChannelNames has no name")
    descriptions = as_list(raw, "serviceChannelDescriptions")
    description = localized(descriptions, "serviceChannelDescriptions", types={"Description"})
    summary = localized(descriptions, "serviceChannelDescriptions", types={"Summary"})

    values = {"type": CHANNEL_TYPES[channel_type]}
    per_language(values, "name", names)
    per_language(
        values, "description", {lang: description[lang] or summary[lang] for lang in LANGUAGES}
    )
    values.update(_address_values(as_list(raw, "addresses")))
    values.update(_phone_values(as_list(raw, "phoneNumbers")))
    urls = localized(
        [
            {"language": page.get("language"), "value": page.get("url")}
            for page in as_list(raw, "webPages")
        ]
        + as_list(raw, "channelUrls"),
        "webPages",
    )
    for url in filter(None, urls.values()):
        try:
            _validate_url(url)
        except ValidationError:
            raise Invalid(f"web address {url!r} is not a valid URL") from None
    per_language(values, "url", urls)
    values["requires_strong_auth"] = as_bool(raw, "requiresAuthentication")

    for key, max_length in (("name", 200), ("street_address", 200), ("post_office", 100)):
        for language in LANGUAGES:
            fit(values, f"{key}_{language}", max_length, label, warnings)
    for language in LANGUAGES:
        fit(values, f"municipality_{language}", 100, label, warnings)
        fit(values, f"charge_note_{language}", 200, label, warnings)
        fit(values, f"url_{language}", 500, label, warnings)

    hours = [
        _parse_hours(entry, f"serviceHours[{index}]", label, warnings)
        for index, entry in enumerate(as_list(raw, "serviceHours"))
    ]
    links = []
    for entry in as_list(raw, "services"):
        service = entry.get("service")
        if not isinstance(service, dict):
            raise Invalid("services entry without a service")
        note = localized(
            as_list(entry, "description"), "services description", types={"Description", None}
        )
        links.append(
            LinkData(
                service_id=as_uuid(service.get("id"), "services service id"),
                channel_id=ptv_id,
                note=note if any(note.values()) else None,
                order=None,
            )
        )
    return ChannelData(ptv_id=ptv_id, label=label, values=values, hours=hours, links=links)


def _address_values(addresses):
    values = {"postal_code": "", "latitude": None, "longitude": None}
    for name in ("street_address", "post_office", "municipality"):
        per_language(values, name, dict.fromkeys(LANGUAGES, ""))
    for address in addresses:
        if address.get("type") not in ("Location", "Visiting"):
            continue
        place = address.get("streetAddress") or address.get("otherAddress")
        if place is None:
            continue
        if not isinstance(place, dict):
            raise Invalid("streetAddress is not an object")
        street = localized(place.get("street") or [], "street")
        number = as_text(place.get("streetNumber"), "streetNumber")
        per_language(
            values,
            "street_address",
            {
                lang: f"{street[lang]} {number}".strip() if street[lang] else ""
                for lang in LANGUAGES
            },
        )
        postal_code = as_text(place.get("postalCode"), "postalCode")
        if postal_code and not POSTAL_CODE.match(postal_code):
            raise Invalid(f"postalCode {postal_code!r} is not five digits")
        values["postal_code"] = postal_code
        per_language(values, "post_office", localized(place.get("postOffice") or [], "postOffice"))
        municipality = place.get("municipality")
        if isinstance(municipality, dict):
            per_language(
                values, "municipality", localized(municipality.get("name") or [], "municipality")
            )
        values["latitude"], values["longitude"] = _coordinates(
            place.get("latitude"), place.get("longitude")
        )
        break
    return values


def _coordinates(northing, easting):
    """PTV's latitude and longitude are ETRS-TM35FIN northing and easting in metres."""
    if northing in (None, "") and easting in (None, ""):
        return None, None
    try:
        north, east = float(northing), float(easting)
    except (TypeError, ValueError):
        raise Invalid(f"coordinates {northing!r}, {easting!r} are not numbers") from None
    if not (
        NORTHING_RANGE[0] <= north <= NORTHING_RANGE[1]
        and EASTING_RANGE[0] <= east <= EASTING_RANGE[1]
    ):
        raise Invalid(
            f"coordinates {northing!r}, {easting!r} are not ETRS-TM35FIN (EPSG:3067) "
            "metres in Finland"
        )
    latitude, longitude = tm35fin_to_wgs84(north, east)
    return Decimal(f"{latitude:.6f}"), Decimal(f"{longitude:.6f}")


def _phone_values(numbers):
    """The first number in Finnish, Swedish or English; charge notes in each language."""
    values = {"phone_number": ""}
    per_language(values, "charge_note", dict.fromkeys(LANGUAGES, ""))
    if not numbers:
        return values
    by_language = {}
    for entry in numbers:
        by_language.setdefault(entry.get("language"), entry)
    main = next((by_language[lang] for lang in LANGUAGES if lang in by_language), numbers[0])
    number = as_text(main.get("number"), "phone number")
    if not number:
        raise Invalid("phoneNumbers entry without a number")
    prefix = as_text(main.get("prefixNumber"), "prefixNumber")
    if prefix and not main.get("isFinnishServiceNumber"):
        number = f"{prefix} {number}"
    if len(number) > 40:
        raise Invalid(f"phone number {number!r} is longer than 40 characters")
    values["phone_number"] = number
    for language in LANGUAGES:
        if language in by_language:
            note = by_language[language].get("chargeDescription")
            values[f"charge_note_{language}"] = as_text(note, "chargeDescription")
    return values


def _parse_hours(raw, what, label, warnings):
    kind = HOUR_TYPES.get(raw.get("serviceHourType"))
    if kind is None:
        raise Invalid(f"{what}: unknown serviceHourType {raw.get('serviceHourType')!r}")
    valid_from = as_date(raw.get("validFrom"), f"{what} validFrom")
    valid_to = as_date(raw.get("validTo"), f"{what} validTo")
    if kind == "exception" and valid_from is None:
        raise Invalid(f"{what}: exceptional hours without validFrom")
    if valid_from and valid_to and valid_to < valid_from:
        raise Invalid(f"{what}: validTo is before validFrom")
    is_closed = as_bool(raw, "isClosed")
    is_always_open = as_bool(raw, "isAlwaysOpen")
    if is_closed and is_always_open:
        raise Invalid(f"{what}: both isClosed and isAlwaysOpen")
    note = localized(as_list(raw, "additionalInformation"), f"{what} additionalInformation")
    for language in LANGUAGES:
        if len(note[language]) > 200:
            note[language] = note[language][:199].rstrip() + ELLIPSIS
            warnings.append(f"{label}: {what} additionalInformation cut to 200 characters")

    times = []
    for index, entry in enumerate(as_list(raw, "openingHour")):
        where = f"{what} openingHour[{index}]"
        day_from = as_weekday(entry.get("dayFrom"), f"{where} dayFrom")
        day_to = as_weekday(entry.get("dayTo"), f"{where} dayTo")
        opens = as_time(entry.get("from"), f"{where} from")
        closes = as_time(entry.get("to"), f"{where} to")
        if kind == "over_midnight":
            if day_from is None:
                raise Invalid(f"{where}: over-midnight hours without dayFrom")
            times += _span(day_from, day_to, opens, closes)
        elif kind == "exception" and day_to is None:
            # An exception's times hold on each of its dates; PTV puts the weekday of the
            # first date in dayFrom, which must not limit a longer exception to that weekday.
            times.append((None, None, opens, closes))
        else:
            times.append((day_from, None if day_to == day_from else day_to, opens, closes))
    return HoursData(
        kind=ServiceHours.Kind.EXCEPTION if kind == "exception" else ServiceHours.Kind.REGULAR,
        valid_from=valid_from,
        valid_to=valid_to,
        is_closed=is_closed,
        is_always_open=is_always_open,
        is_by_appointment=as_bool(raw, "isReservation"),
        note=note,
        times=times,
    )


def _span(day_from, day_to, opens, closes):
    """
    PTV's over-midnight hours run from one weekday and time to another, possibly days later
    (Friday 16:00 to Monday 08:00). Opening times here are daily, with a closing time at or
    before the opening time running into the next morning, so a long span becomes the evening
    of the first day, whole days between, and the morning of the last day.
    """
    if day_to is None or day_to == day_from:
        return [(day_from, None, opens, closes)]
    length = (day_to - day_from) % 7
    if length == 1 and closes <= opens:
        return [(day_from, None, opens, closes)]
    times = [(day_from, None, opens, MIDNIGHT)]
    if length > 1:
        first, last = (day_from + 1) % 7, (day_to - 1) % 7
        times.append((first, None if first == last else last, MIDNIGHT, MIDNIGHT))
    if closes != MIDNIGHT:
        times.append((day_to, None, MIDNIGHT, closes))
    return times

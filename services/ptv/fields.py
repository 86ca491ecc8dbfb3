"""Values in PTV's JSON: texts per language, ids, dates, times and weekdays."""

import datetime
import uuid
from zoneinfo import ZoneInfo

LANGUAGES = ("fi", "sv", "en")
HELSINKI = ZoneInfo("Europe/Helsinki")
MIDNIGHT = datetime.time(0, 0)
ELLIPSIS = "…"

WEEKDAYS = {
    name: number
    for number, name in enumerate(
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    )
}


class Invalid(Exception):
    """A problem in one item; the reader adds the file and the item to the message."""


def as_uuid(value, what):
    if value in (None, ""):
        raise Invalid(f"{what} is missing")
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise Invalid(f"{what} {value!r} is not a UUID") from None


def as_list(raw, key):
    value = raw.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
        raise Invalid(f"{key} is not a list of objects")
    return value


def as_bool(raw, key):
    value = raw.get(key, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise Invalid(f"{key} is not true or false")
    return value


def as_text(value, what):
    if value is None:
        return ""
    if not isinstance(value, str):
        raise Invalid(f"{what} is not text")
    return value.strip()


def localized(entries, what, *, types=None):
    """{"fi": …, "sv": …, "en": …} from PTV's [{"language", "value", "type"}] lists."""
    result = dict.fromkeys(LANGUAGES, "")
    for entry in entries:
        if not isinstance(entry, dict):
            raise Invalid(f"{what} is not a list of objects")
        if types is not None and entry.get("type") not in types:
            continue
        language = entry.get("language")
        if language in LANGUAGES and not result[language]:
            result[language] = as_text(entry.get("value"), what)
    return result


def fit(values, key, max_length, label, warnings):
    """Cut a text that is longer than the field allows, with an ellipsis and a warning."""
    value = values[key]
    if len(value) > max_length:
        values[key] = value[: max_length - 1].rstrip() + ELLIPSIS
        warnings.append(f"{label}: {key} cut to {max_length} characters")


def per_language(values, name, texts):
    for language in LANGUAGES:
        values[f"{name}_{language}"] = texts[language]


def as_date(value, what):
    """A date from PTV's date-times; one with a time zone is read as a Helsinki date."""
    if value in (None, ""):
        return None
    try:
        moment = datetime.datetime.fromisoformat(str(value))
    except ValueError:
        raise Invalid(f"{what} {value!r} is not a date") from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(HELSINKI)
    return moment.date()


def as_datetime(value, what):
    """PTV's modified times are UTC, written without a zone."""
    if value in (None, ""):
        return None
    try:
        moment = datetime.datetime.fromisoformat(str(value))
    except ValueError:
        raise Invalid(f"{what} {value!r} is not a date and time") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment


def as_time(value, what):
    text = as_text(value, what)
    if text in ("24:00", "24:00:00"):
        return MIDNIGHT
    try:
        return datetime.time.fromisoformat(text)
    except ValueError:
        raise Invalid(f"{what} {value!r} is not a time such as 08:00:00") from None


def as_weekday(value, what):
    if value in (None, ""):
        return None
    if not isinstance(value, str) or value not in WEEKDAYS:
        raise Invalid(f"{what} {value!r} is not a weekday such as Monday")
    return WEEKDAYS[value]


def time_sort_key(time):
    day_from, day_to, opens, closes = time
    return (-1 if day_from is None else day_from, -1 if day_to is None else day_to, opens, closes)

"""
Opening hours of a service channel as people read them: open now or not, the weekly hours
as rows such as "ma–pe 8.00–16.00", and the exceptions coming up.

Times are wall-clock times in Europe/Helsinki. A time that the clock skips when summer time
starts (03:30 on the last Sunday of March) is reached when the clock jumps past it, and a time
that the clock shows twice when summer time ends counts the first time round, so "open 22–03.30"
closes at the first 03.30 and "opens 03.30" opens at 04.00 on the day the clocks go forward.

The functions read `hours.times.all()`; prefetch `hours__times` to keep a page to one query.
"""

import datetime
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .models import ServiceHours

HELSINKI = ZoneInfo("Europe/Helsinki")
MIDNIGHT = datetime.time(0, 0)
ONE_DAY = datetime.timedelta(days=1)

DAY_ABBREVIATIONS = (
    pgettext_lazy("viikonpäivän lyhenne", "ma"),
    pgettext_lazy("viikonpäivän lyhenne", "ti"),
    pgettext_lazy("viikonpäivän lyhenne", "ke"),
    pgettext_lazy("viikonpäivän lyhenne", "to"),
    pgettext_lazy("viikonpäivän lyhenne", "pe"),
    pgettext_lazy("viikonpäivän lyhenne", "la"),
    pgettext_lazy("viikonpäivän lyhenne", "su"),
)


class State(models.TextChoices):
    OPEN = "open", _("avoinna nyt")
    CLOSED = "closed", _("suljettu nyt")
    APPOINTMENT = "appointment", _("ajanvarauksella")
    UNKNOWN = "unknown", _("aukioloajat eivät tiedossa")


def _rules_on(hours: list[ServiceHours], day: datetime.date) -> list[ServiceHours]:
    """
    The hours records that decide a date: its exceptions if it has any, otherwise its
    regular hours. A regular period with an end date (summer hours) replaces the ongoing
    hours while it lasts.
    """
    exceptions = [h for h in hours if h.kind == ServiceHours.Kind.EXCEPTION and h.applies_on(day)]
    if exceptions:
        return exceptions
    regular = [h for h in hours if h.kind == ServiceHours.Kind.REGULAR and h.applies_on(day)]
    bounded = [h for h in regular if h.valid_to is not None]
    return bounded or regular


def _times_on(record: ServiceHours, day: datetime.date):
    if record.is_closed or record.is_always_open:
        return []
    return [t for t in record.times.all() if t.covers_weekday(day.weekday())]


def _instant(day: datetime.date, time: datetime.time) -> datetime.datetime:
    """The moment the Helsinki wall clock first reaches `time` on `day`, in UTC."""
    wall = datetime.datetime.combine(day, time)
    first = wall.replace(tzinfo=HELSINKI, fold=0).astimezone(datetime.UTC)
    second = wall.replace(tzinfo=HELSINKI, fold=1).astimezone(datetime.UTC)
    if first <= second:
        # An ordinary time, or one shown twice in autumn: the first showing.
        return first
    # The clock skips this time in spring; it is reached at the jump, which lies between the
    # two readings and falls on a whole minute.
    moment = second
    offset = moment.astimezone(HELSINKI).utcoffset()
    while moment.astimezone(HELSINKI).utcoffset() == offset:
        moment += datetime.timedelta(minutes=1)
    return moment


def _periods_starting(hours: list[ServiceHours], day: datetime.date):
    """Opening periods that start on `day`, as (start, end) in UTC."""
    for record in _rules_on(hours, day):
        for time in _times_on(record, day):
            end_day = day + ONE_DAY if time.runs_over_midnight else day
            yield _instant(day, time.opens), _instant(end_day, time.closes)


def channel_state(hours: Iterable[ServiceHours], moment: datetime.datetime | None = None) -> State:
    """Whether a channel is open at `moment` (default: now), judged in Helsinki time."""
    hours = list(hours)
    moment = moment or timezone.now()
    today = moment.astimezone(HELSINKI).date()
    yesterday = today - ONE_DAY
    # Last night's period over midnight still runs this morning, even when today is an
    # exception day.
    for day in (yesterday, today):
        if any(start <= moment < end for start, end in _periods_starting(hours, day)):
            return State.OPEN
    rules = _rules_on(hours, today)
    if not rules:
        return State.UNKNOWN
    if any(r.is_always_open for r in rules):
        return State.OPEN
    if any(r.is_by_appointment and not r.is_closed for r in rules):
        return State.APPOINTMENT
    return State.CLOSED


def format_time(time: datetime.time, *, closing: bool = False) -> str:
    """8.00, 16.30; a closing time of midnight is 24.00."""
    if closing and time == MIDNIGHT:
        return "24.00"
    return f"{time.hour}.{time.minute:02d}"


def _times_label(times) -> str:
    spans = sorted({(t.opens, t.closes) for t in times})
    return ", ".join(
        f"{format_time(opens)}–{format_time(closes, closing=True)}" for opens, closes in spans
    )


def _days_label(first: int, last: int) -> str:
    if first == last:
        return str(DAY_ABBREVIATIONS[first])
    return f"{DAY_ABBREVIATIONS[first]}–{DAY_ABBREVIATIONS[last]}"


def _week_rows(records: list[ServiceHours]) -> list[tuple[str, str]]:
    """Consecutive weekdays with the same times as one row; days without times are left out."""
    per_day = []
    for weekday in range(7):
        times = [
            t
            for record in records
            if not (record.is_closed or record.is_always_open)
            for t in record.times.all()
            if t.covers_weekday(weekday)
        ]
        per_day.append(_times_label(times))
    rows, first = [], 0
    for weekday in range(1, 8):
        if weekday == 7 or per_day[weekday] != per_day[first]:
            if per_day[first]:
                rows.append((_days_label(first, weekday - 1), per_day[first]))
            first = weekday
    return rows


def weekly_rows(
    hours: Iterable[ServiceHours], on: datetime.date | None = None
) -> list[tuple[str, str]]:
    """
    The regular hours valid on `on` (default: today) as rows of (days, times) in the active
    language: [("ma–pe", "8.00–16.00"), ("la", "10.00–14.00")].
    """
    on = on or timezone.localdate()
    records = _rules_on([h for h in hours if h.kind == ServiceHours.Kind.REGULAR], on)
    if any(r.is_always_open for r in records):
        return [(str(_("joka päivä")), str(_("ympäri vuorokauden")))]
    rows = _week_rows(records)
    if any(r.is_by_appointment for r in records):
        rows.append(("", str(_("ajanvarauksella"))))
    elif not rows and any(r.is_closed for r in records):
        rows.append(("", str(_("suljettu"))))
    return rows


def _exception_label(record: ServiceHours) -> str:
    if record.is_closed:
        return str(_("suljettu"))
    if record.is_always_open:
        return str(_("ympäri vuorokauden"))
    times = list(record.times.all())
    if times and all(t.day_from is None for t in times):
        label = _times_label(times)
    else:
        label = ", ".join(" ".join(row) for row in _week_rows([record]))
    if record.is_by_appointment:
        return f"{label}, {_('ajanvarauksella')}" if label else str(_("ajanvarauksella"))
    return label or str(_("suljettu"))


def upcoming_exceptions(
    hours: Iterable[ServiceHours], on: datetime.date | None = None, days: int = 30
) -> list[tuple[datetime.date, datetime.date | None, str, str]]:
    """
    Exceptions going on at `on` (default: today) or starting within `days` after it, in date
    order, as (start, end or None for a single day, note, times or "suljettu").
    """
    on = on or timezone.localdate()
    horizon = on + datetime.timedelta(days=days)
    result = []
    for record in hours:
        if record.kind != ServiceHours.Kind.EXCEPTION or record.valid_from is None:
            continue
        end = record.ends_on
        if end < on or record.valid_from > horizon:
            continue
        result.append(
            (
                record.valid_from,
                end if end != record.valid_from else None,
                record.note or "",
                _exception_label(record),
            )
        )
    return sorted(result, key=lambda row: (row[0], row[1] or row[0]))

"""
Opening hours as a parent reads them. Moments are given in UTC so that each test says exactly
which instant it means; the comment beside each one gives the Helsinki wall-clock time.
"""

import datetime

import pytest
from django.utils import translation

from services.hours import State, channel_state, upcoming_exceptions, weekly_rows
from services.models import OpeningTime, ServiceChannel, ServiceHours

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
EXCEPTION = ServiceHours.Kind.EXCEPTION

pytestmark = pytest.mark.django_db


@pytest.fixture
def channel():
    return ServiceChannel.objects.create(
        type=ServiceChannel.Type.LOCATION, name="Perhekeskus Pikku-Veturi"
    )


def add_hours(channel, *times, **fields):
    """Hours for the channel; each time is (day_from, day_to, "8:00", "16:00")."""
    hours = ServiceHours.objects.create(channel=channel, **fields)
    for day_from, day_to, opens, closes in times:
        OpeningTime.objects.create(
            hours=hours,
            day_from=day_from,
            day_to=day_to,
            opens=datetime.time.fromisoformat(opens.zfill(5)),
            closes=datetime.time.fromisoformat(closes.zfill(5)),
        )
    return hours


def utc(text):
    return datetime.datetime.fromisoformat(text).replace(tzinfo=datetime.UTC)


def state_at(channel, moment):
    return channel_state(channel.hours.prefetch_related("times"), utc(moment))


def rows(channel, on):
    return weekly_rows(channel.hours.prefetch_related("times"), datetime.date.fromisoformat(on))


class TestChannelState:
    def test_open_between_opening_and_closing_time_in_winter(self, channel):
        add_hours(channel, (MON, FRI, "8:00", "16:00"))

        # Monday 13 January 2025; Helsinki is UTC+2.
        assert state_at(channel, "2025-01-13T05:59") == State.CLOSED  # 7.59
        assert state_at(channel, "2025-01-13T06:00") == State.OPEN  # 8.00
        assert state_at(channel, "2025-01-13T13:59") == State.OPEN  # 15.59
        assert state_at(channel, "2025-01-13T14:00") == State.CLOSED  # 16.00

    def test_open_between_opening_and_closing_time_in_summer(self, channel):
        add_hours(channel, (MON, FRI, "8:00", "16:00"))

        # Monday 16 June 2025; Helsinki is UTC+3.
        assert state_at(channel, "2025-06-16T04:59") == State.CLOSED  # 7.59
        assert state_at(channel, "2025-06-16T05:00") == State.OPEN  # 8.00
        assert state_at(channel, "2025-06-16T13:00") == State.CLOSED  # 16.00

    def test_weekend_is_closed_when_only_weekdays_have_hours(self, channel):
        add_hours(channel, (MON, FRI, "8:00", "16:00"))

        assert state_at(channel, "2025-01-18T10:00") == State.CLOSED  # Saturday 12.00

    def test_time_without_a_day_applies_every_day(self, channel):
        add_hours(channel, (None, None, "9:00", "21:00"))

        assert state_at(channel, "2025-01-19T10:00") == State.OPEN  # Sunday 12.00
        assert state_at(channel, "2025-01-15T10:00") == State.OPEN  # Wednesday 12.00

    def test_single_day_without_end_day_covers_only_that_day(self, channel):
        add_hours(channel, (WED, None, "9:00", "11:00"))

        assert state_at(channel, "2025-01-15T08:00") == State.OPEN  # Wednesday 10.00
        assert state_at(channel, "2025-01-16T08:00") == State.CLOSED  # Thursday 10.00

    def test_range_over_the_weekend_covers_friday_to_monday(self, channel):
        add_hours(channel, (FRI, MON, "10:00", "14:00"))

        for day in ("17", "18", "19", "20"):  # Friday to Monday, 12.00
            assert state_at(channel, f"2025-01-{day}T10:00") == State.OPEN
        for day in ("14", "15", "16"):  # Tuesday to Thursday
            assert state_at(channel, f"2025-01-{day}T10:00") == State.CLOSED

    def test_period_over_midnight_continues_into_the_next_morning(self, channel):
        add_hours(channel, (FRI, None, "22:00", "2:00"))

        assert state_at(channel, "2025-01-17T19:59") == State.CLOSED  # Friday 21.59
        assert state_at(channel, "2025-01-17T21:00") == State.OPEN  # Friday 23.00
        assert state_at(channel, "2025-01-17T23:30") == State.OPEN  # Saturday 1.30
        assert state_at(channel, "2025-01-18T00:00") == State.CLOSED  # Saturday 2.00
        # Only Friday night: the same hour on Thursday night is closed.
        assert state_at(channel, "2025-01-16T23:30") == State.CLOSED  # Friday 1.30

    def test_closing_at_midnight_closes_at_the_end_of_the_day(self, channel):
        add_hours(channel, (SAT, None, "18:00", "0:00"))

        assert state_at(channel, "2025-01-18T21:59") == State.OPEN  # Saturday 23.59
        assert state_at(channel, "2025-01-18T22:00") == State.CLOSED  # Sunday 0.00

    def test_closed_exception_wins_over_regular_hours(self, channel):
        add_hours(channel, (None, None, "8:00", "16:00"))
        add_hours(channel, kind=EXCEPTION, valid_from=datetime.date(2025, 12, 24), is_closed=True)

        assert state_at(channel, "2025-12-24T09:00") == State.CLOSED  # Wednesday 11.00
        assert state_at(channel, "2025-12-23T09:00") == State.OPEN  # Tuesday 11.00

    def test_exception_with_own_hours_replaces_the_days_regular_hours(self, channel):
        add_hours(channel, (None, None, "8:00", "16:00"))
        add_hours(
            channel,
            (None, None, "10:00", "14:00"),
            kind=EXCEPTION,
            valid_from=datetime.date(2025, 12, 31),
        )

        assert state_at(channel, "2025-12-31T07:00") == State.CLOSED  # 9.00
        assert state_at(channel, "2025-12-31T09:00") == State.OPEN  # 11.00
        assert state_at(channel, "2025-12-31T12:30") == State.CLOSED  # 14.30

    def test_exception_covering_several_days_applies_to_each(self, channel):
        add_hours(channel, (MON, FRI, "8:00", "16:00"))
        add_hours(
            channel,
            kind=EXCEPTION,
            valid_from=datetime.date(2025, 7, 1),
            valid_to=datetime.date(2025, 7, 31),
            is_closed=True,
        )

        assert state_at(channel, "2025-07-01T07:00") == State.CLOSED  # Tuesday 10.00
        assert state_at(channel, "2025-07-31T07:00") == State.CLOSED  # Thursday 10.00
        assert state_at(channel, "2025-08-01T07:00") == State.OPEN  # Friday 10.00

    def test_night_before_a_closed_day_still_runs_into_its_morning(self, channel):
        add_hours(channel, (None, None, "22:00", "2:00"))
        add_hours(channel, kind=EXCEPTION, valid_from=datetime.date(2025, 12, 24), is_closed=True)

        assert state_at(channel, "2025-12-23T23:00") == State.OPEN  # 24 Dec 1.00
        assert state_at(channel, "2025-12-24T20:30") == State.CLOSED  # 24 Dec 22.30
        # Nothing started on the closed day, so nothing runs into Christmas Day.
        assert state_at(channel, "2025-12-24T23:00") == State.CLOSED  # 25 Dec 1.00
        assert state_at(channel, "2025-12-25T20:30") == State.OPEN  # 25 Dec 22.30

    def test_always_open(self, channel):
        add_hours(channel, is_always_open=True)

        assert state_at(channel, "2025-01-19T01:00") == State.OPEN  # Sunday 3.00

    def test_always_open_exception_opens_a_closed_day(self, channel):
        add_hours(channel, (MON, FRI, "8:00", "16:00"))
        add_hours(
            channel, kind=EXCEPTION, valid_from=datetime.date(2025, 1, 18), is_always_open=True
        )

        assert state_at(channel, "2025-01-18T20:00") == State.OPEN  # Saturday 22.00

    def test_by_appointment_when_no_time_matches(self, channel):
        add_hours(channel, is_by_appointment=True)

        assert state_at(channel, "2025-01-13T10:00") == State.APPOINTMENT

    def test_by_appointment_with_hours_is_open_within_them(self, channel):
        add_hours(channel, (MON, FRI, "9:00", "15:00"), is_by_appointment=True)

        assert state_at(channel, "2025-01-13T10:00") == State.OPEN  # Monday 12.00
        assert state_at(channel, "2025-01-13T16:00") == State.APPOINTMENT  # Monday 18.00

    def test_unknown_without_hours(self, channel):
        assert state_at(channel, "2025-01-13T10:00") == State.UNKNOWN

    def test_unknown_when_the_hours_have_expired(self, channel):
        add_hours(channel, (MON, FRI, "8:00", "16:00"), valid_to=datetime.date(2024, 12, 31))

        assert state_at(channel, "2025-01-13T10:00") == State.UNKNOWN

    def test_hours_not_yet_in_force_do_not_apply(self, channel):
        add_hours(channel, (MON, FRI, "8:00", "16:00"), valid_from=datetime.date(2025, 2, 1))

        assert state_at(channel, "2025-01-13T10:00") == State.UNKNOWN
        assert state_at(channel, "2025-02-03T10:00") == State.OPEN

    def test_period_with_an_end_date_replaces_the_ongoing_hours(self, channel):
        add_hours(channel, (MON, FRI, "8:00", "16:00"))
        add_hours(
            channel,
            (MON, FRI, "9:00", "15:00"),
            valid_from=datetime.date(2025, 6, 1),
            valid_to=datetime.date(2025, 8, 31),
        )

        assert state_at(channel, "2025-06-16T05:30") == State.CLOSED  # summer Monday 8.30
        assert state_at(channel, "2025-06-16T06:30") == State.OPEN  # 9.30
        assert state_at(channel, "2025-09-01T05:30") == State.OPEN  # autumn Monday 8.30

    def test_defaults_to_now(self, channel):
        add_hours(channel, is_always_open=True)

        assert channel_state(channel.hours.all()) == State.OPEN

    def test_prefetched_hours_need_no_queries(self, channel, django_assert_num_queries):
        add_hours(channel, (MON, FRI, "8:00", "16:00"))
        add_hours(channel, kind=EXCEPTION, valid_from=datetime.date(2025, 12, 24), is_closed=True)
        hours = list(channel.hours.prefetch_related("times"))

        with django_assert_num_queries(0):
            channel_state(hours, utc("2025-12-24T09:00"))
            weekly_rows(hours, datetime.date(2025, 12, 24))
            upcoming_exceptions(hours, datetime.date(2025, 12, 1))


class TestDaylightSavingTime:
    """
    Summer time starts on the last Sunday of March at 03.00 (clocks go to 04.00, UTC+3) and
    ends on the last Sunday of October at 04.00 (clocks go back to 03.00, UTC+2). In 2025
    these are 30 March and 26 October, both at 01.00 UTC.
    """

    def test_night_open_22_to_02_as_summer_time_starts(self, channel):
        add_hours(channel, (SAT, None, "22:00", "2:00"))

        assert state_at(channel, "2025-03-29T19:59") == State.CLOSED  # Sat 21.59 UTC+2
        assert state_at(channel, "2025-03-29T20:00") == State.OPEN  # Sat 22.00 UTC+2
        assert state_at(channel, "2025-03-29T23:59") == State.OPEN  # Sun 1.59 UTC+2
        assert state_at(channel, "2025-03-30T00:00") == State.CLOSED  # Sun 2.00 UTC+2

    def test_night_closing_inside_the_skipped_hour_closes_at_the_jump(self, channel):
        add_hours(channel, (SAT, None, "22:00", "3:30"))

        assert state_at(channel, "2025-03-30T00:59") == State.OPEN  # Sun 2.59 UTC+2
        assert state_at(channel, "2025-03-30T01:00") == State.CLOSED  # Sun 4.00 UTC+3

    def test_night_closing_after_the_jump_is_an_hour_shorter(self, channel):
        add_hours(channel, (SAT, None, "22:00", "5:00"))

        assert state_at(channel, "2025-03-30T01:30") == State.OPEN  # Sun 4.30 UTC+3
        assert state_at(channel, "2025-03-30T01:59") == State.OPEN  # Sun 4.59 UTC+3
        assert state_at(channel, "2025-03-30T02:00") == State.CLOSED  # Sun 5.00 UTC+3

    def test_opening_inside_the_skipped_hour_opens_when_the_clock_jumps_past_it(self, channel):
        add_hours(channel, (SUN, None, "3:30", "12:00"))

        assert state_at(channel, "2025-03-30T00:59") == State.CLOSED  # Sun 2.59 UTC+2
        assert state_at(channel, "2025-03-30T01:00") == State.OPEN  # Sun 4.00 UTC+3
        assert state_at(channel, "2025-03-30T01:15") == State.OPEN  # Sun 4.15 UTC+3
        assert state_at(channel, "2025-03-30T09:00") == State.CLOSED  # Sun 12.00 UTC+3

    def test_night_open_22_to_02_as_summer_time_ends(self, channel):
        add_hours(channel, (SAT, None, "22:00", "2:00"))

        assert state_at(channel, "2025-10-25T18:59") == State.CLOSED  # Sat 21.59 UTC+3
        assert state_at(channel, "2025-10-25T19:00") == State.OPEN  # Sat 22.00 UTC+3
        assert state_at(channel, "2025-10-25T22:59") == State.OPEN  # Sun 1.59 UTC+3
        assert state_at(channel, "2025-10-25T23:00") == State.CLOSED  # Sun 2.00 UTC+3

    def test_night_closing_inside_the_repeated_hour_closes_the_first_time_round(self, channel):
        add_hours(channel, (SAT, None, "22:00", "3:30"))

        assert state_at(channel, "2025-10-26T00:15") == State.OPEN  # Sun 3.15 UTC+3
        assert state_at(channel, "2025-10-26T00:30") == State.CLOSED  # Sun 3.30 UTC+3
        assert state_at(channel, "2025-10-26T01:15") == State.CLOSED  # Sun 3.15 again, UTC+2

    def test_night_closing_after_the_repeated_hour_is_an_hour_longer(self, channel):
        add_hours(channel, (SAT, None, "22:00", "5:00"))

        assert state_at(channel, "2025-10-26T01:30") == State.OPEN  # Sun 3.30 again, UTC+2
        assert state_at(channel, "2025-10-26T02:59") == State.OPEN  # Sun 4.59 UTC+2
        assert state_at(channel, "2025-10-26T03:00") == State.CLOSED  # Sun 5.00 UTC+2

    def test_opening_inside_the_repeated_hour_opens_the_first_time_round(self, channel):
        add_hours(channel, (SUN, None, "3:30", "12:00"))

        assert state_at(channel, "2025-10-26T00:29") == State.CLOSED  # Sun 3.29 UTC+3
        assert state_at(channel, "2025-10-26T00:30") == State.OPEN  # Sun 3.30 UTC+3
        assert state_at(channel, "2025-10-26T01:15") == State.OPEN  # Sun 3.15 again, UTC+2
        assert state_at(channel, "2025-10-26T10:00") == State.CLOSED  # Sun 12.00 UTC+2

    def test_day_hours_on_the_change_days_follow_the_wall_clock(self, channel):
        add_hours(channel, (SUN, None, "10:00", "16:00"))

        assert state_at(channel, "2025-03-30T06:59") == State.CLOSED  # 9.59 UTC+3
        assert state_at(channel, "2025-03-30T07:00") == State.OPEN  # 10.00 UTC+3
        assert state_at(channel, "2025-10-26T07:59") == State.CLOSED  # 9.59 UTC+2
        assert state_at(channel, "2025-10-26T08:00") == State.OPEN  # 10.00 UTC+2

    def test_night_before_a_closed_exception_on_the_change_day(self, channel):
        add_hours(channel, (None, None, "22:00", "2:00"))
        add_hours(channel, kind=EXCEPTION, valid_from=datetime.date(2025, 3, 30), is_closed=True)

        assert state_at(channel, "2025-03-29T23:30") == State.OPEN  # Sun 1.30 UTC+2
        assert state_at(channel, "2025-03-30T00:00") == State.CLOSED  # Sun 2.00 UTC+2
        assert state_at(channel, "2025-03-30T20:00") == State.CLOSED  # Sun 23.00 UTC+3


class TestWeeklyRows:
    def test_consecutive_days_with_the_same_hours_share_a_row(self, channel):
        add_hours(channel, (MON, FRI, "8:00", "16:00"), (SAT, None, "10:00", "14:00"))

        assert rows(channel, "2025-01-13") == [("ma–pe", "8.00–16.00"), ("la", "10.00–14.00")]

    def test_one_time_per_day_as_ptv_gives_them_is_grouped_too(self, channel):
        add_hours(channel, *[(day, None, "8:00", "16:00") for day in (MON, TUE, WED, THU)])
        add_hours(channel, (FRI, None, "8:00", "14:00"))

        assert rows(channel, "2025-01-13") == [("ma–to", "8.00–16.00"), ("pe", "8.00–14.00")]

    def test_a_day_with_a_break_shows_both_times(self, channel):
        add_hours(channel, (MON, FRI, "8:00", "11:00"), (MON, FRI, "12:00", "16:00"))

        assert rows(channel, "2025-01-13") == [("ma–pe", "8.00–11.00, 12.00–16.00")]

    def test_days_apart_are_separate_rows(self, channel):
        add_hours(channel, (MON, None, "9:00", "12:00"), (WED, None, "9:00", "12:00"))

        assert rows(channel, "2025-01-13") == [("ma", "9.00–12.00"), ("ke", "9.00–12.00")]

    def test_every_day_runs_from_monday_to_sunday(self, channel):
        add_hours(channel, (None, None, "7:30", "21:00"))

        assert rows(channel, "2025-01-13") == [("ma–su", "7.30–21.00")]

    def test_range_over_the_weekend_is_split_at_the_week_boundary(self, channel):
        add_hours(channel, (FRI, MON, "10:00", "14:00"))

        assert rows(channel, "2025-01-13") == [("ma", "10.00–14.00"), ("pe–su", "10.00–14.00")]

    def test_hours_over_midnight_and_until_midnight(self, channel):
        add_hours(channel, (FRI, SAT, "22:00", "2:00"), (SUN, None, "18:00", "0:00"))

        assert rows(channel, "2025-01-13") == [("pe–la", "22.00–2.00"), ("su", "18.00–24.00")]

    def test_always_open(self, channel):
        add_hours(channel, is_always_open=True)

        assert rows(channel, "2025-01-13") == [("joka päivä", "ympäri vuorokauden")]

    def test_by_appointment_only(self, channel):
        add_hours(channel, is_by_appointment=True)

        assert rows(channel, "2025-01-13") == [("", "ajanvarauksella")]

    def test_by_appointment_with_hours_adds_a_row(self, channel):
        add_hours(channel, (TUE, None, "12:00", "15:00"), is_by_appointment=True)

        assert rows(channel, "2025-01-13") == [("ti", "12.00–15.00"), ("", "ajanvarauksella")]

    def test_exceptions_are_not_weekly_hours(self, channel):
        add_hours(channel, (MON, FRI, "8:00", "16:00"))
        add_hours(channel, kind=EXCEPTION, valid_from=datetime.date(2025, 1, 13), is_closed=True)

        assert rows(channel, "2025-01-13") == [("ma–pe", "8.00–16.00")]

    def test_summer_hours_show_in_summer(self, channel):
        add_hours(channel, (MON, FRI, "8:00", "16:00"))
        add_hours(
            channel,
            (MON, THU, "9:00", "15:00"),
            valid_from=datetime.date(2025, 6, 1),
            valid_to=datetime.date(2025, 8, 31),
        )

        assert rows(channel, "2025-06-16") == [("ma–to", "9.00–15.00")]
        assert rows(channel, "2025-09-01") == [("ma–pe", "8.00–16.00")]

    def test_no_rows_without_hours_in_force(self, channel):
        add_hours(channel, (MON, FRI, "8:00", "16:00"), valid_from=datetime.date(2025, 2, 1))

        assert rows(channel, "2025-01-13") == []

    def test_closed_for_a_period(self, channel):
        add_hours(
            channel,
            is_closed=True,
            valid_from=datetime.date(2025, 7, 1),
            valid_to=datetime.date(2025, 7, 31),
        )

        assert rows(channel, "2025-07-10") == [("", "suljettu")]

    @pytest.mark.parametrize(
        ("language", "expected"),
        [
            ("sv", [("mån–fre", "8.00–16.00"), ("lör", "10.00–14.00")]),
            ("en", [("Mon–Fri", "8.00–16.00"), ("Sat", "10.00–14.00")]),
        ],
    )
    def test_day_names_in_swedish_and_english(self, channel, language, expected):
        add_hours(channel, (MON, FRI, "8:00", "16:00"), (SAT, None, "10:00", "14:00"))

        with translation.override(language):
            assert rows(channel, "2025-01-13") == expected


class TestUpcomingExceptions:
    def test_lists_exceptions_from_today_to_the_horizon_in_date_order(self, channel):
        add_hours(channel, (MON, FRI, "8:00", "16:00"))
        add_hours(
            channel,
            (None, None, "10:00", "14:00"),
            kind=EXCEPTION,
            valid_from=datetime.date(2025, 12, 31),
            note="Uudenvuodenaatto",
        )
        add_hours(
            channel,
            kind=EXCEPTION,
            valid_from=datetime.date(2025, 12, 24),
            valid_to=datetime.date(2025, 12, 26),
            is_closed=True,
            note="Joulu",
        )
        add_hours(channel, kind=EXCEPTION, valid_from=datetime.date(2026, 1, 12), is_closed=True)

        result = upcoming_exceptions(
            channel.hours.prefetch_related("times"), datetime.date(2025, 12, 10)
        )

        assert result == [
            (datetime.date(2025, 12, 24), datetime.date(2025, 12, 26), "Joulu", "suljettu"),
            (datetime.date(2025, 12, 31), None, "Uudenvuodenaatto", "10.00–14.00"),
        ]

    def test_an_ongoing_exception_is_listed_and_a_past_one_is_not(self, channel):
        add_hours(
            channel,
            kind=EXCEPTION,
            valid_from=datetime.date(2025, 7, 1),
            valid_to=datetime.date(2025, 7, 31),
            is_closed=True,
            note="Kesätauko",
        )
        add_hours(channel, kind=EXCEPTION, valid_from=datetime.date(2025, 6, 20), is_closed=True)

        result = upcoming_exceptions(channel.hours.all(), datetime.date(2025, 7, 15))

        assert result == [
            (datetime.date(2025, 7, 1), datetime.date(2025, 7, 31), "Kesätauko", "suljettu")
        ]

    def test_horizon_is_configurable(self, channel):
        add_hours(channel, kind=EXCEPTION, valid_from=datetime.date(2025, 12, 24), is_closed=True)

        assert upcoming_exceptions(channel.hours.all(), datetime.date(2025, 12, 1), days=7) == []
        assert len(upcoming_exceptions(channel.hours.all(), datetime.date(2025, 12, 1))) == 1

    def test_exception_hours_on_certain_weekdays_name_the_days(self, channel):
        add_hours(
            channel,
            (MON, FRI, "9:00", "12:00"),
            kind=EXCEPTION,
            valid_from=datetime.date(2025, 6, 23),
            valid_to=datetime.date(2025, 6, 29),
            is_by_appointment=True,
        )

        [(_, _, _, label)] = upcoming_exceptions(
            channel.hours.prefetch_related("times"), datetime.date(2025, 6, 20)
        )

        assert label == "ma–pe 9.00–12.00, ajanvarauksella"


@pytest.mark.parametrize(
    ("kind", "valid_from", "valid_to", "ends_on"),
    [
        ("exception", datetime.date(2026, 12, 24), None, datetime.date(2026, 12, 24)),
        (
            "exception",
            datetime.date(2026, 12, 24),
            datetime.date(2026, 12, 26),
            datetime.date(2026, 12, 26),
        ),
        ("regular", datetime.date(2026, 6, 1), None, None),
        ("regular", None, datetime.date(2026, 8, 31), datetime.date(2026, 8, 31)),
    ],
)
def test_hours_end_on_their_last_day_and_a_one_day_exception_on_its_start(
    kind, valid_from, valid_to, ends_on
):
    record = ServiceHours(kind=kind, valid_from=valid_from, valid_to=valid_to)

    assert record.ends_on == ends_on
    if ends_on is not None:
        assert record.applies_on(ends_on)
        assert not record.has_ended_by(ends_on)
        assert record.has_ended_by(ends_on + datetime.timedelta(days=1))
    else:
        assert not record.has_ended_by(datetime.date(2099, 1, 1))

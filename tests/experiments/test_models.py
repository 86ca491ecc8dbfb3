import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from experiments.models import Experiment
from tests.factories import make_experiment


def clean_errors(**fields):
    experiment = Experiment(name="Vertaisryhmä isille", area="Kuusilahti", **fields)
    with pytest.raises(ValidationError) as excinfo:
        experiment.full_clean()
    return {
        field: [e.code for e in errors] for field, errors in excinfo.value.error_dict.items()
    }, excinfo.value.message_dict


def test_experiment_needs_a_start_month_or_a_period_in_words(db):
    codes, messages = clean_errors()

    assert codes == {"start_month": ["no_period"]}
    assert messages["start_month"] == ["Anna alkukuukausi tai ajanjakso sanallisesti."]


def test_experiment_with_only_a_period_in_words_is_valid(db):
    Experiment(name="Kerho", area="Kuusilahti", period_text="lukuvuosi 2017–18").full_clean()


def test_experiment_cannot_end_before_it_starts(db):
    codes, messages = clean_errors(
        start_month=datetime.date(2024, 5, 1), end_month=datetime.date(2024, 3, 1)
    )

    assert codes == {"end_month": ["end_before_start"]}
    assert messages["end_month"] == ["Loppukuukausi ei voi olla ennen alkukuukautta."]


def test_months_are_stored_as_their_first_day(db):
    experiment = Experiment(
        name="Kerho",
        area="Kuusilahti",
        start_month=datetime.date(2024, 1, 15),
        end_month=datetime.date(2024, 6, 30),
    )

    experiment.full_clean()

    assert (experiment.start_month, experiment.end_month) == (
        datetime.date(2024, 1, 1),
        datetime.date(2024, 6, 1),
    )


def test_experiment_may_end_in_the_month_it_starts_whatever_the_days(db):
    experiment = Experiment(
        name="Kerho",
        area="Kuusilahti",
        start_month=datetime.date(2024, 5, 20),
        end_month=datetime.date(2024, 5, 3),
    )

    experiment.full_clean()

    assert experiment.start_month == experiment.end_month == datetime.date(2024, 5, 1)


def test_database_refuses_an_experiment_that_ends_before_it_starts(db):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_experiment(start_month=datetime.date(2024, 5, 1), end_month=datetime.date(2024, 3, 1))


@pytest.mark.parametrize(
    ("fields", "period"),
    [
        (
            {"start_month": datetime.date(2024, 1, 1), "end_month": datetime.date(2024, 6, 1)},
            "1/2024–6/2024",
        ),
        ({"start_month": datetime.date(2024, 1, 1)}, "1/2024–"),
        (
            {"period_text": "lukuvuosi 2017–18", "start_month": datetime.date(2017, 8, 1)},
            "lukuvuosi 2017–18",
        ),
        ({}, ""),
    ],
)
def test_period_is_shown_as_months_or_in_words(fields, period):
    assert Experiment(**fields).period == period

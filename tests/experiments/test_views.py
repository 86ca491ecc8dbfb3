"""The experiments' own pages behind login, with the same team rules as the admin."""

import pytest
from django.urls import reverse

from perhekeskus.roles import COORDINATOR, PROJECT_MANAGER
from tests.factories import make_experiment, make_staff
from tests.html import page
from tests.pages import reverse_in


@pytest.fixture
def coordinator(db):
    return make_staff(COORDINATOR)


@pytest.fixture
def own(coordinator):
    experiment = make_experiment(name="Isien vertaisryhmä")
    experiment.coordinators.add(coordinator)
    return experiment


@pytest.fixture
def others(db):
    return make_experiment(name="Perhevalmennus verkossa")


def test_anonymous_visitor_is_sent_to_log_in(client, own):
    for url in (
        reverse_in("fi", "experiments:index"),
        reverse_in("fi", "experiments:detail", pk=own.pk),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login") + "?next=")


def test_coordinator_lists_own_teams_experiments_only(client, coordinator, own, others):
    client.force_login(coordinator)

    response = client.get(reverse_in("fi", "experiments:index"))

    assert list(response.context["experiments"]) == [own]


def test_coordinator_opens_own_experiment(client, coordinator, own):
    client.force_login(coordinator)

    response = client.get(reverse_in("fi", "experiments:detail", pk=own.pk))

    assert response.status_code == 200
    assert page(response).find("h1").text == "Isien vertaisryhmä"


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_another_teams_experiment_is_not_found_for_a_coordinator(
    client, coordinator, others, language
):
    client.force_login(coordinator)

    response = client.get(reverse_in(language, "experiments:detail", pk=others.pk))

    assert response.status_code == 404


def test_project_manager_lists_and_opens_every_experiment(client, own, others):
    client.force_login(make_staff(PROJECT_MANAGER))

    response = client.get(reverse_in("fi", "experiments:index"))
    assert set(response.context["experiments"]) == {own, others}
    assert client.get(reverse_in("fi", "experiments:detail", pk=others.pk)).status_code == 200


def test_experiment_list_query_count_does_not_grow_with_experiments(
    client, coordinator, django_assert_max_num_queries
):
    for number in range(10):
        make_experiment(name=f"Kokeilu {number}").coordinators.add(coordinator)
    client.force_login(coordinator)
    client.get(reverse_in("fi", "experiments:index"))

    with django_assert_max_num_queries(6):
        client.get(reverse_in("fi", "experiments:index"))

"""Coordinators run their own team's experiments; the project manager follows them all."""

import pytest
from django.urls import reverse

from experiments.models import Experiment
from perhekeskus.roles import COORDINATOR, MAIN_USER, PROJECT_MANAGER
from tests.factories import make_experiment, make_staff
from tests.html import form_data, page


@pytest.fixture
def coordinator(db):
    return make_staff(COORDINATOR, username="koordinaattori-testi")


@pytest.fixture
def own(coordinator):
    experiment = make_experiment(name="Isien vertaisryhmä", team_name="Pohjoinen")
    experiment.coordinators.add(coordinator)
    return experiment


@pytest.fixture
def others(db):
    experiment = make_experiment(name="Perhevalmennus verkossa", team_name="Etelä")
    experiment.coordinators.add(make_staff(COORDINATOR, username="toinen-koordinaattori"))
    return experiment


def change_url(experiment):
    return reverse("admin:experiments_experiment_change", args=[experiment.pk])


def changelist(client):
    return list(
        client.get(reverse("admin:experiments_experiment_changelist")).context["cl"].queryset
    )


def test_coordinator_lists_only_their_teams_experiments(client, coordinator, own, others):
    client.force_login(coordinator)

    assert changelist(client) == [own]


def test_coordinator_cannot_open_another_teams_experiment(client, coordinator, own, others):
    client.force_login(coordinator)

    response = client.get(change_url(others))

    assert response.status_code in (302, 404)
    if response.status_code == 302:
        assert response["Location"] == reverse("admin:index")


def test_coordinator_cannot_change_another_teams_experiment_by_posting(
    client, coordinator, own, others
):
    client.force_login(coordinator)

    client.post(change_url(others), {"name": "Kaapattu", "area": "X", "status": "running"})

    others.refresh_from_db()
    assert others.name == "Perhevalmennus verkossa"


def test_coordinator_edits_own_experiment(client, coordinator, own):
    client.force_login(coordinator)
    data = form_data(page(client.get(change_url(own))).find("form", id="experiment_form"))
    data.update(status="running", end_month="2024-12-01")

    response = client.post(change_url(own), data)

    assert response.status_code == 302, page(response).find_all(class_="errorlist")
    own.refresh_from_db()
    assert own.status == "running"


def test_coordinator_who_adds_an_experiment_joins_its_team(client, coordinator):
    client.force_login(coordinator)
    data = form_data(
        page(client.get(reverse("admin:experiments_experiment_add"))).find(
            "form", id="experiment_form"
        )
    )
    data.update(name="Uusi kokeilu", area="Kuusilahti", start_month="2025-02-01")

    response = client.post(reverse("admin:experiments_experiment_add"), data)

    assert response.status_code == 302, page(response).find_all(class_="errorlist")
    assert list(Experiment.objects.get(name="Uusi kokeilu").coordinators.all()) == [coordinator]


def test_admin_form_shows_validation_message_and_keeps_values(client, coordinator, own):
    client.force_login(coordinator)
    data = form_data(page(client.get(change_url(own))).find("form", id="experiment_form"))
    data.update(start_month="2024-05-01", end_month="2024-03-01", name="Muutettu nimi")

    response = client.post(change_url(own), data)

    assert response.status_code == 200
    doc = page(response)
    assert "Loppukuukausi ei voi olla ennen alkukuukautta." in " ".join(
        e.text for e in doc.find_all(class_="errorlist")
    )
    assert form_data(doc.find("form", id="experiment_form"))["name"] == "Muutettu nimi"


def test_coordinator_cannot_delete_experiments(client, coordinator, own):
    client.force_login(coordinator)

    response = client.post(
        reverse("admin:experiments_experiment_delete", args=[own.pk]), {"post": "yes"}
    )

    assert response.status_code == 403
    assert Experiment.objects.filter(pk=own.pk).exists()


def test_project_manager_sees_every_experiment_read_only(client, own, others):
    manager = make_staff(PROJECT_MANAGER)
    client.force_login(manager)

    assert set(changelist(client)) == {own, others}
    response = client.get(change_url(others))
    assert response.status_code == 200
    assert page(response).find("input", type="submit") is None
    assert client.post(change_url(others), {"name": "Muutettu"}).status_code == 403
    assert client.get(reverse("admin:experiments_experiment_add")).status_code == 403
    others.refresh_from_db()
    assert others.name == "Perhevalmennus verkossa"


def test_main_user_sees_and_may_change_every_experiment(client, own, others):
    client.force_login(make_staff(MAIN_USER))

    assert set(changelist(client)) == {own, others}
    assert page(client.get(change_url(others))).find("input", type="submit") is not None


def test_staff_pickers_offer_only_people_in_the_matching_role(client, coordinator, own):
    manager = make_staff(PROJECT_MANAGER, username="hp", first_name="Hanna", last_name="Hanke")
    make_staff(MAIN_USER, username="paa")
    client.force_login(coordinator)

    form = client.get(change_url(own)).context["adminform"].form

    coordinators = form.fields["coordinators"]
    assert set(coordinators.queryset) == {
        coordinator,
        *Experiment.objects.get(pk=own.pk).coordinators.all(),
    }
    assert set(form.fields["project_manager"].queryset) == {manager}
    assert form.fields["project_manager"].label_from_instance(manager) == "Hanna Hanke"
    assert 'type="checkbox"' in str(form["coordinators"])

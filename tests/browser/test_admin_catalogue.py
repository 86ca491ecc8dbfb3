"""The catalogue's admin pages meet the accessibility bar of the rest of the admin."""

import pytest
from django.urls import reverse

from services.models import Node, Organisation, Service, ServiceChannel, ServiceHours

from .axe import axe_violations
from .test_crawl import log_in

pytestmark = pytest.mark.browser


def catalogue_admin_pages():
    service = Service.objects.filter(channel_links__isnull=False).first()
    node = Node.objects.filter(parent__isnull=False).first()
    location = ServiceChannel.objects.filter(type=ServiceChannel.Type.LOCATION).first()
    hours = ServiceHours.objects.filter(times__isnull=False).first()
    return [
        "/admin/",
        "/admin/services/",
        reverse("admin:services_service_changelist"),
        reverse("admin:services_service_changelist") + "?tarkistus=vanha",
        reverse("admin:services_service_add"),
        reverse("admin:services_service_change", args=[service.pk]),
        reverse("admin:services_servicetocheck_changelist"),
        reverse("admin:services_node_changelist"),
        reverse("admin:services_node_change", args=[node.pk]),
        reverse("admin:services_organisation_changelist"),
        reverse("admin:services_organisation_change", args=[Organisation.objects.first().pk]),
        reverse("admin:services_servicechannel_changelist"),
        reverse("admin:services_servicechannel_change", args=[location.pk]),
        reverse("admin:services_servicehours_change", args=[hours.pk]),
        reverse("admin:services_language_changelist"),
    ]


@pytest.mark.parametrize("username", ["sisallontuottaja", "paakayttaja"])
def test_catalogue_admin_pages_have_no_axe_violations(
    new_page, live_server, demo_content, username
):
    page = new_page(bypass_csp=True)
    log_in(page, live_server, username)
    failures = []
    for path in catalogue_admin_pages():
        response = page.goto(f"{live_server.url}{path}")
        if response.status != 200:
            failures.append(f"{path}: status {response.status}")
            continue
        assert page.evaluate("document.documentElement.lang") == "fi"
        failures += [f"{path}: {line}" for line in axe_violations(page)]
    assert not failures, "\n".join(failures)


def test_verified_today_button_works_in_the_browser(new_page, live_server, demo_content):
    service = Service.objects.first()
    Service.objects.filter(pk=service.pk).update(last_verified=None)
    page = new_page(bypass_csp=True)
    log_in(page, live_server, "sisallontuottaja")
    page.goto(f"{live_server.url}{reverse('admin:services_service_change', args=[service.pk])}")

    with page.expect_navigation():
        page.get_by_role("button", name="Tarkistettu tänään").click()

    assert page.locator(".messagelist .success").count() == 1
    assert axe_violations(page) == []
    service.refresh_from_db()
    assert service.last_verified is not None

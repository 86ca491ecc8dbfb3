"""The staff admin meets the same accessibility bar as the public pages (accessibility.md)."""

import pytest

from bulletin.models import Board
from experiments.models import Experiment

from .axe import axe_violations
from .test_crawl import log_in

pytestmark = pytest.mark.browser


def admin_pages_by_role():
    board = Board.objects.get(slug="pikku-veturi")
    experiment = Experiment.objects.filter(coordinators__username="koordinaattori").first()
    return {
        "paakayttaja": [
            "/admin/",
            "/admin/perhekeskus/sitesettings/1/change/",
            "/admin/services/accessibilitystatement/1/change/",
            "/admin/services/privacynotice/1/change/",
            "/admin/bulletin/board/",
            f"/admin/bulletin/board/{board.pk}/change/",
            "/admin/experiments/experiment/",
            f"/admin/experiments/experiment/{experiment.pk}/change/",
        ],
        "tyontekija": ["/admin/", f"/admin/bulletin/board/{board.pk}/change/"],
        "koordinaattori": [
            "/admin/",
            "/admin/experiments/experiment/",
            "/admin/experiments/experiment/add/",
        ],
        "hankepaallikko": ["/admin/", f"/admin/experiments/experiment/{experiment.pk}/change/"],
    }


def test_admin_pages_of_every_role_have_no_axe_violations(new_page, live_server, demo_content):
    failures = []
    page = new_page(bypass_csp=True)
    page.goto(f"{live_server.url}/admin/login/")
    failures += [f"/admin/login/: {line}" for line in axe_violations(page)]
    for username, paths in admin_pages_by_role().items():
        page.context.clear_cookies()
        log_in(page, live_server, username)
        for path in paths:
            response = page.goto(f"{live_server.url}{path}")
            if response.status != 200:
                failures.append(f"{username} {path}: status {response.status}")
                continue
            assert page.evaluate("document.documentElement.lang") == "fi"
            failures += [f"{username} {path}: {line}" for line in axe_violations(page)]
    assert not failures, "\n".join(failures)

"""manage.py load_demo: the fictional Kuusilahti, with a demo user in each role."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.urls import reverse
from modeltranslation.translator import translator

from bulletin.models import Board
from experiments.models import Experiment
from perhekeskus.models import SiteSettings
from perhekeskus.roles import (
    CENTRE_STAFF,
    CONTENT_EDITOR,
    COORDINATOR,
    MAIN_USER,
    PROJECT_MANAGER,
)
from tests.pages import LANGUAGE_CODES

DEMO_USERS = {
    "paakayttaja": MAIN_USER,
    "sisallontuottaja": CONTENT_EDITOR,
    "tyontekija": CENTRE_STAFF,
    "koordinaattori": COORDINATOR,
    "hankepaallikko": PROJECT_MANAGER,
}
PASSWORD = "demo-salasana-testeihin"


def load_demo(*args):
    out = io.StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


def dump_everything():
    out = io.StringIO()
    call_command(
        "dumpdata", exclude=["sessions", "admin.logentry"], format="json", indent=1, stdout=out
    )
    return out.getvalue()


@pytest.fixture
def demo_password(monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", PASSWORD)
    return PASSWORD


@pytest.fixture
def demo(db, demo_password):
    return load_demo("--allow-production")


def test_demo_creates_a_staff_user_in_each_role(demo):
    users = get_user_model().objects.filter(username__in=DEMO_USERS)

    assert {user.username: [g.name for g in user.groups.all()] for user in users} == {
        username: [role] for username, role in DEMO_USERS.items()
    }
    assert all(user.is_staff and not user.is_superuser for user in users)


def test_demo_users_get_demo_password_from_environment(demo):
    for username in DEMO_USERS:
        assert get_user_model().objects.get(username=username).check_password(PASSWORD)
    assert f"paakayttaja / {PASSWORD}" in demo


def test_demo_users_log_in_to_the_admin(client, demo):
    for username in DEMO_USERS:
        assert client.login(username=username, password=PASSWORD), username
        assert client.get(reverse("admin:index")).status_code == 200, username


def test_without_demo_password_one_is_generated_and_printed(db, monkeypatch):
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)

    output = load_demo("--allow-production")

    printed = dict(re.findall(r"^\s+(\w+) / (\S+)$", output, re.MULTILINE))
    assert set(printed) == set(DEMO_USERS)
    password = printed["paakayttaja"]
    assert len(password) >= 12
    assert len(set(printed.values())) == 1
    for username in DEMO_USERS:
        assert get_user_model().objects.get(username=username).check_password(password)


def test_generated_passwords_differ_between_installations(db, monkeypatch):
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)

    first = re.search(r"paakayttaja / (\S+)", load_demo("--allow-production")).group(1)
    second = re.search(r"paakayttaja / (\S+)", load_demo("--allow-production")).group(1)

    assert first != second
    assert get_user_model().objects.get(username="paakayttaja").check_password(second)


def test_second_run_changes_nothing(demo, demo_password):
    before = dump_everything()

    load_demo("--allow-production")

    assert dump_everything() == before


def test_second_run_keeps_board_members_added_by_the_main_user(demo):
    board = Board.objects.get(slug="pikku-veturi")
    board.members.add(get_user_model().objects.get(username="paakayttaja"))

    load_demo("--allow-production")

    assert set(board.members.values_list("username", flat=True)) == {"tyontekija", "paakayttaja"}


def test_demo_refuses_to_run_with_debug_off(db, demo_password):
    with pytest.raises(CommandError, match="--allow-production"):
        load_demo()

    assert not get_user_model().objects.exists()
    assert not Board.objects.exists()


@override_settings(DEBUG=True)
def test_demo_runs_without_flag_in_development(db, demo_password):
    load_demo()

    assert get_user_model().objects.filter(username__in=DEMO_USERS).count() == 5


def translated_fields(model):
    return sorted(translator.get_options_for_model(model).all_fields)


def test_demo_content_exists_in_finnish_swedish_and_english(demo):
    missing = []
    for model in translator.get_registered_models(abstract=False):
        for obj in model._default_manager.all():
            for field in translated_fields(model):
                values = {code: getattr(obj, f"{field}_{code}") for code in LANGUAGE_CODES}
                if any(values.values()) and not all(values.values()):
                    missing.append(f"{model._meta.label}({obj.pk}).{field}: {values}")

    assert missing == []


def test_demo_content_covers_every_translated_model(demo):
    empty = [
        model._meta.label
        for model in translator.get_registered_models(abstract=False)
        if not model._default_manager.exists()
    ]

    assert empty == []


def test_demo_gives_centre_staff_a_board_and_the_coordinator_one_of_two_teams(demo):
    staff = get_user_model().objects.get(username="tyontekija")
    coordinator = get_user_model().objects.get(username="koordinaattori")

    assert Board.objects.editable_by(staff).exists()
    assert Board.objects.exclude(members=staff).exists()
    assert Experiment.objects.visible_to(coordinator).exists()
    assert Experiment.objects.exclude(coordinators=coordinator).exists()


def test_demo_site_settings_name_the_municipality_in_every_language(demo):
    site = SiteSettings.load()

    for code in LANGUAGE_CODES:
        assert getattr(site, f"portal_name_{code}")
        assert getattr(site, f"municipality_name_{code}")
    assert site.urgent_contacts.count() >= 1

"""The five roles: groups made by migrations, and what each one sees in the admin."""

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group, Permission

from perhekeskus.roles import (
    CENTRE_STAFF,
    CONTENT_EDITOR,
    COORDINATOR,
    MAIN_USER,
    PROJECT_MANAGER,
    ROLES,
    role_grants,
)
from tests.factories import make_staff


def label(permission):
    return f"{permission.content_type.app_label}.{permission.codename}"


def admin_models(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return {
        model["model"]._meta.label_lower: model
        for app in response.context["app_list"]
        for model in app["models"]
    }


def test_every_role_group_exists_after_migrate(db):
    assert set(Group.objects.values_list("name", flat=True)) >= set(ROLES)
    assert len(ROLES) == 5


@pytest.mark.parametrize("role", list(ROLES))
def test_role_group_has_exactly_the_permissions_roles_grants(db, role):
    """Fails when a migration adds models but forgets to call sync_roles."""
    every_permission = Permission.objects.select_related("content_type")
    expected = {label(p) for p in every_permission if role_grants(role, label(p))}

    actual = {
        label(p) for p in Group.objects.get(name=role).permissions.select_related("content_type")
    }

    assert expected, f"{role} is granted nothing"
    assert sorted(actual ^ expected) == []


def test_roles_reach_every_model_of_the_apps_they_cover(db):
    """A model added to an app is covered by the role's patterns without editing ROLES."""
    granted = {
        label(p)
        for p in Permission.objects.select_related("content_type")
        if role_grants(MAIN_USER, label(p))
    }
    for app_label in ("services", "bulletin", "experiments", "perhekeskus", "taggit", "auth"):
        for permission in Permission.objects.filter(content_type__app_label=app_label):
            assert label(permission) in granted


@pytest.mark.parametrize(
    ("role", "permission", "granted"),
    [
        (CENTRE_STAFF, "bulletin.change_board", True),
        (CENTRE_STAFF, "bulletin.add_board", False),
        (CENTRE_STAFF, "bulletin.delete_board", False),
        (CENTRE_STAFF, "bulletin.manage_board_members", False),
        (COORDINATOR, "experiments.change_experiment", True),
        (COORDINATOR, "experiments.delete_experiment", False),
        (COORDINATOR, "experiments.view_all_experiments", False),
        (PROJECT_MANAGER, "experiments.view_experiment", True),
        (PROJECT_MANAGER, "experiments.view_all_experiments", True),
        (PROJECT_MANAGER, "experiments.change_experiment", False),
        (CONTENT_EDITOR, "services.change_accessibilitystatement", True),
        (CONTENT_EDITOR, "perhekeskus.change_sitesettings", False),
        (MAIN_USER, "perhekeskus.change_sitesettings", True),
        (MAIN_USER, "admin.delete_logentry", False),
    ],
)
def test_role_grants(role, permission, granted):
    assert role_grants(role, permission) is granted


def test_main_user_sees_every_model_in_the_admin(client, db):
    user = make_staff(MAIN_USER)

    models = admin_models(client, user)

    assert set(models) == {model._meta.label_lower for model in admin.site._registry}
    # The searches that found nothing are counted by the site; nobody edits them.
    assert [name for name, model in models.items() if model["view_only"]] == [
        "services.zeroresultsearch"
    ]


def test_content_editor_sees_services_and_tags_only(client, db):
    models = admin_models(client, make_staff(CONTENT_EDITOR))

    assert set(models) == {
        "services.accessibilitystatement",
        "services.privacynotice",
        "services.organisation",
        "services.language",
        "services.node",
        "services.service",
        "services.servicetocheck",
        "services.servicechannel",
        "services.servicehours",
        "services.synonym",
        "services.zeroresultsearch",
        "taggit.tag",
    }


def test_centre_staff_see_bulletin_boards_their_folders_and_posts_only(client, db):
    models = admin_models(client, make_staff(CENTRE_STAFF))

    assert set(models) == {"bulletin.board", "bulletin.folder", "bulletin.post"}
    assert models["bulletin.board"]["add_url"] is None
    assert models["bulletin.post"]["add_url"] is not None


def test_coordinator_sees_experiments_only(client, db):
    models = admin_models(client, make_staff(COORDINATOR))

    assert set(models) == {"experiments.experiment"}
    assert models["experiments.experiment"]["view_only"] is False


def test_project_manager_sees_experiments_read_only(client, db):
    models = admin_models(client, make_staff(PROJECT_MANAGER))

    assert set(models) == {"experiments.experiment"}
    assert models["experiments.experiment"]["view_only"] is True
    assert models["experiments.experiment"]["add_url"] is None


def test_staff_member_without_a_role_sees_nothing(client, db):
    from tests.factories import make_user

    models = admin_models(client, make_user(is_staff=True))

    assert models == {}


def test_sync_roles_restores_deleted_groups_and_leaves_the_app_registry_intact(db):
    from django.apps import apps

    from perhekeskus.roles import sync_roles

    models_modules = {config.label: config.models_module for config in apps.get_app_configs()}
    Group.objects.all().delete()

    sync_roles(apps)

    assert set(Group.objects.values_list("name", flat=True)) == set(ROLES)
    assert {
        config.label: config.models_module for config in apps.get_app_configs()
    } == models_modules
    staff = Group.objects.get(name=CENTRE_STAFF)
    assert {label(p) for p in staff.permissions.select_related("content_type")} == {
        "bulletin.change_board",
        "bulletin.view_board",
        *(
            f"bulletin.{action}_{model}"
            for action in ("add", "change", "delete", "view")
            for model in ("folder", "post", "postimage", "attachment")
        ),
    }

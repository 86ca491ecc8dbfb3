"""
The portal's roles as Django groups, and the permissions each one holds.

Permissions are named "app_label.codename" and matched with shell-style
patterns, so a role keeps its rights as apps gain models. Whenever a migration
adds models, it runs sync_roles so the groups get the new permissions.
"""

from fnmatch import fnmatchcase

MAIN_USER = "pääkäyttäjä"
CONTENT_EDITOR = "sisällöntuottaja"
CENTRE_STAFF = "perhekeskuksen työntekijä"
COORDINATOR = "kokeilun koordinaattori"
PROJECT_MANAGER = "hankepäällikkö"

# role: (permissions it gets, permissions taken away again)
ROLES = {
    MAIN_USER: (
        ["auth.*", "perhekeskus.*", "services.*", "bulletin.*", "experiments.*", "taggit.*"],
        [],
    ),
    CONTENT_EDITOR: (["services.*", "taggit.*"], []),
    CENTRE_STAFF: (
        ["bulletin.*"],
        [
            "bulletin.add_board",
            "bulletin.delete_board",
            "bulletin.manage_board_members",
            # Staff see how many follow a board, never who.
            "bulletin.*_subscription",
        ],
    ),
    COORDINATOR: (
        ["experiments.*"],
        [
            "experiments.delete_experiment",
            "experiments.view_all_experiments",
            "experiments.review_*",
        ],
    ),
    PROJECT_MANAGER: (["experiments.view_*", "experiments.review_*"], []),
}


def role_grants(role, permission_name):
    included, excluded = ROLES[role]
    return any(fnmatchcase(permission_name, p) for p in included) and not any(
        fnmatchcase(permission_name, p) for p in excluded
    )


def sync_roles(apps, schema_editor=None):
    """Create the role groups and give each exactly the permissions ROLES says."""
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after migrate; make sure they exist now.
    for app_config in apps.get_app_configs():
        # create_permissions skips app configs without models_module, which is how the
        # migration state's are; put back what was there, as the live registry needs it.
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = models_module or True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = models_module

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = list(Permission.objects.select_related("content_type"))
    for role in ROLES:
        group, _created = Group.objects.get_or_create(name=role)
        group.permissions.set(
            [
                permission
                for permission in permissions
                if role_grants(role, f"{permission.content_type.app_label}.{permission.codename}")
            ]
        )

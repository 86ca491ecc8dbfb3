from django.db import migrations

from perhekeskus.roles import sync_roles


class Migration(migrations.Migration):
    """The list of services that need checking, and its permissions for the roles."""

    dependencies = [
        ("services", "0004_roles"),
    ]

    operations = [
        migrations.CreateModel(
            name="ServiceToCheck",
            fields=[],
            options={
                "verbose_name": "tarkistettava palvelu",
                "verbose_name_plural": "tarkistettavat palvelut",
                "proxy": True,
                "indexes": [],
                "constraints": [],
            },
            bases=("services.service",),
        ),
        migrations.RunPython(sync_roles, migrations.RunPython.noop),
    ]

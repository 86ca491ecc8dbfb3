from django.db import migrations

from perhekeskus.roles import sync_roles


class Migration(migrations.Migration):
    """Give the roles the permissions of the catalogue's models."""

    dependencies = [("services", "0003_languages"), ("perhekeskus", "0002_roles")]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]

from django.db import migrations

from services.languages import ensure_languages


def add_languages(apps, schema_editor):
    ensure_languages(apps.get_model("services", "Language"))


class Migration(migrations.Migration):
    dependencies = [("services", "0002_catalogue")]

    operations = [migrations.RunPython(add_languages, migrations.RunPython.noop)]

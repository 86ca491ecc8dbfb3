from django.db import migrations

from perhekeskus.roles import sync_roles


class Migration(migrations.Migration):
    """Create the portal's role groups with their permissions."""

    dependencies = [
        ("perhekeskus", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("services", "0001_initial"),
        ("bulletin", "0001_initial"),
        ("experiments", "0001_initial"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]

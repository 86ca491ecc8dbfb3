from django.db import migrations

# Languages family services are given in, in the order they are offered on forms.
LANGUAGES = [
    ("fi", "suomi", "finska", "Finnish"),
    ("sv", "ruotsi", "svenska", "Swedish"),
    ("en", "englanti", "engelska", "English"),
    ("se", "pohjoissaame", "nordsamiska", "Northern Sámi"),
    ("smn", "inarinsaame", "enaresamiska", "Inari Sámi"),
    ("sms", "koltansaame", "skoltsamiska", "Skolt Sámi"),
    ("fit", "meänkieli", "meänkieli", "Meänkieli"),
    ("rom", "romani", "romani", "Romani"),
    ("fse", "suomalainen viittomakieli", "finskt teckenspråk", "Finnish Sign Language"),
    ("ru", "venäjä", "ryska", "Russian"),
    ("uk", "ukraina", "ukrainska", "Ukrainian"),
    ("et", "viro", "estniska", "Estonian"),
    ("ar", "arabia", "arabiska", "Arabic"),
    ("so", "somali", "somaliska", "Somali"),
    ("fa", "persia", "persiska", "Persian"),
    ("ku", "kurdi", "kurdiska", "Kurdish"),
]


def add_languages(apps, schema_editor):
    Language = apps.get_model("services", "Language")
    for order, (code, fi, sv, en) in enumerate(LANGUAGES):
        Language.objects.update_or_create(
            code=code,
            defaults={"order": order, "name": fi, "name_fi": fi, "name_sv": sv, "name_en": en},
        )


class Migration(migrations.Migration):
    dependencies = [("services", "0002_catalogue")]

    operations = [migrations.RunPython(add_languages, migrations.RunPython.noop)]

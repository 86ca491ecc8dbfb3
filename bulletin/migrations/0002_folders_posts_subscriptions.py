"""Folders, posts with their images and attachments, and e-mail subscriptions."""

import bulletin.models
import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

from perhekeskus.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [
        ("bulletin", "0001_initial"),
        ("perhekeskus", "0002_roles"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="Folder",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=80, verbose_name="nimi")),
                ("name_fi", models.CharField(max_length=80, null=True, verbose_name="nimi")),
                ("name_sv", models.CharField(max_length=80, null=True, verbose_name="nimi")),
                ("name_en", models.CharField(max_length=80, null=True, verbose_name="nimi")),
                (
                    "slug",
                    models.SlugField(
                        help_text="Kansion verkko-osoitteen loppuosa.", verbose_name="osoitenimi"
                    ),
                ),
                ("description", models.TextField(blank=True, verbose_name="kuvaus")),
                ("description_fi", models.TextField(blank=True, null=True, verbose_name="kuvaus")),
                ("description_sv", models.TextField(blank=True, null=True, verbose_name="kuvaus")),
                ("description_en", models.TextField(blank=True, null=True, verbose_name="kuvaus")),
                (
                    "order",
                    models.PositiveSmallIntegerField(
                        default=0, help_text="Pienempi luku näkyy ensin.", verbose_name="järjestys"
                    ),
                ),
                (
                    "retention",
                    models.CharField(
                        choices=[
                            (
                                "expire",
                                "Vanhenee: poistuu näkyvistä viimeisen voimassaolopäivän jälkeen",
                            ),
                            (
                                "keep",
                                "Säilyy: siirtyy kansion arkistoon viimeisen voimassaolopäivän jälkeen",
                            ),
                        ],
                        default="expire",
                        help_text="Esimerkiksi mainokset vanhenevat, mutta kuukausiohjelmat säilytetään arkistossa.",
                        max_length=10,
                        verbose_name="vanhentuneet ilmoitukset",
                    ),
                ),
                (
                    "board",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="folders",
                        to="bulletin.board",
                        verbose_name="ilmoitustaulu",
                    ),
                ),
            ],
            options={
                "verbose_name": "kansio",
                "verbose_name_plural": "kansiot",
                "ordering": ["board", "order", "name"],
            },
        ),
        migrations.CreateModel(
            name="Post",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "post_type",
                    models.CharField(
                        choices=[
                            ("program_change", "Ohjelmamuutos"),
                            ("monthly_programme", "Kuukauden ohjelma"),
                            ("event", "Tapahtuma"),
                            ("advert", "Mainos"),
                            ("news", "Uutinen"),
                        ],
                        max_length=20,
                        verbose_name="tyyppi",
                    ),
                ),
                ("title", models.CharField(max_length=150, verbose_name="otsikko")),
                ("title_fi", models.CharField(max_length=150, null=True, verbose_name="otsikko")),
                ("title_sv", models.CharField(max_length=150, null=True, verbose_name="otsikko")),
                ("title_en", models.CharField(max_length=150, null=True, verbose_name="otsikko")),
                (
                    "body",
                    models.TextField(
                        blank=True,
                        help_text="Kappaleet, lihavointi, luettelot ja linkit säilyvät; muu muotoilu poistuu.",
                        verbose_name="teksti",
                    ),
                ),
                (
                    "body_fi",
                    models.TextField(
                        blank=True,
                        help_text="Kappaleet, lihavointi, luettelot ja linkit säilyvät; muu muotoilu poistuu.",
                        null=True,
                        verbose_name="teksti",
                    ),
                ),
                (
                    "body_sv",
                    models.TextField(
                        blank=True,
                        help_text="Kappaleet, lihavointi, luettelot ja linkit säilyvät; muu muotoilu poistuu.",
                        null=True,
                        verbose_name="teksti",
                    ),
                ),
                (
                    "body_en",
                    models.TextField(
                        blank=True,
                        help_text="Kappaleet, lihavointi, luettelot ja linkit säilyvät; muu muotoilu poistuu.",
                        null=True,
                        verbose_name="teksti",
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("draft", "Luonnos"),
                            ("published", "Julkaistu"),
                            ("expired", "Vanhentunut"),
                        ],
                        default="draft",
                        max_length=10,
                        verbose_name="tila",
                    ),
                ),
                (
                    "publish_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now,
                        help_text="Ilmoitus näkyy tästä hetkestä alkaen. Tulevaisuuteen ajastettu julkaistaan silloin.",
                        verbose_name="julkaisuaika",
                    ),
                ),
                (
                    "expires_at",
                    models.DateTimeField(
                        blank=True,
                        help_text="Tämän jälkeen ilmoitus vanhenee tai siirtyy arkistoon kansion mukaan.",
                        null=True,
                        verbose_name="voimassa asti",
                    ),
                ),
                (
                    "is_pinned",
                    models.BooleanField(
                        default=False,
                        help_text="Kiinnitetty näkyy ilmoitustaulun alussa.",
                        verbose_name="kiinnitetty",
                    ),
                ),
                (
                    "change",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("cancelled", "Peruttu"),
                            ("moved", "Siirretty"),
                            ("changed", "Muuttunut"),
                        ],
                        max_length=10,
                        verbose_name="muutos",
                    ),
                ),
                (
                    "change_date",
                    models.DateField(
                        blank=True,
                        help_text="Ohjelmamuutos näkyy korostettuna tähän päivään asti.",
                        null=True,
                        verbose_name="muutoksen päivä",
                    ),
                ),
                ("starts_at", models.DateTimeField(blank=True, null=True, verbose_name="alkaa")),
                ("ends_at", models.DateTimeField(blank=True, null=True, verbose_name="päättyy")),
                ("place", models.CharField(blank=True, max_length=150, verbose_name="paikka")),
                (
                    "place_fi",
                    models.CharField(blank=True, max_length=150, null=True, verbose_name="paikka"),
                ),
                (
                    "place_sv",
                    models.CharField(blank=True, max_length=150, null=True, verbose_name="paikka"),
                ),
                (
                    "place_en",
                    models.CharField(blank=True, max_length=150, null=True, verbose_name="paikka"),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="luotu")),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="muokattu")),
                (
                    "expired_at",
                    models.DateTimeField(
                        blank=True, editable=False, null=True, verbose_name="vanhentunut"
                    ),
                ),
                (
                    "mailed_at",
                    models.DateTimeField(
                        blank=True, editable=False, null=True, verbose_name="lähetetty seuraajille"
                    ),
                ),
                (
                    "author",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="bulletin_posts",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="kirjoittaja",
                    ),
                ),
                (
                    "board",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="posts",
                        to="bulletin.board",
                        verbose_name="ilmoitustaulu",
                    ),
                ),
                (
                    "folder",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="posts",
                        to="bulletin.folder",
                        verbose_name="kansio",
                    ),
                ),
                (
                    "programme",
                    models.ForeignKey(
                        blank=True,
                        help_text="Kuukauden ohjelma, johon tapahtuma kuuluu.",
                        limit_choices_to={"post_type": "monthly_programme"},
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="events",
                        to="bulletin.post",
                        verbose_name="kuukauden ohjelma",
                    ),
                ),
            ],
            options={
                "verbose_name": "ilmoitus",
                "verbose_name_plural": "ilmoitukset",
                "ordering": ["-publish_at", "-pk"],
            },
        ),
        migrations.CreateModel(
            name="Attachment",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "file",
                    models.FileField(
                        help_text="PDF-tiedosto, enintään 20 Mt.",
                        upload_to=bulletin.models.UploadPath("bulletin/files", ".pdf"),
                        verbose_name="tiedosto",
                    ),
                ),
                (
                    "title",
                    models.CharField(
                        help_text="Esimerkiksi ”Marraskuun ohjelma”.",
                        max_length=150,
                        verbose_name="nimi",
                    ),
                ),
                (
                    "title_fi",
                    models.CharField(
                        help_text="Esimerkiksi ”Marraskuun ohjelma”.",
                        max_length=150,
                        null=True,
                        verbose_name="nimi",
                    ),
                ),
                (
                    "title_sv",
                    models.CharField(
                        help_text="Esimerkiksi ”Marraskuun ohjelma”.",
                        max_length=150,
                        null=True,
                        verbose_name="nimi",
                    ),
                ),
                (
                    "title_en",
                    models.CharField(
                        help_text="Esimerkiksi ”Marraskuun ohjelma”.",
                        max_length=150,
                        null=True,
                        verbose_name="nimi",
                    ),
                ),
                (
                    "size",
                    models.PositiveIntegerField(default=0, editable=False, verbose_name="koko"),
                ),
                (
                    "pages",
                    models.PositiveIntegerField(default=0, editable=False, verbose_name="sivuja"),
                ),
                (
                    "preview",
                    models.ImageField(
                        blank=True,
                        editable=False,
                        upload_to=bulletin.models.UploadPath("bulletin/previews"),
                        verbose_name="esikatselukuva",
                    ),
                ),
                ("text", models.TextField(blank=True, editable=False, verbose_name="teksti")),
                ("order", models.PositiveSmallIntegerField(default=0, verbose_name="järjestys")),
                (
                    "post",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="attachments",
                        to="bulletin.post",
                        verbose_name="ilmoitus",
                    ),
                ),
            ],
            options={
                "verbose_name": "liite",
                "verbose_name_plural": "liitteet",
                "ordering": ["order", "pk"],
            },
        ),
        migrations.CreateModel(
            name="PostImage",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "image",
                    models.ImageField(
                        height_field="height",
                        help_text="JPEG, PNG tai WebP, enintään 15 Mt.",
                        upload_to=bulletin.models.UploadPath("bulletin/images"),
                        verbose_name="kuva",
                        width_field="width",
                    ),
                ),
                ("width", models.PositiveIntegerField(editable=False, null=True)),
                ("height", models.PositiveIntegerField(editable=False, null=True)),
                (
                    "alt_text",
                    models.CharField(
                        blank=True,
                        help_text="Kerro lyhyesti, mitä kuvassa on ja miksi se on tärkeä, esimerkiksi ”Lokakuun ohjelma: perhekahvila tiistaisin ja torstaisin”.",
                        max_length=250,
                        verbose_name="tekstivastine",
                    ),
                ),
                (
                    "alt_text_fi",
                    models.CharField(
                        blank=True,
                        help_text="Kerro lyhyesti, mitä kuvassa on ja miksi se on tärkeä, esimerkiksi ”Lokakuun ohjelma: perhekahvila tiistaisin ja torstaisin”.",
                        max_length=250,
                        null=True,
                        verbose_name="tekstivastine",
                    ),
                ),
                (
                    "alt_text_sv",
                    models.CharField(
                        blank=True,
                        help_text="Kerro lyhyesti, mitä kuvassa on ja miksi se on tärkeä, esimerkiksi ”Lokakuun ohjelma: perhekahvila tiistaisin ja torstaisin”.",
                        max_length=250,
                        null=True,
                        verbose_name="tekstivastine",
                    ),
                ),
                (
                    "alt_text_en",
                    models.CharField(
                        blank=True,
                        help_text="Kerro lyhyesti, mitä kuvassa on ja miksi se on tärkeä, esimerkiksi ”Lokakuun ohjelma: perhekahvila tiistaisin ja torstaisin”.",
                        max_length=250,
                        null=True,
                        verbose_name="tekstivastine",
                    ),
                ),
                (
                    "is_decorative",
                    models.BooleanField(
                        default=False,
                        help_text="Valitse vain, jos kuva ei kerro mitään, mitä tekstissä ei jo ole.",
                        verbose_name="koristekuva",
                    ),
                ),
                ("renditions", models.JSONField(default=dict, editable=False)),
                ("order", models.PositiveSmallIntegerField(default=0, verbose_name="järjestys")),
                (
                    "post",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="images",
                        to="bulletin.post",
                        verbose_name="ilmoitus",
                    ),
                ),
            ],
            options={
                "verbose_name": "kuva",
                "verbose_name_plural": "kuvat",
                "ordering": ["order", "pk"],
            },
        ),
        migrations.CreateModel(
            name="Subscription",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("email", models.EmailField(max_length=254, verbose_name="sähköpostiosoite")),
                (
                    "frequency",
                    models.CharField(
                        choices=[
                            ("immediate", "Ohjelmamuutokset heti, muut ilmoitukset viikoittain"),
                            ("weekly", "Kaikki ilmoitukset kerran viikossa"),
                        ],
                        default="immediate",
                        max_length=10,
                        verbose_name="kuinka usein",
                    ),
                ),
                (
                    "language",
                    models.CharField(
                        choices=[("fi", "suomi"), ("sv", "ruotsi"), ("en", "englanti")],
                        max_length=5,
                        verbose_name="kieli",
                    ),
                ),
                ("token", models.CharField(editable=False, max_length=64, unique=True)),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="tilattu")),
                (
                    "confirmed_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="vahvistettu"),
                ),
                (
                    "last_digest_at",
                    models.DateTimeField(
                        blank=True, null=True, verbose_name="viimeisin viikkokooste"
                    ),
                ),
                (
                    "board",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="subscriptions",
                        to="bulletin.board",
                        verbose_name="ilmoitustaulu",
                    ),
                ),
                (
                    "folder",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="subscriptions",
                        to="bulletin.folder",
                        verbose_name="kansio",
                    ),
                ),
            ],
            options={
                "verbose_name": "sähköpostitilaus",
                "verbose_name_plural": "sähköpostitilaukset",
            },
        ),
        migrations.AddConstraint(
            model_name="folder",
            constraint=models.UniqueConstraint(
                fields=("board", "slug"), name="folder_slug_once_per_board"
            ),
        ),
        migrations.AddIndex(
            model_name="post",
            index=models.Index(fields=["board", "status", "publish_at"], name="post_board_status"),
        ),
        migrations.AddConstraint(
            model_name="subscription",
            constraint=models.UniqueConstraint(
                condition=models.Q(("folder__isnull", True)),
                fields=("board", "email"),
                name="subscription_to_board_once",
            ),
        ),
        migrations.AddConstraint(
            model_name="subscription",
            constraint=models.UniqueConstraint(
                condition=models.Q(("folder__isnull", False)),
                fields=("folder", "email"),
                name="subscription_to_folder_once",
            ),
        ),
        # The role groups get the new models' permissions (family centre staff: posts, folders).
        migrations.RunPython(sync_roles, migrations.RunPython.noop),
    ]

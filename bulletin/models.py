import os
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class BoardQuerySet(models.QuerySet):
    def editable_by(self, user) -> "BoardQuerySet":
        """Boards the user may change: all for the main user, otherwise the user's own."""
        if user.has_perm("bulletin.manage_board_members"):
            return self
        return self.filter(members=user)


class Board(models.Model):
    """A unit's bulletin board, for example one family centre's, where only its staff post."""

    name = models.CharField(_("nimi"), max_length=120)
    slug = models.SlugField(
        _("osoitenimi"),
        unique=True,
        help_text=_("Ilmoitustaulun verkko-osoitteen loppuosa, esimerkiksi pikku-veturi."),
    )
    description = models.TextField(_("kuvaus"), blank=True)
    street_address = models.CharField(_("katuosoite"), max_length=120, blank=True)
    postal_code = models.CharField(_("postinumero"), max_length=10, blank=True)
    post_office = models.CharField(_("postitoimipaikka"), max_length=60, blank=True)
    phone = models.CharField(_("puhelinnumero"), max_length=40, blank=True)
    email = models.EmailField(_("sähköpostiosoite"), blank=True)
    opening_hours = models.TextField(
        _("aukioloajat"),
        blank=True,
        help_text=_("Yksi rivi kutakin päivää tai päiväryhmää kohden."),
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("työntekijät"),
        related_name="boards",
        blank=True,
        help_text=_("Vain nämä henkilöt voivat julkaista ilmoitustaululla."),
    )

    objects = BoardQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("ilmoitustaulu")
        verbose_name_plural = _("ilmoitustaulut")
        permissions = [
            ("manage_board_members", _("Voi valita, ketkä julkaisevat ilmoitustaululla"))
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("bulletin:board", kwargs={"slug": self.slug})


class Folder(models.Model):
    """
    A board's folder of posts by topic (monthly programmes, services for families, exercise
    for families), like the photo folders of the family centre's old Facebook page. Its
    retention says what happens to a post when it expires.
    """

    class Retention(models.TextChoices):
        EXPIRE = "expire", _("Vanhenee: poistuu näkyvistä viimeisen voimassaolopäivän jälkeen")
        KEEP = "keep", _("Säilyy: siirtyy kansion arkistoon viimeisen voimassaolopäivän jälkeen")

    board = models.ForeignKey(
        Board, on_delete=models.CASCADE, related_name="folders", verbose_name=_("ilmoitustaulu")
    )
    name = models.CharField(_("nimi"), max_length=80)
    slug = models.SlugField(_("osoitenimi"), help_text=_("Kansion verkko-osoitteen loppuosa."))
    description = models.TextField(_("kuvaus"), blank=True)
    order = models.PositiveSmallIntegerField(
        _("järjestys"), default=0, help_text=_("Pienempi luku näkyy ensin.")
    )
    retention = models.CharField(
        _("vanhentuneet ilmoitukset"),
        max_length=10,
        choices=Retention.choices,
        default=Retention.EXPIRE,
        help_text=_(
            "Esimerkiksi mainokset vanhenevat, mutta kuukausiohjelmat säilytetään arkistossa."
        ),
    )

    class Meta:
        ordering = ["board", "order", "name"]
        verbose_name = _("kansio")
        verbose_name_plural = _("kansiot")
        constraints = [
            models.UniqueConstraint(fields=["board", "slug"], name="folder_slug_once_per_board")
        ]

    def __str__(self):
        return f"{self.board}: {self.name}"

    def get_absolute_url(self):
        return reverse("bulletin:folder", kwargs={"board": self.board.slug, "slug": self.slug})


@deconstructible
class UploadPath:
    """
    upload_to for staff's files: a random name under folder/year/month, keeping only the
    extension (or forcing one). The name a file had on a phone can tell whose child is in
    the picture; public URLs must not.
    """

    def __init__(self, folder, extension=""):
        self.folder = folder
        self.extension = extension

    def __call__(self, instance, filename):
        suffix = self.extension or os.path.splitext(filename)[1].lower()[:10]
        return f"{self.folder}/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{suffix}"

    def __eq__(self, other):
        return isinstance(other, UploadPath) and (self.folder, self.extension) == (
            other.folder,
            other.extension,
        )


def standing_out():
    """Pinned posts and program changes whose day has not passed (today's condition)."""
    return Q(is_pinned=True) | Q(
        post_type=Post.Type.PROGRAM_CHANGE, change_date__gte=timezone.localdate()
    )


class PostQuerySet(models.QuerySet):
    def public(self, now=None) -> "PostQuerySet":
        """Published and its time come: on the board or in its archive."""
        now = now or timezone.now()
        return self.filter(status=Post.Status.PUBLISHED, publish_at__lte=now)

    def current(self, now=None) -> "PostQuerySet":
        """Public posts not past their last day, and events not over: the board's list."""
        now = now or timezone.now()
        return (
            self.public(now)
            .filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now))
            .exclude(post_type=Post.Type.EVENT, ends_at__lt=now)
        )

    def archived(self, now=None) -> "PostQuerySet":
        """
        Public posts past their last day that their folder keeps (monthly programmes), and
        events that are over: the archive. Expiring posts (adverts) never come here.
        """
        now = now or timezone.now()
        kept = Q(expires_at__lte=now) & Post.KEPT
        past_event = Q(post_type=Post.Type.EVENT, ends_at__lt=now) & (
            Q(expires_at__isnull=True) | Q(expires_at__gt=now) | Post.KEPT
        )
        return self.public(now).filter(kept | past_event)

    def visible(self, now=None) -> "PostQuerySet":
        """Posts with a public page: those on a board and those in its archive."""
        return self.current(now) | self.archived(now)

    def due_to_expire(self, now=None) -> "PostQuerySet":
        """Published posts past their last day whose folder does not keep them."""
        now = now or timezone.now()
        return self.filter(status=Post.Status.PUBLISHED, expires_at__lte=now).exclude(Post.KEPT)

    def upcoming_events(self, now=None) -> "PostQuerySet":
        """Public events not over yet, soonest first."""
        now = now or timezone.now()
        return (
            self.public(now)
            .filter(post_type=Post.Type.EVENT, ends_at__gte=now)
            .exclude(expires_at__lte=now)
            .order_by("starts_at", "pk")
        )

    def editable_by(self, user) -> "PostQuerySet":
        """Posts of the boards the user may change."""
        return self.filter(board__in=Board.objects.editable_by(user))

    def standing_out_first(self) -> "PostQuerySet":
        """Pinned posts and program changes whose day has not passed first, then the newest."""
        return self.annotate(
            standing_out=Case(
                When(standing_out(), then=Value(True)),
                default=Value(False),
            )
        ).order_by("-standing_out", "-publish_at", "-pk")

    def standing_out(self) -> "PostQuerySet":
        """Pinned posts and program changes whose day has not passed: for the front page."""
        return self.filter(standing_out())


class Post(models.Model):
    """
    A board's post: a program change, a monthly programme, an event, an advert or a news
    article, with its text in three languages, images, PDF attachments and its dates.
    """

    class Type(models.TextChoices):
        PROGRAM_CHANGE = "program_change", _("Ohjelmamuutos")
        MONTHLY_PROGRAMME = "monthly_programme", _("Kuukauden ohjelma")
        EVENT = "event", _("Tapahtuma")
        ADVERT = "advert", _("Mainos")
        NEWS = "news", _("Uutinen")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Luonnos")
        PUBLISHED = "published", _("Julkaistu")
        EXPIRED = "expired", _("Vanhentunut")

    class Change(models.TextChoices):
        CANCELLED = "cancelled", _("Peruttu")
        MOVED = "moved", _("Siirretty")
        CHANGED = "changed", _("Muuttunut")

    board = models.ForeignKey(
        Board, on_delete=models.CASCADE, related_name="posts", verbose_name=_("ilmoitustaulu")
    )
    folder = models.ForeignKey(
        Folder,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="posts",
        verbose_name=_("kansio"),
    )
    post_type = models.CharField(_("tyyppi"), max_length=20, choices=Type.choices)
    title = models.CharField(_("otsikko"), max_length=150)
    body = models.TextField(
        _("teksti"),
        blank=True,
        help_text=_("Kappaleet, lihavointi, luettelot ja linkit säilyvät; muu muotoilu poistuu."),
    )
    status = models.CharField(
        _("tila"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    publish_at = models.DateTimeField(
        _("julkaisuaika"),
        default=timezone.now,
        help_text=_(
            "Ilmoitus näkyy tästä hetkestä alkaen. Tulevaisuuteen ajastettu julkaistaan silloin."
        ),
    )
    expires_at = models.DateTimeField(
        _("voimassa asti"),
        null=True,
        blank=True,
        help_text=_("Tämän jälkeen ilmoitus vanhenee tai siirtyy arkistoon kansion mukaan."),
    )
    is_pinned = models.BooleanField(
        _("kiinnitetty"), default=False, help_text=_("Kiinnitetty näkyy ilmoitustaulun alussa.")
    )
    change = models.CharField(_("muutos"), max_length=10, choices=Change.choices, blank=True)
    change_date = models.DateField(
        _("muutoksen päivä"),
        null=True,
        blank=True,
        help_text=_("Ohjelmamuutos näkyy korostettuna tähän päivään asti."),
    )
    starts_at = models.DateTimeField(_("alkaa"), null=True, blank=True)
    ends_at = models.DateTimeField(_("päättyy"), null=True, blank=True)
    place = models.CharField(_("paikka"), max_length=150, blank=True)
    programme = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
        limit_choices_to={"post_type": "monthly_programme"},
        verbose_name=_("kuukauden ohjelma"),
        help_text=_("Kuukauden ohjelma, johon tapahtuma kuuluu."),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="bulletin_posts",
        verbose_name=_("kirjoittaja"),
    )
    created_at = models.DateTimeField(_("luotu"), auto_now_add=True)
    updated_at = models.DateTimeField(_("muokattu"), auto_now=True)
    expired_at = models.DateTimeField(_("vanhentunut"), null=True, blank=True, editable=False)
    mailed_at = models.DateTimeField(
        _("lähetetty seuraajille"), null=True, blank=True, editable=False
    )

    # Posts kept on expiry: in a folder that keeps them, or without a folder unless adverts.
    KEPT = Q(folder__retention=Folder.Retention.KEEP) | (
        Q(folder__isnull=True) & ~Q(post_type=Type.ADVERT)
    )

    objects = PostQuerySet.as_manager()

    class Meta:
        ordering = ["-publish_at", "-pk"]
        verbose_name = _("ilmoitus")
        verbose_name_plural = _("ilmoitukset")
        indexes = [models.Index(fields=["board", "status", "publish_at"], name="post_board_status")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("bulletin:post", kwargs={"board": self.board.slug, "pk": self.pk})

    @property
    def when(self):
        """
        When an event is, in local time and the active language, for pages, feeds and
        mail alike: "5. joulukuuta 2026 klo 10.00–11.30", or from one day to another.
        """
        if not self.starts_at:
            return ""
        start = timezone.localtime(self.starts_at)
        values = {"day": date_format(start), "start": time_format(start)}
        if not self.ends_at:
            return gettext("%(day)s klo %(start)s") % values
        end = timezone.localtime(self.ends_at)
        values.update(end=time_format(end), end_day=date_format(end))
        if end.date() == start.date():
            return gettext("%(day)s klo %(start)s–%(end)s") % values
        return gettext("%(day)s klo %(start)s – %(end_day)s klo %(end)s") % values

    @property
    def stands_out(self):
        """A pinned post, or a program change whose date has not passed."""
        if self.is_pinned:
            return True
        return (
            self.post_type == self.Type.PROGRAM_CHANGE
            and self.change_date is not None
            and self.change_date >= timezone.localdate()
        )

    def clean(self):
        errors = {}
        if self.folder_id and self.board_id and self.folder.board_id != self.board_id:
            errors["folder"] = _("Valitse kansio tämän ilmoituksen omalta ilmoitustaululta.")
        if self.post_type == self.Type.PROGRAM_CHANGE:
            if not self.change:
                errors["change"] = _("Kerro, onko toiminta peruttu, siirretty vai muuttunut.")
            if not self.change_date:
                errors["change_date"] = _("Kerro, minkä päivän toimintaa muutos koskee.")
        if self.post_type == self.Type.EVENT:
            if not self.starts_at:
                errors["starts_at"] = _("Kerro, milloin tapahtuma alkaa.")
            if not self.ends_at:
                errors["ends_at"] = _("Kerro, milloin tapahtuma päättyy.")
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = _("Tapahtuma ei voi päättyä ennen kuin se alkaa.")
        if self.expires_at and self.publish_at and self.expires_at <= self.publish_at:
            errors["expires_at"] = _("Voimassaolon on päätyttävä julkaisuajan jälkeen.")
        if errors:
            raise ValidationError(errors)


class PostImage(models.Model):
    """
    A post's image, re-encoded on upload (no EXIF or GPS data: photos of children) and kept
    in a few widths for srcset. Alt text is required unless the image is decorative.
    """

    post = models.ForeignKey(
        Post, on_delete=models.CASCADE, related_name="images", verbose_name=_("ilmoitus")
    )
    image = models.ImageField(
        _("kuva"),
        upload_to=UploadPath("bulletin/images"),
        width_field="width",
        height_field="height",
        help_text=_("JPEG, PNG tai WebP, enintään 15 Mt."),
    )
    width = models.PositiveIntegerField(null=True, editable=False)
    height = models.PositiveIntegerField(null=True, editable=False)
    alt_text = models.CharField(
        _("tekstivastine"),
        max_length=250,
        blank=True,
        help_text=_(
            "Kerro lyhyesti, mitä kuvassa on ja miksi se on tärkeä, esimerkiksi "
            "”Lokakuun ohjelma: perhekahvila tiistaisin ja torstaisin”."
        ),
    )
    is_decorative = models.BooleanField(
        _("koristekuva"),
        default=False,
        help_text=_("Valitse vain, jos kuva ei kerro mitään, mitä tekstissä ei jo ole."),
    )
    # {width: storage name} of the smaller copies made on upload, for srcset.
    renditions = models.JSONField(default=dict, editable=False)
    order = models.PositiveSmallIntegerField(_("järjestys"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("kuva")
        verbose_name_plural = _("kuvat")

    def __str__(self):
        return self.alt_text or self.image.name

    def clean(self):
        if not self.is_decorative and not (self.alt_text or "").strip():
            # Keyed to the default language's field, the one forms show first (the others
            # fall back to it).
            raise ValidationError(
                {
                    f"alt_text_{settings.LANGUAGE_CODE}": _(
                        "Kirjoita kuvalle tekstivastine tai merkitse se koristekuvaksi."
                    )
                }
            )


class Attachment(models.Model):
    """A PDF attached to a post, with a preview of its first page and its text for search."""

    post = models.ForeignKey(
        Post, on_delete=models.CASCADE, related_name="attachments", verbose_name=_("ilmoitus")
    )
    file = models.FileField(
        _("tiedosto"),
        upload_to=UploadPath("bulletin/files", ".pdf"),
        help_text=_("PDF-tiedosto, enintään 20 Mt."),
    )
    title = models.CharField(
        _("nimi"), max_length=150, help_text=_("Esimerkiksi ”Marraskuun ohjelma”.")
    )
    size = models.PositiveIntegerField(_("koko"), default=0, editable=False)
    pages = models.PositiveIntegerField(_("sivuja"), default=0, editable=False)
    preview = models.ImageField(
        _("esikatselukuva"),
        upload_to=UploadPath("bulletin/previews"),
        blank=True,
        editable=False,
    )
    text = models.TextField(_("teksti"), blank=True, editable=False)
    order = models.PositiveSmallIntegerField(_("järjestys"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("liite")
        verbose_name_plural = _("liitteet")

    def __str__(self):
        return self.title


class SubscriptionQuerySet(models.QuerySet):
    def confirmed(self) -> "SubscriptionQuerySet":
        return self.filter(confirmed_at__isnull=False)


class Subscription(models.Model):
    """
    An e-mail address following a board (or one of its folders), confirmed by a link in a
    first mail (double opt-in); every mail has a one-click link that removes it.
    """

    class Frequency(models.TextChoices):
        IMMEDIATE = "immediate", _("Ohjelmamuutokset heti, muut ilmoitukset viikoittain")
        WEEKLY = "weekly", _("Kaikki ilmoitukset kerran viikossa")

    board = models.ForeignKey(
        Board,
        on_delete=models.CASCADE,
        related_name="subscriptions",
        verbose_name=_("ilmoitustaulu"),
    )
    folder = models.ForeignKey(
        Folder,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="subscriptions",
        verbose_name=_("kansio"),
    )
    email = models.EmailField(_("sähköpostiosoite"))
    frequency = models.CharField(
        _("kuinka usein"), max_length=10, choices=Frequency.choices, default=Frequency.IMMEDIATE
    )
    language = models.CharField(_("kieli"), max_length=5, choices=settings.LANGUAGES)
    token = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("tilattu"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("vahvistettu"), null=True, blank=True)
    last_digest_at = models.DateTimeField(_("viimeisin viikkokooste"), null=True, blank=True)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("sähköpostitilaus")
        verbose_name_plural = _("sähköpostitilaukset")
        constraints = [
            models.UniqueConstraint(
                fields=["board", "email"],
                condition=Q(folder__isnull=True),
                name="subscription_to_board_once",
            ),
            models.UniqueConstraint(
                fields=["folder", "email"],
                condition=Q(folder__isnull=False),
                name="subscription_to_folder_once",
            ),
        ]

    def __str__(self):
        return self.email

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

MAX_DEPTH = 3


class NodeQuerySet(models.QuerySet):
    def roots(self) -> "NodeQuerySet":
        return self.filter(parent__isnull=True)


class Node(models.Model):
    """
    A branch of the palvelupuu (service tree): a life situation at the top, categories
    below it, at most three levels deep. Services hang from one or more nodes.
    """

    parent = models.ForeignKey(
        "self",
        verbose_name=_("yläkohta"),
        related_name="children",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
    )
    name = models.CharField(_("nimi"), max_length=120)
    slug = models.SlugField(
        _("osoitenimi"),
        max_length=120,
        unique=True,
        help_text=_("Sivun verkko-osoitteen loppuosa, esimerkiksi vauvaperhe."),
    )
    intro = models.TextField(
        _("johdanto"),
        blank=True,
        help_text=_("Lyhyt teksti sivun alussa: kenelle ja millaisiin tilanteisiin."),
    )
    illustration = models.ImageField(_("kuvitus"), upload_to="palvelupuu/", blank=True)
    illustration_alt = models.CharField(
        _("kuvituksen tekstivastine"),
        max_length=200,
        blank=True,
        help_text=_("Jätä tyhjäksi, jos kuva on pelkkää koristetta."),
    )
    order = models.PositiveIntegerField(_("järjestys"), default=0, db_index=True)

    objects = NodeQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("palvelupuun kohta")
        verbose_name_plural = _("palvelupuu")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("services:node", kwargs={"slug": self.slug})

    @property
    def depth(self):
        """1 for a life situation, 2 for its category, 3 below that."""
        depth, node = 1, self
        while node.parent_id is not None:
            node = node.parent
            depth += 1
        return depth

    def ancestors(self):
        """The nodes above this one, the root first."""
        chain, node = [], self.parent
        while node is not None:
            chain.append(node)
            node = node.parent
        return list(reversed(chain))

    def clean(self):
        if self.parent_id is None:
            return
        if self.pk and (self.parent_id == self.pk or self in self.parent.ancestors()):
            raise ValidationError({"parent": _("Kohta ei voi olla oma yläkohtansa.")}, code="cycle")
        subtree_height = self._subtree_height() if self.pk else 1
        if self.parent.depth + subtree_height > MAX_DEPTH:
            raise ValidationError(
                {"parent": _("Palvelupuussa voi olla enintään kolme tasoa.")},
                code="too_deep",
            )

    def _subtree_height(self):
        children = list(Node.objects.filter(parent=self))
        return 1 + max((child._subtree_height() for child in children), default=0)

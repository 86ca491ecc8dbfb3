"""The palvelupuu in the admin, in tree order."""

from django.contrib import admin
from django.db import models
from django.db.models import Case, Count, F, Q, Value, When
from django.db.models.functions import Coalesce
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from perhekeskus.admin import LabelledFileInput, TabbedTranslationAdmin

from ..models import MAX_DEPTH, Node
from .common import LabelledRowsMixin, public_url

# The palvelupuu is at most three levels deep, so tree order fits in one ORDER BY:
# the root's place, then the second level's, then the node's own.
TREE_DEPTH = Case(
    When(parent__isnull=True, then=Value(1)),
    When(parent__parent__isnull=True, then=Value(2)),
    default=Value(3),
    output_field=models.IntegerField(),
)

TREE_ORDER = [
    Coalesce("parent__parent__order", "parent__order", "order").asc(),
    Coalesce("parent__parent_id", "parent_id", "id").asc(),
    Case(
        When(parent__isnull=True, then=Value(-1)),
        When(parent__parent__isnull=True, then=F("order")),
        default=F("parent__order"),
        output_field=models.IntegerField(),
    ).asc(),
    Case(
        When(parent__isnull=True, then=Value(0)),
        When(parent__parent__isnull=True, then=F("id")),
        default=F("parent_id"),
        output_field=models.BigIntegerField(),
    ).asc(),
    Case(
        When(parent__parent__isnull=False, then=F("order")),
        default=Value(-1),
        output_field=models.IntegerField(),
    ).asc(),
    F("id").asc(),
]


def nodes_in_tree_order():
    return (
        Node.objects.select_related("parent__parent")
        .annotate(tree_depth=TREE_DEPTH)
        .order_by(*TREE_ORDER)
    )


def node_path(node):
    """ "Vauvaperhe › Vauvan terveys": a node with the branch it hangs from."""
    return " › ".join(str(n) for n in [*node.ancestors(), node])


def possible_parents(node):
    """Nodes the node can hang from without the tree growing deeper than three levels."""
    if node is None or node.pk is None:
        height = 1
    elif Node.objects.filter(parent__parent=node).exists():
        height = 3
    elif Node.objects.filter(parent=node).exists():
        height = 2
    else:
        height = 1
    parents = nodes_in_tree_order().filter(tree_depth__lte=MAX_DEPTH - height)
    if node is not None and node.pk is not None:
        parents = parents.exclude(Q(pk=node.pk) | Q(parent=node) | Q(parent__parent=node))
    return parents


@admin.register(Node)
class NodeAdmin(LabelledRowsMixin, TabbedTranslationAdmin):
    list_display = ("tree_name", "depth", "slug", "order", "service_count", "page_link")
    list_display_links = ("tree_name",)
    list_editable = ("order",)
    # Sorting by a column would break the tree apart.
    sortable_by = ()
    ordering = TREE_ORDER
    search_fields = ("name_fi", "name_sv", "name_en", "slug")
    prepopulated_fields = {"slug": ("name_fi",)}
    readonly_fields = ("illustration_preview",)
    formfield_overrides = {models.ImageField: {"widget": LabelledFileInput}}
    fieldsets = [
        (None, {"fields": ("name", "slug", "parent", "order", "intro")}),
        (
            _("Kuvitus"),
            {"fields": ("illustration", "illustration_alt", "illustration_preview")},
        ),
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("parent__parent")
            .annotate(tree_depth=TREE_DEPTH, service_count=Count("services"))
        )

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if "parent" in form.base_fields:
            field = form.base_fields["parent"]
            field.queryset = possible_parents(obj)
            field.label_from_instance = node_path
            field.help_text = _(
                "Tyhjä: elämäntilanne palvelupuun ylimmällä tasolla. Palvelupuussa voi olla "
                "enintään kolme tasoa, joten vain sopivat kohdat ovat valittavissa."
            )
        return form

    @admin.display(description=_("nimi"))
    def tree_name(self, obj):
        return format_html(
            '<span class="pk-admin-tree pk-admin-tree-{}"><span aria-hidden="true">{}</span>{}</span>',
            obj.tree_depth,
            "— " * (obj.tree_depth - 1),
            obj.name,
        )

    @admin.display(description=_("taso"))
    def depth(self, obj):
        return obj.tree_depth

    @admin.display(description=_("palveluja"))
    def service_count(self, obj):
        return obj.service_count

    @admin.display(description=_("sivu"))
    def page_link(self, obj):
        url = public_url(obj)
        if not url:
            return ""
        return format_html(
            '<a href="{}">{}<span class="visually-hidden">: {}</span></a>',
            url,
            _("Näytä sivulla"),
            obj.name,
        )

    @admin.display(description=_("esikatselu"))
    def illustration_preview(self, obj):
        images = [
            (code, getattr(obj, f"illustration_{code}"), getattr(obj, f"illustration_alt_{code}"))
            for code in ("fi", "sv", "en")
        ]
        images = [(code, image, alt) for code, image, alt in images if image]
        if not images:
            return _("Ei kuvitusta.")
        return format_html(
            '<ul class="pk-admin-previews">{}</ul>',
            format_html_join(
                "",
                '<li><img class="pk-admin-preview" src="{}" alt="{}"> <span>{}</span></li>',
                ((image.url, alt, code) for code, image, alt in images),
            ),
        )

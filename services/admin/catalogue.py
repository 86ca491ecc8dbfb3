"""
Providers, languages and services in the admin, with the list of services that need checking.
"""

import re

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, F, Q
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationTabularInline

from perhekeskus.admin import TabbedTranslationAdmin, staff_label

from ..models import Language, Organisation, Service, ServiceChannelLink, ServiceToCheck
from ..models.catalogue import STALE_AFTER
from ..services import service_mark_verified
from .common import (
    ChannelChoiceMixin,
    LabelledInlineFormSet,
    LabelledRowsMixin,
    formats_date,
    owner_label,
    public_url,
)
from .export import services_csv
from .tree import node_path, nodes_in_tree_order


@admin.register(Organisation)
class OrganisationAdmin(TabbedTranslationAdmin):
    list_display = ("name", "type", "business_id", "service_count")
    list_filter = ("type",)
    search_fields = ("name_fi", "name_sv", "name_en", "business_id")
    fields = ("name", "type", "business_id", "website", "ptv_id")

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(service_count=Count("services"))

    @admin.display(description=_("palveluja"), ordering="service_count")
    def service_count(self, obj):
        return obj.service_count


@admin.register(Language)
class LanguageAdmin(LabelledRowsMixin, TabbedTranslationAdmin):
    list_display = ("name", "code", "order")
    list_editable = ("order",)
    search_fields = ("name_fi", "name_sv", "name_en", "code")


CODE_PATTERNS = {
    "service_classes": (re.compile(r"^P\d+(\.\d+)*$"), "P3.1"),
    "target_groups": (re.compile(r"^KR\d+(\.\d+)*$"), "KR1.2"),
    "life_events": (re.compile(r"^KE\d+(\.\d+)*$"), "KE1"),
    "ontology_terms": (re.compile(r"^\S+$"), "http://www.yso.fi/onto/koko/p12345"),
}


class CodeListField(forms.CharField):
    """PTV codes typed as a comma-separated line, kept as a JSON list."""

    def __init__(self, *, pattern, example, **kwargs):
        self.pattern, self.example = pattern, example
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, list):
            return ", ".join(value)
        return value

    def to_python(self, value):
        codes = [code.strip() for code in str(value or "").split(",")]
        return list(dict.fromkeys(code for code in codes if code))

    def validate(self, value):
        wrong = [code for code in value if not self.pattern.match(code)]
        if wrong:
            raise ValidationError(
                _("Tarkista koodit %(codes)s. Koodi on muotoa %(example)s."),
                code="invalid_code",
                params={"codes": ", ".join(wrong), "example": self.example},
            )


class ServiceChannelLinkInline(ChannelChoiceMixin, TranslationTabularInline):
    model = ServiceChannelLink
    formset = LabelledInlineFormSet
    fields = ("channel", "note", "order")
    extra = 1


class ProviderTypeFilter(admin.ChoicesFieldListFilter):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The field's own label, "tyyppi", says nothing beside the service's other filters.
        self.title = _("palveluntuottajan tyyppi")


class OwnerFilter(admin.SimpleListFilter):
    title = _("vastuuhenkilö")
    parameter_name = "vastuuhenkilo"

    def lookups(self, request, model_admin):
        owners = (
            get_user_model()
            .objects.filter(owned_services__isnull=False)
            .distinct()
            .order_by("last_name", "first_name", "username")
        )
        return [("ei", _("ei vastuuhenkilöä"))] + [
            (str(user.pk), owner_label(user)) for user in owners
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "ei":
            return queryset.filter(owner__isnull=True)
        if value and value.isdigit():
            return queryset.filter(owner_id=value)
        return queryset


class StalenessFilter(admin.SimpleListFilter):
    title = _("tarkistus")
    parameter_name = "tarkistus"

    def lookups(self, request, model_admin):
        return [
            ("tuore", _("tarkistettu alle 12 kk sitten")),
            ("vanha", _("yli 12 kk sitten tai ei koskaan")),
            ("vastuuhenkilo", _("vastuuhenkilö ei enää aktiivinen")),
        ]

    def queryset(self, request, queryset):
        limit = timezone.localdate() - STALE_AFTER
        match self.value():
            case "tuore":
                return queryset.filter(last_verified__gte=limit)
            case "vanha":
                return queryset.filter(Q(last_verified__isnull=True) | Q(last_verified__lt=limit))
            case "vastuuhenkilo":
                return queryset.filter(owner__is_active=False)
        return queryset


class CatalogueListMixin:
    """What the service list and the list of services to check share."""

    list_display = ("name", "provider", "status", "verified", "owner_column")
    list_filter = (
        "status",
        ("provider__type", ProviderTypeFilter),
        OwnerFilter,
        StalenessFilter,
    )
    list_select_related = ("provider", "owner")
    search_fields = (
        "name_fi",
        "name_sv",
        "name_en",
        "alternative_name_fi",
        "alternative_name_sv",
        "alternative_name_en",
        "summary_fi",
        "summary_sv",
        "summary_en",
        "keywords_fi__name",
        "keywords_sv__name",
        "keywords_en__name",
    )
    actions = ["mark_verified", "download_csv"]
    change_list_template = "admin/services/service/change_list.html"

    @admin.display(description=_("tarkistettu viimeksi"), ordering="last_verified")
    def verified(self, obj):
        shown = formats_date(obj.last_verified) if obj.last_verified else str(_("ei koskaan"))
        if obj.is_stale:
            return format_html(
                '<span class="pk-admin-stale">{} <strong>{}</strong></span>',
                shown,
                _("tarkistettava"),
            )
        return shown

    @admin.display(description=_("vastuuhenkilö"), ordering="owner__last_name")
    def owner_column(self, obj):
        if obj.owner is None:
            return "–"
        if not obj.owner.is_active:
            return format_html('<span class="pk-admin-stale">{}</span>', owner_label(obj.owner))
        return staff_label(obj.owner)

    @admin.action(description=_("Merkitse valitut tarkistetuiksi tänään"), permissions=["change"])
    def mark_verified(self, request, queryset):
        services = list(queryset.select_related("owner"))
        count = service_mark_verified(services=services, by=request.user)
        self.message_user(
            request,
            ngettext(
                "%(count)d palvelu merkittiin tarkistetuksi tänään.",
                "%(count)d palvelua merkittiin tarkistetuiksi tänään.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )
        self.warn_about_inactive_owners(request, services)

    def warn_about_inactive_owners(self, request, services):
        orphans = [s for s in services if s.owner is not None and not s.owner.is_active]
        if orphans:
            self.message_user(
                request,
                ngettext(
                    "Palvelun %(names)s vastuuhenkilö ei ole enää aktiivinen. Valitse palvelulle "
                    "uusi vastuuhenkilö, niin se poistuu tarkistettavien listalta.",
                    "Palvelujen %(names)s vastuuhenkilöt eivät ole enää aktiivisia. Valitse "
                    "palveluille uudet vastuuhenkilöt, niin ne poistuvat tarkistettavien "
                    "listalta.",
                    len(orphans),
                )
                % {"names": ", ".join(f"”{s.name}”" for s in orphans)},
                messages.WARNING,
            )

    @admin.action(description=_("Lataa valitut CSV-tiedostona"), permissions=["view"])
    def download_csv(self, request, queryset):
        return services_csv(request, queryset)

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path("csv/", self.admin_site.admin_view(self.csv_view), name="{}_{}_csv".format(*info)),
            *super().get_urls(),
        ]

    def csv_view(self, request):
        """The services the list shows with its current filters and search, as CSV."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        changelist = self.get_changelist_instance(request)
        return services_csv(request, changelist.get_queryset(request))


@admin.register(Service)
class ServiceAdmin(CatalogueListMixin, TabbedTranslationAdmin):
    inlines = [ServiceChannelLinkInline]
    prepopulated_fields = {"slug": ("name_fi",)}
    readonly_fields = ("ptv_modified", "created_at", "updated_at")
    change_form_template = "admin/services/service/change_form.html"
    # The form offers "Esikatsele" in Finnish instead of Django's link in the admin's language.
    view_on_site = False
    fieldsets = [
        (
            _("Perustiedot"),
            {
                "fields": (
                    "name",
                    "alternative_name",
                    "slug",
                    "summary",
                    "description",
                    "provider",
                    "status",
                )
            },
        ),
        (_("Kenelle"), {"fields": ("age_from", "age_to", "nodes", "requirements")}),
        (
            _("Asiointi"),
            {"fields": ("user_instructions", "languages", "charge_type", "charge_note")},
        ),
        (
            _("Luokittelu (PTV)"),
            {
                "fields": (
                    "service_classes",
                    "target_groups",
                    "life_events",
                    "ontology_terms",
                    "ptv_id",
                    "ptv_modified",
                )
            },
        ),
        (_("Hakusanat"), {"fields": ("keywords_fi", "keywords_sv", "keywords_en")}),
        (
            _("Ylläpito"),
            {"fields": ("owner", "owner_team", "last_verified", "created_at", "updated_at")},
        ),
    ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in CODE_PATTERNS:
            pattern, example = CODE_PATTERNS[db_field.name]
            return CodeListField(
                pattern=pattern,
                example=example,
                required=False,
                label=capfirst(db_field.verbose_name),
                help_text=_("Pilkuilla erotettuina, esimerkiksi %(example)s.")
                % {"example": example},
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        # Checkboxes rather than filter_horizontal, whose markup fails axe.
        if db_field.name == "nodes":
            kwargs["queryset"] = nodes_in_tree_order()
            kwargs["widget"] = forms.CheckboxSelectMultiple
        elif db_field.name == "languages":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if db_field.name == "nodes":
            field.label_from_instance = node_path
        return field

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if "owner" in form.base_fields:
            # Active staff, and the present owner even if they have left, so that saving
            # without changing the owner works.
            owners = Q(is_staff=True, is_active=True)
            if obj is not None and obj.owner_id:
                owners |= Q(pk=obj.owner_id)
            field = form.base_fields["owner"]
            field.queryset = (
                get_user_model()
                .objects.filter(owners)
                .order_by("last_name", "first_name", "username")
            )
            field.label_from_instance = owner_label
        return form

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "<path:object_id>/tarkistettu/",
                self.admin_site.admin_view(self.verified_view),
                name="{}_{}_verified".format(*info),
            ),
            *super().get_urls(),
        ]

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            context["preview_url"] = public_url(obj)
            context["verify_url"] = reverse(
                f"admin:{self.opts.app_label}_{self.opts.model_name}_verified", args=[obj.pk]
            )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def verified_view(self, request, object_id):
        """The "Tarkistettu tänään" button of the change form."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        service = self.get_object(request, unquote(object_id))
        if service is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_change_permission(request, service):
            raise PermissionDenied
        service_mark_verified(services=[service], by=request.user)
        self.message_user(
            request,
            _("Palvelu ”%(name)s” on merkitty tarkistetuksi tänään (%(date)s).")
            % {"name": service.name, "date": formats_date(service.last_verified)},
            messages.SUCCESS,
        )
        self.warn_about_inactive_owners(request, [service])
        return HttpResponseRedirect(
            reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[service.pk])
        )


@admin.register(ServiceToCheck)
class ServiceToCheckAdmin(CatalogueListMixin, admin.ModelAdmin):
    """
    Services not verified in twelve months or owned by someone no longer active, oldest
    check first. Each row opens the service's own form; archived services are left out.
    """

    list_display = ("service_link", "provider", "status", "verified", "owner_column", "reason")
    list_display_links = None
    ordering = [F("last_verified").asc(nulls_first=True), "pk"]
    list_filter = ("status", ("provider__type", ProviderTypeFilter), OwnerFilter)

    def get_queryset(self, request):
        return super().get_queryset(request).needing_check().exclude(status=Service.Status.ARCHIVED)

    def has_add_permission(self, request):
        return False

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            "title": self.opts.verbose_name_plural.capitalize(),
            "list_intro": _(
                "Palvelut, joita ei ole tarkistettu 12 kuukauteen tai joiden vastuuhenkilö ei "
                "ole enää aktiivinen. Tarkista palvelun tiedot ja merkitse se tarkistetuksi, "
                "tai valitse palvelulle uusi vastuuhenkilö. Arkistoidut palvelut eivät ole "
                "listalla."
            ),
            **(extra_context or {}),
        }
        return super().changelist_view(request, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        return HttpResponseRedirect(reverse("admin:services_service_change", args=[object_id]))

    @admin.display(description=_("nimi"), ordering="name")
    def service_link(self, obj):
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:services_service_change", args=[obj.pk]), obj
        )

    @admin.display(description=_("syy"))
    def reason(self, obj):
        reasons = []
        if obj.is_stale:
            reasons.append(_("ei tarkistettu 12 kuukauteen"))
        if obj.owner is not None and not obj.owner.is_active:
            reasons.append(_("vastuuhenkilö ei enää aktiivinen"))
        return ", ".join(str(reason) for reason in reasons)

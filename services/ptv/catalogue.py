"""PTV services and the organisations that provide them."""

import datetime
import re
import uuid
from dataclasses import dataclass

from ..models import Service
from .channels import LinkData
from .fields import (
    ELLIPSIS,
    LANGUAGES,
    Invalid,
    as_datetime,
    as_list,
    as_text,
    as_uuid,
    fit,
    localized,
    per_language,
)

# Open API values, with the older names that earlier API versions and PTV's own exports use.
CHARGE_TYPES = {
    "FreeOfCharge": Service.ChargeType.FREE,
    "Free": Service.ChargeType.FREE,
    "Chargeable": Service.ChargeType.CHARGEABLE,
    "Charged": Service.ChargeType.CHARGEABLE,
    "Other": Service.ChargeType.OTHER,
}
ARCHIVED_STATUSES = {"Deleted", "Archived", "Removed", "OldPublished"}
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")


@dataclass
class OrganisationData:
    ptv_id: uuid.UUID
    name: str


@dataclass
class ServiceData:
    ptv_id: uuid.UUID
    label: str
    modified: datetime.datetime | None
    values: dict
    provider: OrganisationData
    languages: list
    keywords: dict
    links: list


def parse_service(raw, ptv_id, label, warnings):
    names = as_list(raw, "serviceNames")
    name = localized(names, "serviceNames", types={"Name", None})
    if not any(name.values()):
        raise Invalid("serviceNames has no name")
    alternative_name = localized(names, "serviceNames", types={"AlternativeName"})
    descriptions = as_list(raw, "serviceDescriptions")

    charge_type = raw.get("serviceChargeType")
    if charge_type is not None and charge_type not in CHARGE_TYPES:
        raise Invalid(f"unknown serviceChargeType {charge_type!r}")
    status = raw.get("publishingStatus")
    if status == "Published":
        status = Service.Status.PUBLISHED
    elif status in ARCHIVED_STATUSES:
        status = Service.Status.ARCHIVED
    else:
        status = Service.Status.DRAFT

    values = {
        # PTV leaves the charge type out when it is not known; "other" claims nothing.
        "charge_type": CHARGE_TYPES.get(charge_type, Service.ChargeType.OTHER),
        "status": status,
        "service_classes": _codes(raw, "serviceClasses"),
        "target_groups": _codes(raw, "targetGroups"),
        "life_events": _codes(raw, "lifeEvents"),
        "ontology_terms": _codes(raw, "ontologyTerms"),
        "ptv_modified": as_datetime(raw.get("modified"), "modified"),
    }
    per_language(values, "name", name)
    per_language(values, "alternative_name", alternative_name)
    for model_field, ptv_type in (
        ("summary", "Summary"),
        ("description", "Description"),
        ("user_instructions", "UserInstruction"),
        ("charge_note", "ChargeTypeAdditionalInfo"),
    ):
        texts = localized(descriptions, "serviceDescriptions", types={ptv_type})
        per_language(values, model_field, texts)
    per_language(values, "requirements", localized(as_list(raw, "requirements"), "requirements"))
    for language in LANGUAGES:
        fit(values, f"name_{language}", 200, label, warnings)
        fit(values, f"alternative_name_{language}", 200, label, warnings)
        fit(values, f"summary_{language}", 150, label, warnings)
        fit(values, f"charge_note_{language}", 300, label, warnings)

    languages = []
    for code in raw.get("languages") or []:
        if not isinstance(code, str) or not LANGUAGE_CODE.match(code):
            raise Invalid(f"language {code!r} is not a language code such as fi")
        if code not in languages:
            languages.append(code)

    keywords = {language: [] for language in LANGUAGES}
    for entry in as_list(raw, "keywords"):
        word = as_text(entry.get("value"), "keyword")
        language = entry.get("language")
        if language not in keywords or not word or word in keywords[language]:
            continue
        if len(word) > 100:
            warnings.append(f"{label}: keyword longer than 100 characters left out")
            continue
        keywords[language].append(word)

    links = []
    for order, entry in enumerate(as_list(raw, "serviceChannels")):
        channel = entry.get("serviceChannel")
        if not isinstance(channel, dict):
            raise Invalid(f"serviceChannels[{order}] without a serviceChannel")
        note = localized(
            as_list(entry, "description"),
            "serviceChannels description",
            types={"Description", None},
        )
        for language in LANGUAGES:
            if len(note[language]) > 300:
                note[language] = note[language][:299].rstrip() + ELLIPSIS
                warnings.append(f"{label}: serviceChannels[{order}] description cut to 300")
        links.append(
            LinkData(
                service_id=ptv_id,
                channel_id=as_uuid(channel.get("id"), f"serviceChannels[{order}] id"),
                note=note,
                order=order,
            )
        )

    return ServiceData(
        ptv_id=ptv_id,
        label=label,
        modified=values.pop("ptv_modified"),
        values=values,
        provider=_provider(as_list(raw, "organizations")),
        languages=languages,
        keywords=keywords,
        links=links,
    )


def _codes(raw, key):
    """Codes of PTV classifications (P5.2, KR1.2, KE1); ontology terms have only a URI."""
    codes = []
    for entry in as_list(raw, key):
        code = as_text(entry.get("code"), f"{key} code") or as_text(entry.get("uri"), f"{key} uri")
        if not code:
            raise Invalid(f"{key} entry without a code or uri")
        if code not in codes:
            codes.append(code)
    return codes


def _provider(organisations):
    """
    The organisation that provides the service to families: the producer where PTV names
    one, otherwise the organisation responsible for it.
    """
    by_role = {}
    for index, entry in enumerate(organisations):
        organisation = entry.get("organization")
        if organisation is None:
            # A purchased or other service may name its producer only in words.
            continue
        if not isinstance(organisation, dict):
            raise Invalid(f"organizations[{index}] organization is not an object")
        ptv_id = as_uuid(organisation.get("id"), f"organizations[{index}] organization id")
        name = as_text(organisation.get("name"), f"organizations[{index}] organization name")
        if not name:
            raise Invalid(f"organizations[{index}] organization has no name")
        by_role.setdefault(entry.get("roleType"), OrganisationData(ptv_id, name[:200]))
    for role in ("Producer", "Responsible", "OtherResponsible"):
        if role in by_role:
            return by_role[role]
    raise Invalid("organizations names no responsible or producing organisation")

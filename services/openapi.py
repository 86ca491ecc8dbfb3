"""
The OpenAPI 3.1 description of /api/v1/, written by hand next to the views it describes.
tests/services/test_api.py checks every endpoint's real answers against it.
"""

from django.urls import reverse

from .api import (
    DEFAULT_PAGE_SIZE,
    FACILITIES,
    LANGUAGE_CODES,
    MAX_PAGE_SIZE,
    api_view,
    json_response,
)
from .models import AgeGroup, Organisation, Service, ServiceChannel, ServiceHours


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(type_, **extra):
    return {"type": [type_, "null"], **extra}


def obj(properties, description=""):
    """An object whose every property is always present, and nothing else."""
    schema = {
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }
    if description:
        schema["description"] = description
    return schema


def string(description="", **extra):
    return {"type": "string", **({"description": description} if description else {}), **extra}


def codes(description):
    return {"type": "array", "items": {"type": "string"}, "description": description}


def param(name, schema, description, *, explode=None):
    parameter = {"name": name, "in": "query", "required": False, "schema": schema}
    parameter["description"] = description
    if explode is not None:
        parameter["style"] = "form"
        parameter["explode"] = explode
    return parameter


def parameter_refs(*names):
    return [{"$ref": f"#/components/parameters/{name}"} for name in names]


TEXT_NOTE = (
    "Texts are in the language of `lang`; a text missing in that language falls back to "
    "Finnish, then Swedish, then English, as on the web pages."
)

SCHEMAS = {
    "Provider": obj(
        {
            "id": {"type": "integer"},
            "name": string(),
            "type": string(enum=Organisation.Type.values),
            "ptv_id": nullable("string", format="uuid"),
        },
        "The organisation that provides the service.",
    ),
    "OpeningTime": obj(
        {
            "day_from": nullable(
                "integer",
                minimum=0,
                maximum=6,
                description="0 = Monday … 6 = Sunday; null = every day.",
            ),
            "day_to": nullable(
                "integer",
                minimum=0,
                maximum=6,
                description="Last day of the range; null = only day_from.",
            ),
            "opens": string("Local time in Europe/Helsinki, HH:MM.", pattern=r"^\d\d:\d\d$"),
            "closes": string(
                "HH:MM; at or before `opens` means the period runs past midnight.",
                pattern=r"^\d\d:\d\d$",
            ),
        }
    ),
    "Hours": obj(
        {
            "kind": string(
                "Exceptions (holidays, closed days) override regular hours on their dates.",
                enum=ServiceHours.Kind.values,
            ),
            "valid_from": nullable("string", format="date"),
            "valid_to": nullable(
                "string", format="date", description="For an exception, null = one day only."
            ),
            "is_closed": {"type": "boolean"},
            "is_always_open": {"type": "boolean"},
            "is_by_appointment": {"type": "boolean"},
            "note": string(),
            "times": {"type": "array", "items": ref("OpeningTime")},
        },
        "Opening hours that have not ended yet.",
    ),
    "Channel": obj(
        {
            "id": {"type": "integer"},
            "ptv_id": nullable("string", format="uuid"),
            "type": string(
                "PTV channel type: location, phone, web page, e-service or printable form.",
                enum=ServiceChannel.Type.values,
            ),
            "name": string(),
            "description": string(),
            "note": string("What is special about this channel for this service."),
            "street_address": string(),
            "postal_code": string(),
            "post_office": string(),
            "municipality": string(),
            "latitude": nullable("number", description="WGS84."),
            "longitude": nullable("number", description="WGS84."),
            "facilities": {
                "type": "array",
                "items": string(enum=list(FACILITIES)),
                "description": "Accessibility and family facilities of a service location.",
            },
            "phone": string(),
            "phone_charge_note": string(),
            "url": string(),
            "requires_strong_auth": {
                "type": "boolean",
                "description": "The e-service needs strong electronic identification.",
            },
            "hours": {"type": "array", "items": ref("Hours")},
        },
        "A way to get the service. Fields that do not apply to the type are empty.",
    ),
    "Service": obj(
        {
            "id": {"type": "integer"},
            "ptv_id": nullable(
                "string",
                format="uuid",
                description="Id in Suomi.fi Palvelutietovaranto; null for local services.",
            ),
            "name": string(),
            "alternative_name": string(),
            "summary": string(maxLength=150),
            "description": string(),
            "user_instructions": string(),
            "requirements": string(),
            "provider": ref("Provider"),
            "charge_type": string(enum=Service.ChargeType.values),
            "charge_note": string(),
            "languages": codes("Codes of the languages the service is given in (ISO 639-1)."),
            "age_from": nullable(
                "integer",
                minimum=-1,
                maximum=29,
                description="Youngest age served in years; -1 = pregnancy; null = no limit.",
            ),
            "age_to": nullable(
                "integer",
                minimum=-1,
                maximum=29,
                description="Oldest age served in years; -1 = pregnancy; null = no limit.",
            ),
            "nodes": codes("Slugs of the palvelupuu nodes the service hangs from."),
            "keywords": codes("Search words in the language of `lang`."),
            "service_classes": codes("PTV service classes (P…)."),
            "target_groups": codes("PTV target groups (KR…)."),
            "life_events": codes("PTV life events (KE…)."),
            "ontology_terms": codes("PTV ontology terms (URIs)."),
            "last_verified": nullable(
                "string", format="date", description="When staff last checked the facts."
            ),
            "url": string("The service's page in the language of `lang`.", format="uri"),
            "channels": {"type": "array", "items": ref("Channel")},
        },
        TEXT_NOTE,
    ),
    "ServiceList": obj(
        {
            "count": {
                "type": "integer",
                "description": "Services matching, on all pages; with `q`, at most 1000 "
                "(see `search.more`).",
            },
            "next": nullable("string", format="uri"),
            "previous": nullable("string", format="uri"),
            "search": {
                "oneOf": [
                    {"type": "null"},
                    obj(
                        {
                            "q": string("The words searched for, as searched."),
                            "suggestion": string(
                                "The query with unknown words spelled as the catalogue "
                                "spells them, or an empty string."
                            ),
                            "notice": string(
                                "A message when the query was cut to 200 characters, or an "
                                "empty string."
                            ),
                            "more": {
                                "type": "boolean",
                                "description": "True when more than 1000 services match: "
                                "`count` is then 1000 and the pages list the best 1000.",
                            },
                        }
                    ),
                ],
                "description": "Present when `q` was given, else null.",
            },
            "results": {"type": "array", "items": ref("Service")},
        }
    ),
    "Node": obj(
        {
            "id": {"type": "integer"},
            "slug": string(),
            "name": string(),
            "intro": string(),
            "parent": nullable("integer"),
            "order": {"type": "integer"},
            "url": string(format="uri"),
            "illustration": nullable("string", format="uri"),
            "illustration_alt": string("Empty when the illustration is decorative."),
            "service_count": {
                "type": "integer",
                "description": "Published services in this node and the nodes below it.",
            },
            "children": {"type": "array", "items": ref("Node")},
        },
        "A node of the palvelupuu: a life situation, a category or a subcategory.",
    ),
    "NodeTree": obj(
        {
            "count": {"type": "integer", "description": "Nodes on all levels."},
            "results": {
                "type": "array",
                "items": ref("Node"),
                "description": "The life situations, each with its branch, in staff-set order.",
            },
        }
    ),
    "Organisation": obj(
        {
            "id": {"type": "integer"},
            "name": string(),
            "type": string(enum=Organisation.Type.values),
            "ptv_id": nullable("string", format="uuid"),
            "business_id": string("Finnish business id (Y-tunnus), or empty."),
            "website": string(),
            "service_count": {"type": "integer", "description": "Published services."},
        }
    ),
    "OrganisationList": obj(
        {
            "count": {"type": "integer"},
            "next": nullable("string", format="uri"),
            "previous": nullable("string", format="uri"),
            "results": {"type": "array", "items": ref("Organisation")},
        }
    ),
    "Errors": obj(
        {
            "errors": {
                "type": "object",
                "description": "Messages by parameter, in the language of `lang`.",
                "additionalProperties": {
                    "type": "array",
                    "items": obj({"message": string(), "code": string()}),
                },
            }
        }
    ),
}

PARAMETERS = {
    "lang": param(
        "lang",
        {"type": "string", "enum": LANGUAGE_CODES, "default": "fi"},
        "Language of texts, page URLs and error messages.",
    ),
    "page": param("page", {"type": "integer", "minimum": 1, "default": 1}, "Page number."),
    "page_size": param(
        "page_size",
        {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE, "default": DEFAULT_PAGE_SIZE},
        "Results per page.",
    ),
    "ika": param(
        "ika",
        {"type": "array", "items": {"type": "string", "enum": AgeGroup.values}},
        "Age groups; services for any of them (odottava = expecting a baby). Repeatable.",
        explode=True,
    ),
    "tuottaja": param(
        "tuottaja",
        {"type": "array", "items": {"type": "string", "enum": Organisation.Type.values}},
        "Provider types; services of any of them. Repeatable.",
        explode=True,
    ),
    "kieli": param(
        "kieli",
        {"type": "array", "items": {"type": "string"}},
        "Language codes; services given in any of them. Repeatable.",
        explode=True,
    ),
    "maksuton": param(
        "maksuton",
        {"type": "string", "enum": ["1", "0"]},
        "1 = only services free of charge.",
    ),
    "q": param(
        "q",
        {"type": "string"},
        "Words to search for, in the language of `lang`: services ranked as the search "
        "page ranks them, best first, instead of by name. Cut to 200 characters.",
    ),
    "node": param(
        "node",
        {"type": "string"},
        "Slug of a palvelupuu node: services in it and in the nodes below it.",
    ),
}


def response(description, schema_name):
    return {
        "description": description,
        "content": {"application/json": {"schema": ref(schema_name)}},
    }


BAD_REQUEST = response("Invalid parameters.", "Errors")


def openapi_document(request):
    base = reverse("api:services").removesuffix("services/").rstrip("/")
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Perhekeskus API",
            "version": "1",
            "description": (
                "Read-only data of the family centre's service catalogue: published "
                "services with the filters of the web pages, the palvelupuu (service tree) "
                "and the providers. Answers may be cached for five minutes. " + TEXT_NOTE
            ),
        },
        "servers": [{"url": request.build_absolute_uri(base)}],
        "paths": {
            "/services/": {
                "get": {
                    "operationId": "listServices",
                    "summary": "Published services, filtered and paginated",
                    "description": (
                        "Ordered by name in the language of `lang`, then id; with `q`, by "
                        "how well they match."
                    ),
                    "parameters": parameter_refs(
                        "q",
                        "ika",
                        "tuottaja",
                        "kieli",
                        "maksuton",
                        "node",
                        "lang",
                        "page",
                        "page_size",
                    ),
                    "responses": {
                        "200": response("A page of services.", "ServiceList"),
                        "400": BAD_REQUEST,
                    },
                }
            },
            "/services/{id}/": {
                "get": {
                    "operationId": "getService",
                    "summary": "One published service",
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer"},
                        },
                        *parameter_refs("lang"),
                    ],
                    "responses": {
                        "200": response("The service.", "Service"),
                        "400": BAD_REQUEST,
                        "404": response("No published service has the id.", "Errors"),
                    },
                }
            },
            "/nodes/": {
                "get": {
                    "operationId": "listNodes",
                    "summary": "The palvelupuu as a tree",
                    "parameters": parameter_refs("lang"),
                    "responses": {
                        "200": response("The whole tree.", "NodeTree"),
                        "400": BAD_REQUEST,
                    },
                }
            },
            "/organisations/": {
                "get": {
                    "operationId": "listOrganisations",
                    "summary": "Service providers, paginated",
                    "description": (
                        "Ordered by name in the language of `lang`, then id; with `q`, by "
                        "how well they match."
                    ),
                    "parameters": parameter_refs("lang", "page", "page_size"),
                    "responses": {
                        "200": response("A page of providers.", "OrganisationList"),
                        "400": BAD_REQUEST,
                    },
                }
            },
            "/openapi.json": {
                "get": {
                    "operationId": "getSchema",
                    "summary": "This document",
                    "responses": {
                        "200": {
                            "description": "The OpenAPI document.",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        }
                    },
                }
            },
        },
        "components": {"schemas": SCHEMAS, "parameters": PARAMETERS},
    }


@api_view
def schema(request):
    return json_response(openapi_document(request))

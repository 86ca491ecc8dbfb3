"""The read-only JSON API: the same services as the pages, paginated, described by OpenAPI."""

import datetime
import re
import uuid

import pytest
from django.core.validators import MaxValueValidator
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from model_bakery import baker

from services.api import ServiceListForm
from services.filters import ServiceFilterForm
from services.models import Service
from tests.factories import make_channel, make_node, make_service
from tests.pages import reverse_in

SERVICES = reverse("api:services")
NODES = reverse("api:nodes")
ORGANISATIONS = reverse("api:organisations")
SCHEMA = reverse("api:schema")
PTV_ID = uuid.UUID("0a6f9b0e-5c1d-4d8a-9e43-7b1f2c3d4e5f")


def make_organisation(**kwargs):
    kwargs.setdefault("ptv_id", None)
    kwargs.setdefault("business_id", "")
    return baker.make("services.Organisation", **kwargs)


@pytest.fixture
def catalogue(db):
    family = make_node(name_fi="Vauvaperhe", slug="vauvaperhe", order=1)
    health = make_node(name_fi="Vauvan terveys", slug="vauvan-terveys", parent=family, order=1)
    clinic = make_node(name_fi="Neuvola", slug="neuvola", parent=health, order=1)
    leisure = make_node(name_fi="Vapaa-aika", slug="vapaa-aika", order=2)
    city = make_organisation(name_fi="Kuusilahden kaupunki", type="municipality")
    county = make_organisation(
        name_fi="Kuusijärven hyvinvointialue",
        name_sv="Kuusijärvi välfärdsområde",
        type="wellbeing_county",
        ptv_id=PTV_ID,
    )
    ngo = make_organisation(name_fi="MLL:n Kuusilahden yhdistys", type="ngo")
    maternity = make_service(
        name_fi="Äitiysneuvola",
        name_sv="Mödrarådgivning",
        name_en="Maternity clinic",
        summary_fi="Raskauden seuranta.",
        summary_sv="Uppföljning av graviditeten.",
        slug="aitiysneuvola",
        provider=county,
        languages=["fi", "sv"],
        age_from=-1,
        age_to=-1,
        nodes=[clinic],
        ptv_id=uuid.UUID("11111111-2222-4333-8444-555555555555"),
        service_classes=["P5.2"],
        target_groups=["KR1.2"],
        life_events=["KE1"],
        last_verified=datetime.date(2026, 1, 15),
    )
    maternity.keywords_fi.add("neuvola", "raskaus")
    maternity.keywords_sv.add("rådgivning")
    place = make_channel(
        service=maternity,
        note="Ajanvaraus puhelimitse.",
        name_fi="Perhekeskus Kuusikko",
        street_address_fi="Kuusikkotie 12",
        postal_code="99140",
        post_office_fi="Kuusilahti",
        latitude="61.497749",
        longitude="23.760954",
        has_step_free_access=True,
        has_changing_table=True,
    )
    hours = baker.make("services.ServiceHours", channel=place, kind="regular")
    baker.make(
        "services.OpeningTime",
        hours=hours,
        day_from=0,
        day_to=4,
        opens=datetime.time(8),
        closes=datetime.time(16),
    )
    # Hours that have ended are left out.
    baker.make(
        "services.ServiceHours",
        channel=place,
        kind="exception",
        valid_from=timezone.localdate() - datetime.timedelta(days=3),
        is_closed=True,
    )
    make_channel(
        service=maternity,
        type="phone",
        name_fi="Neuvolan puhelin",
        phone_number="040 000 2100",
    )
    services = {
        "maternity": maternity,
        "club": make_service(
            name_fi="Avoin kerho",
            provider=ngo,
            charge_type="chargeable",
            languages=["fi"],
            age_from=1,
            age_to=6,
            nodes=[leisure],
        ),
        "curator": make_service(
            name_fi="Koulukuraattori",
            provider=city,
            languages=["fi", "en"],
            age_from=7,
            age_to=17,
            nodes=[health],
        ),
        "youth": make_service(
            name_fi="Nuorisotalo", provider=city, age_from=13, age_to=29, nodes=[leisure]
        ),
        "counselling": make_service(
            name_fi="Perheneuvola",
            name_sv="Familjerådgivning",
            provider=county,
            charge_type="other",
            languages=["sv"],
            nodes=[family],
        ),
        "peers": make_service(name_fi="Vertaisryhmä", provider=ngo, nodes=[family]),
        "peers_again": make_service(name_fi="Vertaisryhmä", provider=ngo, nodes=[leisure]),
        "ahead": make_service(name_fi="Öinen apu", name_sv="Nattlig hjälp", provider=ngo),
        "draft": make_service(name_fi="Luonnos", status="draft", provider=city, nodes=[family]),
        "archived": make_service(
            name_fi="Arkisto", status="archived", provider=city, nodes=[family]
        ),
    }
    return {"nodes": {"family": family, "leisure": leisure}, "services": services}


def get_json(client, url, params=None, status=200):
    response = client.get(url, params or {})
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    return response.json()


def all_results(client, params=None):
    """Every result of the service list, page by page."""
    params = {**(params or {}), "page_size": 3}
    data = get_json(client, SERVICES, params)
    results = data["results"]
    while data["next"]:
        data = get_json(client, data["next"])
        results += data["results"]
    return results


def ids(results):
    return [item["id"] for item in results]


def test_service_list_has_published_services_in_name_order(client, catalogue):
    services = catalogue["services"]

    results = all_results(client)

    # Ä and Ö after Z as in Finnish; two services of the same name by id.
    assert [item["name"] for item in results] == [
        "Avoin kerho",
        "Koulukuraattori",
        "Nuorisotalo",
        "Perheneuvola",
        "Vertaisryhmä",
        "Vertaisryhmä",
        "Äitiysneuvola",
        "Öinen apu",
    ]
    assert ids(results)[4:6] == sorted([services["peers"].pk, services["peers_again"].pk])


FILTERS = [
    {},
    {"ika": "0-1"},
    {"ika": ["odottava", "13-17"]},
    {"ika": "18-29"},
    {"tuottaja": "ngo"},
    {"tuottaja": ["ngo", "municipality"]},
    {"kieli": "sv"},
    {"kieli": ["fi", "en"]},
    {"maksuton": "1"},
    {"ika": "3-6", "maksuton": "1", "tuottaja": "municipality"},
    {"ika": "odottava", "kieli": "en"},
]


@pytest.mark.parametrize("params", FILTERS)
def test_service_filters_give_what_the_catalogue_page_shows(client, catalogue, params):
    query = QueryDict(mutable=True)
    for name, value in params.items():
        query.setlist(name, value if isinstance(value, list) else [value])
    form = ServiceFilterForm(query)
    expected = set(form.filter(Service.objects.published()).values_list("pk", flat=True))

    results = all_results(client, params)

    assert set(ids(results)) == expected
    assert len(results) == len(expected)
    shown = client.get(reverse_in("fi", "services:catalogue"), params).context
    assert {service.pk for service in shown["services"]} == expected
    assert shown["result_count"] == len(expected)


def test_node_filter_includes_the_nodes_below(client, catalogue):
    services = catalogue["services"]

    results = all_results(client, {"node": "vauvaperhe"})

    assert set(ids(results)) == {
        services["maternity"].pk,
        services["curator"].pk,
        services["counselling"].pk,
        services["peers"].pk,
    }
    page = client.get(reverse_in("fi", "services:node", slug="vauvaperhe")).context
    assert {service.pk for service in page["services"]} == set(ids(results))
    narrowed = all_results(client, {"node": "vauvaperhe", "kieli": "sv"})
    assert set(ids(narrowed)) == {services["maternity"].pk, services["counselling"].pk}


@pytest.mark.parametrize(
    ("params", "field", "code"),
    [
        ({"ika": "0-2"}, "ika", "invalid_choice"),
        ({"tuottaja": "kunta"}, "tuottaja", "invalid_choice"),
        ({"kieli": "xx"}, "kieli", "invalid_choice"),
        ({"maksuton": "kyllä"}, "maksuton", "invalid_free"),
        ({"node": "ei-ole"}, "node", "unknown_node"),
        ({"node": "ä ä"}, "node", "invalid"),
        ({"lang": "de"}, "lang", "invalid_choice"),
        ({"page": "0"}, "page", "min_value"),
        ({"page": "x"}, "page", "invalid"),
        ({"page_size": "101"}, "page_size", "max_value"),
        ({"page": "3", "page_size": "100"}, "page", "empty_page"),
    ],
)
def test_invalid_parameters_get_400_with_messages(client, catalogue, params, field, code):
    data = get_json(client, SERVICES, params, status=400)

    [error] = data["errors"][field]
    assert error["code"] == code
    assert error["message"]


def test_several_invalid_parameters_are_reported_together(client, catalogue):
    data = get_json(client, SERVICES, {"ika": "x", "page_size": "0"}, status=400)

    assert set(data["errors"]) == {"ika", "page_size"}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_error_messages_are_in_the_language_asked_for(client, catalogue, language):
    data = get_json(client, SERVICES, {"page_size": "500", "lang": language}, status=400)

    with translation.override(language):
        expected = str(MaxValueValidator.message) % {"limit_value": 100}
    assert data["errors"]["page_size"][0]["message"] == expected


def test_other_endpoints_refuse_bad_parameters_too(client, catalogue):
    assert "lang" in get_json(client, NODES, {"lang": "x"}, status=400)["errors"]
    assert "page" in get_json(client, ORGANISATIONS, {"page": "-1"}, status=400)["errors"]
    service = catalogue["services"]["club"]
    detail = reverse("api:service-detail", args=[service.pk])
    assert "lang" in get_json(client, detail, {"lang": "se"}, status=400)["errors"]


def test_service_list_is_paginated_with_links(client, catalogue):
    first = get_json(client, SERVICES, {"page_size": 2, "kieli": "fi"})
    assert first["count"] == 3
    assert first["previous"] is None
    assert first["next"] == "http://testserver/api/v1/services/?page_size=2&kieli=fi&page=2"
    second = get_json(client, first["next"])
    assert second["next"] is None
    assert second["previous"] == "http://testserver/api/v1/services/?page_size=2&kieli=fi&page=1"
    assert len(first["results"]) == 2
    assert len(second["results"]) == 1
    assert not set(ids(first["results"])) & set(ids(second["results"]))
    default = get_json(client, SERVICES)
    assert len(default["results"]) == default["count"] == 8


def test_empty_result_is_one_empty_page(client, catalogue):
    data = get_json(client, SERVICES, {"ika": "18-29", "tuottaja": "parish"})

    assert data == {"count": 0, "next": None, "previous": None, "search": None, "results": []}


def test_one_service_in_full(client, catalogue):
    maternity = catalogue["services"]["maternity"]

    [item] = get_json(client, SERVICES, {"ika": "odottava", "kieli": "fi"})["results"]

    channels = item.pop("channels")
    assert item == {
        "id": maternity.pk,
        "ptv_id": "11111111-2222-4333-8444-555555555555",
        "name": "Äitiysneuvola",
        "alternative_name": "",
        "summary": "Raskauden seuranta.",
        "description": "",
        "user_instructions": "",
        "requirements": "",
        "provider": {
            "id": maternity.provider.pk,
            "name": "Kuusijärven hyvinvointialue",
            "type": "wellbeing_county",
            "ptv_id": str(PTV_ID),
        },
        "charge_type": "free",
        "charge_note": "",
        "languages": ["fi", "sv"],
        "age_from": -1,
        "age_to": -1,
        "nodes": ["neuvola"],
        "keywords": ["neuvola", "raskaus"],
        "service_classes": ["P5.2"],
        "target_groups": ["KR1.2"],
        "life_events": ["KE1"],
        "ontology_terms": [],
        "last_verified": "2026-01-15",
        "url": "http://testserver" + reverse_in("fi", "services:detail", slug="aitiysneuvola"),
    }
    place, phone = channels
    assert place["type"] == "location"
    assert place["note"] == "Ajanvaraus puhelimitse."
    assert (place["street_address"], place["postal_code"], place["post_office"]) == (
        "Kuusikkotie 12",
        "99140",
        "Kuusilahti",
    )
    assert (place["latitude"], place["longitude"]) == (61.497749, 23.760954)
    assert place["facilities"] == ["step_free_access", "changing_table"]
    assert place["hours"] == [
        {
            "kind": "regular",
            "valid_from": None,
            "valid_to": None,
            "is_closed": False,
            "is_always_open": False,
            "is_by_appointment": False,
            "note": "",
            "times": [{"day_from": 0, "day_to": 4, "opens": "08:00", "closes": "16:00"}],
        }
    ]
    assert (phone["type"], phone["phone"], phone["latitude"]) == ("phone", "040 000 2100", None)


def test_local_service_has_no_ptv_id(client, catalogue):
    club = catalogue["services"]["club"]

    item = get_json(client, reverse("api:service-detail", args=[club.pk]))

    assert item["ptv_id"] is None
    assert item["provider"]["ptv_id"] is None


def test_lang_chooses_texts_keywords_and_page_urls(client, catalogue):
    results = {item["id"]: item for item in all_results(client, {"lang": "sv"})}
    services = catalogue["services"]

    maternity = results[services["maternity"].pk]
    assert maternity["name"] == "Mödrarådgivning"
    assert maternity["summary"] == "Uppföljning av graviditeten."
    assert maternity["provider"]["name"] == "Kuusijärvi välfärdsområde"
    assert maternity["keywords"] == ["rådgivning"]
    assert maternity["url"] == "http://testserver" + reverse_in(
        "sv", "services:detail", slug="aitiysneuvola"
    )
    # A name not yet in Swedish falls back to Finnish, as on the pages.
    assert results[services["club"].pk]["name"] == "Avoin kerho"
    english = get_json(
        client, reverse("api:service-detail", args=[services["maternity"].pk]), {"lang": "en"}
    )
    assert english["name"] == "Maternity clinic"
    assert english["keywords"] == []


def test_swedish_order_follows_swedish_names(client, catalogue):
    names = [item["name"] for item in all_results(client, {"lang": "sv"})]

    assert names == [
        "Avoin kerho",
        "Familjerådgivning",
        "Koulukuraattori",
        "Mödrarådgivning",
        "Nattlig hjälp",
        "Nuorisotalo",
        "Vertaisryhmä",
        "Vertaisryhmä",
    ]


def test_drafts_and_archived_services_are_not_in_the_api(client, catalogue):
    services = catalogue["services"]
    listed = set(ids(all_results(client)))

    for key in ("draft", "archived"):
        assert services[key].pk not in listed
        url = reverse("api:service-detail", args=[services[key].pk])
        data = get_json(client, url, status=404)
        assert data["errors"]["id"][0]["code"] == "not_found"
    assert get_json(client, reverse("api:service-detail", args=[99999]), status=404)


def test_detail_is_the_list_item(client, catalogue):
    [item] = get_json(client, SERVICES, {"ika": "odottava", "kieli": "fi"})["results"]

    assert get_json(client, reverse("api:service-detail", args=[item["id"]])) == item


def test_queries_do_not_grow_with_the_page(client, catalogue):
    def queries_for_page():
        # Services without age limits are for expecting families too, so the new ones join
        # the maternity clinic, which has every relation the serializer reads.
        with CaptureQueriesContext(connection) as queries:
            data = get_json(client, SERVICES, {"ika": "odottava", "kieli": "fi"})
        return len(data["results"]), len(queries)

    one, few = queries_for_page()
    for number in range(6):
        service = make_service(name_fi=f"Lisäpalvelu {number}", languages=["fi", "sv"])
        service.keywords_fi.add(f"sana{number}")
        channel = make_channel(service=service, name_fi=f"Paikka {number}")
        hours = baker.make("services.ServiceHours", channel=channel)
        baker.make(
            "services.OpeningTime", hours=hours, opens=datetime.time(9), closes=datetime.time(15)
        )

    assert queries_for_page() == (one + 6, few)
    assert few <= 10


def test_answers_may_be_cached_for_five_minutes(client, catalogue):
    for url in (SERVICES, NODES, ORGANISATIONS, SCHEMA):
        response = client.get(url)
        assert response["Cache-Control"] in ("public, max-age=300", "max-age=300, public"), url
        assert "Access-Control-Allow-Origin" not in response
    assert "Cache-Control" not in client.get(SERVICES, {"ika": "x"})


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_api_is_read_only(client, catalogue, method):
    response = getattr(client, method)(SERVICES)

    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert response.json()["errors"]["method"]
    assert Service.objects.count() == 10


def test_node_tree_counts_published_services_of_each_branch(client, catalogue):
    data = get_json(client, NODES, {"lang": "fi"})

    assert data["count"] == 4
    family, leisure = data["results"]
    assert (family["slug"], family["parent"], family["service_count"]) == ("vauvaperhe", None, 4)
    [health] = family["children"]
    assert (health["slug"], health["parent"], health["service_count"]) == (
        "vauvan-terveys",
        family["id"],
        2,
    )
    [clinic] = health["children"]
    assert (clinic["slug"], clinic["service_count"], clinic["children"]) == ("neuvola", 1, [])
    assert leisure["service_count"] == 3
    assert family["url"] == "http://testserver" + reverse_in(
        "fi", "services:node", slug="vauvaperhe"
    )
    swedish = get_json(client, NODES, {"lang": "sv"})["results"][0]
    assert swedish["url"] == "http://testserver" + reverse_in(
        "sv", "services:node", slug="vauvaperhe"
    )


def test_organisations_are_paginated_with_published_service_counts(client, catalogue):
    first = get_json(client, ORGANISATIONS, {"page_size": 2})
    assert first["count"] == 3
    second = get_json(client, first["next"])
    results = first["results"] + second["results"]

    assert [(o["name"], o["service_count"]) for o in results] == [
        ("Kuusijärven hyvinvointialue", 2),
        ("Kuusilahden kaupunki", 2),
        ("MLL:n Kuusilahden yhdistys", 4),
    ]
    assert results[0]["ptv_id"] == str(PTV_ID)
    swedish = get_json(client, ORGANISATIONS, {"lang": "sv"})["results"]
    assert swedish[0]["name"] == "Kuusijärvi välfärdsområde"


# The OpenAPI document, checked against the real answers


def schema_problems(instance, schema, document, where="$"):
    """Where an instance breaks a JSON schema: types, enums, required and extra properties."""
    if "$ref" in schema:
        target = document
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        return schema_problems(instance, target, document, where)
    types = schema.get("type")
    if types is not None:
        types = types if isinstance(types, list) else [types]
        if not any(is_of_type(instance, type_) for type_ in types):
            return [f"{where}: {instance!r} is not {'/'.join(types)}"]
    problems = []
    if "enum" in schema and instance not in schema["enum"]:
        problems.append(f"{where}: {instance!r} not in {schema['enum']}")
    if isinstance(instance, str):
        if "pattern" in schema and not re.search(schema["pattern"], instance):
            problems.append(f"{where}: {instance!r} does not match {schema['pattern']}")
        if "maxLength" in schema and len(instance) > schema["maxLength"]:
            problems.append(f"{where}: longer than {schema['maxLength']}")
        problems += format_problems(instance, schema.get("format"), where)
    if isinstance(instance, int | float) and not isinstance(instance, bool):
        if "minimum" in schema and instance < schema["minimum"]:
            problems.append(f"{where}: {instance} < {schema['minimum']}")
        if "maximum" in schema and instance > schema["maximum"]:
            problems.append(f"{where}: {instance} > {schema['maximum']}")
    if isinstance(instance, dict):
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        problems += [
            f"{where}: missing {name}"
            for name in schema.get("required", [])
            if name not in instance
        ]
        for name, value in instance.items():
            if name in properties:
                problems += schema_problems(value, properties[name], document, f"{where}.{name}")
            elif extra is False:
                problems.append(f"{where}: {name} is not documented")
            elif isinstance(extra, dict):
                problems += schema_problems(value, extra, document, f"{where}.{name}")
    if isinstance(instance, list) and "items" in schema:
        for index, item in enumerate(instance):
            problems += schema_problems(item, schema["items"], document, f"{where}[{index}]")
    return problems


def is_of_type(instance, type_):
    return {
        "null": instance is None,
        "boolean": isinstance(instance, bool),
        "integer": isinstance(instance, int) and not isinstance(instance, bool),
        "number": isinstance(instance, int | float) and not isinstance(instance, bool),
        "string": isinstance(instance, str),
        "array": isinstance(instance, list),
        "object": isinstance(instance, dict),
    }[type_]


def format_problems(value, format_, where):
    checks = {
        "date": lambda: datetime.date.fromisoformat(value),
        "uuid": lambda: uuid.UUID(value),
        "uri": lambda: re.match(r"^https?://[^/]+/", value).group(0),
    }
    if format_ not in checks:
        return []
    try:
        checks[format_]()
    except (ValueError, AttributeError):
        return [f"{where}: {value!r} is not a {format_}"]
    return []


@pytest.fixture
def document(client, db):
    return get_json(client, SCHEMA)


def response_schema(document, path, status):
    content = document["paths"][path]["get"]["responses"][str(status)]["content"]
    return content["application/json"]["schema"]


def test_schema_checker_finds_missing_and_undocumented_properties(client, catalogue, document):
    item = get_json(client, reverse("api:service-detail", args=[catalogue["services"]["club"].pk]))
    item.pop("summary")
    item["secret"] = 1
    item["provider"]["type"] = "club"
    item["age_from"] = "1"

    problems = schema_problems(item, response_schema(document, "/services/{id}/", 200), document)

    assert sorted(problems) == sorted(
        [
            "$: missing summary",
            "$: secret is not documented",
            "$.provider.type: 'club' not in "
            + str(document["components"]["schemas"]["Provider"]["properties"]["type"]["enum"]),
            "$.age_from: '1' is not integer/null",
        ]
    )


def test_every_answer_matches_the_openapi_document(client, catalogue, document):
    service = catalogue["services"]["maternity"]
    answers = [
        ("/services/", SERVICES, {"page_size": 100}, 200),
        ("/services/", SERVICES, {"lang": "sv", "page_size": 2, "page": 2}, 200),
        ("/services/", SERVICES, {"ika": "x"}, 400),
        ("/services/{id}/", reverse("api:service-detail", args=[service.pk]), {}, 200),
        ("/services/{id}/", reverse("api:service-detail", args=[99999]), {}, 404),
        ("/services/{id}/", reverse("api:service-detail", args=[service.pk]), {"lang": "x"}, 400),
        ("/nodes/", NODES, {"lang": "en"}, 200),
        ("/nodes/", NODES, {"lang": "x"}, 400),
        ("/organisations/", ORGANISATIONS, {}, 200),
        ("/organisations/", ORGANISATIONS, {"page_size": 1000}, 400),
    ]
    problems = []
    for path, url, params, status in answers:
        data = get_json(client, url, params, status=status)
        schema = response_schema(document, path, status)
        problems += [f"{url} {params}: {p}" for p in schema_problems(data, schema, document)]

    assert problems == []


def test_document_is_openapi_3_1_with_working_server_url(document):
    assert document["openapi"] == "3.1.0"
    [server] = document["servers"]
    assert server["url"] + "/services/" == "http://testserver" + SERVICES
    assert {
        f"{server['url']}{path}".removeprefix("http://testserver") for path in document["paths"]
    } == {
        SERVICES,
        reverse("api:service-detail", args=[0]).replace("/0/", "/{id}/"),
        NODES,
        ORGANISATIONS,
        SCHEMA,
    }


def test_every_reference_in_the_document_resolves(document):
    def refs(node):
        if isinstance(node, dict):
            if "$ref" in node:
                yield node["$ref"]
            for value in node.values():
                yield from refs(value)
        elif isinstance(node, list):
            for value in node:
                yield from refs(value)

    for reference in refs(document):
        target = document
        for part in reference.removeprefix("#/").split("/"):
            target = target[part]
        assert isinstance(target, dict), reference


def documented_parameters(document, path):
    names = set()
    for parameter in document["paths"][path]["get"].get("parameters", []):
        if "$ref" in parameter:
            parameter = document["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
        if parameter["in"] == "query":
            names.add(parameter["name"])
    return names


def test_document_names_every_parameter_the_service_list_reads(document):
    read = set(ServiceFilterForm.base_fields) | set(ServiceListForm.base_fields)

    assert documented_parameters(document, "/services/") == read


def test_every_documented_enum_value_is_accepted(client, catalogue, document):
    for name, parameter in document["components"]["parameters"].items():
        schema = parameter["schema"]
        values = schema.get("enum") or schema.get("items", {}).get("enum") or []
        for value in values:
            response = client.get(SERVICES, {name: value})
            assert response.status_code == 200, (name, value, response.content)

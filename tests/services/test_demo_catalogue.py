"""The demo service catalogue: enough realistic, valid services to show every part of the portal."""

import datetime
import io
import re
from urllib.parse import urlsplit

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import transaction
from django.db.models import F

import perhekeskus.demo
from services import demo_catalogue
from services.demo_catalogue import channels, services_a, services_b
from services.models import (
    Node,
    OpeningTime,
    Organisation,
    Service,
    ServiceChannel,
    ServiceChannelLink,
    ServiceHours,
)
from tests.pages import LANGUAGE_CODES

CATALOGUE_MODELS = [
    Organisation,
    Node,
    Service,
    ServiceChannel,
    ServiceChannelLink,
    ServiceHours,
    OpeningTime,
]


@pytest.fixture(scope="module")
def demo_users(django_db_setup, django_db_blocker):
    """The catalogue is loaded once for the module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        users = perhekeskus.demo.load(password="demo-salasana-testeihin")
        demo_catalogue.load(users=users)
        yield users
        transaction.set_rollback(True)


@pytest.fixture
def catalogue(demo_users, db):
    return demo_users


def dump_catalogue():
    out = io.StringIO()
    call_command("dumpdata", "services", "taggit", format="json", indent=1, stdout=out)
    return out.getvalue()


def test_catalogue_has_over_a_hundred_published_services(catalogue):
    assert Service.objects.published().count() >= 100
    assert Service.objects.count() == len(services_a.SERVICES) + len(services_b.SERVICES)


def test_every_category_and_life_situation_has_services(catalogue):
    empty = [
        node.slug
        for node in Node.objects.all()
        if not Service.objects.published().filter(nodes__in=[node, *node.children.all()]).exists()
    ]

    assert empty == []
    assert Node.objects.roots().count() == 10
    assert all(root.children.count() == 3 for root in Node.objects.roots())


def test_every_service_hangs_from_the_tree(catalogue):
    assert not Service.objects.filter(nodes=None).exists()


def test_every_provider_type_provides_services(catalogue):
    providers = Organisation.objects.filter(services__status=Service.Status.PUBLISHED).distinct()

    assert {provider.type for provider in providers} == set(Organisation.Type.values)
    assert providers.count() >= 12


def test_every_summary_fits_in_150_characters_in_every_language():
    too_long = [
        (data["slug"], code, len(summary))
        for data in demo_catalogue.all_services()
        for code, summary in zip(LANGUAGE_CODES, data["summary"], strict=True)
        if len(summary) > 150
    ]

    assert too_long == []


def test_every_service_has_name_and_summary_in_finnish_swedish_and_english(catalogue):
    missing = [
        (service.slug, f"{field}_{code}")
        for service in Service.objects.all()
        for field in ("name", "summary", "description")
        for code in LANGUAGE_CODES
        if not getattr(service, f"{field}_{code}")
    ]

    assert missing == []


def test_every_demo_object_passes_validation(catalogue):
    errors = []
    for model in CATALOGUE_MODELS:
        for obj in model.objects.all():
            try:
                obj.full_clean()
            except ValidationError as error:
                errors.append(f"{model.__name__}({obj}): {error}")

    assert errors == []


def test_second_load_changes_nothing(catalogue):
    before = dump_catalogue()

    demo_catalogue.load(users=catalogue)

    assert dump_catalogue() == before


def test_second_load_repairs_what_differs_from_the_data_and_keeps_the_check_date(catalogue):
    service = Service.objects.get(slug="aitiysneuvola")
    service.name_sv = "Mödravård"
    service.last_verified = datetime.date(2026, 1, 2)
    service.save()
    service.keywords_fi.remove("neuvola")
    service.nodes.clear()
    service.channel_links.first().delete()
    youth_centre = ServiceChannel.objects.get(name_fi="Nuorisotalo Väylä")
    OpeningTime.objects.filter(hours__channel=youth_centre).delete()

    demo_catalogue.load(users=catalogue)

    service.refresh_from_db()
    assert service.name_sv == "Mödrarådgivning"
    assert service.last_verified == datetime.date(2026, 1, 2)
    assert "neuvola" in service.keywords_fi.names()
    assert list(service.nodes.values_list("slug", flat=True)) == ["raskauden-seuranta"]
    assert [link.channel.name_fi for link in service.channel_links.all()] == [
        "Kuusilahden terveysasema ja neuvola",
        "Neuvolan neuvonta- ja ajanvarauspuhelin",
        "Hyvinvointialueen sähköinen ajanvaraus",
    ]
    assert OpeningTime.objects.filter(hours__channel=youth_centre).exists()


def test_some_services_need_checking_and_most_do_not(catalogue):
    stale = Service.objects.needing_check().count()

    assert 5 <= stale < Service.objects.count() / 4


def test_youth_centre_stays_open_past_midnight_on_fridays(catalogue):
    friday = OpeningTime.objects.get(
        hours__channel__name_fi="Nuorisotalo Väylä", hours__kind="regular", day_from=4
    )

    assert (friday.opens, friday.closes) == (datetime.time(18), datetime.time(1))
    assert friday.runs_over_midnight


def test_social_emergency_line_is_always_open_and_offices_close_for_christmas(catalogue):
    emergency = ServiceChannel.objects.get(phone_number="040 000 0100")
    christmas = ServiceHours.objects.filter(
        kind="exception", is_closed=True, valid_from=datetime.date(2026, 12, 24)
    )

    assert [hours.is_always_open for hours in emergency.hours.all()] == [True]
    assert christmas.filter(channel__name_fi="Perhekeskus Pikku-Veturi").exists()
    assert not christmas.filter(channel=emergency).exists()


def test_library_has_summer_hours_between_its_regular_periods(catalogue):
    library = ServiceChannel.objects.get(name_fi="Kuusilahden pääkirjasto")
    regular = library.hours.filter(kind="regular").order_by(F("valid_from").asc(nulls_first=True))

    assert [(hours.valid_from, hours.valid_to) for hours in regular] == [
        (None, datetime.date(2027, 5, 31)),
        (datetime.date(2027, 6, 1), datetime.date(2027, 8, 8)),
        (datetime.date(2027, 8, 9), None),
    ]


def test_every_channel_type_is_present_and_e_services_say_whether_they_need_strong_auth(
    catalogue,
):
    assert set(ServiceChannel.objects.values_list("type", flat=True)) == set(
        ServiceChannel.Type.values
    )
    assert ServiceChannel.objects.get(name_fi="Kelan asiointipalvelu").requires_strong_auth
    assert not ServiceChannel.objects.get(name_fi="Kesätyösetelin haku").requires_strong_auth


def test_places_are_in_kuusilahti_and_web_addresses_are_fictional(catalogue):
    places = ServiceChannel.objects.filter(type=ServiceChannel.Type.LOCATION)
    outside = [
        place.name
        for place in places
        if not (61.3 < place.latitude < 61.7 and 23.5 < place.longitude < 24.1)
        or not re.fullmatch(r"99\d\d\d", place.postal_code)
    ]
    addresses = [
        getattr(channel, f"url_{code}")
        for channel in ServiceChannel.objects.exclude(url_fi="")
        for code in LANGUAGE_CODES
    ] + list(Organisation.objects.values_list("website", flat=True))

    assert outside == []
    assert [url for url in addresses if not urlsplit(url).hostname.endswith("example.fi")] == []


def test_shared_channel_keys_of_the_contract_exist():
    assert {
        "pikku-veturi",
        "kuusikko",
        "terveysasema",
        "perheneuvola",
        "nuorisotalo",
        "kirjasto",
        "seurakuntakeskus",
        "uimahalli",
        "koulukeskus",
        "sosiaalitoimisto",
        "neuvola-puhelin",
        "perheneuvola-puhelin",
        "sosiaalipaivystys-puhelin",
        "kela-puhelin",
        "nuorten-puhelin",
        "kela-asiointi",
        "varhaiskasvatus-haku",
        "hyvinvointialue-verkko",
        "kuusilahti-verkko",
        "ajanvaraus",
    } <= channels.CHANNELS.keys()


def test_a_service_pointing_at_an_unknown_node_is_refused_by_name(catalogue, monkeypatch):
    broken = {**services_a.SERVICES[0], "slug": "rikki", "nodes": ["ei-ole"]}
    monkeypatch.setattr(services_a, "SERVICES", [*services_a.SERVICES, broken])

    with pytest.raises(ValueError, match="'rikki'.*'ei-ole'"):
        demo_catalogue.load(users=catalogue)


def test_two_services_with_one_slug_are_refused(monkeypatch):
    monkeypatch.setattr(services_b, "SERVICES", [*services_b.SERVICES, services_a.SERVICES[0]])

    with pytest.raises(ValueError, match="aitiysneuvola"):
        demo_catalogue.all_services()

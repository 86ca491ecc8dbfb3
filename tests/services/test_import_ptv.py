"""
manage.py import_ptv against PTV Open API v11 files in tests/services/fixtures/ptv: a page of
services, a list of channels, and one service and one channel as single objects.
"""

import datetime
import json
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.db import IntegrityError

from services.hours import State, channel_state, upcoming_exceptions, weekly_rows
from services.models import (
    Language,
    Node,
    Organisation,
    Service,
    ServiceChannel,
    ServiceChannelLink,
    ServiceHours,
)
from services.ptv import ptv_import, read_ptv_file, writing
from tests.factories import make_user

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "fixtures" / "ptv"
ALL = [
    FIXTURES / name for name in ("services.json", "channels.json", "service.json", "channel.json")
]

S1 = "9a4b7c2d-1e3f-4a5b-8c6d-7e8f9a0b1c01"  # Äitiysneuvola
S2 = "9a4b7c2d-1e3f-4a5b-8c6d-7e8f9a0b1c02"  # Perheneuvola
S3 = "9a4b7c2d-1e3f-4a5b-8c6d-7e8f9a0b1c03"  # MLL:n perhekahvila
L1 = "e2f3a4b5-c6d7-4e8f-9a0b-1c2d3e4f5a01"  # Perhekeskus Pikku-Veturi
L2 = "e2f3a4b5-c6d7-4e8f-9a0b-1c2d3e4f5a02"  # Kuusikon neuvola
P1 = "e2f3a4b5-c6d7-4e8f-9a0b-1c2d3e4f5a03"  # Neuvolan ajanvaraus
W1 = "e2f3a4b5-c6d7-4e8f-9a0b-1c2d3e4f5a04"
E1 = "e2f3a4b5-c6d7-4e8f-9a0b-1c2d3e4f5a05"
F1 = "e2f3a4b5-c6d7-4e8f-9a0b-1c2d3e4f5a06"
C1 = "e2f3a4b5-c6d7-4e8f-9a0b-1c2d3e4f5a07"  # Perheiden tukipuhelin
COUNTY = "5c1e0f4a-2b7d-4e8a-9c3f-1a2b3c4d5e02"
MLL = "5c1e0f4a-2b7d-4e8a-9c3f-1a2b3c4d5e03"


def load(name):
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def run(*paths):
    stdout, stderr = StringIO(), StringIO()
    call_command("import_ptv", *map(str, paths), stdout=stdout, stderr=stderr)
    return stdout.getvalue()


def run_refused(*paths):
    stdout, stderr = StringIO(), StringIO()
    with pytest.raises(CommandError) as error:
        call_command("import_ptv", *map(str, paths), stdout=stdout, stderr=stderr)
    return stdout.getvalue(), stderr.getvalue(), str(error.value)


def dump():
    out = StringIO()
    call_command("dumpdata", "services", "taggit", stdout=out)
    return out.getvalue()


def utc(text):
    return datetime.datetime.fromisoformat(text).replace(tzinfo=datetime.UTC)


def service(ptv_id):
    return Service.objects.get(ptv_id=ptv_id)


def channel(ptv_id):
    return ServiceChannel.objects.get(ptv_id=ptv_id)


class TestRoundTrip:
    def test_every_object_of_the_fixtures_is_created_and_counted(self):
        output = run(*ALL)

        assert "Organisations: 2 created, 0 updated, 0 unchanged, 0 skipped" in output
        assert "Channels: 7 created, 0 updated, 0 unchanged, 0 skipped" in output
        assert "Services: 3 created, 0 updated, 0 unchanged, 0 skipped" in output
        assert "Links: 9 created, 0 updated, 0 unchanged, 0 skipped, 0 removed" in output
        assert Service.objects.count() == 3
        assert ServiceChannel.objects.count() == 7
        assert ServiceChannelLink.objects.count() == 9

    def test_service_fields(self):
        run(*ALL)

        maternity = service(S1)
        assert (maternity.name_fi, maternity.name_sv, maternity.name_en) == (
            "Äitiysneuvola",
            "Mödrarådgivning",
            "Maternity clinic",
        )
        assert maternity.alternative_name_fi == "Raskausajan neuvola"
        assert maternity.summary_en == "Pregnancy check-ups and support for the whole family."
        assert maternity.description_fi.startswith("Äitiysneuvolassa seurataan")
        assert "\n\nTerveydenhoitaja" in maternity.description_fi
        assert maternity.user_instructions_sv.startswith("Boka den första tiden")
        assert maternity.requirements_sv.startswith("Tjänsten är avsedd")
        assert maternity.charge_type == Service.ChargeType.FREE
        assert maternity.status == Service.Status.PUBLISHED
        assert maternity.slug == "aitiysneuvola"
        assert set(maternity.languages.values_list("code", flat=True)) == {"fi", "sv", "en"}
        assert set(maternity.keywords_fi.names()) == {"neuvola", "raskaus"}
        assert set(maternity.keywords_sv.names()) == {"rådgivning"}
        assert set(maternity.keywords_en.names()) == {"antenatal care"}
        assert maternity.service_classes == ["P5.2"]
        assert maternity.target_groups == ["KR1.2"]
        assert maternity.life_events == ["KE1"]
        assert maternity.ontology_terms == ["http://www.yso.fi/onto/koko/p17541"]
        # PTV gives seven decimals of seconds in UTC without a zone.
        assert maternity.ptv_modified == utc("2025-05-12T09:41:27.187345")
        assert maternity.provider.ptv_id.hex == COUNTY.replace("-", "")
        assert maternity.provider.type == Organisation.Type.WELLBEING_COUNTY
        assert maternity.nodes.count() == 0
        assert maternity.age_from is None and maternity.owner is None

    def test_draft_in_ptv_is_a_draft_and_other_charge_is_other(self):
        run(*ALL)

        counselling = service(S2)
        assert counselling.status == Service.Status.DRAFT
        assert counselling.charge_type == Service.ChargeType.OTHER

    def test_long_summary_is_cut_to_150_characters_with_a_warning(self):
        output = run(*ALL)

        cafe = service(S3)
        assert len(cafe.summary_fi) == 150
        assert cafe.summary_fi.endswith("…")
        assert cafe.summary_fi.startswith("Perhekahvila on avoin kohtaamispaikka")
        assert f"service.json: item 0 (id {S3}): summary_fi cut to 150 characters" in output

    def test_charge_note_comes_from_the_charge_description(self):
        run(*ALL)

        cafe = service(S3)
        assert cafe.charge_type == Service.ChargeType.CHARGEABLE
        assert cafe.charge_note_fi == "Kahvista ja pullasta pieni maksu."

    def test_provider_is_the_producing_organisation_with_a_type_from_its_name(self):
        output = run(*ALL)

        provider = service(S3).provider
        assert provider.ptv_id.hex == MLL.replace("-", "")
        assert provider.name_fi == "MLL:n Kuusilahden yhdistys"
        assert provider.type == Organisation.Type.NGO
        # The responsible city is not the provider and is not created.
        assert Organisation.objects.count() == 2
        assert "Organisation MLL:n Kuusilahden yhdistys created as järjestö" in output

    def test_location_channel_with_coordinates_converted_to_wgs84(self):
        run(*ALL)

        place = channel(L1)
        assert place.type == ServiceChannel.Type.LOCATION
        assert place.name_sv == "Familjecentret Pikku-Veturi"
        assert place.description_fi.startswith("Perhekeskus Pikku-Veturissa toimivat")
        assert (place.street_address_fi, place.street_address_sv) == ("Veturitie 5", "Lokvägen 5")
        assert place.postal_code == "99100"
        assert (place.post_office_fi, place.post_office_sv) == ("KUUSILAHTI", "GRANVIK")
        assert (place.municipality_fi, place.municipality_sv) == ("Kuusilahti", "Granvik")
        # EPSG:3067 N 6822520.317 E 327614.161 is 61.497799999684, 23.760999994720 (PROJ).
        assert (place.latitude, place.longitude) == (Decimal("61.497800"), Decimal("23.761000"))
        assert place.phone_number == "+358 400001000"
        assert place.url_sv == "https://kuusilahti.example.fi/sv/pikku-veturi"

    def test_other_channel_types(self):
        run(*ALL)

        line = channel(P1)
        assert line.type == ServiceChannel.Type.PHONE
        assert line.phone_number == "+358 400001001"
        assert line.charge_note_en == "Calls cost the local or mobile rate."
        assert line.description_fi == "Varaa, siirrä tai peru neuvola-aika."
        # A Finnish service number comes without the country prefix.
        assert channel(C1).phone_number == "0800 000 100"
        web = channel(W1)
        assert web.type == ServiceChannel.Type.WEB_PAGE
        assert web.url_en == "https://www.example.fi/hyvinvointialue/en/family-counselling"
        online = channel(E1)
        assert online.type == ServiceChannel.Type.E_SERVICE
        assert online.requires_strong_auth is True
        assert online.url_fi == "https://asiointi.example.fi/perheneuvola"
        form = channel(F1)
        assert form.type == ServiceChannel.Type.PRINTABLE_FORM
        assert form.url_sv == "https://www.example.fi/lomakkeet/familjeradgivning.pdf"

    def test_opening_hours(self):
        run(*ALL)

        hours = channel(L1).hours.prefetch_related("times")
        assert weekly_rows(hours, datetime.date(2025, 1, 13)) == [
            ("ma", "8.00–16.00"),
            ("ti", "8.00–16.00, 17.00–19.00"),
            ("ke–to", "8.00–16.00"),
            ("pe", "8.00–14.00"),
        ]
        assert weekly_rows(hours, datetime.date(2025, 7, 1)) == [("ma–to", "9.00–15.00")]
        assert upcoming_exceptions(hours, datetime.date(2025, 12, 10)) == [
            (datetime.date(2025, 12, 24), datetime.date(2025, 12, 26), "Joulu", "suljettu"),
            (datetime.date(2025, 12, 31), None, "Uudenvuodenaatto", "10.00–14.00"),
        ]
        assert channel_state(hours, utc("2025-12-24T09:00")) == State.CLOSED
        assert channel_state(hours, utc("2025-12-31T12:30")) == State.CLOSED  # 14.30
        assert channel_state(hours, utc("2025-12-30T12:30")) == State.OPEN  # Tuesday 14.30
        assert channel_state(hours, utc("2025-12-30T16:00")) == State.OPEN  # Tuesday 18.00

    def test_reservation_hours_are_by_appointment(self):
        run(*ALL)

        hours = channel(L2).hours.prefetch_related("times")
        assert [h.is_by_appointment for h in hours] == [True]
        assert hours[0].note_en == "By appointment only."
        assert channel_state(hours, utc("2025-01-13T16:00")) == State.APPOINTMENT

    def test_always_open_hours(self):
        run(*ALL)

        assert channel_state(channel(E1).hours.all(), utc("2025-01-19T01:00")) == State.OPEN

    def test_over_midnight_hours_from_friday_evening_to_monday_morning(self):
        run(*ALL)

        hours = channel(C1).hours.prefetch_related("times")
        assert weekly_rows(hours, datetime.date(2025, 1, 13)) == [
            ("ma", "0.00–8.00, 17.00–21.00"),
            ("ti–to", "17.00–21.00"),
            ("pe", "17.00–24.00"),
            ("la–su", "0.00–24.00"),
        ]
        assert channel_state(hours, utc("2025-01-17T14:59")) == State.CLOSED  # Friday 16.59
        assert channel_state(hours, utc("2025-01-17T15:00")) == State.OPEN  # Friday 17.00
        assert channel_state(hours, utc("2025-01-18T01:00")) == State.OPEN  # Saturday 3.00
        assert channel_state(hours, utc("2025-01-19T23:00")) == State.OPEN  # Monday 1.00
        assert channel_state(hours, utc("2025-01-20T05:59")) == State.OPEN  # Monday 7.59
        assert channel_state(hours, utc("2025-01-20T06:00")) == State.CLOSED  # Monday 8.00

    def test_links_carry_the_services_notes_and_order(self):
        run(*ALL)

        links = ServiceChannelLink.objects.filter(service=service(S1)).order_by("order")
        assert [link.channel.ptv_id.hex for link in links] == [
            ptv_id.replace("-", "") for ptv_id in (L1, L2, P1)
        ]
        assert links[0].note_fi == "Käynnit terveydenhoitajan vastaanotolla."
        assert links[2].note_sv == "Tidsbokning per telefon."
        assert links[1].note_fi == ""

    def test_unplaced_services_are_listed(self):
        node = Node.objects.create(name_fi="Vauvaperhe", slug="vauvaperhe")
        run(*ALL)
        service(S1).nodes.add(node)

        output = run(*ALL)

        assert "2 imported services are on no palvelupuu node" in output
        assert "Perheneuvola (perheneuvola)" in output
        assert "(aitiysneuvola)" not in output


class TestShapes:
    @pytest.mark.parametrize(
        "shape",
        [
            lambda item: item,
            lambda item: [item],
            lambda item: {"pageNumber": 1, "pageSize": 50, "pageCount": 1, "itemList": [item]},
        ],
        ids=["single", "list", "page"],
    )
    def test_a_single_object_a_list_and_a_page_import_the_same(self, tmp_path, shape):
        path = write(tmp_path, "item.json", shape(load("channel.json")))

        output = run(path)

        assert "Channels: 1 created" in output
        assert channel(C1).name_fi == "Perheiden tukipuhelin"

    def test_an_empty_page(self, tmp_path):
        page = {"pageNumber": 3, "pageSize": 50, "pageCount": 2, "itemList": None}

        output = run(write(tmp_path, "empty.json", page))

        assert "Services: 0 created, 0 updated, 0 unchanged, 0 skipped" in output


class TestRerun:
    def test_second_run_of_the_same_files_changes_nothing(self):
        run(*ALL)
        before = dump()

        output = run(*ALL)

        assert dump() == before
        assert "Organisations: 0 created, 0 updated, 2 unchanged, 0 skipped" in output
        assert "Channels: 0 created, 0 updated, 7 unchanged, 0 skipped" in output
        assert "Services: 0 created, 0 updated, 3 unchanged, 0 skipped" in output
        assert "Links: 0 created, 0 updated, 9 unchanged, 0 skipped, 0 removed" in output

    def test_report_lists_changed_services_for_search_indexing(self):
        files = [read_ptv_file(path) for path in ALL]

        first = ptv_import(files=files)
        second = ptv_import(files=files)

        assert {s.ptv_id.hex for s in first.changed_services} == {
            ptv_id.replace("-", "") for ptv_id in (S1, S2, S3)
        }
        assert second.changed_services == []

    def test_update_keeps_local_fields(self, tmp_path):
        run(*ALL)
        node = Node.objects.create(name_fi="Odotus ja synnytys", slug="odotus-ja-synnytys")
        owner = make_user(username="terveydenhoitaja")
        team = Group.objects.create(name="Neuvolatiimi")
        maternity = service(S1)
        maternity.nodes.add(node)
        maternity.age_from, maternity.age_to = -1, -1
        maternity.owner, maternity.owner_team = owner, team
        maternity.last_verified = datetime.date(2025, 5, 20)
        maternity.slug = "neuvola-raskausaikana"
        maternity.save()
        Organisation.objects.filter(ptv_id=COUNTY).update(type=Organisation.Type.MUNICIPALITY)
        ServiceChannel.objects.filter(ptv_id=L1).update(
            has_changing_table=True, has_stroller_parking=True
        )
        page = load("services.json")
        page["itemList"][0]["serviceNames"][0]["value"] = "Äitiysneuvola ja perhevalmennus"
        page["itemList"][0]["modified"] = "2025-06-01T10:00:00"

        output = run(write(tmp_path, "services.json", page), *ALL[1:])

        assert "Services: 0 created, 1 updated, 2 unchanged, 0 skipped" in output
        maternity = service(S1)
        assert maternity.name_fi == "Äitiysneuvola ja perhevalmennus"
        assert maternity.ptv_modified == utc("2025-06-01T10:00:00")
        assert list(maternity.nodes.all()) == [node]
        assert (maternity.age_from, maternity.age_to) == (-1, -1)
        assert (maternity.owner, maternity.owner_team) == (owner, team)
        assert maternity.last_verified == datetime.date(2025, 5, 20)
        assert maternity.slug == "neuvola-raskausaikana"
        assert maternity.provider.type == Organisation.Type.MUNICIPALITY
        place = channel(L1)
        assert place.has_changing_table and place.has_stroller_parking

    def test_status_follows_ptv_on_update(self, tmp_path):
        run(*ALL)
        page = load("services.json")
        page["itemList"][1]["publishingStatus"] = "Published"
        page["itemList"][0]["publishingStatus"] = "Deleted"

        run(write(tmp_path, "services.json", page), *ALL[1:])

        assert service(S2).status == Service.Status.PUBLISHED
        assert service(S1).status == Service.Status.ARCHIVED

    def test_changed_hours_replace_the_old_ones(self, tmp_path):
        run(*ALL)
        channels = load("channels.json")
        channels[0]["serviceHours"] = channels[0]["serviceHours"][:1]

        output = run(write(tmp_path, "channels.json", channels))

        assert "Channels: 0 created, 1 updated, 5 unchanged, 0 skipped" in output
        assert channel(L1).hours.count() == 1
        assert not ServiceHours.objects.filter(channel=channel(L1), kind="exception").exists()

    def test_link_goes_when_the_service_no_longer_names_the_channel(self, tmp_path):
        run(*ALL)
        own = ServiceChannel.objects.create(
            type=ServiceChannel.Type.PHONE, name_fi="Oma numero", phone_number="040 000 0001"
        )
        ServiceChannelLink.objects.create(service=service(S1), channel=own)
        page = load("services.json")
        del page["itemList"][0]["serviceChannels"][2]

        # The phone line still names the service, but the service's own list decides.
        output = run(write(tmp_path, "services.json", page), FIXTURES / "channels.json")

        assert "Links: 0 created, 0 updated, 7 unchanged, 0 skipped, 1 removed" in output
        linked = set(service(S1).channels.values_list("name_fi", flat=True))
        # The staff's own channel without a PTV id stays.
        assert linked == {"Perhekeskus Pikku-Veturi", "Kuusikon neuvola", "Oma numero"}

    def test_older_service_than_the_stored_one_is_skipped(self, tmp_path):
        run(*ALL)
        page = load("services.json")
        page["itemList"][0]["modified"] = "2024-01-01T00:00:00"
        page["itemList"][0]["serviceNames"][0]["value"] = "Vanha nimi"

        output = run(write(tmp_path, "services.json", page))

        assert "Services: 0 created, 0 updated, 1 unchanged, 1 skipped" in output
        assert f"(id {S1}): skipped, the stored service is newer" in output
        assert service(S1).name_fi == "Äitiysneuvola"

    def test_organisation_name_follows_ptv(self, tmp_path):
        run(*ALL)
        item = load("service.json")
        item["organizations"][1]["organization"]["name"] = "MLL Kuusilahti ry"

        output = run(write(tmp_path, "service.json", item))

        assert "Organisations: 0 created, 1 updated, 0 unchanged, 0 skipped" in output
        assert Organisation.objects.get(ptv_id=MLL).name_fi == "MLL Kuusilahti ry"


class TestLinksAcrossFiles:
    def test_service_file_given_before_the_channel_file_in_one_run(self):
        run(FIXTURES / "service.json", FIXTURES / "channel.json", FIXTURES / "channels.json")

        assert set(service(S3).channels.values_list("name_fi", flat=True)) == {
            "Perhekeskus Pikku-Veturi",
            "Perheiden tukipuhelin",
        }

    def test_channel_imported_in_a_later_run_links_to_an_earlier_service(self):
        output = run(FIXTURES / "service.json")

        assert "Links: 0 created, 0 updated, 0 unchanged, 2 skipped, 0 removed" in output
        assert f"channel {C1} has not been imported" in output

        output = run(FIXTURES / "channel.json")

        assert "Links: 1 created" in output
        assert list(service(S3).channels.values_list("name_fi", flat=True)) == [
            "Perheiden tukipuhelin"
        ]


class TestOrganisations:
    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("Kuusilahden kaupunki", Organisation.Type.MUNICIPALITY),
            ("Järvelän kunta", Organisation.Type.MUNICIPALITY),
            ("Kuusijärven hyvinvointialue", Organisation.Type.WELLBEING_COUNTY),
            ("Kuusilahden seurakunta", Organisation.Type.PARISH),
            ("Granviks svenska församling", Organisation.Type.PARISH),
            ("Kela", Organisation.Type.NATIONAL),
            ("Kuusijärven ensi- ja turvakoti ry", Organisation.Type.NGO),
            ("Yhden vanhemman perheiden liitto", Organisation.Type.NGO),
            ("Perhepalvelu Tassu Oy", Organisation.Type.COMPANY),
        ],
    )
    def test_new_organisation_gets_a_type_from_its_name(self, tmp_path, name, expected):
        item = load("service.json")
        item["organizations"][1]["organization"]["name"] = name

        run(write(tmp_path, "service.json", item))

        assert Organisation.objects.get(ptv_id=MLL).type == expected


class TestLanguages:
    def test_unknown_language_code_is_created(self, tmp_path):
        item = load("service.json")
        item["languages"] = ["fi", "de"]

        output = run(write(tmp_path, "service.json", item))

        german = Language.objects.get(code="de")
        assert (german.name_fi, german.name_en) == ("Deutsch", "German")
        assert "Language de created as 'Deutsch'" in output
        assert set(service(S3).languages.values_list("code", flat=True)) == {"fi", "de"}


def _set(path, value):
    """A change to item 1 of a list of items: path is a list of keys from the item."""

    def change(items):
        target = items[1]
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _remove(key):
    def change(items):
        del items[1][key]

    return change


def _replace(value):
    def change(items):
        items[1] = value

    return change


# (case, fixture, change to the items, expected message). Each bad item is item 1, after a
# good item 0, so the test also shows that the good item is not imported either.
MALFORMED_ITEMS = [
    ("missing id", "channels.json", _remove("id"), "item 1: id is missing"),
    ("id not a UUID", "channels.json", _set(["id"], "kuusikko-1"), "id 'kuusikko-1' is not a UUID"),
    (
        "unknown channel type",
        "channels.json",
        _set(["serviceChannelType"], "Chat"),
        f"item 1 (id {L2}): unknown serviceChannelType 'Chat'",
    ),
    (
        "coordinates in degrees",
        "channels.json",
        _set(["addresses", 0, "streetAddress", "latitude"], "65.0121"),
        f"item 1 (id {L2}): coordinates '65.0121', '427657.548' are not ETRS-TM35FIN",
    ),
    (
        "coordinates not numbers",
        "channels.json",
        _set(["addresses", 0, "streetAddress", "longitude"], "itä"),
        f"item 1 (id {L2}): coordinates '7210681.467', 'itä' are not numbers",
    ),
    (
        "postal code",
        "channels.json",
        _set(["addresses", 0, "streetAddress", "postalCode"], "FI-99140"),
        f"item 1 (id {L2}): postalCode 'FI-99140' is not five digits",
    ),
    (
        "time",
        "channels.json",
        _set(["serviceHours", 0, "openingHour", 2, "to"], "25:00:00"),
        f"item 1 (id {L2}): serviceHours[0] openingHour[2] to '25:00:00' is not a time",
    ),
    (
        "weekday",
        "channels.json",
        _set(["serviceHours", 0, "openingHour", 0, "dayFrom"], "Maanantai"),
        "serviceHours[0] openingHour[0] dayFrom 'Maanantai' is not a weekday",
    ),
    (
        "hour type",
        "channels.json",
        _set(["serviceHours", 0, "serviceHourType"], "Weekly"),
        "serviceHours[0]: unknown serviceHourType 'Weekly'",
    ),
    (
        "exception without a date",
        "channels.json",
        _set(["serviceHours", 0, "serviceHourType"], "Exceptional"),
        "serviceHours[0]: exceptional hours without validFrom",
    ),
    (
        "flag not a boolean",
        "channels.json",
        _set(["serviceHours", 0, "isReservation"], "yes"),
        "isReservation is not true or false",
    ),
    (
        "url",
        "channels.json",
        _set(["webPages"], [{"url": "www.example.fi neuvola", "language": "fi"}]),
        "web address 'www.example.fi neuvola' is not a valid URL",
    ),
    (
        "channel without a name",
        "channels.json",
        _set(["serviceChannelNames"], []),
        "serviceChannelNames has no name",
    ),
    (
        "weekday of a wrong type",
        "channels.json",
        _set(["serviceHours", 0, "openingHour", 0, "dayFrom"], ["Monday"]),
        "serviceHours[0] openingHour[0] dayFrom ['Monday'] is not a weekday",
    ),
    (
        "hour type of a wrong type",
        "channels.json",
        _set(["serviceHours", 0, "serviceHourType"], {"type": "DaysOfTheWeek"}),
        f"item 1 (id {L2}): unexpected structure",
    ),
    ("not an object", "channels.json", _replace("Kuusikko"), "item 1: not a JSON object"),
    (
        "duplicate id",
        "channels.json",
        _set(["id"], L1),
        f"item 1 (id {L1}): the same id as item 0",
    ),
    (
        "neither a service nor a channel",
        "channels.json",
        _remove("serviceChannelType"),
        "neither a service (serviceNames) nor a channel",
    ),
    (
        "service without a name",
        "services.json",
        _set(["serviceNames"], [{"type": "Name", "language": "fi", "value": ""}]),
        f"item 1 (id {S2}): serviceNames has no name",
    ),
    (
        "service without an organisation",
        "services.json",
        _set(["organizations"], []),
        "organizations names no responsible or producing organisation",
    ),
    (
        "organisation id",
        "services.json",
        _set(["organizations", 0, "organization", "id"], "42"),
        "organizations[0] organization id '42' is not a UUID",
    ),
    (
        "charge type",
        "services.json",
        _set(["serviceChargeType"], "Cheap"),
        "unknown serviceChargeType 'Cheap'",
    ),
    (
        "language code",
        "services.json",
        _set(["languages"], ["Finnish"]),
        "language 'Finnish' is not a language code",
    ),
    (
        "channel reference",
        "services.json",
        _set(["serviceChannels", 0, "serviceChannel", "id"], None),
        "serviceChannels[0] id is missing",
    ),
    (
        "modified time",
        "services.json",
        _set(["modified"], "eilen"),
        "modified 'eilen' is not a date and time",
    ),
]


class TestMalformedFiles:
    @pytest.mark.parametrize(
        ("fixture", "change", "expected"),
        [case[1:] for case in MALFORMED_ITEMS],
        ids=[case[0] for case in MALFORMED_ITEMS],
    )
    def test_bad_item_refuses_the_whole_file(self, tmp_path, fixture, change, expected):
        data = load(fixture)
        change(data["itemList"] if isinstance(data, dict) else data)
        path = write(tmp_path, fixture, data)

        _, errors, message = run_refused(path)

        assert f"{path}: item 1" in errors
        assert expected in errors
        assert f"{path}: refused, nothing imported from it." in errors
        assert message == "Files not imported: 1 of 1. See the messages above."
        assert not ServiceChannel.objects.exists()
        assert not Service.objects.exists()
        assert not Organisation.objects.exists()

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ('[{"id": "e2f3a4b5-c6d7-4e8f-9a0b-1c2d3e4f5a01",', "not valid JSON"),
            ('"Perhekeskus"', "expected a PTV service or service channel, a list or a page"),
            ('{"pageNumber": 1, "itemList": {"id": 1}}', "itemList is not a list"),
        ],
        ids=["invalid JSON", "wrong shape", "page without a list"],
    )
    def test_file_that_is_not_ptv_json_is_refused(self, tmp_path, text, expected):
        path = write(tmp_path, "bad.json", text)

        _, errors, _ = run_refused(path)

        assert f"{path}: {expected}" in errors
        assert not ServiceChannel.objects.exists()

    def test_every_bad_item_in_a_file_is_named(self, tmp_path):
        channels = load("channels.json")
        channels[2]["serviceChannelType"] = "Fax"
        channels[4]["id"] = "x"
        path = write(tmp_path, "channels.json", channels)

        _, errors, _ = run_refused(path)

        assert f"{path}: item 2 (id {P1}): unknown serviceChannelType 'Fax'" in errors
        assert f"{path}: item 4: id 'x' is not a UUID" in errors

    def test_missing_file_is_refused(self, tmp_path):
        _, errors, _ = run_refused(tmp_path / "puuttuu.json")

        assert f"{tmp_path / 'puuttuu.json'}: cannot be read" in errors

    def test_good_files_are_imported_and_the_run_still_fails(self, tmp_path):
        channels = load("channels.json")
        channels[1]["serviceChannelType"] = "Chat"
        bad = write(tmp_path, "channels.json", channels)

        output, errors, message = run_refused(FIXTURES / "channel.json", bad)

        assert f"{bad}: item 1 (id {L2}): unknown serviceChannelType 'Chat'" in errors
        assert message == "Files not imported: 1 of 2. See the messages above."
        assert "Channels: 1 created" in output
        assert list(ServiceChannel.objects.values_list("ptv_id", flat=True)) == [channel(C1).ptv_id]

    def test_file_the_database_refuses_is_rolled_back_whole(self, monkeypatch):
        save = writing._service_save

        def save_failing_on_counselling(data, provider, report):
            if str(data.ptv_id) == S2:
                raise IntegrityError("duplicate key value")
            return save(data, provider, report)

        monkeypatch.setattr(writing, "_service_save", save_failing_on_counselling)

        output, errors, message = run_refused(*ALL)

        services_file = FIXTURES / "services.json"
        assert f"{services_file}: could not be saved, nothing imported: duplicate key" in errors
        assert message == "Files not imported: 1 of 4. See the messages above."
        # Äitiysneuvola came before the failure in the same file and is gone with it.
        assert list(Service.objects.values_list("ptv_id", flat=True)) == [service(S3).ptv_id]
        assert list(Organisation.objects.values_list("name_fi", flat=True)) == [
            "MLL:n Kuusilahden yhdistys"
        ]
        assert "Organisations: 1 created" in output
        assert "Services: 1 created" in output

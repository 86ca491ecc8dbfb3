"""The service catalogue in the admin: who may edit it, the tree, checking and CSV."""

import csv
import datetime
import io

import pytest
from django.contrib.admin.models import LogEntry
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from model_bakery import baker

from perhekeskus import roles
from services.models import Language, Node, Service
from tests.factories import make_channel, make_node, make_service, make_staff, make_user
from tests.html import form_data, page
from tests.pages import reverse_in

SERVICE_LIST = reverse("admin:services_service_changelist")
TO_CHECK_LIST = reverse("admin:services_servicetocheck_changelist")
NODE_LIST = reverse("admin:services_node_changelist")


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


@pytest.fixture
def editor(db):
    return make_staff(roles.CONTENT_EDITOR, first_name="Sanna", last_name="Sisältö")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def row_names(response, column):
    """The texts of one column of the changelist, top to bottom."""
    table = page(response).find("table", id="result_list")
    return [cell.text for cell in table.find_all(class_=f"field-{column}")]


@pytest.mark.parametrize(
    ("role", "status"),
    [
        (roles.MAIN_USER, 200),
        (roles.CONTENT_EDITOR, 200),
        (roles.CENTRE_STAFF, 403),
        (roles.COORDINATOR, 403),
        (roles.PROJECT_MANAGER, 403),
    ],
)
def test_only_content_editors_and_main_users_reach_the_catalogue(client, db, role, status):
    client.force_login(make_staff(role))
    service = make_service()

    for url in [
        SERVICE_LIST,
        TO_CHECK_LIST,
        NODE_LIST,
        reverse("admin:services_organisation_changelist"),
        reverse("admin:services_servicechannel_changelist"),
        reverse("admin:services_servicehours_changelist"),
        reverse("admin:services_language_changelist"),
        reverse("admin:services_service_csv"),
        reverse("admin:services_service_change", args=[service.pk]),
    ]:
        assert client.get(url).status_code == status, url


def test_staff_outside_the_catalogue_roles_cannot_mark_a_service_verified(client, db):
    client.force_login(make_staff(roles.CENTRE_STAFF))
    service = make_service(last_verified=days_ago(500))

    response = client.post(reverse("admin:services_service_verified", args=[service.pk]))

    assert response.status_code == 403
    service.refresh_from_db()
    assert service.last_verified == days_ago(500)


def test_node_list_shows_the_tree_in_staff_set_order_with_levels(editor_client):
    # Created in an order unlike the tree's, so that neither pk nor name gives tree order.
    leisure = make_node(name_fi="Vapaa-aika", order=2)
    baby = make_node(name_fi="Vauvaperhe", order=1)
    clubs = make_node(name_fi="Kerhot", parent=leisure, order=2)
    sports = make_node(name_fi="Liikunta", parent=leisure, order=1)
    make_node(name_fi="Uinti", parent=sports, order=1)
    make_node(name_fi="Arki", parent=baby, order=5)
    make_node(name_fi="Vauvan terveys", parent=baby, order=3)
    make_node(name_fi="Kuvataide", parent=clubs, order=1)

    response = editor_client.get(NODE_LIST)

    assert row_names(response, "tree_name") == [
        "Vauvaperhe",
        "— Vauvan terveys",
        "— Arki",
        "Vapaa-aika",
        "— Liikunta",
        "— — Uinti",
        "— Kerhot",
        "— — Kuvataide",
    ]
    assert row_names(response, "depth") == ["1", "2", "2", "1", "2", "3", "2", "3"]
    assert page(response).find(class_="pk-admin-tree-3").text == "— — Uinti"


def test_node_order_is_changed_in_the_list(editor_client):
    first = make_node(name_fi="Ensin", order=1)
    second = make_node(name_fi="Sitten", order=2)
    data = form_data(page(editor_client.get(NODE_LIST)).find("form", id="changelist-form"))
    index = {data[f"form-{i}-id"]: i for i in range(2)}
    data[f"form-{index[str(first.pk)]}-order"] = "3"
    data["_save"] = "Tallenna"

    response = editor_client.post(NODE_LIST, data)

    assert response.status_code == 302
    assert row_names(editor_client.get(NODE_LIST), "tree_name") == ["Sitten", "Ensin"]
    assert Node.objects.get(pk=second.pk).order == 2


def parent_choices(client, node=None):
    url = (
        reverse("admin:services_node_change", args=[node.pk])
        if node
        else reverse("admin:services_node_add")
    )
    select = page(client.get(url)).find("select", id="id_parent")
    return [option.text for option in select.find_all("option") if option.attrs["value"]]


def test_parent_choices_keep_the_tree_three_levels_deep(editor_client):
    baby = make_node(name_fi="Vauvaperhe", order=1)
    health = make_node(name_fi="Vauvan terveys", parent=baby, order=1)
    clinic = make_node(name_fi="Neuvola", parent=health, order=1)
    leisure = make_node(name_fi="Vapaa-aika", order=2)
    sports = make_node(name_fi="Liikunta", parent=leisure, order=1)

    # A new node may hang from the first two levels.
    assert parent_choices(editor_client) == [
        "Vauvaperhe",
        "Vauvaperhe › Vauvan terveys",
        "Vapaa-aika",
        "Vapaa-aika › Liikunta",
    ]
    # A node with children only from a root, and never from itself or below itself.
    assert parent_choices(editor_client, health) == ["Vauvaperhe", "Vapaa-aika"]
    # A life situation with a three-level branch cannot move under anything.
    assert parent_choices(editor_client, baby) == []
    assert parent_choices(editor_client, clinic) == [
        "Vauvaperhe",
        "Vauvaperhe › Vauvan terveys",
        "Vapaa-aika",
        "Vapaa-aika › Liikunta",
    ]
    assert parent_choices(editor_client, leisure) == ["Vauvaperhe"]
    assert parent_choices(editor_client, sports) == [
        "Vauvaperhe",
        "Vauvaperhe › Vauvan terveys",
        "Vapaa-aika",
    ]


def test_node_list_links_to_the_public_page(editor_client):
    make_node(name_fi="Vauvaperhe", slug="vauvaperhe")

    link = page(editor_client.get(NODE_LIST)).find(class_="field-page_link").find("a")

    assert link.attrs["href"] == reverse_in("fi", "services:node", slug="vauvaperhe")
    # Every row's link says the same, so the node's name is there for screen readers.
    assert link.find("span", class_="visually-hidden").text == ": Vauvaperhe"


@pytest.fixture
def services_of_every_freshness(db, editor):
    departed = make_user(is_staff=True, is_active=False, first_name="Lea", last_name="Lähtenyt")
    return {
        "fresh": make_service(name_fi="Tuore", last_verified=days_ago(30), owner=editor),
        "old": make_service(name_fi="Vanha", last_verified=days_ago(400), owner=editor),
        "never": make_service(name_fi="Koskaan", last_verified=None),
        "orphan": make_service(name_fi="Orpo", last_verified=days_ago(10), owner=departed),
        "archived": make_service(name_fi="Arkistoitu", status="archived", last_verified=None),
    }


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("tuore", ["Orpo", "Tuore"]),
        ("vanha", ["Arkistoitu", "Koskaan", "Vanha"]),
        ("vastuuhenkilo", ["Orpo"]),
    ],
)
def test_staleness_filter(editor_client, services_of_every_freshness, value, expected):
    response = editor_client.get(SERVICE_LIST, {"tarkistus": value})

    assert row_names(response, "name") == expected


def test_owner_filter_offers_owners_and_services_without_one(
    editor_client, services_of_every_freshness
):
    response = editor_client.get(SERVICE_LIST)
    choices = [a.text for a in page(response).find(id="changelist-filter").find_all("a")]
    assert "ei vastuuhenkilöä" in choices
    assert "Sanna Sisältö" in choices
    assert "Lea Lähtenyt (ei enää aktiivinen)" in choices

    without = editor_client.get(SERVICE_LIST, {"vastuuhenkilo": "ei"})
    assert row_names(without, "name") == ["Arkistoitu", "Koskaan"]
    editor = services_of_every_freshness["fresh"].owner
    owned = editor_client.get(SERVICE_LIST, {"vastuuhenkilo": str(editor.pk)})
    assert row_names(owned, "name") == ["Tuore", "Vanha"]
    assert editor_client.get(SERVICE_LIST, {"vastuuhenkilo": "x'"}).status_code == 200


def test_service_list_marks_stale_dates_and_departed_owners(
    editor_client, services_of_every_freshness
):
    doc = page(editor_client.get(SERVICE_LIST))
    rows = {
        row.find(class_="field-name").text: row
        for row in doc.find("table", id="result_list").find_all("tr")
        if row.find(class_="field-name")
    }

    assert rows["Vanha"].find(class_="field-verified").find(class_="pk-admin-stale")
    assert "tarkistettava" in rows["Koskaan"].find(class_="field-verified").text
    assert not rows["Tuore"].find(class_="field-verified").find(class_="pk-admin-stale")
    assert rows["Orpo"].find(class_="field-owner_column").find(class_="pk-admin-stale")


def test_list_of_services_to_check_has_stale_and_orphaned_services_oldest_first(
    editor_client, services_of_every_freshness
):
    response = editor_client.get(TO_CHECK_LIST)

    assert page(response).find("h1").text == "Tarkistettavat palvelut"
    assert "12 kuukauteen" in page(response).find("p", class_="pk-admin-intro").text
    assert row_names(response, "service_link") == ["Koskaan", "Vanha", "Orpo"]
    assert row_names(response, "reason") == [
        "ei tarkistettu 12 kuukauteen",
        "ei tarkistettu 12 kuukauteen",
        "vastuuhenkilö ei enää aktiivinen",
    ]
    service = services_of_every_freshness["never"]
    link = page(response).find(class_="field-service_link").find("a")
    assert link.attrs["href"] == reverse("admin:services_service_change", args=[service.pk])


def test_list_of_services_to_check_is_on_the_admin_index(editor_client):
    doc = page(editor_client.get(reverse("admin:index")))

    links = [(a.attrs.get("href"), a.text) for a in doc.find_all("a")]
    assert (TO_CHECK_LIST, "Tarkistettavat palvelut") in links
    assert editor_client.get(reverse("admin:services_servicetocheck_add")).status_code == 403


def test_verified_today_action_marks_the_chosen_services(
    editor_client, editor, services_of_every_freshness
):
    old, orphan = services_of_every_freshness["old"], services_of_every_freshness["orphan"]

    response = editor_client.post(
        TO_CHECK_LIST,
        {"action": "mark_verified", "_selected_action": [old.pk, orphan.pk]},
        follow=True,
    )

    today = timezone.localdate()
    assert Service.objects.get(pk=old.pk).last_verified == today
    assert Service.objects.get(pk=orphan.pk).last_verified == today
    assert Service.objects.get(name_fi="Koskaan").last_verified is None
    shown = [str(message) for message in response.context["messages"]]
    assert shown[0] == "2 palvelua merkittiin tarkistetuiksi tänään."
    # The departed owner keeps the service on the list until someone takes it over.
    assert "Orpo" in shown[1] and "vastuuhenkilö" in shown[1]
    assert row_names(response, "service_link") == ["Koskaan", "Orpo"]
    entry = LogEntry.objects.get(object_id=str(old.pk))
    assert entry.user == editor
    assert entry.get_change_message() == "Muutettu tarkistettu viimeksi."


def test_verified_today_button_on_the_change_form(editor_client):
    service = make_service(name_fi="Perheneuvola", last_verified=days_ago(400))
    change_url = reverse("admin:services_service_change", args=[service.pk])
    verify_url = reverse("admin:services_service_verified", args=[service.pk])
    form = page(editor_client.get(change_url)).find("form", action=verify_url)
    assert form.attrs["method"] == "post"
    assert form.find("input", name="csrfmiddlewaretoken")
    assert form.find("button").text == "Tarkistettu tänään"

    response = editor_client.post(verify_url, follow=True)

    assert response.redirect_chain == [(change_url, 302)]
    service.refresh_from_db()
    assert service.last_verified == timezone.localdate()
    [message] = [str(message) for message in response.context["messages"]]
    assert message.startswith("Palvelu ”Perheneuvola” on merkitty tarkistetuksi tänään")
    assert editor_client.get(verify_url).status_code == 405


def test_verified_today_button_needs_the_csrf_token(editor):
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(editor)
    service = make_service(last_verified=None)

    response = csrf_client.post(reverse("admin:services_service_verified", args=[service.pk]))

    assert response.status_code == 403
    service.refresh_from_db()
    assert service.last_verified is None


def test_change_form_previews_the_finnish_public_page(editor_client):
    service = make_service(slug="perheneuvola", status="draft")

    doc = page(editor_client.get(reverse("admin:services_service_change", args=[service.pk])))

    preview = [
        a for a in doc.find("ul", class_="object-tools").find_all("a") if a.text == "Esikatsele"
    ]
    assert preview[0].attrs["href"] == reverse_in("fi", "services:detail", slug="perheneuvola")


def test_service_form_saves_codes_nodes_languages_and_channels(editor_client, editor):
    node = make_node(name_fi="Vauvaperhe")
    child = make_node(name_fi="Vauvan terveys", parent=node)
    channel = make_channel(name_fi="Neuvolan puhelin", type="phone", phone_number="040 000 2100")
    provider = baker.make(
        "services.Organisation", name_fi="Hyvinvointialue", type="wellbeing_county"
    )
    languages = Language.objects.filter(code__in=["fi", "sv"]).values_list("pk", flat=True)
    add_url = reverse("admin:services_service_add")
    data = form_data(page(editor_client.get(add_url)).find("form", id="service_form"))
    data.update(
        {
            "name_fi": "Lastenneuvola",
            "slug": "lastenneuvola",
            "summary_fi": "Lapsen kasvun ja kehityksen seuranta.",
            "provider": str(provider.pk),
            "status": "published",
            "nodes": [str(child.pk)],
            "languages": [str(pk) for pk in languages],
            "service_classes": "P5.2, P3.1, P5.2",
            "target_groups": "KR1.2",
            "life_events": "",
            "keywords_fi": "neuvola, rokotukset",
            "owner": str(editor.pk),
            "channel_links-0-channel": str(channel.pk),
            "channel_links-0-note_fi": "Ajanvaraus",
            "channel_links-0-order": "1",
        }
    )
    response = editor_client.post(add_url, data)

    assert response.status_code == 302, page(response).find_all(class_="errorlist")
    service = Service.objects.get(slug="lastenneuvola")
    assert service.service_classes == ["P5.2", "P3.1"]
    assert service.target_groups == ["KR1.2"]
    assert service.life_events == []
    assert list(service.nodes.all()) == [child]
    assert sorted(language.code for language in service.languages.all()) == ["fi", "sv"]
    assert sorted(tag.name for tag in service.keywords_fi.all()) == ["neuvola", "rokotukset"]
    assert [(link.channel, link.note_fi) for link in service.channel_links.all()] == [
        (channel, "Ajanvaraus")
    ]
    # The nodes are checkboxes labelled with their branch, in tree order.
    doc = page(editor_client.get(reverse("admin:services_service_change", args=[service.pk])))
    labels = [label.text for label in doc.find(id="id_nodes").find_all("label")]
    assert labels == ["Vauvaperhe", "Vauvaperhe › Vauvan terveys"]
    assert doc.find("input", name="service_classes").attrs["value"] == "P5.2, P3.1"


def test_service_form_refuses_codes_of_the_wrong_kind(editor_client):
    service = make_service(service_classes=["P5.2"])
    change_url = reverse("admin:services_service_change", args=[service.pk])
    data = form_data(page(editor_client.get(change_url)).find("form", id="service_form"))
    data["service_classes"] = "P5.2, KR1.2"

    response = editor_client.post(change_url, data)

    assert response.status_code == 200
    errors = " ".join(e.text for e in page(response).find_all(class_="errorlist"))
    assert "Tarkista koodit KR1.2. Koodi on muotoa P3.1." in errors
    assert Service.objects.get(pk=service.pk).service_classes == ["P5.2"]


def test_service_of_a_departed_owner_can_be_saved_unchanged(editor_client):
    departed = make_user(is_staff=True, is_active=False, first_name="Lea", last_name="Lähtenyt")
    make_user(is_staff=False, first_name="Ulla", last_name="Ulkopuolinen")
    service = make_service(owner=departed, nodes=[make_node()])
    change_url = reverse("admin:services_service_change", args=[service.pk])
    doc = page(editor_client.get(change_url))
    owners = [o.text for o in doc.find("select", id="id_owner").find_all("option")]
    assert "Lea Lähtenyt (ei enää aktiivinen)" in owners
    assert "Ulla Ulkopuolinen" not in owners

    response = editor_client.post(change_url, form_data(doc.find("form", id="service_form")))

    assert response.status_code == 302, page(response).find_all(class_="errorlist")
    assert Service.objects.get(pk=service.pk).owner == departed


def read_csv(response):
    content = response.content.decode("utf-8")
    assert content.startswith("\ufeff")
    return list(csv.reader(io.StringIO(content[1:]), delimiter=";"))


def test_csv_download_for_excel(editor_client, editor):
    node = make_node(name_fi="Vauvaperhe")
    service = make_service(
        name_fi='=HYPERLINK("http://example.com")',
        name_sv="Rådgivning",
        name_en="+Clinic",
        slug="neuvola",
        nodes=[node],
        languages=["fi", "sv"],
        age_from=-1,
        age_to=6,
        charge_type="free",
        last_verified=datetime.date(2025, 3, 1),
        owner=editor,
    )
    make_service(name_fi="@Toinen", slug="toinen", provider=service.provider)

    response = editor_client.post(
        SERVICE_LIST, {"action": "download_csv", "_selected_action": [service.pk]}
    )

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    header, *rows = read_csv(response)
    assert header == [
        "id",
        "PTV-tunniste",
        "nimi suomeksi",
        "nimi ruotsiksi",
        "nimi englanniksi",
        "palveluntuottaja",
        "palveluntuottajan tyyppi",
        "julkaisutila",
        "ikä",
        "palvelukielet",
        "palvelupuun kohdat",
        "maksullisuus",
        "tarkistettu viimeksi",
        "vastuuhenkilö",
        "verkko-osoite",
    ]
    assert rows == [
        [
            str(service.pk),
            "",
            '\'=HYPERLINK("http://example.com")',
            "Rådgivning",
            "'+Clinic",
            "Kuusilahden kaupunki",
            "kunta",
            "julkaistu",
            "raskausaika–6",
            "fi, sv",
            "Vauvaperhe",
            "maksuton",
            "2025-03-01",
            "Sanna Sisältö",
            "http://testserver" + reverse_in("fi", "services:detail", slug="neuvola"),
        ]
    ]


def test_csv_link_of_the_list_exports_what_the_filters_show(
    editor_client, services_of_every_freshness
):
    doc = page(editor_client.get(SERVICE_LIST, {"tarkistus": "vanha"}))
    link = [a for a in doc.find("ul", class_="object-tools").find_all("a") if a.text == "Lataa CSV"]
    href = link[0].attrs["href"]
    assert href.startswith(reverse("admin:services_service_csv"))

    header, *rows = read_csv(editor_client.get(href))

    assert sorted(row[2] for row in rows) == ["Arkistoitu", "Koskaan", "Vanha"]
    assert {row[8] for row in rows} == {"kaikki iät"}


def test_channel_form_opens_the_groups_of_its_type_and_lists_its_hours(editor_client):
    channel = make_channel(name_fi="Neuvolan puhelin", type="phone", phone_number="040 000 2100")
    hours = baker.make("services.ServiceHours", channel=channel, kind="regular")
    baker.make(
        "services.OpeningTime",
        hours=hours,
        day_from=0,
        day_to=4,
        opens=datetime.time(8),
        closes=datetime.time(16),
    )
    service = make_service(name_fi="Lastenneuvola")
    baker.make("services.ServiceChannelLink", service=service, channel=channel)

    doc = page(
        editor_client.get(reverse("admin:services_servicechannel_change", args=[channel.pk]))
    )

    closed = [d.find("summary").text for d in doc.find_all("details")]
    assert "Käyntiosoite" in " ".join(closed)
    assert "Puhelin" not in " ".join(closed)
    hours_links = doc.find(class_="pk-admin-hours").find_all("a")
    assert hours_links[0].attrs["href"] == reverse(
        "admin:services_servicehours_change", args=[hours.pk]
    )
    assert "maanantai–perjantai 8.00–16.00" in doc.find(class_="pk-admin-hours").text
    add = [a for a in doc.find_all("a") if a.text == "Lisää aukioloaika"][0]
    assert (
        add.attrs["href"] == reverse("admin:services_servicehours_add") + f"?channel={channel.pk}"
    )
    assert "Lastenneuvola" in doc.find(class_="field-services_overview").text


def test_saved_hours_return_to_their_channel(editor_client):
    channel = make_channel(name_fi="Perhekeskus", street_address_fi="Veturitie 5")
    add_url = reverse("admin:services_servicehours_add") + f"?channel={channel.pk}"
    data = form_data(page(editor_client.get(add_url)).find("form", id="servicehours_form"))
    assert data["channel"] == str(channel.pk)
    data.update(
        {
            "kind": "regular",
            "times-0-day_from": "0",
            "times-0-day_to": "4",
            "times-0-opens": "8:00",
            "times-0-closes": "16:00",
        }
    )

    response = editor_client.post(add_url, data)

    assert response.status_code == 302, page(response).find_all(class_="errorlist")
    assert response["Location"] == reverse(
        "admin:services_servicechannel_change", args=[channel.pk]
    )
    [hours] = channel.hours.all()
    assert [(t.day_from, t.day_to) for t in hours.times.all()] == [(0, 4)]


def test_organisation_list_counts_services(editor_client):
    provider = baker.make("services.Organisation", name_fi="MLL", type="ngo", business_id="")
    make_service(provider=provider)
    make_service(provider=provider)

    response = editor_client.get(
        reverse("admin:services_organisation_changelist"), {"type__exact": "ngo"}
    )

    assert row_names(response, "name") == ["MLL"]
    assert row_names(response, "service_count") == ["2"]


def test_lists_make_the_same_queries_for_many_rows(editor_client, editor):
    def queries_for(url):
        with CaptureQueriesContext(connection) as queries:
            assert editor_client.get(url).status_code == 200
        return len(queries)

    root = make_node(name_fi="Juuri")
    make_service(owner=editor, nodes=[root])
    make_channel(name_fi="Paikka")
    lists = [
        SERVICE_LIST,
        TO_CHECK_LIST,
        NODE_LIST,
        reverse("admin:services_servicechannel_changelist"),
    ]
    queries_for(SERVICE_LIST)  # The first request fills caches (content types, site).
    few = [queries_for(url) for url in lists]
    for number in range(10):
        owner = make_user(is_staff=True, is_active=number % 2 == 0)
        child = make_node(name_fi=f"Lapsi {number}", parent=root)
        make_service(owner=owner, nodes=[child])
        make_channel(name_fi=f"Paikka {number}")

    # The owner filter names every owner, from one query.
    assert [queries_for(url) for url in lists] == few

"""The public catalogue pages: the palvelupuu, node pages, service pages, A–Ö and the catalogue."""

import datetime
import json
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from model_bakery import baker

from perhekeskus.models import SiteSettings
from perhekeskus.roles import CENTRE_STAFF, CONTENT_EDITOR
from services.models import Language, Node, Service, ServiceHours
from services.templatetags.catalogue import age_range
from services.views import SERVICES_PER_PAGE, collation_key, initial_letter
from tests.factories import make_channel, make_node, make_service, make_staff, make_user
from tests.html import page
from tests.pages import LANGUAGE_CODES, parse_sitemap, reverse_in

QUERY_BUDGET = 10


@pytest.fixture
def tree(db):
    """Two life situations with categories, three published services and a draft."""
    baby = make_node(
        slug="vauvaperhe",
        name_fi="Vauvaperhe",
        name_sv="Babyfamilj",
        name_en="Baby family",
        intro_fi="Vauvan ensimmäinen vuosi.",
        order=1,
    )
    health = make_node(slug="vauvan-terveys", name_fi="Vauvan terveys", parent=baby, order=1)
    groups = make_node(slug="vauvaryhmat", name_fi="Vauvaperheiden ryhmät", parent=baby, order=2)
    free_time = make_node(slug="vapaa-aika", name_fi="Vapaa-aika", order=2)
    sport = make_node(slug="liikunta", name_fi="Liikunta", parent=free_time, order=1)
    services = {
        "neuvola": make_service(
            slug="lastenneuvola",
            name_fi="Lastenneuvola",
            name_sv="Barnrådgivning",
            name_en="Child health clinic",
            nodes=[health],
        ),
        "ryhma": make_service(slug="vauvaryhma", name_fi="Vauvaryhmä", nodes=[groups]),
        "uinti": make_service(slug="vauvauinti", name_fi="Vauvauinti", nodes=[sport, groups]),
        "luonnos": make_service(
            slug="salainen", name_fi="Salainen luonnos", nodes=[health], status="draft"
        ),
    }
    return {
        "nodes": {node.slug: node for node in (baby, health, groups, free_time, sport)},
        "services": services,
    }


def get(client, viewname, language="fi", data=None, **kwargs):
    return client.get(reverse_in(language, viewname, **kwargs), data or {})


def hrefs(element):
    return [a.attrs["href"] for a in element.find_all("a") if "href" in a.attrs]


def service_url(slug, language="fi"):
    return reverse_in(language, "services:detail", slug=slug)


def node_url(slug, language="fi"):
    return reverse_in(language, "services:node", slug=slug)


# Front page


def test_front_page_draws_a_leaf_link_for_each_life_situation(client, tree):
    doc = page(get(client, "services:home"))

    leaves = doc.find("div", class_="pk-tree").find_all("a")
    assert [a.attrs["href"] for a in leaves] == [node_url("vauvaperhe"), node_url("vapaa-aika")]
    assert leaves[0].text == "Vauvaperhe 3 palvelua"
    # The drawing's icons are decoration only.
    assert all(svg.attrs.get("aria-hidden") == "true" for svg in doc.find_all("svg"))


def test_front_page_navigation_reaches_every_published_service_without_javascript(client, tree):
    nav = page(get(client, "services:home")).find("nav", aria_label="Palvelupuu")

    links = hrefs(nav)
    for slug in ("lastenneuvola", "vauvaryhma", "vauvauinti"):
        assert service_url(slug) in links
    assert service_url("salainen") not in links
    # Nothing is hidden in the HTML: lists close only when site.js runs.
    assert not [ul for ul in nav.find_all("ul") if ul.has_attr("hidden")]


def test_front_page_navigation_nests_life_situation_category_and_service(client, tree):
    nav = page(get(client, "services:home")).find("nav", aria_label="Palvelupuu")

    baby = nav.find("a", href=node_url("vauvaperhe")).parent.parent
    health = baby.find("a", href=node_url("vauvan-terveys")).parent.parent
    assert health.tag == "li"
    assert service_url("lastenneuvola") in hrefs(health)
    # A service under two categories is listed under both.
    assert hrefs(nav).count(service_url("vauvauinti")) == 2


def test_disclosure_buttons_name_their_branch_and_control_its_list(client, tree):
    nav = page(get(client, "services:home")).find("nav", aria_label="Palvelupuu")

    buttons = nav.find_all("button")
    assert len(buttons) == 5
    for button in buttons:
        assert button.attrs["type"] == "button"
        assert button.attrs["aria-expanded"] == "false"
        assert button.has_attr("hidden"), "the button only appears once site.js runs"
        controlled = nav.find(id=button.attrs["aria-controls"])
        assert controlled is not None and controlled.tag == "ul"
    assert buttons[0].text == "Näytä: Vauvaperhe"


def test_front_page_has_no_aria_tree_or_menu_roles(client, tree):
    content = get(client, "services:home").content.decode()

    for role in ("tree", "treeitem", "menu", "menubar", "menuitem"):
        assert f'role="{role}"' not in content


def test_front_page_keeps_urgent_help_and_links_to_other_ways_to_find(client, tree):
    main = page(get(client, "services:home")).find("main")

    links = hrefs(main)
    assert reverse_in("fi", "services:urgent_help") in links
    assert reverse_in("fi", "services:index") in links
    assert reverse_in("fi", "services:catalogue") in links


def test_front_page_shows_names_in_the_page_language_with_finnish_fallback(client, tree):
    nav = page(get(client, "services:home", "sv")).find("nav", data_pk_palvelupuu="")
    names = [a.text for a in nav.find_all("a")]

    assert "Babyfamilj" in names
    assert "Barnrådgivning" in names
    # No Swedish name yet: the Finnish one rather than nothing.
    assert "Vauvaryhmä" in names


# Node pages


def test_node_page_shows_breadcrumbs_intro_child_nodes_and_services_below(client, tree):
    response = get(client, "services:node", slug="vauvaperhe")

    assert response.status_code == 200
    doc = page(response)
    assert doc.find("h1").text == "Vauvaperhe"
    assert "Vauvan ensimmäinen vuosi." in doc.find("main").text
    topics = doc.find("ul", class_="pk-topic-list")
    assert hrefs(topics) == [node_url("vauvan-terveys"), node_url("vauvaryhmat")]
    services = doc.find("ul", class_="pk-service-list")
    assert hrefs(services) == [
        service_url("lastenneuvola"),
        service_url("vauvaryhma"),
        service_url("vauvauinti"),
    ]
    assert doc.find(role="status").text == "3 palvelua"


def test_category_page_breadcrumb_leads_back_through_its_life_situation(client, tree):
    doc = page(get(client, "services:node", slug="vauvan-terveys"))

    crumbs = doc.find("nav", aria_label="Murupolku").find("ol")
    assert hrefs(crumbs) == [reverse_in("fi", "services:home"), node_url("vauvaperhe")]
    assert crumbs.find(aria_current="page").text == "Vauvan terveys"
    assert hrefs(doc.find("ul", class_="pk-service-list")) == [service_url("lastenneuvola")]


def test_node_page_marks_the_current_page_and_opens_its_branch(client, tree):
    nav = page(get(client, "services:node", slug="vauvan-terveys")).find(
        "nav", aria_label="Palvelupuu"
    )

    current = nav.find(aria_current="page")
    assert current.attrs["href"] == node_url("vauvan-terveys")
    expanded = {b.attrs["aria-controls"] for b in nav.find_all("button", aria_expanded="true")}
    assert expanded == {"palvelupuu-vauvaperhe", "palvelupuu-vauvan-terveys"}
    assert nav.find(id="palvelupuu-vauvaperhe").has_attr("data-open")
    assert not nav.find(id="palvelupuu-vapaa-aika").has_attr("data-open")


def test_unknown_node_is_not_found(client, tree):
    assert get(client, "services:node", slug="ei-ole").status_code == 404


def test_node_and_service_of_the_same_name_have_different_titles(client, tree):
    make_service(slug="liikuntapalvelu", name_fi="Liikunta")

    node_title = page(get(client, "services:node", slug="liikunta")).find("title").text
    service_title = page(get(client, "services:detail", slug="liikuntapalvelu")).find("title").text

    assert node_title.startswith("Liikunta – Palvelupuu – ")
    assert node_title != service_title


def test_node_page_filters_its_services(client, tree):
    tree["services"]["ryhma"].charge_type = Service.ChargeType.CHARGEABLE
    tree["services"]["ryhma"].save()

    doc = page(get(client, "services:node", slug="vauvaperhe", data={"maksuton": "1"}))

    assert hrefs(doc.find("ul", class_="pk-service-list")) == [
        service_url("lastenneuvola"),
        service_url("vauvauinti"),
    ]
    assert doc.find(role="status").text == "Valinnoillasi löytyi 2 palvelua"
    assert doc.find("details", class_="pk-filters-details").has_attr("open")


def test_node_illustration_has_its_text_alternative(client, tree):
    node = tree["nodes"]["vauvaperhe"]
    node.illustration_fi = "palvelupuu/vauva.png"
    node.illustration_alt_fi = "Vanhempi kantaa vauvaa kantoliinassa."
    node.save()

    img = page(get(client, "services:node", slug="vauvaperhe")).find("main").find("img")

    assert img.attrs["alt"] == "Vanhempi kantaa vauvaa kantoliinassa."


# Catalogue and its filters


def test_catalogue_lists_published_services_with_a_count(client, tree):
    doc = page(get(client, "services:catalogue"))

    links = hrefs(doc.find("ul", class_="pk-service-list"))
    assert links == [service_url(s) for s in ("lastenneuvola", "vauvaryhma", "vauvauinti")]
    assert doc.find(role="status").text == "3 palvelua"


def test_catalogue_form_is_a_get_form_with_fieldsets_legends_and_a_submit_button(client, tree):
    tree["services"]["ryhma"].languages.set(Language.objects.filter(code="sv"))

    form = page(get(client, "services:catalogue")).find("form", class_="pk-filters")

    assert form.attrs["method"] == "get"
    assert form.has_attr("novalidate")
    legends = [legend.text for legend in form.find_all("legend")]
    assert legends == ["Ikäryhmä", "Palvelun järjestäjä", "Palvelukieli", "Hinta"]
    assert form.find("button", type="submit").text == "Näytä palvelut"
    for checkbox in form.find_all("input", type="checkbox"):
        assert form.find("label", for_=checkbox.attrs["id"]) is not None


def test_catalogue_keeps_the_chosen_filters_and_offers_to_clear_them(client, tree):
    doc = page(get(client, "services:catalogue", data={"ika": ["0-1", "3-6"], "maksuton": "1"}))

    checked = {
        (i.attrs["name"], i.attrs["value"])
        for i in doc.find("form", class_="pk-filters").find_all("input")
        if i.has_attr("checked")
    }
    assert checked == {("ika", "0-1"), ("ika", "3-6"), ("maksuton", "1")}
    assert "Tyhjennä valinnat" in [a.text for a in doc.find("main").find_all("a")]


def test_catalogue_without_filters_has_no_clear_link(client, tree):
    links = [a.text for a in page(get(client, "services:catalogue")).find_all("a")]

    assert "Tyhjennä valinnat" not in links


@pytest.mark.parametrize(
    "data",
    [
        {"ika": "vauva"},
        {"tuottaja": "<script>"},
        {"kieli": "klingon"},
        {"maksuton": "ehkä"},
        {"ika": ["0-1", "x" * 500], "sivu": "kolme"},
    ],
)
def test_bad_filter_values_get_an_error_summary_not_a_crash(client, tree, data):
    response = get(client, "services:catalogue", data=data)

    assert response.status_code == 200
    doc = page(response)
    assert doc.find("title").text.startswith("Virhe: ")
    summary = doc.find("div", class_="pk-error-summary")
    assert summary.find_all("a")
    for link in summary.find_all("a"):
        target = doc.find(id=link.attrs["href"].removeprefix("#"))
        assert target is not None
        if target.tag == "input":
            assert target.attrs["aria-invalid"] == "true"
    # The services are still shown.
    assert doc.find("ul", class_="pk-service-list") is not None


def test_error_summary_comes_first_in_main(client, tree):
    main = page(get(client, "services:catalogue", data={"ika": "vauva"})).find("main")

    first = next(element for element in main.iter() if element.tag in ("div", "h1"))
    assert first.has_attr("data-pk-error-summary")


@pytest.fixture
def many_services(tree):
    node = tree["nodes"]["liikunta"]
    return [
        make_service(slug=f"kerho-{number:02d}", name_fi=f"Kerho {number:02d}", nodes=[node])
        for number in range(SERVICES_PER_PAGE + 5)
    ]


def test_catalogue_is_paginated_with_an_accessible_navigation(client, many_services):
    doc = page(get(client, "services:catalogue", data={"maksuton": "1"}))

    assert len(doc.find("ul", class_="pk-service-list").find_all("h3")) == SERVICES_PER_PAGE
    nav = doc.find("nav", aria_label="Sivut")
    current = nav.find(aria_current="page")
    assert current.text == "1"
    next_link = nav.find("a", rel="next")
    params = parse_qs(urlsplit(next_link.attrs["href"]).query)
    assert params == {"maksuton": ["1"], "sivu": ["2"]}
    assert doc.find(role="status").text == "Valinnoillasi löytyi 38 palvelua (sivu 1/2)"


def test_second_catalogue_page_shows_the_rest(client, many_services):
    doc = page(get(client, "services:catalogue", data={"sivu": "2"}))

    assert len(doc.find("ul", class_="pk-service-list").find_all("h3")) == 8
    assert doc.find("nav", aria_label="Sivut").find(aria_current="page").text == "2"
    assert "(sivu 2)" in doc.find("title").text


@pytest.mark.parametrize("number", ["0", "999", "-1", "toinen"])
def test_page_number_out_of_range_shows_a_page_not_an_error(client, many_services, number):
    assert get(client, "services:catalogue", data={"sivu": number}).status_code == 200


# The service page


@pytest.fixture
def service(tree):
    service = tree["services"]["neuvola"]
    service.alternative_name_fi = "Neuvola"
    service.summary_fi = "Lapsen terveyden seuranta syntymästä kouluikään."
    service.description_fi = "Neuvolassa seurataan lapsen kasvua.\n\nToinen kappale."
    service.user_instructions_fi = "Varaa aika puhelimitse."
    service.charge_type = Service.ChargeType.FREE
    service.charge_note_fi = "Käyntimaksuja ei peritä."
    service.age_from, service.age_to = -1, 6
    service.last_verified = datetime.date(2026, 3, 2)
    service.provider = baker.make(
        "services.Organisation",
        name_fi="Kuusijärven hyvinvointialue",
        type="wellbeing_county",
        website="https://hyvinvointialue.example.fi/",
    )
    service.save()
    service.languages.set(service.languages.model.objects.filter(code__in=["fi", "sv"]))
    location = make_channel(
        service=service,
        note="Ajanvaraus vain puhelimitse.",
        name_fi="Perhekeskus Kuusikko",
        street_address_fi="Kuusikkotie 12",
        postal_code="99140",
        post_office_fi="Kuusilahti",
        latitude="61.497749",
        longitude="23.760954",
        has_stroller_parking=True,
        has_changing_table=True,
    )
    always = baker.make(ServiceHours, channel=location, kind="regular", is_always_open=True)
    assert always.pk
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    baker.make(
        ServiceHours,
        channel=location,
        kind="exception",
        valid_from=tomorrow,
        valid_to=None,
        is_closed=True,
        note_fi="Koulutuspäivä",
    )
    make_channel(
        service=service,
        type="phone",
        name_fi="Neuvolan ajanvaraus",
        phone_number="040 000 1234",
        charge_note_fi="Puhelun hinta on paikallisverkkomaksu.",
    )
    make_channel(
        service=service,
        type="e_service",
        name_fi="Sähköinen ajanvaraus",
        url_fi="https://asiointi.example.fi/neuvola",
        requires_strong_auth=True,
    )
    make_channel(
        service=service,
        type="printable_form",
        name_fi="Esitietolomake",
        url_fi="https://www.example.fi/lomake.pdf",
    )
    return service


def test_service_page_tells_what_it_is_and_for_whom(client, service):
    doc = page(get(client, "services:detail", slug="lastenneuvola"))

    assert doc.find("h1").text == "Lastenneuvola"
    main = doc.find("main").text
    for text in (
        "Tunnetaan myös nimellä Neuvola",
        "Lapsen terveyden seuranta syntymästä kouluikään.",
        "Neuvolassa seurataan lapsen kasvua.",
        "Raskausaika ja 0–6-vuotiaat",
        "Maksuton",
        "Käyntimaksuja ei peritä.",
        "Suomi, Ruotsi",
        "Kuusijärven hyvinvointialue",
        "Hyvinvointialue",
        "Varaa aika puhelimitse.",
        "Tiedot tarkistettu 2.3.2026",
    ):
        assert text in main, text


def test_service_page_tells_how_to_get_the_service(client, service):
    main = page(get(client, "services:detail", slug="lastenneuvola")).find("main")

    links = hrefs(main)
    assert "tel:+358400001234" in links
    assert "https://asiointi.example.fi/neuvola" in links
    assert "https://www.example.fi/lomake.pdf" in links
    text = main.text
    for expected in (
        "Kuusikkotie 12 99140 Kuusilahti",
        "Ajanvaraus vain puhelimitse.",
        "Puhelun hinta on paikallisverkkomaksu.",
        "Tarvitset vahvan tunnistautumisen",
        "Lastenvaunujen paikoitus",
        "Hoitopöytä",
    ):
        assert expected in text, expected


def test_service_page_shows_opening_hours_open_now_and_coming_exceptions(client, service):
    main = page(get(client, "services:detail", slug="lastenneuvola")).find("main")

    hours = main.find("div", class_="pk-channel__hours")
    assert hours.find("strong", class_="pk-state--open").text == "Avoinna nyt"
    assert "joka päivä ympäri vuorokauden" in hours.text
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    assert f"{tomorrow:%-d.%-m.%Y} suljettu (Koulutuspäivä)" in hours.text


def test_map_link_goes_to_openstreetmap_at_the_coordinates_and_loads_nothing(client, service):
    response = get(client, "services:detail", slug="lastenneuvola")
    main = page(response).find("main")

    osm = [href for href in hrefs(main) if "openstreetmap.org" in href]
    assert osm == [
        "https://www.openstreetmap.org/?mlat=61.497749&mlon=23.760954#map=17/61.497749/23.760954"
    ]
    content = response.content.decode()
    assert "<iframe" not in content
    for tag in ("img", "script", "link", "iframe"):
        for element in page(response).find_all(tag):
            for attribute in ("src", "href"):
                value = element.attrs.get(attribute, "")
                if tag != "link" or element.attrs.get("rel") != "alternate":
                    assert not value.startswith(("http://", "https://")), (tag, value)


def schema_of(response):
    scripts = page(response).find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    return json.loads(scripts[0].text)


def test_service_page_carries_schema_org_government_service(client, service):
    SiteSettings.objects.update_or_create(pk=1, defaults={"municipality_name": "Kuusilahti"})

    data = schema_of(get(client, "services:detail", slug="lastenneuvola"))

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "GovernmentService"
    assert data["name"] == "Lastenneuvola"
    assert data["alternateName"] == "Neuvola"
    assert data["description"] == "Lapsen terveyden seuranta syntymästä kouluikään."
    assert data["url"] == "http://testserver/fi/palvelut/lastenneuvola/"
    assert data["provider"] == {
        "@type": "GovernmentOrganization",
        "name": "Kuusijärven hyvinvointialue",
        "url": "https://hyvinvointialue.example.fi/",
    }
    assert data["areaServed"] == {"@type": "AdministrativeArea", "name": "Kuusilahti"}
    assert data["audience"] == {
        "@type": "PeopleAudience",
        "audienceType": "Raskausaika ja 0–6-vuotiaat",
        "suggestedMinAge": 0,
        "suggestedMaxAge": 6,
    }
    channels = {channel["name"]: channel for channel in data["availableChannel"]}
    assert all(channel["@type"] == "ServiceChannel" for channel in channels.values())
    location = channels["Perhekeskus Kuusikko"]["serviceLocation"]
    assert location["address"]["postalCode"] == "99140"
    assert location["geo"] == {
        "@type": "GeoCoordinates",
        "latitude": 61.497749,
        "longitude": 23.760954,
    }
    assert channels["Neuvolan ajanvaraus"]["servicePhone"]["telephone"] == "+358400001234"
    assert channels["Sähköinen ajanvaraus"]["serviceUrl"] == "https://asiointi.example.fi/neuvola"


def test_json_ld_cannot_close_its_script_element(client, service):
    service.summary_fi = "</script><script>alert(1)</script>"
    service.save()

    response = get(client, "services:detail", slug="lastenneuvola")

    assert b"</script><script>alert(1)" not in response.content
    assert schema_of(response)["description"] == "</script><script>alert(1)</script>"


def test_json_ld_script_carries_the_csp_nonce(client, service):
    response = get(client, "services:detail", slug="lastenneuvola")

    script = page(response).find("script", type="application/ld+json")
    assert script.attrs["nonce"] and script.attrs["nonce"] in response["Content-Security-Policy"]


def test_ngo_provider_is_described_as_an_ngo(client, tree):
    ngo = baker.make("services.Organisation", name_fi="MLL", type="ngo", website="")
    make_service(slug="perhekahvila", provider=ngo)

    data = schema_of(get(client, "services:detail", slug="perhekahvila"))

    assert data["provider"] == {"@type": "NGO", "name": "MLL"}


def test_service_page_breadcrumb_follows_its_first_node(client, service):
    crumbs = page(get(client, "services:detail", slug="lastenneuvola")).find("ol")

    assert hrefs(crumbs) == [
        reverse_in("fi", "services:home"),
        node_url("vauvaperhe"),
        node_url("vauvan-terveys"),
    ]


def test_related_services_share_a_node_and_leave_out_drafts_and_the_service_itself(client, tree):
    doc = page(get(client, "services:detail", slug="vauvaryhma"))

    related = doc.find("ul", class_="pk-related")
    assert hrefs(related) == [service_url("vauvauinti")]


def test_service_without_channels_says_whom_to_ask(client, tree):
    main = page(get(client, "services:detail", slug="vauvaryhma")).find("main")

    assert "Kysy palvelusta lisää järjestäjältä: Kuusilahden kaupunki." in main.text


@pytest.mark.parametrize("status", [Service.Status.DRAFT, Service.Status.ARCHIVED])
def test_unpublished_service_is_not_found_by_the_public(client, tree, status):
    Service.objects.filter(slug="salainen").update(status=status)

    assert get(client, "services:detail", slug="salainen").status_code == 404


def test_unknown_service_is_not_found(client, tree):
    assert get(client, "services:detail", slug="ei-ole").status_code == 404


def test_content_editor_previews_a_draft_with_a_banner(client, tree):
    client.force_login(make_staff(CONTENT_EDITOR))

    response = get(client, "services:detail", slug="salainen")

    assert response.status_code == 200
    doc = page(response)
    assert doc.find("h2", id="preview-title").text == "Esikatselu – ei julkaistu"
    assert doc.find("meta", name="robots").attrs["content"] == "noindex"
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]


def test_staff_without_the_permission_cannot_preview(client, tree):
    client.force_login(make_staff(CENTRE_STAFF))

    assert get(client, "services:detail", slug="salainen").status_code == 404


def test_user_given_view_permission_directly_can_preview(client, tree):
    user = make_user()
    user.user_permissions.add(Permission.objects.get(codename="view_service"))
    client.force_login(user)

    assert get(client, "services:detail", slug="salainen").status_code == 200


def test_published_service_has_no_preview_banner_for_staff(client, tree):
    client.force_login(make_staff(CONTENT_EDITOR))

    doc = page(get(client, "services:detail", slug="lastenneuvola"))

    assert doc.find("h2", id="preview-title") is None


# Ages in words


@pytest.mark.parametrize(
    ("low", "high", "words"),
    [
        (None, None, "Kaikenikäiset"),
        (-1, -1, "Raskausaika"),
        (-1, 6, "Raskausaika ja 0–6-vuotiaat"),
        (-1, 0, "Raskausaika ja alle 1-vuotiaat"),
        (-1, None, "Raskausaika ja kaikenikäiset"),
        (0, 0, "Alle 1-vuotiaat"),
        (3, 3, "3-vuotiaat"),
        (7, 12, "7–12-vuotiaat"),
        (None, 17, "Enintään 17-vuotiaat"),
        (13, None, "Vähintään 13-vuotiaat"),
    ],
)
def test_ages_in_words(low, high, words):
    assert age_range(Service(age_from=low, age_to=high)) == words


# The A–Ö index


def test_collation_puts_a_with_ring_and_umlauts_after_z_in_finnish_and_swedish():
    names = ["Öljy", "Ääni", "Åbo", "Zeta", "aamu", "Éclair", "A-klinikka", "Ankka"]

    for language in ("fi", "sv"):
        ordered = sorted(names, key=lambda name: collation_key(name, language))
        assert ordered == ["aamu", "A-klinikka", "Ankka", "Éclair", "Zeta", "Åbo", "Ääni", "Öljy"]


def test_english_collation_sorts_letters_with_their_base_letter():
    names = ["Zoo", "Äiti", "Aamu", "Öljy"]

    assert sorted(names, key=lambda name: collation_key(name, "en")) == [
        "Aamu",
        "Äiti",
        "Öljy",
        "Zoo",
    ]


@pytest.mark.parametrize(
    ("name", "letter"), [("Åbo", "Å"), ("ääni", "Ä"), ("Öljy", "Ö"), ("éclair", "E"), ("4H", "0–9")]
)
def test_initial_letter(name, letter):
    assert initial_letter(name, "fi") == letter


def test_index_lists_services_alphabetically_under_letters_with_nordic_letters_last(client, db):
    for name in ("Öljyvärikurssi", "Äitiysneuvola", "Åbo-kerho", "Zumba", "Avoin päiväkoti"):
        make_service(name_fi=name)
    make_service(name_fi="Piilossa", status="draft")

    doc = page(get(client, "services:index"))

    sections = doc.find("main").find_all("section")
    assert [s.find("h2").text for s in sections] == ["A", "Z", "Å", "Ä", "Ö"]
    names = [a.text for a in doc.find("main").find_all("ul", class_="pk-az-list")[0].find_all("a")]
    assert names == ["Avoin päiväkoti"]
    letters = doc.find("nav", aria_label="Alkukirjaimet")
    assert [a.text for a in letters.find_all("a")] == ["A", "Z", "Å", "Ä", "Ö"]
    for link in letters.find_all("a"):
        assert doc.find(id=link.attrs["href"].removeprefix("#")) is not None
    assert "Piilossa" not in doc.find("main").text


def test_index_lists_alternative_names_pointing_to_the_service(client, db):
    make_service(name_fi="Perhekerho", alternative_name_fi="Kerho", slug="perhekerho")

    main = page(get(client, "services:index")).find("main")

    alternative = main.find("li", class_="pk-az-list__item--alternative")
    assert alternative.find("a").text == "Kerho"
    assert alternative.find("a").attrs["href"] == service_url("perhekerho")
    assert "katso Perhekerho" in alternative.text
    assert [s.find("h2").text for s in main.find_all("section")] == ["K", "P"]


def test_index_is_in_the_page_language(client, db):
    make_service(name_fi="Äitiysneuvola", name_sv="Mödrarådgivning", alternative_name_fi="Neuvola")

    main = page(get(client, "services:index", "sv")).find("main")

    assert [a.text for a in main.find_all("ul", class_="pk-az-list")[0].find_all("a")] == [
        "Mödrarådgivning"
    ]
    assert "Neuvola" not in main.text


# Search


def search(client, query, language="fi"):
    return get(client, "services:search", language, data={"q": query})


def test_search_finds_services_by_name_alternative_name_summary_and_keyword(client, tree):
    service = tree["services"]["ryhma"]
    service.alternative_name_fi = "Vauvakerho"
    service.summary_fi = "Vertaistukea vanhemmille."
    service.save()
    service.keywords_fi.add("imetys")

    for query in ("vauvaryhmä", "vauvakerho", "vertaistukea", "imetys"):
        results = search(client, query).context["results"]
        # Other baby services may follow through the parts of the compound (vauva, ryhmä).
        assert [r["url"] for r in results if r["kind"] == "Palvelu"][0] == service_url(
            "vauvaryhma"
        ), query


def test_search_ignores_case_of_finnish_letters(client, tree):
    make_service(slug="aitiysneuvola", name_fi="Äitiysneuvola")

    for query in ("äitiysneuvola", "ÄITIYS"):
        assert search(client, query).context["results"][0]["title"] == "Äitiysneuvola", query


def test_search_treats_regular_expression_characters_as_text(client, tree):
    assert search(client, "neuvola (").status_code == 200
    assert search(client, ".*").context["results"] == []


def test_search_results_say_what_kind_of_thing_each_is(client, tree):
    results = search(client, "vauva").context["results"]

    kinds = [(r["kind"], r["title"]) for r in results]
    assert ("Palvelupuu", "Vauvaperhe") in kinds
    assert ("Palvelu", "Vauvaryhmä") in kinds
    assert kinds.index(("Palvelupuu", "Vauvaperhe")) < kinds.index(("Palvelu", "Vauvaryhmä"))


def test_search_leaves_out_drafts(client, tree):
    assert search(client, "salainen").context["results"] == []


def test_search_ranks_name_matches_before_summary_matches(client, tree):
    make_service(name_fi="Perhekahvila", summary_fi="Tule tapaamaan muita, myös neuvola käy.")

    results = search(client, "neuvola").context["results"]

    assert [r["title"] for r in results] == ["Lastenneuvola", "Perhekahvila"]


def test_search_in_swedish_uses_swedish_names_and_finnish_where_missing(client, tree):
    assert [r["title"] for r in search(client, "barnrådgivning", "sv").context["results"]] == [
        "Barnrådgivning"
    ]
    # Shown in Finnish on the Swedish page, so found by its Finnish name.
    assert [r["title"] for r in search(client, "vauvaryhmä", "sv").context["results"]] == [
        "Vauvaryhmä"
    ]
    # Has a Swedish name, so its Finnish one is not what the page shows.
    assert search(client, "lastenneuvola", "sv").context["results"] == []


def test_search_keywords_are_per_language(client, tree):
    tree["services"]["ryhma"].keywords_sv.add("babygrupp")

    assert search(client, "babygrupp", "fi").context["results"] == []
    assert len(search(client, "babygrupp", "sv").context["results"]) == 1


# Sitemap


def test_sitemap_lists_nodes_published_services_catalogue_and_index_in_every_language(client, tree):
    response = client.get("/sitemap.xml")
    locations = {urlsplit(loc).path for loc, _alternates in parse_sitemap(response.content)}

    for language in LANGUAGE_CODES:
        expected = {
            reverse_in(language, "services:catalogue"),
            reverse_in(language, "services:index"),
            *(node_url(slug, language) for slug in tree["nodes"]),
            *(service_url(s, language) for s in ("lastenneuvola", "vauvaryhma", "vauvauinti")),
        }
        assert expected <= locations
        assert service_url("salainen", language) not in locations


# Query budgets


def add_services(tree, count):
    nodes = list(Node.objects.exclude(parent=None))
    for number in range(count):
        service = make_service(
            name_fi=f"Budjettipalvelu {number}",
            nodes=[nodes[number % len(nodes)]],
            languages=["fi", "sv"],
            age_from=0,
            age_to=6,
        )
        channel = make_channel(service=service, name_fi=f"Toimipiste {number}")
        hours = baker.make(ServiceHours, channel=channel, kind="regular", is_by_appointment=True)
        assert hours.pk
        make_channel(service=service, type="phone", phone_number="040 000 0000")


PAGES = [
    ("services:home", {}, {}),
    ("services:node", {"slug": "vauvaperhe"}, {}),
    ("services:node", {"slug": "vauvan-terveys"}, {"ika": "0-1", "kieli": "sv"}),
    ("services:catalogue", {}, {}),
    ("services:catalogue", {}, {"ika": ["0-1", "3-6"], "maksuton": "1", "kieli": "fi"}),
    ("services:index", {}, {}),
    ("services:detail", {"slug": "lastenneuvola"}, {}),
    ("services:search", {}, {"q": "palvelu"}),
]


def queries_for(client, viewname, kwargs, data):
    # The site settings come from the cache between requests; count them in, as on a cold
    # cache, but not the one-off creation of their row.
    SiteSettings.load()
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = get(client, viewname, data=data, **kwargs)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize(("viewname", "kwargs", "data"), PAGES)
def test_page_queries_stay_within_budget_whatever_the_number_of_services(
    client, tree, viewname, kwargs, data
):
    channel = make_channel(service=tree["services"]["neuvola"])
    baker.make(ServiceHours, channel=channel, kind="regular", is_always_open=True)
    add_services(tree, 1)
    few = queries_for(client, viewname, kwargs, data)
    add_services(tree, 29)
    many = queries_for(client, viewname, kwargs, data)

    assert few <= QUERY_BUDGET
    assert many == few

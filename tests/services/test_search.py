"""
Search (services.search): Finnish analysis with Voikko, what a query finds and in which
order, how the index keeps up with the catalogue, the search page, the API's q, the admin
of synonyms and of searches that found nothing, and Finnish search without Voikko.
"""

import io
import re
from pathlib import Path

import pytest
from django.contrib.admin.sites import site as admin_site
from django.core import checks
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from model_bakery import baker

from perhekeskus import roles
from services import search
from services.models import (
    SearchDocument,
    SearchTerm,
    Service,
    Synonym,
    ZeroResultSearch,
)
from services.search import analysis, engine
from services.search.analysis import analyze_words, finnish, fold, text_lexemes
from services.search.documents import recount
from services.search.engine import Hits
from services.search.query import parse
from services.views.search import RESULTS_PER_PAGE
from tests.factories import make_board, make_node, make_service, make_staff
from tests.html import page
from tests.pages import reverse_in
from tests.services.test_api import response_schema, schema_problems

PTV_FIXTURES = Path(__file__).parent / "fixtures" / "ptv"
SERVICES_API = reverse("api:services")
postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the SQL ranking and its indexes are PostgreSQL's"
)


@pytest.fixture
def catalogue(db):
    """A small catalogue: four published services, a draft, two nodes and a board."""
    family = make_node(
        slug="perheen-arki",
        name_fi="Perheen arki",
        name_sv="Familjens vardag",
        name_en="Family life",
        intro_fi="Tukea lapsiperheen arkeen.",
        order=1,
    )
    early = make_node(
        slug="varhaiskasvatus",
        name_fi="Varhaiskasvatus",
        name_sv="Småbarnspedagogik",
        name_en="Early childhood education",
        parent=family,
        order=1,
    )
    county = baker.make(
        "services.Organisation", name_fi="Kuusijärven hyvinvointialue", type="wellbeing_county"
    )
    services = {
        "maternity": make_service(
            slug="aitiysneuvola",
            name_fi="Äitiysneuvola",
            name_sv="Mödrarådgivning",
            name_en="Maternity clinic",
            summary_fi="Raskauden seuranta.",
            summary_sv="Uppföljning av graviditeten.",
            summary_en="Pregnancy check-ups.",
            provider=county,
            languages=["fi", "sv"],
            age_from=-1,
            age_to=-1,
        ),
        "counselling": make_service(
            slug="perheneuvola",
            name_fi="Perheneuvola",
            name_sv="Familjerådgivning",
            name_en="Family counselling",
            summary_fi="Apua kasvatukseen ja perheen ristiriitoihin.",
            provider=county,
            nodes=[family],
            languages=["fi"],
            age_from=0,
            age_to=17,
        ),
        "daycare": make_service(
            slug="paivakoti-satakieli",
            name_fi="Päiväkoti Satakieli",
            summary_fi="Varhaiskasvatusta 1–6-vuotiaille.",
            nodes=[early],
            languages=["fi"],
            age_from=1,
            age_to=6,
        ),
        "cafe": make_service(
            slug="perhekahvila",
            name_fi="Perhekahvila",
            summary_fi="Avoin kohtaamispaikka.",
            description_fi="Kahvilassa käy kerran kuussa myös neuvolan terveydenhoitaja.",
            languages=["fi"],
            age_from=0,
            age_to=6,
        ),
        "draft": make_service(slug="salainen-neuvola", name_fi="Salainen neuvola", status="draft"),
    }
    board = make_board(
        slug="pikku-veturi",
        name_fi="Perhekeskus Pikku-Veturi",
        description_fi="Ilmoituksia perhekeskuksen tapahtumista.",
    )
    return {"nodes": {"family": family, "early": early}, "services": services, "board": board}


def search_page(client, query, language="fi", **params):
    return client.get(reverse_in(language, "services:search"), {"q": query, **params})


def titles(client, query, language="fi", **params):
    """The titles of the search page's results, in order."""
    return [r["title"] for r in search_page(client, query, language, **params).context["results"]]


def found(text, language="fi", kinds=("service",)):
    """The ids of what search ranks for a text, best first."""
    return [hit.object_id for hit in search.search(text, language, kinds=list(kinds)).hits]


def service_results(response):
    """The services of a search page, in the page's order."""
    return [r["object"].pk for r in response.context["results"] if r["kind_key"] == "service"]


# --- Analysis ------------------------------------------------------------------------------


def test_voikko_gives_every_reading_of_an_inflected_word():
    bases = {reading.base for reading in finnish().readings("päiväkodissa")}

    assert {"päiväkoti", "päiväkota"} <= bases


@pytest.mark.parametrize(
    ("word", "parts"),
    [("perheneuvola", ("perhe", "neuvola")), ("lastenneuvola", ("lapsi", "neuvola"))],
)
def test_voikko_splits_compounds_into_the_base_forms_of_their_parts(word, parts):
    [found_analysis] = analyze_words("fi", [word]).values()

    assert parts in found_analysis.compounds
    assert set(parts) <= set(text_lexemes("fi", word.capitalize()))


def test_fold_removes_case_and_diacritics():
    assert fold("Äitiysneuvola") == "aitiysneuvola"
    assert fold("PÄIVÄKOTI Åbo Öljy Café") == "paivakoti abo oljy cafe"


@pytest.mark.parametrize(
    ("language", "text", "dropped", "kept"),
    [
        ("fi", "Neuvola ja perhe on", {"ja", "on", "olla"}, {"neuvola", "perhe"}),
        ("sv", "Rådgivning och stöd för familjer", {"och", "for"}, {"stod"}),
        ("en", "Help for the family", {"for", "the"}, {"help"}),
    ],
)
def test_stop_words_are_left_out_of_documents_and_queries(db, language, text, dropped, kept):
    lexemes = set(text_lexemes(language, text))
    # Queries are made of the same analysis of their words.
    analysed = {fold(token) for token in analyze_words(language, analysis.words(text))}

    assert kept <= lexemes
    assert not lexemes & dropped
    assert analysed
    assert not analysed & dropped


# --- Finding -------------------------------------------------------------------------------


def test_inflected_word_finds_the_base_form(client, catalogue):
    assert "Äitiysneuvola" in titles(client, "neuvolaan")


def test_consonant_gradation_is_understood(client, catalogue):
    assert titles(client, "päiväkodissa") == ["Päiväkoti Satakieli"]


def test_part_of_a_compound_finds_the_compound(client, catalogue):
    assert "Perheneuvola" in titles(client, "neuvola")


def test_default_synonym_from_the_migration_finds_the_catalogue_word(client, catalogue):
    assert Synonym.objects.get(language="fi", term="tarha").expansion == "päiväkoti"

    assert titles(client, "tarha") == ["Päiväkoti Satakieli"]
    assert titles(client, "tarhaan") == ["Päiväkoti Satakieli"]


def test_synonym_added_by_staff_takes_effect_at_once(client, catalogue):
    assert titles(client, "hoitola") == []  # and the synonyms are now cached

    Synonym.objects.create(language="fi", term="hoitola", expansion="päiväkoti")

    assert titles(client, "hoitola") == ["Päiväkoti Satakieli"]


def test_synonym_removed_by_staff_stops_at_once(client, catalogue):
    synonym = Synonym.objects.create(language="fi", term="hoitola", expansion="päiväkoti")
    assert titles(client, "hoitola") == ["Päiväkoti Satakieli"]

    synonym.delete()

    assert titles(client, "hoitola") == []


def test_words_without_umlauts_find_words_with_them(client, catalogue):
    assert titles(client, "paivakoti") == ["Päiväkoti Satakieli"]
    assert "Äitiysneuvola" in titles(client, "aitiysneuvola")


def test_typo_is_corrected_and_the_page_asks_did_you_mean(client, catalogue):
    response = search_page(client, "perheneuvla")

    assert [r["title"] for r in response.context["results"]][0] == "Perheneuvola"
    suggestion = page(response).find("p", class_="pk-search-suggestion")
    assert suggestion.text.startswith("Tarkoititko")
    assert suggestion.find("a").attrs["href"] == (
        reverse_in("fi", "services:search") + "?q=perheneuvola"
    )
    assert suggestion.find("a").text == "perheneuvola"


def test_typo_in_a_capitalised_word_is_suggested_corrected(client, catalogue):
    # Phones capitalise the first letter: "Perheneuvla" must be suggested as perheneuvola,
    # not as itself.
    response = search_page(client, "Perheneuvla")

    assert [r["title"] for r in response.context["results"]][0] == "Perheneuvola"
    assert fold(response.context["suggestion"]) == "perheneuvola"
    link = page(response).find("p", class_="pk-search-suggestion").find("a")
    assert fold(link.text) == "perheneuvola"


def test_correctly_spelled_query_has_no_suggestion(client, catalogue):
    response = search_page(client, "perheneuvola")

    assert response.context["suggestion"] == ""
    assert page(response).find("p", class_="pk-search-suggestion") is None


def test_last_word_matches_as_the_beginning_of_a_word(client, catalogue):
    assert {"Perheneuvola", "Äitiysneuvola"} <= set(titles(client, "neuvo"))


def test_swedish_page_stems_swedish_words(client, catalogue):
    assert titles(client, "familjerådgivningen", "sv") == ["Familjerådgivning"]


def test_english_page_stems_english_words(client, catalogue):
    assert titles(client, "clinics", "en") == ["Maternity clinic"]


def test_results_include_nodes_and_boards_each_with_its_kind(client, catalogue):
    results = page(search_page(client, "perhe")).find_all("li", class_="pk-result")

    kinds = {(li.find("p", class_="pk-result__kind").text, li.find("h3").text) for li in results}
    assert {
        ("Palvelu", "Perheneuvola"),
        ("Palvelupuu", "Perheen arki"),
        ("Ilmoitustaulu", "Perhekeskus Pikku-Veturi"),
    } <= kinds


def test_drafts_are_never_found(client, catalogue):
    assert titles(client, "salainen") == []
    assert "Salainen neuvola" not in titles(client, "neuvola")


def test_name_matches_rank_before_description_matches(client, catalogue):
    results = titles(client, "neuvola")

    assert set(results[:2]) == {"Perheneuvola", "Äitiysneuvola"}
    assert results[2:] == ["Perhekahvila"]


def test_service_named_as_the_query_comes_first(client, catalogue):
    make_service(name_fi="Neuvola", summary_fi="Perheneuvola ja äitiysneuvola samassa talossa.")

    assert titles(client, "neuvola")[0] == "Neuvola"


# --- Keeping the index current --------------------------------------------------------------


def test_renamed_service_is_found_by_its_new_name_only(catalogue):
    service = catalogue["services"]["cafe"]

    service.name_fi = "Kohtaamispaikka Kuusikko"
    service.save()

    assert found("kuusikko") == [service.pk]
    assert found("kohtaamispaikka kuusikko")[0] == service.pk
    document = SearchDocument.objects.get(kind="service", object_id=service.pk, language="fi")
    assert "perhekahvila" not in document.terms_a.split()
    assert "kuusikko" in document.terms_a.split()


def test_keywords_added_and_removed_change_what_finds_the_service(catalogue):
    service = catalogue["services"]["cafe"]

    service.keywords_fi.add("imetys")
    assert found("imetys") == [service.pk]

    service.keywords_fi.remove("imetys")
    assert found("imetys") == []


def test_service_is_found_by_the_name_of_a_node_it_is_added_to(catalogue):
    service = catalogue["services"]["maternity"]
    node = make_node(slug="odotus", name_fi="Odotusaika")
    assert found("odotusaika") == []

    service.nodes.add(node)

    assert found("odotusaika") == [service.pk]


def test_service_is_no_longer_found_by_the_name_of_a_deleted_node(catalogue):
    service = catalogue["services"]["maternity"]
    node = make_node(slug="odotus", name_fi="Odotusaika")
    service.nodes.add(node)
    assert found("odotusaika") == [service.pk]

    node.delete()

    assert found("odotusaika") == []
    assert found("odotusaika", kinds=["node"]) == []


def test_service_is_found_by_its_node_s_new_name_after_the_node_is_renamed(catalogue):
    node = catalogue["nodes"]["early"]

    node.name_fi = "Esiopetus"
    node.save()

    assert found("esiopetus") == [catalogue["services"]["daycare"].pk]
    assert found("esiopetus", kinds=["node"]) == [node.pk]
    assert found("varhaiskasvatus", kinds=["node"]) == []


def test_service_follows_its_provider_s_new_name(catalogue):
    service = catalogue["services"]["daycare"]

    service.provider.name_fi = "Satakielen säätiö"
    service.provider.save()

    assert found("säätiö") == [service.pk]


def test_service_turned_draft_is_no_longer_found(catalogue):
    service = catalogue["services"]["counselling"]

    service.status = Service.Status.DRAFT
    service.save()

    assert service.pk not in found("perheneuvola")
    assert not SearchDocument.objects.filter(kind="service", object_id=service.pk).exists()


def test_deleted_service_is_no_longer_found(catalogue):
    service = catalogue["services"]["counselling"]
    pk = service.pk

    service.delete()

    assert pk not in found("perheneuvola")
    assert not SearchDocument.objects.filter(kind="service", object_id=pk).exists()


def test_every_published_thing_has_a_document_in_every_language(catalogue):
    published = Service.objects.published().count()

    assert SearchDocument.objects.filter(kind="service").count() == published * 3
    assert SearchDocument.objects.filter(kind="node").count() == 2 * 3
    assert SearchDocument.objects.filter(kind="board").count() == 1 * 3


def term_counts():
    rows = SearchTerm.objects.values_list("language", "term", "doc_count")
    return {(language, term): count for language, term, count in rows}


def test_vocabulary_counts_stay_what_a_recount_gives_after_changes(catalogue):
    services, nodes = catalogue["services"], catalogue["nodes"]
    services["cafe"].name_fi = "Kohtaamispaikka Kuusikko"
    services["cafe"].save()
    services["cafe"].keywords_fi.add("imetys", "vertaistuki")
    services["cafe"].keywords_fi.remove("imetys")
    services["maternity"].keywords_sv.add("graviditet")
    services["maternity"].nodes.add(nodes["early"])
    nodes["early"].name_fi = "Esiopetus"
    nodes["early"].save()
    services["daycare"].provider.name_fi = "Satakielen säätiö"
    services["daycare"].provider.save()
    services["counselling"].status = Service.Status.DRAFT
    services["counselling"].save()
    services["draft"].status = Service.Status.PUBLISHED
    services["draft"].save()
    nodes["family"].services.clear()
    waiting = make_node(slug="odotus", name_fi="Odotusaika")
    services["cafe"].nodes.add(waiting)
    waiting.delete()
    services["maternity"].delete()
    make_board(name_fi="Kirjaston satutunti")
    catalogue["board"].delete()
    before = term_counts()

    recount()

    assert term_counts() == before


def test_imported_ptv_services_are_found(db):
    call_command(
        "import_ptv",
        *(
            str(PTV_FIXTURES / name)
            for name in ("services.json", "channels.json", "service.json", "channel.json")
        ),
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )

    def first_found(text):
        return [Service.objects.get(pk=pk).name_fi for pk in found(text)[:1]]

    assert first_found("äitiysneuvolaan") == ["Äitiysneuvola"]
    assert first_found("perhekahvilaan") == ["MLL:n perhekahvila"]
    # Perheneuvola is a draft in PTV.
    assert Service.objects.get(name_fi="Perheneuvola").pk not in found("perheneuvola")


def rebuild_index():
    out = io.StringIO()
    call_command("rebuild_search_index", stdout=out)
    output = out.getvalue()
    written = re.search(r"\((\d+) documents written", output)
    assert written, output
    return int(written.group(1)), output


def test_rebuild_search_index_brings_back_lost_documents_and_a_second_run_writes_none(catalogue):
    SearchDocument.objects.filter(kind="service").delete()
    assert found("perheneuvola") == []
    counselling = catalogue["services"]["counselling"].pk

    first, output = rebuild_index()
    second, _output = rebuild_index()

    assert first == Service.objects.published().count() * 3
    assert "voikko" in output
    assert second == 0
    assert found("perheneuvola")[0] == counselling


def test_rebuild_search_index_leaves_counts_as_a_recount_gives(catalogue):
    SearchDocument.objects.filter(kind="node").delete()
    rebuild_index()
    before = term_counts()

    recount()

    assert term_counts() == before


# --- The search page ------------------------------------------------------------------------


def test_title_and_heading_carry_the_query_and_the_count(client, catalogue):
    doc = page(search_page(client, "neuvolaan"))

    count = len(found("neuvolaan", kinds=("service", "node", "board")))
    assert count > 1
    assert doc.find("title").text.startswith(f"Haku: neuvolaan ({count} tulosta)")
    assert doc.find("h1").text == f"{count} tulosta haulla ”neuvolaan”"


def test_result_count_is_announced_in_a_status_message(client, catalogue):
    doc = page(search_page(client, "päiväkodissa"))

    [status] = doc.find_all(role="status")
    assert status.text == "Löytyi 1 tulos."


def test_matched_words_are_marked(client, catalogue):
    doc = page(search_page(client, "neuvolaan"))

    marked = [mark.text for mark in doc.find("ol", class_="pk-result-list").find_all("mark")]
    assert "Äitiysneuvola" in marked
    assert "Perhekahvila" not in marked


def test_highlighting_escapes_html_in_names(client, catalogue):
    make_service(name_fi="<b>x</b> neuvola", summary_fi="<script>alert(1)</script>")

    response = search_page(client, "neuvola")

    results = page(response).find("ol", class_="pk-result-list")
    assert results.find_all("b") == []
    assert results.find_all("script") == []
    assert "<b>x</b>" in results.text
    assert "&lt;b&gt;x&lt;/b&gt; <mark>neuvola</mark>" in response.content.decode()


def test_filters_narrow_results_to_services_and_keep_the_query(client, catalogue):
    response = search_page(client, "perhe", ika="0-1")

    results = response.context["results"]
    assert {r["kind_key"] for r in results} == {"service"}
    assert "Perheen arki" not in [r["title"] for r in results]
    assert "Perheneuvola" in [r["title"] for r in results]
    assert "Äitiysneuvola" not in [r["title"] for r in results]  # for the expecting only
    form = page(response).find("form", class_="pk-filters")
    assert form.find("input", type="hidden", name="q").attrs["value"] == "perhe"


def test_unfiltered_search_finds_nodes_the_filtered_one_leaves_out(client, catalogue):
    assert "Perheen arki" in titles(client, "perhe")


@pytest.fixture
def many_results(catalogue):
    for number in range(RESULTS_PER_PAGE + 5):
        make_service(name_fi=f"Kerhopalvelu {number}", slug=f"kerhopalvelu-{number}")


def test_more_than_a_page_of_results_is_paginated(client, many_results):
    first = search_page(client, "kerhopalvelu")
    second = search_page(client, "kerhopalvelu", sivu=2)

    assert len(first.context["results"]) == RESULTS_PER_PAGE
    assert len(second.context["results"]) == 5
    assert not {r["url"] for r in first.context["results"]} & {
        r["url"] for r in second.context["results"]
    }
    doc = page(second)
    assert doc.find("ol", class_="pk-result-list").attrs["start"] == str(RESULTS_PER_PAGE + 1)
    assert "(sivu 2/2)" in doc.find(role="status").text
    assert "(sivu 2)" in doc.find("title").text
    next_link = page(first).find("a", rel="next").attrs["href"]
    assert "q=kerhopalvelu" in next_link
    assert "sivu=2" in next_link


def test_empty_state_offers_urgent_help_and_the_a_to_o_index(client, catalogue):
    doc = page(search_page(client, "qwxzv"))

    empty = doc.find("div", class_="pk-empty")
    hrefs = {a.attrs["href"] for a in empty.find_all("a")}
    assert reverse_in("fi", "services:urgent_help") in hrefs
    assert reverse_in("fi", "services:index") in hrefs
    assert doc.find("h1").text == "0 tulosta haulla ”qwxzv”"


def test_search_that_found_nothing_is_counted_by_its_text(client, catalogue):
    search_page(client, "Qwxzv  PLOP")
    search_page(client, "qwxzv plop")

    [row] = ZeroResultSearch.objects.all()
    assert (row.language, row.query, row.count) == ("fi", "qwxzv plop", 2)
    assert row.first_searched == row.last_searched


def test_zero_result_searches_keep_nothing_but_the_text_language_count_and_days():
    names = {field.name for field in ZeroResultSearch._meta.get_fields()}

    assert names == {"id", "language", "query", "count", "first_searched", "last_searched"}


def test_search_with_results_is_not_counted(client, catalogue):
    search_page(client, "neuvolaan")
    search_page(client, "perheneuvla")

    assert not ZeroResultSearch.objects.exists()


def test_filtered_search_that_found_nothing_is_not_counted(client, catalogue):
    search_page(client, "qwxzv", ika="18-29")

    assert not ZeroResultSearch.objects.exists()


def test_query_of_a_nul_character_finds_nothing_without_an_error(catalogue):
    client = Client(raise_request_exception=False)

    response = client.get(reverse_in("fi", "services:search"), {"q": "qwxzv\x00"})

    assert response.status_code == 200
    assert response.context["results"] == []


def test_overlong_query_is_cut_with_a_notice(client, catalogue):
    query = "neuvola " * 60

    response = search_page(client, query)

    assert response.status_code == 200
    kept = response.context["query"]
    assert len(kept) <= search.MAX_QUERY_LENGTH
    assert query.startswith(kept)
    doc = page(response)
    assert str(search.MAX_QUERY_LENGTH) in doc.find("p", class_="pk-inset").text
    assert kept in doc.find("h1").text
    assert "Äitiysneuvola" in [r["title"] for r in response.context["results"]]


# --- The API --------------------------------------------------------------------------------


def get_json(client, params, status=200):
    response = client.get(SERVICES_API, params)
    assert response.status_code == status, response.content
    return response.json()


@pytest.mark.parametrize(
    ("query", "filters"),
    [
        ("neuvolaan", {}),
        ("neuvola", {}),
        ("neuvola", {"ika": ["0-1", "odottava"]}),
        ("perhe", {"tuottaja": "wellbeing_county"}),
        ("perheneuvla", {}),
    ],
)
def test_api_lists_services_in_the_order_of_the_search_page(client, catalogue, query, filters):
    shown = service_results(search_page(client, query, **filters))

    data = get_json(client, {"q": query, **filters, "page_size": 100})

    assert shown
    assert [item["id"] for item in data["results"]] == shown
    assert data["count"] == len(shown)


def test_api_tells_what_was_searched(client, catalogue):
    assert get_json(client, {"q": " neuvolaan  "})["search"] == {
        "q": "neuvolaan",
        "suggestion": "",
        "notice": "",
        "more": False,
    }
    assert get_json(client, {"q": "perheneuvla"})["search"]["suggestion"] == "perheneuvola"
    assert get_json(client, {})["search"] is None


def test_api_suggests_a_correction_for_a_capitalised_typo(client, catalogue):
    searched = get_json(client, {"q": "Perheneuvla"})["search"]

    assert fold(searched["suggestion"]) == "perheneuvola"


def test_api_cuts_an_overlong_query_with_a_notice(client, catalogue):
    searched = get_json(client, {"q": "neuvola " * 60})["search"]

    assert len(searched["q"]) <= search.MAX_QUERY_LENGTH
    assert str(search.MAX_QUERY_LENGTH) in searched["notice"]


@pytest.fixture
def openapi(client, db):
    return client.get(reverse("api:schema")).json()


@pytest.mark.parametrize(
    "params",
    [
        {"q": "neuvolaan"},
        {"q": "perheneuvla", "lang": "fi"},
        {"q": "familjerådgivningen", "lang": "sv"},
        {"q": "qwxzv"},
        {"q": "neuvola " * 60, "page_size": 1},
    ],
)
def test_api_search_answer_matches_the_openapi_document(client, catalogue, openapi, params):
    data = get_json(client, params)

    assert schema_problems(data, response_schema(openapi, "/services/", 200), openapi) == []


def test_api_refuses_a_query_with_a_nul_character(client, catalogue, openapi):
    data = get_json(client, {"q": "neuvola\x00"}, status=400)

    [error] = data["errors"]["q"]
    assert error["message"]
    assert schema_problems(data, response_schema(openapi, "/services/", 400), openapi) == []


# --- Any text as a query ----------------------------------------------------------------------

ANY_TEXT = st.one_of(
    st.text(),
    st.text(min_size=200, max_size=2000),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=50),
    st.text(alphabet="שלום مرحبا ‏‎‮ 👨‍👩‍👧 😀 neuvola äö", max_size=40),
)
ANY_TEXT_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def without_server_error(get):
    """The status of a request made in a savepoint, so that one example cannot spoil another."""
    with transaction.atomic():
        status = get()
        transaction.set_rollback(True)
    return status


@ANY_TEXT_SETTINGS
@given(text=ANY_TEXT)
@example(text="\x00")
@example(text="neuvola\x00 perhe")
@example(text="'\\:*&|!()<>%_")
def test_any_text_on_the_search_page_is_not_a_server_error(catalogue, text):
    client = Client(raise_request_exception=False)

    status = without_server_error(
        lambda: client.get(reverse_in("fi", "services:search"), {"q": text}).status_code
    )

    assert status == 200


@ANY_TEXT_SETTINGS
@given(text=ANY_TEXT, language=st.sampled_from(["fi", "sv", "en"]))
@example(text="\x00", language="fi")
@example(text="'\\:*&|!()<>%_", language="sv")
def test_any_text_as_the_api_q_is_not_a_server_error(catalogue, text, language):
    client = Client(raise_request_exception=False)

    status = without_server_error(
        lambda: client.get(SERVICES_API, {"q": text, "lang": language}).status_code
    )

    assert status == (400 if "\x00" in text else 200)


# --- The admin -------------------------------------------------------------------------------


@pytest.fixture
def editor_client(client, db):
    client.force_login(make_staff(roles.CONTENT_EDITOR))
    return client


def test_content_editor_adds_a_synonym_that_search_uses_at_once(editor_client, catalogue):
    assert titles(editor_client, "jumppis") == []

    response = editor_client.post(
        reverse("admin:services_synonym_add"),
        {"language": "fi", "term": "  Jumppis ", "expansion": "päiväkoti"},
    )

    assert response.status_code == 302
    assert Synonym.objects.get(language="fi", term="jumppis").expansion == "päiväkoti"
    assert titles(editor_client, "jumppis") == ["Päiväkoti Satakieli"]


def test_zero_result_list_links_to_a_prefilled_synonym_form(editor_client, catalogue):
    search_page(editor_client, "Jumppa Kerho")

    changelist = page(editor_client.get(reverse("admin:services_zeroresultsearch_changelist")))

    row = changelist.find("table", id="result_list")
    assert "jumppa kerho" in row.find(class_="field-query").text
    link = row.find(class_="field-add_synonym").find("a")
    assert link.text.startswith("Lisää synonyymi")
    assert link.attrs["href"] == (
        reverse("admin:services_synonym_add") + "?language=fi&term=jumppa+kerho"
    )
    form = page(editor_client.get(link.attrs["href"]))
    assert form.find("input", name="term").attrs["value"] == "jumppa kerho"
    assert form.find("select", name="language").find("option", selected="").attrs["value"] == "fi"


@pytest.mark.parametrize("who", ["superuser", "content editor"])
def test_nobody_adds_or_changes_zero_result_searches(client, catalogue, superuser, who):
    user = superuser if who == "superuser" else make_staff(roles.CONTENT_EDITOR)
    client.force_login(user)
    search_page(client, "qwxzv")
    row = ZeroResultSearch.objects.get()
    change_url = reverse("admin:services_zeroresultsearch_change", args=[row.pk])

    assert client.get(reverse("admin:services_zeroresultsearch_add")).status_code == 403
    response = client.post(reverse("admin:services_zeroresultsearch_add"), {"query": "x"})
    assert response.status_code == 403
    response = client.post(change_url, {"language": "fi", "query": "muutettu", "count": 99})
    assert response.status_code == 403
    row.refresh_from_db()
    assert (row.query, row.count) == ("qwxzv", 1)
    assert not ZeroResultSearch.objects.exclude(pk=row.pk).exists()


def test_zero_result_admin_grants_neither_add_nor_change(rf, superuser):
    request = rf.get("/")
    request.user = superuser
    model_admin = admin_site._registry[ZeroResultSearch]

    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_change_permission(request)


# --- Without Voikko ----------------------------------------------------------------------------


@pytest.fixture
def without_voikko(monkeypatch):
    """Finnish analysis as on a machine without Voikko: Snowball stems, no suggestions."""
    degraded = analysis.FinnishAnalyzer()
    degraded._voikko = None
    degraded.error = "OSError: libvoikko.so.1: cannot open shared object file"
    monkeypatch.setattr(analysis, "finnish", lambda: degraded)
    # query.py holds the function it imported; patch it there as well.
    monkeypatch.setattr("services.search.query.finnish", lambda: degraded)
    return degraded


def test_without_voikko_snowball_still_finds_inflected_words(client, db, without_voikko):
    service = make_service(name_fi="Neuvola", slug="neuvola")

    search.rebuild()

    assert set(SearchDocument.objects.values_list("analyzer", flat=True)) == {"snowball"}
    assert found("neuvolaan") == [service.pk]
    assert titles(client, "neuvolaan") == ["Neuvola"]


def test_without_voikko_the_system_check_warns(db, without_voikko):
    warnings = [message.id for message in checks.run_checks()]
    out, err = io.StringIO(), io.StringIO()

    call_command("check", stdout=out, stderr=err)

    assert "services.W001" in warnings
    assert "services.W001" in out.getvalue() + err.getvalue()


def test_with_voikko_the_system_check_is_quiet(db):
    assert "services.W001" not in [message.id for message in checks.run_checks()]


# --- PostgreSQL: the SQL ranking and the indexes behind it ------------------------------------

RANKING_QUERIES = [
    ("neuvola", "fi"),
    ("neuvolaan", "fi"),
    ("päiväkodissa", "fi"),
    ("perhe", "fi"),
    ("perheneuvla", "fi"),
    ("tarha", "fi"),
    ("paivakoti", "fi"),
    ("perhe neuvola", "fi"),
    ("neuvo", "fi"),
    ("kuusijärven hyvinvointialue", "fi"),
    ("lapsiperheen arki", "fi"),
    ("kerhopalvelu 3", "fi"),
    ("familjerådgivningen", "sv"),
    ("clinics", "en"),
]


def ranking_disagreements(hits):
    """How the SQL ranking of hits differs from the Python one, or [] when they agree."""
    in_sql = [(hit.kind, hit.object_id, hit.score) for hit in hits]
    in_python = [(hit.kind, hit.object_id, hit.score) for hit in hits._python_ranking]
    if not in_sql:
        return ["nothing found"]
    if [row[:2] for row in in_sql] != [row[:2] for row in in_python]:
        return [f"SQL {in_sql}\n    Python {in_python}"]
    if [row[2] for row in in_sql] != pytest.approx([row[2] for row in in_python]):
        return [f"scores differ: SQL {in_sql}\n    Python {in_python}"]
    return []


@postgres_only
def test_sql_ranking_agrees_with_the_python_ranking(many_results):
    problems = []
    for text, language in RANKING_QUERIES:
        hits = search.search(text, language).hits
        problems += [f"{text!r} ({language}): {line}" for line in ranking_disagreements(hits)]

    assert not problems, "\n".join(problems)


@postgres_only
def test_sql_ranking_agrees_with_the_python_ranking_within_filtered_services(many_results):
    services = Service.objects.published().filter(age_from__lte=1)
    hits = Hits(parse("perhe neuvola", "fi"), kinds=["service"], services=services)

    assert ranking_disagreements(hits) == []
    assert len(hits) == len(hits._python_ranking)
    assert {hit.kind for hit in hits} == {"service"}


@pytest.fixture
def varied_catalogue(catalogue):
    """Services with the query words in different fields, so that plans have much to prune."""
    fields = ["name_fi", "keywords", "summary_fi", "description_fi"]
    words = ["perhe", "neuvola", "kerho", "vauva", "arki"]
    for number in range(40):
        texts = {field: [] for field in fields}
        for position, word in enumerate(words):
            if (number + position) % 3:
                texts[fields[(number * (position + 1)) % len(fields)]].append(word)
        keywords = texts.pop("keywords")
        service = make_service(
            slug=f"vaihteleva-{number}",
            name_fi=" ".join(["Palvelu", *texts["name_fi"], str(number)]),
            summary_fi=" ".join(["Tietoa", *texts["summary_fi"]]),
            description_fi=" ".join(["Kuvaus", *texts["description_fi"], "lapsiperheille."]),
        )
        if keywords:
            service.keywords_fi.add(*keywords)


PRUNED_QUERIES = [
    "perhe",
    "neuvola",
    "perhe neuvola",
    "vauva arki kerho",
    "perheneuvola",
    "palvelu 7",
    "kerh",
    "perhe neuvola kerho vauva arki",
]


@pytest.fixture
def pruning(monkeypatch):
    """Every lexeme common, a few documents scored one by one at a time."""
    monkeypatch.setattr(engine, "COMMON_DOCUMENTS", 0)
    monkeypatch.setattr(engine, "PROBE_BATCH", 2)


@postgres_only
@pytest.mark.parametrize("max_unsure", [1500, 3])
def test_pruned_plans_rank_as_scoring_every_match_does(
    varied_catalogue, pruning, monkeypatch, max_unsure
):
    monkeypatch.setattr(engine, "MAX_UNSURE", max_unsure)
    problems, pruned = [], 0
    for text in PRUNED_QUERIES:
        for wanted in (1, 5, 20, 60):
            hits = search.search(text, "fi").hits
            got = hits[0:wanted]
            pruned += hits.ranked_by < 4
            everything = hits._python_ranking[:wanted]
            if [(h.kind, h.object_id) for h in got] != [(h.kind, h.object_id) for h in everything]:
                problems.append(f"{text!r}, best {wanted} by plan {hits.ranked_by}")
            elif [h.score for h in got] != pytest.approx([h.score for h in everything]):
                problems.append(f"{text!r}, best {wanted}: scores differ")

    assert not problems, problems
    assert pruned >= len(PRUNED_QUERIES)  # The plans did prune, not only fall back.


@postgres_only
def test_a_plan_with_too_many_uncertain_documents_gives_way_to_reading_everything(
    varied_catalogue, pruning, monkeypatch
):
    monkeypatch.setattr(engine, "MAX_UNSURE", 0)
    hits = search.search("vauva arki kerho", "fi").hits

    assert [h.object_id for h in hits[0:20]] == [h.object_id for h in hits._python_ranking[:20]]
    assert hits.ranked_by == 4


def test_counting_and_listing_stop_at_max_hits(varied_catalogue, monkeypatch):
    monkeypatch.setattr(engine, "MAX_HITS", 7)
    hits = search.search("palvelu", "fi").hits

    assert len(hits) == 7
    assert hits.has_more
    assert len(list(hits)) == 7
    assert [h.object_id for h in hits] == [h.object_id for h in hits._python_ranking[:7]]
    few = search.search("satakieli", "fi").hits
    assert not few.has_more
    assert len(few) == len(few._python_ranking) == 1


def test_a_search_finding_more_than_are_listed_says_so(client, varied_catalogue, monkeypatch):
    monkeypatch.setattr(engine, "MAX_HITS", 7)
    doc = page(search_page(client, "palvelu"))

    assert doc.find("h1").text == "Yli 7 tulosta haulla ”palvelu”"
    assert "yli 7 tulosta" in doc.find("title").text
    assert "Näytämme niistä 7 parasta" in doc.find(role="status").text
    assert get_json(client, {"q": "palvelu"})["search"]["more"] is True
    assert get_json(client, {"q": "palvelu"})["count"] == 7


@postgres_only
def test_the_vocabulary_never_claims_more_matches_than_there_are(varied_catalogue, monkeypatch):
    monkeypatch.setattr(engine, "MAX_HITS", 5)
    claimed = 0
    for text in [*PRUNED_QUERIES, "tietoa", "kuvaus lapsiperheille", "satakieli"]:
        for kinds in (None, ["service"], ["node"], ["board", "post"]):
            hits = Hits(parse(text, "fi"), kinds=kinds)
            if hits._surely_more_than_max_hits():
                claimed += 1
                assert len(hits._python_ranking) > 5, (text, kinds)
            assert hits.has_more == (len(hits._python_ranking) > 5), (text, kinds)

    assert claimed  # Some counts were skipped.


@postgres_only
@pytest.mark.parametrize("few", [1000, 0])
def test_filtered_search_ranks_as_without_postgresql(varied_catalogue, monkeypatch, few):
    # Few services: each scored from its postings; many (FEW_SERVICES 0): the ranking SQL.
    monkeypatch.setattr(engine, "FEW_SERVICES", few)
    monkeypatch.setattr(engine, "COMMON_DOCUMENTS", 0)
    services = Service.objects.published().filter(slug__startswith="vaihteleva-1")
    hits = Hits(parse("perhe neuvola", "fi"), kinds=["service"], services=services)

    assert ranking_disagreements(hits) == []
    assert len(hits) == len(hits._python_ranking) > 0
    assert {h.object_id for h in hits} <= set(services.values_list("pk", flat=True))


@postgres_only
def test_documents_keep_their_lexemes_for_counting(catalogue):
    service = catalogue["services"]["cafe"]
    service.name_fi = "Perhekahvila Sateenkaari"
    service.save()

    assert len(search.search("sateenkaari", "fi").hits) == 1
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM services_searchdocument WHERE lexemes IS NULL"
            " AND EXISTS (SELECT 1 FROM services_searchposting p WHERE p.document_id = id)"
        )
        assert cursor.fetchone()[0] == 0


@postgres_only
def test_postings_have_a_covering_prefix_index_and_the_vocabulary_a_trigram_index(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE tablename = 'services_searchposting'")
        postings = [row[0] for row in cursor.fetchall()]
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE tablename = 'services_searchterm'")
        vocabulary = [row[0] for row in cursor.fetchall()]

    assert any(
        "(language, level, lexeme varchar_pattern_ops) INCLUDE (document_id, kind, object_id)"
        in definition
        for definition in postings
    ), postings
    assert any("(document_id, lexeme varchar_pattern_ops, level)" in d for d in postings)
    assert any("USING gin (term gin_trgm_ops)" in definition for definition in vocabulary), (
        vocabulary
    )


def test_results_come_before_the_filters_and_an_empty_search_has_no_filters(client, catalogue):
    main = page(search_page(client, "neuvolaan")).find("main")
    sections = [section.attrs.get("aria-labelledby") for section in main.find_all("section")]
    assert sections.index("results-heading") < sections.index("filters-heading")

    empty = page(search_page(client, "qwxzv")).find("main")
    labels = [section.attrs.get("aria-labelledby") for section in empty.find_all("section")]
    assert labels == ["results-heading"]
    assert empty.find("div", class_="pk-empty") is not None

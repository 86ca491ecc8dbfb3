"""manage.py export_services writes what the API's service list gives, all at once."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from tests.factories import make_channel, make_node, make_service


@pytest.fixture
def services(db):
    node = make_node(name_fi="Vauvaperhe", slug="vauvaperhe")
    published = [
        make_service(
            name_fi=f"Palvelu {letter}",
            name_sv=f"Tjänst {letter}",
            nodes=[node],
            languages=["fi", "sv"],
        )
        for letter in "ÖBACÄ"
    ]
    published[0].keywords_sv.add("familj")
    make_channel(service=published[0], name_fi="Perhekeskus", street_address_fi="Veturitie 5")
    make_service(name_fi="Luonnos", status="draft", nodes=[node])
    return published


def api_results(client, language):
    results, url = [], f"/api/v1/services/?lang={language}&page_size=2"
    while url:
        data = client.get(url).json()
        results += data["results"]
        url = data["next"]
    return results


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_export_file_equals_the_api_results(client, services, tmp_path, language):
    output = tmp_path / "palvelut.json"

    call_command(
        "export_services",
        "--lang",
        language,
        "--output",
        str(output),
        "--base-url",
        "http://testserver/",
        stdout=io.StringIO(),
    )

    exported = json.loads(output.read_text(encoding="utf-8"))
    results = api_results(client, language)
    assert exported == {"count": 5, "results": results}
    assert "Luonnos" not in output.read_text(encoding="utf-8")


def test_export_goes_to_standard_output_without_a_file(client, services):
    out = io.StringIO()

    call_command("export_services", "--base-url", "http://testserver", stdout=out)

    data = json.loads(out.getvalue())
    assert data["results"] == api_results(client, "fi")
    assert data["results"][0]["name"] == "Palvelu A"


def test_export_needs_the_site_address_in_production(services):
    with pytest.raises(CommandError, match="--base-url"):
        call_command("export_services", stdout=io.StringIO())


@override_settings(DEBUG=True)
def test_export_in_development_points_at_the_development_server(services):
    out = io.StringIO()

    call_command("export_services", stdout=out)

    assert json.loads(out.getvalue())["results"][0]["url"].startswith("http://127.0.0.1:8000/fi/")


def test_export_to_an_unwritable_place_fails_with_a_message(services, tmp_path):
    with pytest.raises(CommandError, match="Could not write"):
        call_command(
            "export_services",
            "--base-url",
            "http://testserver",
            "--output",
            str(tmp_path / "ei-ole" / "palvelut.json"),
            stdout=io.StringIO(),
        )

"""The service filters: age group, provider type, language and free of charge."""

import pytest
from django.http import QueryDict
from model_bakery import baker

from services.filters import ServiceFilterForm
from services.models import Service
from tests.factories import make_service


def query(text):
    return QueryDict(text)


def matching(data, queryset=None):
    form = ServiceFilterForm(data)
    found = form.filter(queryset if queryset is not None else Service.objects.published())
    return form, sorted(service.slug for service in found)


@pytest.fixture
def aged(db):
    """Services for the pregnancy, for 0–6-year-olds, for teenagers and for everyone."""
    return {
        "pregnancy": make_service(slug="aitiysneuvola", age_from=-1, age_to=-1),
        "small": make_service(slug="lastenneuvola", age_from=0, age_to=6),
        "teen": make_service(slug="nuorisotalo", age_from=13, age_to=17),
        "everyone": make_service(slug="kirjasto", age_from=None, age_to=None),
    }


def test_age_group_finds_services_whose_ages_overlap_it(aged):
    _form, found = matching(query("ika=1-3"))

    assert found == ["kirjasto", "lastenneuvola"]


def test_expecting_families_find_pregnancy_services_and_open_ended_ones(aged):
    _form, found = matching(query("ika=odottava"))

    assert found == ["aitiysneuvola", "kirjasto"]


def test_several_age_groups_widen_the_results(aged):
    _form, found = matching(query("ika=odottava&ika=13-17"))

    assert found == ["aitiysneuvola", "kirjasto", "nuorisotalo"]


def test_provider_type_filter(db):
    parish = baker.make("services.Organisation", name_fi="Seurakunta", type="parish")
    ngo = baker.make("services.Organisation", name_fi="MLL", type="ngo")
    make_service(slug="paivakerho", provider=parish)
    make_service(slug="perhekahvila", provider=ngo)
    make_service(slug="neuvola")

    _form, found = matching(query("tuottaja=parish&tuottaja=ngo"))

    assert found == ["paivakerho", "perhekahvila"]


def test_service_in_two_chosen_languages_is_listed_once(db):
    make_service(slug="kaksikielinen", languages=["fi", "sv"])
    make_service(slug="suomeksi", languages=["fi"])
    make_service(slug="englanniksi", languages=["en"])

    _form, found = matching(query("kieli=fi&kieli=sv"))

    assert found == ["kaksikielinen", "suomeksi"]


def test_free_of_charge_filter(db):
    make_service(slug="maksuton", charge_type="free")
    make_service(slug="maksullinen", charge_type="chargeable")

    _form, found = matching(query("maksuton=1"))

    assert found == ["maksuton"]


def test_different_filters_narrow_the_results(db):
    make_service(slug="osuu", charge_type="free", languages=["sv"], age_from=0, age_to=6)
    make_service(slug="maksaa", charge_type="chargeable", languages=["sv"], age_from=0, age_to=6)
    make_service(slug="vain-suomeksi", charge_type="free", languages=["fi"], age_from=0, age_to=6)
    make_service(slug="nuorille", charge_type="free", languages=["sv"], age_from=13, age_to=17)

    form, found = matching(query("ika=0-1&kieli=sv&maksuton=1"))

    assert form.is_valid()
    assert found == ["osuu"]


def test_no_filters_keep_every_service(aged):
    form, found = matching(query(""))

    assert form.is_valid()
    assert not form.is_filtering
    assert len(found) == 4


def test_unknown_age_group_is_an_error_but_the_valid_ones_still_apply(aged):
    form, found = matching(query("ika=vauva&ika=13-17"))

    assert not form.is_valid()
    assert form.errors["ika"] == ["Valitse ikäryhmä annetuista vaihtoehdoista."]
    assert found == ["kirjasto", "nuorisotalo"]
    assert form.is_filtering


def test_unknown_provider_type_and_language_are_errors(db):
    form = ServiceFilterForm(query("tuottaja=kauppa&kieli=xx"))

    assert not form.is_valid()
    assert set(form.errors) == {"tuottaja", "kieli"}
    assert not form.is_filtering


def test_language_in_the_register_but_unused_is_valid_and_finds_nothing(db):
    make_service(slug="suomeksi", languages=["fi"])

    form, found = matching(query("kieli=se"))

    assert form.is_valid()
    assert found == []


@pytest.mark.parametrize("value", ["1", "on", "true"])
def test_free_of_charge_accepts_what_a_checkbox_sends(db, value):
    form = ServiceFilterForm(query(f"maksuton={value}"))

    assert form.is_valid()
    assert form.cleaned_data["maksuton"] is True
    assert form.is_free_only_checked


@pytest.mark.parametrize("value", ["0", "false", ""])
def test_free_of_charge_off_values_filter_nothing(db, value):
    make_service(slug="maksullinen", charge_type="chargeable")

    form, found = matching(query(f"maksuton={value}"))

    assert form.is_valid()
    assert found == ["maksullinen"]


def test_free_of_charge_with_a_strange_value_is_an_error(db):
    form = ServiceFilterForm(query("maksuton=kyllä"))

    assert not form.is_valid()
    assert "maksuton" in form.errors


def test_language_checkboxes_offer_languages_of_published_services_and_chosen_ones(db):
    make_service(slug="ruotsiksi", languages=["sv"])
    make_service(slug="luonnos", languages=["ru"], status=Service.Status.DRAFT)

    form = ServiceFilterForm(query("kieli=uk"))

    assert [option.data["value"] for option in form.language_options] == ["sv", "uk"]


def test_filter_form_takes_a_plain_dict_as_the_api_passes_it(aged):
    form, found = matching({"ika": ["13-17"], "maksuton": ""})

    assert form.is_valid()
    assert found == ["kirjasto", "nuorisotalo"]


def test_unbound_form_filters_nothing(aged):
    form = ServiceFilterForm()

    assert form.filter(Service.objects.all()).count() == 4
    assert not form.is_filtering

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from perhekeskus.colors import contrast_ratio, relative_luminance
from perhekeskus.models import SiteSettings, UrgentContact, phone_href, validate_brand_colour


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("#000000", "#ffffff", 21.0),
        ("#ffffff", "#000000", 21.0),
        ("#ffffff", "#ffffff", 1.0),
        ("#767676", "#ffffff", 4.54),
        ("#1d5c8c", "#ffffff", 7.09),
        ("#ffdd00", "#ffffff", 1.35),
        ("#0000ff", "#ffffff", 8.59),
        ("#FF0000", "#FFFFFF", 4.0),
    ],
)
def test_contrast_ratio_matches_wcag_values(first, second, expected):
    assert contrast_ratio(first, second) == pytest.approx(expected, abs=0.01)


def test_relative_luminance_of_black_and_white():
    assert relative_luminance("#000000") == 0
    assert relative_luminance("#ffffff") == pytest.approx(1)


@pytest.mark.parametrize("colour", ["#1d5c8c", "#000000", "#767676", "#0B3D91"])
def test_dark_enough_brand_colour_is_accepted(colour):
    validate_brand_colour(colour)


@pytest.mark.parametrize("colour", ["#ffdd00", "#ffffff", "#777777", "#3399ff"])
def test_brand_colour_with_too_little_contrast_to_white_is_refused(colour):
    with pytest.raises(ValidationError) as excinfo:
        validate_brand_colour(colour)

    error = excinfo.value.error_list[0]
    assert error.code == "low_contrast"
    message = " ".join(excinfo.value.messages)
    assert f"{contrast_ratio(colour, '#ffffff'):.2f}:1" in message
    assert "vähintään 4.5:1" in message
    assert "Valitse tummempi väri" in message


@pytest.mark.parametrize("colour", ["", "blue", "#fff", "1d5c8c", "#1d5c8g", "#1d5c8c0"])
def test_brand_colour_must_be_six_digit_hex(colour):
    with pytest.raises(ValidationError) as excinfo:
        validate_brand_colour(colour)

    assert excinfo.value.error_list[0].code == "invalid_colour"


def test_site_settings_validation_refuses_light_brand_colour(db):
    site = SiteSettings.load()
    site.brand_colour = "#ffdd00"

    with pytest.raises(ValidationError) as excinfo:
        site.full_clean()

    assert list(excinfo.value.message_dict) == ["brand_colour"]


def test_load_creates_the_single_row_with_pk_1(db):
    assert not SiteSettings.objects.exists()

    site = SiteSettings.load()

    assert site.pk == 1
    assert SiteSettings.objects.count() == 1
    assert site.portal_name == "Perhekeskus"
    assert site.brand_colour == "#1d5c8c"


def test_load_returns_the_same_row_every_time(db):
    first = SiteSettings.load()
    first.portal_name_fi = "Kuusilahden perhekeskus"
    first.save()

    assert SiteSettings.load().portal_name_fi == "Kuusilahden perhekeskus"
    assert SiteSettings.objects.count() == 1


def test_saving_another_instance_overwrites_the_single_row(db):
    SiteSettings.load()

    SiteSettings(portal_name_fi="Toinen").save()

    assert list(SiteSettings.objects.values_list("pk", "portal_name_fi")) == [(1, "Toinen")]


def test_database_refuses_a_second_row(db):
    SiteSettings.load()

    with pytest.raises(IntegrityError), transaction.atomic():
        SiteSettings.objects.bulk_create([SiteSettings(pk=2)])


def test_urgent_contacts_appear_in_loaded_settings_at_once(db):
    assert list(SiteSettings.load().urgent_contacts.all()) == []

    contact = UrgentContact.objects.create(name_fi="Hätänumero", phone="112")
    assert list(SiteSettings.load().urgent_contacts.all()) == [contact]

    contact.delete()
    assert list(SiteSettings.load().urgent_contacts.all()) == []


def test_urgent_contacts_keep_their_order(db):
    second = UrgentContact.objects.create(name_fi="Kriisipuhelin", phone="09 2525 0111", order=2)
    first = UrgentContact.objects.create(name_fi="Hätänumero", phone="112", order=1)

    assert list(SiteSettings.load().urgent_contacts.all()) == [first, second]


@pytest.mark.parametrize(
    ("number", "href"),
    [
        ("112", "tel:112"),
        ("040 123 4567", "tel:+358401234567"),
        ("09 2525 0111", "tel:+358925250111"),
        ("+358 40 123 4567", "tel:+358401234567"),
        ("0800 98 000", "tel:+35880098000"),
        ("116 111", "tel:116111"),
    ],
)
def test_phone_href_turns_finnish_numbers_into_international_tel_urls(number, href):
    assert phone_href(number) == href


@pytest.mark.parametrize("row_exists", [True, False])
def test_cached_site_settings_need_no_query_even_right_after_creation(
    db, django_assert_num_queries, row_exists
):
    if row_exists:
        SiteSettings.objects.create()
    SiteSettings.load()

    with django_assert_num_queries(0):
        list(SiteSettings.load().urgent_contacts.all())

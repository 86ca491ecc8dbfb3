from django.template import Context, Template


def render(template, **context):
    return Template("{% load portal %}" + template).render(Context(context))


def test_tel_filter_makes_an_international_tel_url():
    assert render("{{ phone|tel }}", phone="040 123 4567") == "tel:+358401234567"


def test_tel_filter_keeps_short_service_numbers():
    assert render("{{ phone|tel }}", phone="112") == "tel:112"


def test_tel_filter_accepts_a_missing_number():
    assert render("{{ phone|tel }}", phone=None) == "tel:"

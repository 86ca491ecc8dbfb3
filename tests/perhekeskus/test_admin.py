"""The site settings in the admin: one record, edited through a tabbed fi/sv/en form."""

import pytest
from django.urls import reverse

from perhekeskus.models import SiteSettings
from tests.html import form_data, page
from tests.pages import reverse_in

CHANGE_URL = "/admin/perhekeskus/sitesettings/1/change/"


@pytest.fixture
def admin_client(client, main_user):
    client.force_login(main_user)
    return client


def change_form(admin_client):
    """The form as the main user opens it: from the admin index, through the changelist."""
    response = admin_client.get(reverse("admin:perhekeskus_sitesettings_changelist"), follow=True)
    assert response.redirect_chain == [(CHANGE_URL, 302)]
    return form_data(page(response).find("form", id="sitesettings_form"))


def test_changelist_opens_the_single_record(admin_client):
    response = admin_client.get(reverse("admin:perhekeskus_sitesettings_changelist"))

    assert response.status_code == 302
    assert response["Location"] == CHANGE_URL
    assert SiteSettings.objects.get().pk == 1


def test_site_settings_cannot_be_added_or_deleted(admin_client):
    SiteSettings.load()

    assert admin_client.get(reverse("admin:perhekeskus_sitesettings_add")).status_code == 403
    delete_url = reverse("admin:perhekeskus_sitesettings_delete", args=[1])
    assert admin_client.get(delete_url).status_code == 403
    assert admin_client.post(delete_url, {"post": "yes"}).status_code == 403
    assert SiteSettings.objects.count() == 1


def test_change_form_has_a_tab_for_each_language(admin_client):
    data = change_form(admin_client)

    assert {"portal_name_fi", "portal_name_sv", "portal_name_en", "brand_colour"} <= set(data)
    assert "portal_name" not in data


def test_admin_refuses_low_contrast_brand_colour_and_keeps_entered_values(admin_client):
    data = change_form(admin_client)
    data.update(
        brand_colour="#ffdd00", portal_name_fi="Kuusilahden perhekeskus", phone="040 123 4567"
    )

    response = admin_client.post(CHANGE_URL, data)

    assert response.status_code == 200
    doc = page(response)
    errors = " ".join(e.text for e in doc.find_all(class_="errorlist"))
    assert "1.35:1" in errors
    assert "vähintään 4.5:1" in errors
    kept = form_data(doc.find("form", id="sitesettings_form"))
    assert (kept["brand_colour"], kept["portal_name_fi"], kept["phone"]) == (
        "#ffdd00",
        "Kuusilahden perhekeskus",
        "040 123 4567",
    )
    site = SiteSettings.objects.get()
    assert (site.brand_colour, site.portal_name_fi) == ("#1d5c8c", "Perhekeskus")


def test_admin_saves_dark_brand_colour_and_urgent_contacts(admin_client):
    data = change_form(admin_client)
    data.update(
        {
            "brand_colour": "#0b3d91",
            "portal_name_fi": "Kuusilahden perhekeskus",
            "urgent_contacts-TOTAL_FORMS": "1",
            "urgent_contacts-0-name_fi": "Kriisipuhelin",
            "urgent_contacts-0-phone": "09 2525 0111",
            "urgent_contacts-0-order": "1",
        }
    )

    response = admin_client.post(CHANGE_URL, data)

    assert response.status_code == 302, page(response).find_all(class_="errorlist")
    site = SiteSettings.load()
    assert (site.brand_colour, site.portal_name_fi) == ("#0b3d91", "Kuusilahden perhekeskus")
    assert [c.name_fi for c in site.urgent_contacts.all()] == ["Kriisipuhelin"]


def test_translation_emptied_in_admin_falls_back_to_finnish(admin_client):
    data = change_form(admin_client)
    data.update(portal_name_fi="Kuusilahden perhekeskus", portal_name_sv="", portal_name_en="")
    assert admin_client.post(CHANGE_URL, data).status_code == 302

    for language in ("sv", "en"):
        doc = page(admin_client.get(reverse_in(language, "services:home")))
        assert doc.find("h1").text == "Kuusilahden perhekeskus", language


def test_saved_settings_show_on_the_site_at_once(admin_client):
    admin_client.get(reverse_in("fi", "services:home"))
    data = change_form(admin_client)
    data.update(portal_name_fi="Uusi nimi")
    admin_client.post(CHANGE_URL, data)

    doc = page(admin_client.get(reverse_in("fi", "services:home")))

    assert doc.find("h1").text == "Uusi nimi"


def test_change_page_opened_directly_on_a_fresh_database_creates_the_record(admin_client):
    SiteSettings.objects.all().delete()

    response = admin_client.get(CHANGE_URL)

    assert response.status_code == 200
    assert SiteSettings.objects.filter(pk=1).exists()

import pytest
from django.urls import reverse

from perhekeskus.roles import CONTENT_EDITOR
from services.models import AccessibilityStatement, PrivacyNotice
from tests.factories import make_staff


@pytest.fixture
def editor_client(client, db):
    client.force_login(make_staff(CONTENT_EDITOR))
    return client


@pytest.mark.parametrize("model", [AccessibilityStatement, PrivacyNotice])
def test_statement_changelist_opens_the_single_record(editor_client, model):
    opts = model._meta

    response = editor_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))

    assert response.status_code == 302
    assert response["Location"] == reverse(
        f"admin:{opts.app_label}_{opts.model_name}_change", args=[1]
    )
    assert editor_client.get(response["Location"]).status_code == 200
    assert model.objects.get().pk == 1


@pytest.mark.parametrize("model", [AccessibilityStatement, PrivacyNotice])
def test_statement_cannot_be_added_or_deleted(editor_client, model):
    opts = model._meta
    model.load()

    assert (
        editor_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_add")).status_code
        == 403
    )
    delete_url = reverse(f"admin:{opts.app_label}_{opts.model_name}_delete", args=[1])
    assert editor_client.post(delete_url, {"post": "yes"}).status_code == 403
    assert model.objects.count() == 1

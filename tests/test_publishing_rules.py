"""Required sections: drafts may be incomplete, publishing is refused until they are filled."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from models_library.models import OperationalModelPage
from models_library.sections import SECTIONS

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = User.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def model_form_data(action, **sections):
    data = {
        "title": "Uusi malli",
        "slug": "uusi-malli",
        "lead": "Lyhyt kuvaus.",
        "stage": "co_development",
        "publication_kind": "version",
        "change_note": "",
        "tags": "",
        "unplaced": streamfield([]),  # the tab of imported parts not placed yet
    }
    for section in SECTIONS:
        blocks = sections.get(section.key, [])
        data[section.key] = streamfield([("paragraph", rich_text(text)) for text in blocks])
    data.update({"action-publish": "publish"} if action == "publish" else {})
    return nested_form_data(data)


def add_url(library):
    return reverse("wagtailadmin_pages:add", args=("models_library", "operationalmodelpage", library.pk))


def test_draft_with_empty_required_sections_can_be_saved(editor_client, site_tree):
    response = editor_client.post(add_url(site_tree["library"]), model_form_data("save"))

    assert response.status_code == 302
    page = OperationalModelPage.objects.get(slug="uusi-malli")
    assert page.live is False


def test_publishing_is_refused_while_a_required_section_is_empty(editor_client, site_tree):
    filled = {"basic_idea": ["Perusidea."], "environment": ["Ympäristö."], "conditions": ["Ehdot."]}

    response = editor_client.post(add_url(site_tree["library"]), model_form_data("publish", **filled))

    assert response.status_code == 200
    assert not OperationalModelPage.objects.filter(slug="uusi-malli").exists()
    assert "target_group" in response.context["form"].errors


def test_publishing_succeeds_when_required_sections_are_filled(editor_client, site_tree):
    filled = {key: ["Tekstiä."] for key in ("basic_idea", "environment", "conditions", "target_group")}

    response = editor_client.post(add_url(site_tree["library"]), model_form_data("publish", **filled))

    assert response.status_code == 302
    assert OperationalModelPage.objects.get(slug="uusi-malli").live is True


def test_required_sections_are_the_ones_innokyla_requires():
    required = {section.key for section in SECTIONS if section.required}

    assert required == {"basic_idea", "environment", "conditions", "target_group"}

"""The editor's block picker shows what each block looks like on the site, in the editor's language."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from models_library.blocks import CONTENT_BLOCKS

pytestmark = pytest.mark.django_db

# Blocks whose example needs a chosen image or document, or that come from Wagtail as they are, show a description.
EXAMPLES = {
    "heading": "Ketkä osallistuvat verkostotapaamiseen",
    "quote": "kokemusasiantuntija, vanhempi",
    "process": "Kysy, kenet nuori haluaa kutsua.",
    "link": "Innokylä: toimintamallien kirjasto",
    "checklist": "Kaikki kutsutut tietävät ajan ja paikan",
}


@pytest.fixture
def editor(client):
    client.force_login(User.objects.create_superuser("editor", "editor@example.org", "pw"))
    return client


def preview(client, block):
    return client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})


def test_each_block_with_an_example_is_previewed_in_the_sites_styles(editor):
    blocks = dict(CONTENT_BLOCKS)
    assert {name for name, block in CONTENT_BLOCKS if block.is_previewable} == set(EXAMPLES)
    for name, example in EXAMPLES.items():
        response = preview(editor, blocks[name])
        html = response.content.decode()
        assert response.status_code == 200, name
        assert example in html, name
        assert "css/site.css" in html


def test_blocks_tell_the_editor_what_they_are_for():
    described = {name for name, block in CONTENT_BLOCKS if block.get_description()}
    assert described == {name for name, _block in CONTENT_BLOCKS} - {"image"}


def test_only_editors_see_block_previews(client):
    response = preview(client, dict(CONTENT_BLOCKS)["heading"])
    assert response.status_code == 302
    assert "Ketkä osallistuvat" not in response.content.decode()

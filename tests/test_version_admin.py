"""Facilitators publish versions from the Wagtail editor: change note, pilot or correction, version list."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from models_library.models import ModelVersion, OperationalModelPage
from models_library.sections import SECTIONS
from testing.factories import make_model

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    client.force_login(User.objects.create_superuser("editor", "editor@example.org", "pw"))
    return client


@pytest.fixture
def model(site_tree):
    return make_model(site_tree["library"], "Malli")


def edit_data(page, *, kind="version", note="", publish=True, basic_idea="Uusi perusidea."):
    data = {
        "title": page.title,
        "slug": page.slug,
        "lead": page.lead,
        "stage": page.stage,
        "tags": "",
        "publication_kind": kind,
        "change_note": note,
        "unplaced": streamfield([]),  # the tab of imported parts not placed yet
    }
    for section in SECTIONS:
        text = basic_idea if section.key == "basic_idea" else f"{section.key} teksti."
        data[section.key] = streamfield([("paragraph", rich_text(text))])
    if publish:
        data["action-publish"] = "publish"
    return nested_form_data(data)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def test_second_version_needs_a_change_note(editor, model):
    response = editor.post(edit_url(model), edit_data(model, note=""))

    assert response.status_code == 200
    assert "change_note" in response.context["form"].errors
    assert ModelVersion.objects.for_page(model).count() == 1


def test_publishing_with_a_note_makes_version_two(editor, model):
    response = editor.post(edit_url(model), edit_data(model, note="Palautteen pohjalta."))

    assert response.status_code == 302
    version = ModelVersion.objects.for_page(model).newest_first().first()
    assert (version.number, version.change_note, version.published_by.username) == (2, "Palautteen pohjalta.", "editor")


def test_pilot_and_correction_are_chosen_in_the_editor(editor, model):
    editor.post(edit_url(model), edit_data(model, kind="pilot", note="Kokeiluun."))
    editor.post(edit_url(model), edit_data(model, kind="correction", note="Typo.", basic_idea="Korjattu."))

    labels = [(v.number, v.correction, v.is_pilot) for v in ModelVersion.objects.for_page(model).order_by("pk")]
    assert labels == [(1, 0, False), (2, 0, True), (2, 1, True)]


def test_saving_a_draft_needs_no_note_and_makes_no_version(editor, model):
    response = editor.post(edit_url(model), edit_data(model, publish=False))

    assert response.status_code == 302
    assert ModelVersion.objects.for_page(model).count() == 1


def test_a_new_edit_starts_with_an_empty_note(editor, model):
    editor.post(edit_url(model), edit_data(model, note="Vanha muistiinpano."))

    response = editor.get(edit_url(model))

    assert response.context["form"].initial["change_note"] == ""


def test_editor_lists_published_versions(editor, model):
    html = editor.get(edit_url(model)).content.decode()

    assert model.reverse_subpage("version", args=(1,)) in html


def test_model_with_versions_cannot_be_deleted_in_the_admin(editor, model):
    response = editor.post(reverse("wagtailadmin_pages:delete", args=(model.pk,)))

    assert response.status_code == 302
    assert OperationalModelPage.objects.filter(pk=model.pk).exists()


def test_unpublished_model_without_versions_can_be_deleted(editor, site_tree):
    draft = make_model(site_tree["library"], "Luonnos", publish=False)

    editor.post(reverse("wagtailadmin_pages:delete", args=(draft.pk,)))

    assert not OperationalModelPage.objects.filter(pk=draft.pk).exists()

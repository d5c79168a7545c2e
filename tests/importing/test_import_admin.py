"""The import screens in the admin: who may import where, the summary, and publishing after an import."""

from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from models_library.importing.actions import do_import_model
from models_library.models import OperationalModelPage
from models_library.sections import SECTIONS
from tests.importing import documents

pytestmark = pytest.mark.django_db

MODEL_PAGE = Path(__file__).parent.parent / "data" / "innokyla_002_monialainen_yhteistyo.txt"
BUTTON = "Import from Word or Innokylä"


def admin_user(django_user_model, username, *, may_add_under=None):
    """An admin user in English; with `may_add_under`, an editor who may add pages under that page."""
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "x")
    group = Group.objects.create(name=f"Ryhmä {username}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    if may_add_under is not None:
        for codename in ("add_page", "change_page"):
            GroupPagePermission.objects.create(
                group=group, page=may_add_under, permission=Permission.objects.get(codename=codename)
            )
    user.groups.add(group)
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    return user


@pytest.fixture
def editor(client, django_user_model, site_tree):
    client.force_login(admin_user(django_user_model, "toimittaja", may_add_under=site_tree["library"]))
    return client


@pytest.fixture
def reader(client, django_user_model, site_tree):
    """May open the admin, but add nothing under the library."""
    client.force_login(admin_user(django_user_model, "lukija"))
    return client


def import_url(page):
    return reverse("models_library_import", args=[page.pk])


def test_user_without_add_permission_gets_403_and_nothing_is_created(reader, site_tree):
    library = site_tree["library"]
    assert reader.get(import_url(library)).status_code == 403
    response = reader.post(import_url(library), {"text": MODEL_PAGE.read_text()})
    assert response.status_code == 403
    assert not OperationalModelPage.objects.exists()


def test_import_only_under_a_model_library(editor, client, django_user_model, site_tree):
    superuser = django_user_model.objects.create_superuser("paakayttaja", "paa@example.org", "x")
    client.force_login(superuser)
    assert client.get(import_url(site_tree["home"])).status_code == 403
    assert client.get(import_url(site_tree["library"])).status_code == 200


def test_editor_imports_pasted_innokyla_text_and_sees_what_went_where(editor, site_tree):
    response = editor.post(import_url(site_tree["library"]), {"text": MODEL_PAGE.read_text(), "title": ""})
    page = OperationalModelPage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("models_library_import_summary", args=[page.pk])
    assert not page.live and page.first_published_at is None
    html = editor.get(response["Location"]).content.decode()
    assert "Operating environment" in html and "Toimintaympäristö" in html
    assert "Target group and client understanding" in html and "Kohderyhmä ja asiakasymmärrys" in html
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html
    assert "Conditions for functioning and implementation" in html  # a required section left empty


def test_editor_uploads_word_and_the_summary_lists_the_unplaced_part(editor, site_tree):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = editor.post(
        import_url(site_tree["library"]),
        {"document": SimpleUploadedFile("malli.docx", documents.model_description()), "title": "Oma nimi"},
    )
    page = OperationalModelPage.objects.get()
    assert page.title == "Oma nimi"
    html = editor.get(response["Location"]).content.decode()
    assert "Budjetti ja aikataulu" in html
    assert "the heading names no section" in html
    assert "1 table" in html


def test_import_button_is_on_the_library_and_its_row_only(editor, client, django_user_model, site_tree):
    library, home = site_tree["library"], site_tree["home"]
    assert BUTTON in editor.get(reverse("wagtailadmin_explore", args=[library.pk])).content.decode()
    client.force_login(django_user_model.objects.create_superuser("paakayttaja", "paa@example.org", "x"))
    listing = client.get(reverse("wagtailadmin_explore", args=[home.pk])).content.decode()
    assert import_url(library) in listing
    assert import_url(home) not in listing


def test_summary_needs_permission_to_edit_the_draft(reader, site_tree):
    page, _summary = do_import_model(parent=site_tree["library"], user=None, text=MODEL_PAGE.read_text())
    assert reader.get(reverse("models_library_import_summary", args=[page.pk])).status_code == 403


def edit_form_data(page, **changes):
    sections = {
        section.key: streamfield([("paragraph", rich_text(f"<p>{section.key}</p>"))])
        for section in SECTIONS
        if section.key != "attachments"
    }
    data = {
        "title": page.title,
        "slug": page.slug,
        "lead": page.lead or "Lyhyt kuvaus.",
        "stage": page.stage,
        "publication_kind": "version",
        "attachments": streamfield([]),
        "unplaced": streamfield([("paragraph", rich_text("<p>Sijoittamaton kappale.</p>"))]),
        "tags": "",
        **sections,
        **changes,
    }
    return nested_form_data(data)


def test_a_draft_with_parts_not_placed_cannot_be_published(client, django_user_model, site_tree):
    publisher = django_user_model.objects.create_superuser("julkaisija", "julkaisija@example.org", "x")
    UserProfile.objects.update_or_create(user=publisher, defaults={"preferred_language": "en"})
    client.force_login(publisher)
    page, _summary = do_import_model(parent=site_tree["library"], user=None, data=documents.model_description())
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.post(edit, {**edit_form_data(page), "action-publish": "publish"})
    assert response.status_code == 200
    assert "Move these imported parts into their sections" in response.content.decode()
    page.refresh_from_db()
    assert not page.live
    response = client.post(edit, {**edit_form_data(page, unplaced=streamfield([])), "action-publish": "publish"})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live

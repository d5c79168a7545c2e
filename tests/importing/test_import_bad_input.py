"""Every kind of bad input is refused with a clear message, creates nothing, and the form keeps what was typed."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from wagtail.users.models import UserProfile

from models_library.importing.actions import do_import_model
from models_library.importing.errors import ImportRefused
from models_library.models import OperationalModelPage
from tests.importing import documents

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + b"This program cannot be run"


def spreadsheet():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        )
        package.writestr("xl/workbook.xml", "<workbook/>")
    return out.getvalue()


def zip_without_content_types():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("kuvat/kuva.txt", "ei Word")
    return out.getvalue()


def broken_document_part():
    """A package that says it is Word, but whose document part is not XML."""
    source = zipfile.ZipFile(io.BytesIO(documents.model_description()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = b"<w:document>rikki" if item.filename == "word/document.xml" else source.read(item.filename)
            target.writestr(item, content)
    return out.getvalue()


# Django's own file field refuses an empty upload, in its own words, before the importer sees it.
FORM_REASONS = {"empty file": "The submitted file is empty."}
BAD_FILES = {
    "truncated": (lambda: documents.model_description()[:3000], "The Word document is damaged"),
    "broken document part": (broken_document_part, "The Word document is damaged"),
    "password": (lambda: documents.password_protected(documents.model_description()), "protected with a password"),
    "png renamed": (lambda: PNG, "This is not a Word document (.docx) or a text file"),
    "exe renamed": (lambda: EXE, "This is not a Word document (.docx) or a text file"),
    "macros": (lambda: documents.with_macros(documents.model_description()), "The document contains macros"),
    "empty document": (documents.empty_document, "The document is empty"),
    "empty file": (lambda: b"", "The file is empty"),
    "spreadsheet": (spreadsheet, "This Office file is not a Word document"),
    "zip, not Office": (zip_without_content_types, "This is a zip file but not a Word document"),
}


@pytest.fixture
def editor(client, django_user_model):
    """A superuser whose admin speaks English, so the messages read here as in the code."""
    user = django_user_model.objects.create_superuser("toimittaja", "toimittaja@example.org", "x")
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    client.force_login(user)
    return client


@pytest.fixture
def english():
    with translation.override("en"):
        yield


def import_url(library):
    return reverse("models_library_import", args=[library.pk])


@pytest.mark.parametrize("kind", BAD_FILES)
def test_bad_file_is_refused_with_its_reason_and_creates_nothing(editor, site_tree, kind):
    make, reason = BAD_FILES[kind]
    reason = FORM_REASONS.get(kind, reason)
    before = OperationalModelPage.objects.count()
    response = editor.post(
        import_url(site_tree["library"]),
        {"document": SimpleUploadedFile("malli.docx", make()), "title": "Oma nimi säilyy"},
    )
    assert response.status_code == 200
    assert escape(reason) in response.content.decode()
    assert 'role="alert"' in response.content.decode()
    assert 'value="Oma nimi säilyy"' in response.content.decode()
    assert OperationalModelPage.objects.count() == before


@pytest.mark.parametrize("kind", BAD_FILES)
def test_bad_file_is_refused_by_the_action_itself(site_tree, english, kind):
    make, reason = BAD_FILES[kind]
    with pytest.raises(ImportRefused, match=reason.replace("(", r"\(").replace(")", r"\)").replace(".", r"\.")):
        do_import_model(parent=site_tree["library"], user=None, data=make())
    assert not OperationalModelPage.objects.exists()


def test_too_large_file_is_refused_before_it_is_read(editor, site_tree, settings):
    settings.MODEL_IMPORT_MAX_UPLOAD_SIZE = 1000
    response = editor.post(
        import_url(site_tree["library"]),
        {"document": SimpleUploadedFile("iso.docx", documents.model_description()), "title": "Iso"},
    )
    assert response.status_code == 200
    assert "The file is too large to import" in response.content.decode()
    assert not OperationalModelPage.objects.exists()


def test_document_that_unpacks_too_large_is_refused(site_tree, settings, english):
    settings.MODEL_IMPORT_MAX_UNPACKED_SIZE = 2000
    with pytest.raises(ImportRefused, match="unpacks to"):
        do_import_model(parent=site_tree["library"], user=None, data=documents.model_description())
    assert not OperationalModelPage.objects.exists()


def test_pasted_text_that_is_only_spaces_asks_for_input_and_keeps_the_title(editor, site_tree):
    response = editor.post(import_url(site_tree["library"]), {"text": "  \n ", "title": "Nimi"})
    assert response.status_code == 200
    assert "Choose a file to import, or paste the text of an Innokylä page." in response.content.decode()
    assert 'value="Nimi"' in response.content.decode()
    assert not OperationalModelPage.objects.exists()


def test_file_and_pasted_text_together_are_refused_and_the_text_is_kept(editor, site_tree):
    response = editor.post(
        import_url(site_tree["library"]),
        {"document": SimpleUploadedFile("malli.docx", documents.model_description()), "text": "Liitetty teksti"},
    )
    assert response.status_code == 200
    assert "Choose a file or paste text, not both." in response.content.decode()
    assert "Liitetty teksti" in response.content.decode()
    assert not OperationalModelPage.objects.exists()


def test_file_is_judged_by_content_not_by_name(editor, site_tree):
    """A Word document named .txt is still read as Word; a PNG named .txt is still refused."""
    library = site_tree["library"]
    response = editor.post(
        import_url(library), {"document": SimpleUploadedFile("malli.txt", documents.model_description())}
    )
    assert response.status_code == 302
    assert OperationalModelPage.objects.get().basic_idea
    response = editor.post(import_url(library), {"document": SimpleUploadedFile("kuva.txt", PNG)})
    assert "This is not a Word document (.docx) or a text file" in response.content.decode()
    assert OperationalModelPage.objects.count() == 1

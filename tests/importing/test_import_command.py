"""`manage.py import_innokyla FILE [--parent ID]` imports as the admin screen does and prints the summary."""

import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from models_library.models import OperationalModelPage
from tests.importing import documents

pytestmark = pytest.mark.django_db

MODEL_PAGE = Path(__file__).parent.parent / "data" / "innokyla_002_monialainen_yhteistyo.txt"


def run(*args):
    out = io.StringIO()
    with translation.override("en"):
        call_command("import_innokyla", *map(str, args), stdout=out)
    return out.getvalue()


def test_command_imports_innokyla_text_as_a_draft_and_prints_what_went_where(site_tree):
    output = run(MODEL_PAGE, "--parent", site_tree["library"].pk)
    page = OperationalModelPage.objects.get()
    assert not page.live
    assert page.get_parent().pk == site_tree["library"].pk
    assert "Name: Monialainen yhteistyö ja systeeminen lähestymistapa lastensuojelun asiakkuudessa" in output
    assert "Operating environment ← “Toimintaympäristö”: 2 paragraphs" in output
    assert "Required sections still empty: Conditions for functioning and implementation" in output
    assert f"Draft {page.pk} created (not published)" in output


def test_command_finds_the_library_by_itself_and_takes_a_title(site_tree, tmp_path):
    document = tmp_path / "malli.docx"
    document.write_bytes(documents.model_description())
    output = run(document, "--title", "Komennon malli")
    page = OperationalModelPage.objects.get()
    assert page.title == "Komennon malli"
    assert "Not placed: “Budjetti ja aikataulu” (the heading names no section): 1 paragraph" in output


def test_command_refuses_bad_input_and_creates_nothing(site_tree, tmp_path):
    protected = tmp_path / "suojattu.docx"
    protected.write_bytes(documents.password_protected(documents.model_description()))
    with pytest.raises(CommandError, match="protected with a password"):
        run(protected)
    with pytest.raises(CommandError, match="Cannot read"):
        run(tmp_path / "puuttuu.txt")
    with pytest.raises(CommandError, match="No model library page 999999"):
        run(MODEL_PAGE, "--parent", 999999)
    assert not OperationalModelPage.objects.exists()

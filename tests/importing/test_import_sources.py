"""Importing the text of Innokylä pages and a Word document gives drafts with each part in its field."""

from pathlib import Path

import pytest
from django.db import transaction
from django.utils import translation

from models_library.comparison import block_text
from models_library.importing.actions import do_import_model, import_summary
from testing.factories import build_site
from tests.caches import empty_the_cache
from tests.importing import documents

pytestmark = pytest.mark.django_db

DATA = Path(__file__).parent.parent / "data"
PROJECT_PAGE = DATA / "innokyla_001_tulevaisuuden_lastensuojelu.txt"
MODEL_PAGE = DATA / "innokyla_002_monialainen_yhteistyo.txt"


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Three imports, once for the module, rolled back at its end."""
    with django_db_blocker.unblock(), transaction.atomic(), translation.override("fi"):
        empty_the_cache()
        library = build_site()["library"]
        imported = {
            "project": do_import_model(parent=library, user=None, text=PROJECT_PAGE.read_text(), source_name="001"),
            "model": do_import_model(parent=library, user=None, data=MODEL_PAGE.read_bytes(), source_name="002.txt"),
            "word": do_import_model(
                parent=library, user=None, data=documents.model_description(), source_name="malli.docx"
            ),
        }
        yield {name: (page.get_latest_revision_as_object(), summary) for name, (page, summary) in imported.items()}
        transaction.set_rollback(True)
    empty_the_cache()


def texts(stream):
    return "\n".join(block_text(block) for block in stream)


def test_every_import_is_a_draft_that_was_never_published(world):
    for page, _summary in world.values():
        assert not page.live
        assert page.first_published_at is None
        assert page.get_latest_revision() is not None


def test_innokyla_model_page_sections_land_in_their_fields(world):
    page, summary = world["model"]
    assert page.title == "Monialainen yhteistyö ja systeeminen lähestymistapa lastensuojelun asiakkuudessa"
    assert page.lead.startswith("Monialaisen yhteistyön kehittäminen alueella.")
    assert texts(page.environment).startswith("Selvitysten mukaan lastensuojelun asiakkailla")
    assert "Toimintamallin kehittäminen on tarpeen" in texts(page.environment)
    assert texts(page.needs).startswith("Ammattilaisten näkökulmasta monialainen työskentely")
    assert texts(page.target_change).startswith("Lasten ja nuorten syrjäytymisvaaran ehkäisy")
    assert "Kokemusasiantuntijat osallistuneet kehittämiseen" in texts(page.target_group)
    assert texts(page.basic_idea).startswith("Monialaisen yhteistyön mallintaminen")
    assert not page.unplaced
    assert [section["key"] for section in summary["sections"]] == [
        "basic_idea",
        "environment",
        "needs",
        "target_change",
        "target_group",
    ]


def test_innokyla_required_mark_and_case_do_not_hide_a_heading(world):
    _page, summary = world["model"]
    headings = {part["heading"] for section in summary["sections"] for part in section["parts"]}
    assert {"Toimintaympäristö", "Ratkaisun perusidea", "Kohderyhmä ja asiakasymmärrys"} <= headings


def test_innokyla_project_page_fills_basic_information(world):
    page, summary = world["project"]
    assert page.title.startswith("Tulevaisuuden lastensuojelu -hanke (2020-2022)")
    assert page.lead.startswith("Tulevaisuuden Lastensuojelu -hankkeen tarkoituksena oli kehittää")
    assert page.funder == "Sosiaali- ja terveysministeriö (STM)"
    assert page.contact_name == "Jaana Leppäkorpi; projektipäällikkö"
    assert page.contact_organisation == "Socca - Uudenmaan sosiaalialan osaamiskeskus"
    assert page.contact_email == "jaana.leppakorpi@hus.fi"
    assert {note["heading"]: note["value"] for note in summary["notes"]} == {
        "Luotu": "22.02.2022",
        "Viimeksi muokattu": "19.12.2022",
    }


def test_innokyla_project_page_development_path_and_its_other_parts(world):
    page, summary = world["project"]
    assert texts(page.starting_point).startswith("Tulevaisuuden Lastensuojelu -hankkeen tarkoituksena on kehittää")
    # A project page's own headings have no place in a model: they wait under "not placed", each with its text.
    unplaced = {row["heading"]: row for row in summary["unplaced"]}
    assert {"Kokonaisuuden tarkoitus ja tavoitteet", "Toimiaika", "Toimijat", "Päämäärä ja päätavoite"} <= set(unplaced)
    assert unplaced["Kokonaisuuden tarkoitus ja tavoitteet"]["lists"] == 2
    unplaced_text = texts(page.unplaced)
    assert "Lastensuojelun Keskusliitto" in unplaced_text
    assert "Hankkeen dialoginen arviointi" in unplaced_text
    assert "Created with Sketch" not in unplaced_text + page.title


def test_word_document_sections_keep_bold_links_lists_and_tables(world):
    page, _summary = world["word"]
    assert page.title == "Perhetyön malli"
    assert page.lead == "Perhetyön malli kuvaa, miten perhettä tuetaan kotona."
    idea = page.basic_idea
    html = idea[0].value.source
    assert "<strong>viikoittain</strong>" in html
    assert '<a href="https://thl.fi/perhetyo">THL:n ohje</a>' in html
    assert "<ul><li>Ensimmäinen tapaaminen</li><li>Seurantatapaaminen</li></ul>" in html
    assert [block.block_type for block in idea] == ["paragraph", "heading", "paragraph"]
    assert idea[1].value["text"] == "Tapaamisten rytmi"
    table = page.environment[0]
    assert table.block_type == "table"
    assert [column["heading"] for column in table.value.columns] == ["Palvelu", "Vastuu"]
    assert "HUS" in block_text(table)
    assert '<th scope="col">Palvelu</th>' in str(table.render())


def test_word_document_swedish_heading_and_unknown_heading(world):
    page, summary = world["word"]
    assert texts(page.target_group) == "Familjer med barn under 18 år."
    assert [block.block_type for block in page.unplaced] == ["heading", "paragraph"]
    assert page.unplaced[0].value["text"] == "Budjetti ja aikataulu"
    assert texts(page.unplaced).endswith("Kustannukset katetaan hankerahoituksella.")
    [row] = summary["unplaced"]
    assert (row["heading"], row["reason"], row["paragraphs"]) == ("Budjetti ja aikataulu", "no_match", 1)
    assert summary["empty_required"] == ["conditions"]


def test_word_document_links_under_attachments_become_link_blocks(world):
    page, _summary = world["word"]
    [link] = page.attachments
    assert link.block_type == "link"
    assert link.value["url"] == "https://innokyla.fi/fi/toimintamalli/perhetyo"
    assert link.value["title"] == "Mallin sivu Innokylässä"


def test_summary_is_on_record_for_the_draft(world):
    page, summary = world["word"]
    assert import_summary(page) == summary
    assert summary["source"] == "malli.docx"

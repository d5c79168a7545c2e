"""A version's other documents: the checklist alone, Word, the Innokylä export; and who may download them."""

import io

import pytest
from docx import Document
from wagtail.models import PageViewRestriction

from models_library.models import ModelVersion, OperationalModelPage
from models_library.sections import DESCRIPTION, DEVELOPMENT_PATH, sections_in
from testing.factories import make_model
from tests.documents import CHECKLIST_ID, ITEMS, is_a4, make_documented_model, pdf_text, read_pdf

pytestmark = pytest.mark.django_db


@pytest.fixture
def model(site_tree):
    return make_documented_model(site_tree["library"])


def subpage(page, name, *args):
    return page.url + page.reverse_subpage(name, args=args)


def content(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


# The checklist alone


def test_checklist_prints_alone_on_one_a4_page_with_two_columns_of_tick_boxes(client, model):
    response = client.get(subpage(model, "checklist_pdf", 2, 0, CHECKLIST_ID))

    assert response.status_code == 200
    reader = read_pdf(content(response))
    assert len(reader.pages) <= 2 and all(is_a4(page) for page in reader.pages)
    text = pdf_text(reader)
    assert "Tarkistuslista verkostopalaveriin" in text
    assert "Työntekijä" in text and "Nuori / perhe" in text
    assert all(item in text for item in ITEMS)
    assert text.count("☐") == 2 * len(ITEMS)
    # Only the checklist: the rest of the description stays out.
    assert "Verkostopalaverissa sovitaan" not in text


def test_version_page_offers_to_print_the_checklist(client, model):
    html = client.get(subpage(model, "version", 2)).content.decode()

    assert subpage(model, "checklist_pdf", 2, 0, CHECKLIST_ID) in html


def test_checklist_that_the_version_does_not_have_is_not_found(client, model):
    assert client.get(subpage(model, "checklist_pdf", 1, 0, CHECKLIST_ID)).status_code == 404
    assert client.get(subpage(model, "checklist_pdf", 2, 0, "ei-tällaista")).status_code == 404


# Word


def test_word_document_has_the_headings_in_order_and_real_lists(client, model):
    response = client.get(subpage(model, "publication_docx", 2, 0))

    assert response["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.wordprocessingml")
    document = Document(io.BytesIO(content(response)))
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert headings[0] == ("Title", "Verkostoyhteistyön malli")
    names = [text for _style, text in headings]
    expected = [
        "Perustiedot",
        "Toimintamallin kuvaus",
        "Ratkaisun perusidea",
        "Toimintaympäristö",
        "Kehittämisen polku",
    ]
    assert [names.index(name) for name in expected] == sorted(names.index(name) for name in expected)
    assert ("Heading 2", "Ratkaisun perusidea") in headings and ("Heading 3", "Työn vaiheet") in headings
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert bullets == ["Ensimmäinen kohta", "Toinen kohta"]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "https://innokyla.fi/fi" in text
    assert "Lisätty tarkistuslista palautteen pohjalta." in text
    assert document.core_properties.title == "Verkostoyhteistyön malli"
    checklist = document.tables[0]
    assert [cell.text for cell in checklist.rows[1].cells] == [ITEMS[0], "☐", "☐"]


# Innokylä


def test_innokyla_export_lists_every_field_in_innokylas_order_with_required_ones_marked(client, model):
    html = client.get(subpage(model, "innokyla", 2)).content.decode()

    groups = ["Perustiedot", "Toimintamallin kuvaus", "Kehittämisen polku"]
    assert [html.index(f">{name}</h2>") for name in groups] == sorted(html.index(f">{name}</h2>") for name in groups)
    keys = [section.key for section in sections_in(DESCRIPTION) + sections_in(DEVELOPMENT_PATH)]
    positions = [html.index(f'data-field="{key}"') for key in keys]
    assert positions == sorted(positions)
    required = html[html.index('data-field="basic_idea"') : html.index('data-field="environment"')]
    assert "** pakollinen" in required
    assert "Verkostopalaverissa sovitaan yhteisestä työstä." in html


def test_innokyla_export_downloads_as_text(client, model):
    response = client.get(subpage(model, "innokyla_text", 2))

    text = response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    assert text.index("Ratkaisun perusidea **") < text.index("Toimintaympäristö **")
    assert text.index("=== Perustiedot ===") < text.index("=== Toimintamallin kuvaus ===")
    assert text.index("=== Toimintamallin kuvaus ===") < text.index("=== Kehittämisen polku ===")
    assert "Kohderyhmä ja asiakasymmärrys **" in text


def test_innokyla_export_through_the_api_in_innokylas_order(client, model):
    data = client.get(f"/api/v1/models/{model.pk}/versions/2/innokyla/").json()

    assert [group["key"] for group in data["groups"]] == ["basic_information", DESCRIPTION, DEVELOPMENT_PATH]
    assert [field["key"] for field in data["groups"][1]["fields"]] == [s.key for s in sections_in(DESCRIPTION)]
    assert [field["key"] for field in data["groups"][2]["fields"]] == [s.key for s in sections_in(DEVELOPMENT_PATH)]
    basic = {field["key"]: field for field in data["groups"][0]["fields"]}
    assert basic["title"]["required"] and basic["title"]["text"] == "Verkostoyhteistyön malli"
    assert data["groups"][1]["fields"][0]["required"] is True
    assert data["url"].endswith("/versions/2/")
    assert client.get(f"/api/v1/models/{model.pk}/versions/7/innokyla/").status_code == 404


# Who may download


def test_documents_of_a_restricted_model_are_not_served_to_the_public(client, model):
    PageViewRestriction.objects.create(page=model, restriction_type=PageViewRestriction.PASSWORD, password="salainen")
    for name, args in [
        ("publication_pdf", (2, 0)),
        ("current_pdf", ()),
        ("publication_docx", (2, 0)),
        ("checklist_pdf", (2, 0, CHECKLIST_ID)),
        ("innokyla", (2,)),
        ("innokyla_text", (2,)),
    ]:
        response = client.get(subpage(model, name, *args))
        assert response.status_code == 200 and response.get("Content-Disposition") is None, name
        assert b"%PDF" not in content(response)
    assert client.get(f"/api/v1/models/{model.pk}/versions/2/innokyla/").status_code == 404


def test_documents_of_a_model_behind_sign_in_ask_for_it(client, model, django_user_model):
    PageViewRestriction.objects.create(page=model, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(subpage(model, "publication_pdf", 2, 0))
    assert response.status_code == 302 and "login" in response["Location"]

    client.force_login(django_user_model.objects.create_user("lukija", password="x"))
    assert client.get(subpage(model, "publication_pdf", 2, 0)).status_code == 200


def test_unpublished_model_and_unpublished_draft_have_no_documents(client, model, site_tree):
    address = subpage(model, "publication_pdf", 2, 0)
    OperationalModelPage.objects.get(pk=model.pk).unpublish()
    assert client.get(address).status_code == 404

    draft = make_model(site_tree["library"], "Luonnos", publish=False)
    assert not ModelVersion.objects.for_page(draft).exists()
    assert client.get(f"/fi/toimintamallit/{draft.slug}/pdf/").status_code == 404

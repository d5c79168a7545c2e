"""A version's PDF: A4, its number, date and permanent address, bookmarks per section, text to read back."""

import re

import pytest
from django.core.files.storage import default_storage

from models_library.documents import builders
from models_library.models import ModelVersion
from tests.documents import bookmarks, is_a4, make_documented_model, pdf_text, read_pdf, unwrapped

pytestmark = pytest.mark.django_db


@pytest.fixture
def model(site_tree):
    return make_documented_model(site_tree["library"])


def pdf_address(page, number, correction=0):
    return page.url + page.reverse_subpage("publication_pdf", args=(number, correction))


def test_version_pdf_has_a4_pages_version_date_and_permanent_address(client, model):
    response = client.get(pdf_address(model, 2))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    reader = read_pdf(b"".join(response.streaming_content))
    assert all(is_a4(page) for page in reader.pages)
    text = pdf_text(reader)
    version = ModelVersion.objects.for_page(model).of_number(2)
    assert "Versio 2" in text
    assert version.published_at.strftime("%-d.%-m.%Y") in text
    assert "Lisätty tarkistuslista palautteen pohjalta." in text
    permanent = f"http://localhost{model.url}versions/2/"
    assert permanent in unwrapped(reader.pages[0].extract_text())
    # The running footer repeats the version and its address on every page.
    assert all("Versio 2, julkaistu" in page.extract_text() for page in reader.pages)
    assert all(unwrapped(page.extract_text()).count(permanent) >= 1 for page in reader.pages)
    assert "1 / " in reader.pages[0].extract_text()


def test_version_pdf_has_a_bookmark_for_each_section_in_order(client, model):
    reader = read_pdf(b"".join(client.get(pdf_address(model, 2)).streaming_content))

    titles = bookmarks(reader)
    expected = ["Ratkaisun perusidea", "Toimintaympäristö", "Toimivuuden ja käyttöönoton ehdot", "Toteutus"]
    positions = [titles.index(title) for title in expected]
    assert positions == sorted(positions)
    assert "Toimintamallin kuvaus" in titles and "Kehittämisen polku" in titles


def test_version_pdf_is_tagged_with_language_title_and_absolute_links(client, model):
    reader = read_pdf(b"".join(client.get(pdf_address(model, 2)).streaming_content))

    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == "fi"
    assert "/StructTreeRoot" in catalog
    assert catalog["/MarkInfo"]["/Marked"]
    assert "Verkostoyhteistyön malli" in reader.metadata.title
    links = [
        annotation.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annotation in page.get("/Annots", [])
        if "/URI" in annotation.get_object().get("/A", {})
    ]
    assert "https://innokyla.fi/fi" in links
    assert all(link.startswith(("http://", "https://", "mailto:")) for link in links)


def test_version_pdf_lists_the_glossary_terms_used(client, model):
    text = pdf_text(read_pdf(b"".join(client.get(pdf_address(model, 2)).streaming_content)))

    assert "Tapaaminen, jossa asiakkaan verkosto kokoontuu yhteen." in text


def test_old_version_pdf_shows_that_versions_text(client, model):
    text = pdf_text(read_pdf(b"".join(client.get(pdf_address(model, 1)).streaming_content)))

    assert "basic_idea text of Verkostoyhteistyön malli." in text
    assert "Verkostopalaverissa sovitaan" not in text


def test_current_pdf_is_the_newest_version(client, model):
    text = pdf_text(read_pdf(b"".join(client.get(model.url + "pdf/").streaming_content)))

    assert "Versio 2" in text


def test_pdf_is_in_the_readers_language(client, model):
    with_swedish = model.url.replace("/fi/", "/sv/", 1)
    text = pdf_text(read_pdf(b"".join(client.get(pdf_address(model, 2)).streaming_content)))
    swedish = pdf_text(read_pdf(b"".join(client.get(with_swedish + "versions/2/0/pdf/").streaming_content)))

    assert "Perustiedot" in text
    assert "Grunduppgifter" in swedish


def test_repeated_download_is_read_from_storage_not_laid_out_again(client, model, monkeypatch):
    first = b"".join(client.get(pdf_address(model, 2)).streaming_content)
    monkeypatch.setattr(builders, "render_pdf", lambda *args: pytest.fail("laid out again"))

    again = b"".join(client.get(pdf_address(model, 2)).streaming_content)

    assert again == first
    version = ModelVersion.objects.for_page(model).of_number(2)
    name = builders.document_name("pdf", version, "fi", "pdf")
    assert default_storage.exists(name)
    # Named by a keyed digest, so the file of a restricted model cannot be found by guessing its address.
    assert re.fullmatch(r"version-documents/[0-9a-f]{40}\.pdf", name)


def test_no_such_version_is_not_found(client, model):
    assert client.get(pdf_address(model, 9)).status_code == 404
    assert client.get(pdf_address(model, 2, 5)).status_code == 404

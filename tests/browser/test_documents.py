"""A reader downloads a version's PDF from the version page in real Chromium, and prints the page with full links."""

import re
from pathlib import Path

import pytest
from django.utils import translation
from playwright.sync_api import expect

from testing.factories import build_site
from tests.browser.axe import check_axe
from tests.documents import make_documented_model, pdf_text, read_pdf

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Laying out a PDF on a busy machine takes a while; the download itself is instant.
DOWNLOAD_TIMEOUT_MS = 90_000


@pytest.fixture
def version_url():
    site = build_site()
    model = make_documented_model(site["library"])
    with translation.override("fi"):
        return model.url + model.reverse_subpage("version", args=(2,))


def test_reader_downloads_the_version_pdf_from_the_version_page(page, version_url):
    page.goto(version_url)
    check_axe(page)

    with page.expect_download(timeout=DOWNLOAD_TIMEOUT_MS) as download_info:
        page.locator(".downloads").get_by_role("link", name="PDF").click()
    download = download_info.value

    assert download.suggested_filename == "verkostoyhteistyon-malli-v2.pdf"
    text = pdf_text(read_pdf(Path(download.path()).read_bytes()))
    assert "Versio 2" in text and "Verkostopalaverissa sovitaan" in text


def test_innokyla_export_is_reached_from_the_version_page_and_passes_axe(page, version_url):
    page.goto(version_url)
    page.locator(".downloads").get_by_role("link", name="Innokylään siirrettäväksi").click()
    page.wait_for_url(re.compile(r"/versions/2/innokyla/$"))

    expect(page.locator(".innokyla-field")).to_have_count(28)
    check_axe(page)


def test_printed_page_shows_the_full_address_of_a_relative_link(page, version_url):
    page.goto(version_url)
    page.emulate_media(media="print")

    history_link = page.locator(".version-line a").first
    shown = history_link.evaluate("link => getComputedStyle(link, '::after').content")
    assert shown.startswith('" (http://') and "/history/" in shown

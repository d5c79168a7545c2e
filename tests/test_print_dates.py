"""Printing a model: A4 paper, and the dates it shows agree with its version history."""

from datetime import datetime
from pathlib import Path

import pytest
from django.utils import timezone

from models_library.models import ModelVersion, OperationalModelPage
from testing.factories import make_model

pytestmark = pytest.mark.django_db
PRINT_CSS = Path(__file__).resolve().parents[1] / "site" / "static" / "css" / "print.css"


def test_print_stylesheet_is_for_a4_and_prints_full_link_addresses():
    css = PRINT_CSS.read_text()

    assert "size: A4" in css
    assert "attr(data-print-href)" in css


@pytest.fixture
def model_with_imported_history(site_tree):
    """A model whose first version was dated back (as an import of its earlier history dates it)."""
    page = make_model(site_tree["library"], "Verkostoyhteistyön malli")
    first = ModelVersion.objects.for_page(page).get()
    ModelVersion.objects.filter(pk=first.pk).update(published_at=timezone.make_aware(datetime(2023, 3, 14, 12)))
    page = OperationalModelPage.objects.get(pk=page.pk)
    page.change_note = "Toinen versio."
    page.save_revision().publish()
    return OperationalModelPage.objects.get(pk=page.pk)


def basic_information(html):
    return html[html.index('id="basic-information"') : html.index("</section>", html.index('id="basic-information"'))]


def test_first_published_and_last_updated_come_from_the_version_history(client, model_with_imported_history):
    page = model_with_imported_history
    newest = ModelVersion.objects.for_page(page).of_number(2)

    for address in (page.url, page.url + "versions/1/", page.url + "history/"):
        html = client.get(address).content.decode()
        if 'id="basic-information"' not in html:
            continue
        facts = basic_information(html)
        assert "14.3.2023" in facts
        assert timezone.localtime(newest.published_at).strftime("%-d.%-m.%Y") in facts
        assert timezone.localtime(page.first_published_at).strftime("%-d.%-m.%Y") != "14.3.2023"

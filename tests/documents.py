"""Helpers for the document tests: a model with a checklist, read-back of PDFs."""

import io
import json
import uuid

from pypdf import PdfReader

from models_library.models import OperationalModelPage, PublicationKind
from testing.factories import make_model, make_term, paragraph

CHECKLIST_ID = str(uuid.uuid4())
A4_POINTS = (595.28, 841.89)


def checklist(two_columns=True):
    return {
        "type": "checklist",
        "id": CHECKLIST_ID,
        "value": {
            "title": "Tarkistuslista verkostopalaveriin",
            "intro": "Käykää kohdat läpi yhdessä.",
            "two_columns": two_columns,
            "worker_column": "",
            "family_column": "",
            "items": [{"type": "item", "value": {"text": text}, "id": str(uuid.uuid4())} for text in ITEMS],
        },
    }


ITEMS = ["Nuori tietää, miksi tavataan", "Perhe on saanut kutsun ajoissa", "Sovittiin seuraava tapaaminen"]


def make_documented_model(library, title="Verkostoyhteistyön malli", **fields):
    """A published model in two versions: the second with a list, a link, a glossary term and a checklist."""
    make_term("Verkostopalaveri", "Tapaaminen, jossa asiakkaan verkosto kokoontuu yhteen.", "verkostopalaver")
    page = make_model(library, title, **fields)
    page = OperationalModelPage.objects.get(pk=page.pk)
    page.basic_idea = json.dumps(
        [
            paragraph("Verkostopalaverissa sovitaan yhteisestä työstä."),
            {
                "type": "paragraph",
                "id": str(uuid.uuid4()),
                "value": '<ul><li>Ensimmäinen kohta</li><li>Toinen kohta</li></ul><p>Lue <a href="https://innokyla.fi/fi">Innokylästä</a>.</p>',
            },
            {"type": "heading", "id": str(uuid.uuid4()), "value": {"text": "Työn vaiheet", "level": "h4"}},
        ]
    )
    page.implementation = json.dumps([checklist()])
    page.change_note = "Lisätty tarkistuslista palautteen pohjalta."
    page.publication_kind = PublicationKind.VERSION
    page.save_revision().publish()
    return OperationalModelPage.objects.get(pk=page.pk)


def read_pdf(content):
    assert content.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(content))


def pdf_text(reader):
    return "\n".join(page.extract_text() for page in reader.pages)


def bookmarks(reader):
    titles = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    return titles


def is_a4(page):
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    return abs(width - A4_POINTS[0]) < 1 and abs(height - A4_POINTS[1]) < 1


def unwrapped(text):
    """Extracted text without the line breaks that layout puts inside long addresses."""
    return text.replace("\n", "")

"""From uploaded bytes or pasted text to a sanitised outline, whatever the source's format."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from common.sanitize import clean_imported_html
from models_library.importing import upload_checks
from models_library.importing.errors import ImportRefused
from models_library.importing.innokyla_text import text_to_html
from models_library.importing.outline import split
from models_library.importing.word import word_to_html


@dataclass
class Reading:
    kind: str
    outline: object
    images: int = 0


def read_bytes(data):
    kind = upload_checks.kind_of(data)
    if kind == upload_checks.WORD:
        converted = word_to_html(data)
        return finish(kind, converted.html, converted.images)
    return read_text(upload_checks.decode_text(data))


def read_text(text):
    if not (text or "").strip():
        raise ImportRefused(_("The text is empty."))
    return finish(upload_checks.TEXT, text_to_html(text))


def finish(kind, html, images=0):
    outline = split(clean_imported_html(html))
    has_text = any(element.get_text(strip=True) for element in outline.preamble) or any(
        part.elements or part.heading for part in outline.parts
    )
    if not has_text:
        raise ImportRefused(_("The document is empty: there is no text to import."))
    return Reading(kind, outline, images)

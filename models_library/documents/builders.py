"""A version's downloadable files, each made once per version, correction and language, then read from storage."""

from django.http import Http404
from django.utils.translation import get_language

from models_library.documents.content import VersionDocument
from models_library.documents.pdf import render_pdf
from models_library.documents.store import document_name, stored
from models_library.sections import SECTIONS

VERSION_TEMPLATE = "models_library/documents/version.html"
CHECKLIST_TEMPLATE = "models_library/documents/checklist.html"


def version_pdf(page, version):
    doc = VersionDocument(page, version)
    return stored(
        document_name("pdf", version, get_language(), "pdf"),
        lambda: render_pdf(VERSION_TEMPLATE, {"doc": doc, "version": version}, doc.root),
    )


def find_checklist(model, block_id):
    """The checklist block `block_id` of the published model, wherever in its sections it is."""
    for section in SECTIONS:
        for block in getattr(model, section.key):
            if block.block_type == "checklist" and block.id == block_id:
                return block.value
    raise Http404("No such checklist in this version")


def checklist_pdf(page, version, block_id):
    doc = VersionDocument(page, version)
    checklist = find_checklist(doc.model, block_id)
    context = {"doc": doc, "version": version, "checklist": checklist}
    return stored(
        document_name("checklist", version, get_language(), "pdf", part=block_id),
        lambda: render_pdf(CHECKLIST_TEMPLATE, context, doc.root),
    )


def version_docx(page, version):
    from models_library.documents.word import build_docx

    doc = VersionDocument(page, version)
    return stored(document_name("docx", version, get_language(), "docx"), lambda: build_docx(doc))

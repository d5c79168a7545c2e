"""Views behind a model's document routes: PDF, Word, one checklist's PDF and the Innokylä-shaped export.

They are sub-routes of the model's page, so Wagtail asks for the sign-in or password of a restricted model
before any of them runs, and an unpublished model is not found.
"""

import io

from django.http import FileResponse, Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.text import slugify

from models_library.documents.builders import checklist_pdf, version_docx, version_pdf
from models_library.documents.content import VersionDocument
from models_library.documents.innokyla import innokyla_groups, innokyla_text
from models_library.models import ModelVersion

PDF, DOCX = "pdf", "docx"


def find_version(page, number=None, correction=None):
    versions = ModelVersion.objects.for_page(page).select_related("revision")
    version = versions.newest_first().first() if number is None else versions.publication(number, correction)
    if version is None:
        raise Http404("No such version")
    return version


def file_name(page, version, extension, suffix=""):
    return f"{slugify(page.title)[:80]}-v{version.label}{suffix}.{extension}"


def download(content, name):
    response = FileResponse(io.BytesIO(content), as_attachment=True, filename=name)
    # The model may be restricted to signed-in readers; shared caches between must not keep a copy.
    response["Cache-Control"] = "private"
    return response


def version_document(page, request, kind, number=None, correction=None):
    version = find_version(page, number, correction)
    build = version_pdf if kind == PDF else version_docx
    return download(build(page, version), file_name(page, version, kind))


def checklist_document(page, request, number, correction, block_id):
    version = find_version(page, number, correction)
    return download(checklist_pdf(page, version, block_id), file_name(page, version, PDF, "-checklist"))


def innokyla_export(page, request, number):
    version = find_version(page, number)
    doc = VersionDocument(page, version)
    context = page.get_context(request)
    context.update(doc=doc, version=version, groups=innokyla_groups(doc))
    return TemplateResponse(request, "models_library/innokyla_export.html", context)


def innokyla_export_text(page, request, number):
    version = find_version(page, number)
    response = HttpResponse(innokyla_text(VersionDocument(page, version)), content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{file_name(page, version, "txt", "-innokyla")}"'
    response["Cache-Control"] = "private"
    return response

"""A round's pre-reading as one PDF to print: theme, agenda, workshop and deadline, then every version to read."""

from django.conf import settings
from django.utils.translation import get_language

from codev.round_times import workshop_text
from models_library.documents.content import VersionDocument
from models_library.documents.pdf import render_pdf

TEMPLATE = "codev/documents/pre_reading_pack.html"


def readable(page, request):
    """Whether the reader may open the model's page: a view restriction (a group, a password) holds in the pack too."""
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


def pack_versions(round_, request):
    """The pre-reading the reader may open; a model taken offline since the round was planned is left out."""
    versions = round_.pre_reading.filter(page__live=True).select_related("page", "revision")
    return [version for version in versions.order_by("page__title", "-number") if readable(version.page, request)]


def pre_reading_pack(round_, round_url, request):
    """The pack, laid out now: a round's agenda and list can change until its workshop, so it is not kept."""
    documents = [VersionDocument(version.page, version) for version in pack_versions(round_, request)]
    context = {
        "round": round_,
        "group": round_.group,
        "round_url": round_url,
        "workshop": workshop_text(round_),
        "documents": documents,
        "language": get_language(),
    }
    return render_pdf(TEMPLATE, context, settings.WAGTAILADMIN_BASE_URL.rstrip("/"))

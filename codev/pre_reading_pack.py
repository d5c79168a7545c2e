"""A round's pre-reading as one PDF to print: theme, agenda, workshop and deadline, then every version to read."""

from django.conf import settings
from django.utils.translation import get_language

from codev.views.member import workshop_text
from models_library.documents.content import VersionDocument
from models_library.documents.pdf import render_pdf

TEMPLATE = "codev/documents/pre_reading_pack.html"


def pack_versions(round_):
    # A model taken offline since the round was planned is no longer handed out.
    return list(
        round_.pre_reading.filter(page__live=True).select_related("page", "revision").order_by("page__title", "-number")
    )


def pre_reading_pack(round_, round_url):
    """The pack, laid out now: a round's agenda and list can change until its workshop, so it is not kept."""
    documents = [VersionDocument(version.page, version) for version in pack_versions(round_)]
    context = {
        "round": round_,
        "group": round_.group,
        "round_url": round_url,
        "workshop": workshop_text(round_),
        "documents": documents,
        "language": get_language(),
    }
    return render_pdf(TEMPLATE, context, settings.WAGTAILADMIN_BASE_URL.rstrip("/"))

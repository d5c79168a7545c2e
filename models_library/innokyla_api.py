"""Open data: a version in Innokylä's structure and field order, for a catalogue to take in field by field."""

from django.conf import settings
from django.http import Http404
from django.utils import translation
from django.views.decorators.http import require_GET

from models_library.api import get_published_model, open_json, version_summary
from models_library.documents.content import VersionDocument
from models_library.documents.innokyla import innokyla_groups
from models_library.models import ModelVersion


@require_GET
def model_version_innokyla(request, pk, number):
    with translation.override(settings.LANGUAGE_CODE):
        page = get_published_model(pk)
        version = ModelVersion.objects.for_page(page).select_related("revision").publication(number)
        if version is None:
            raise Http404("No such version")
        doc = VersionDocument(page, version)
        data = version_summary(request, page, version)
        data.update(model_id=page.pk, title=doc.model.title, groups=innokyla_groups(doc))
        return open_json(data)

"""Read-only open-data API: published models, their versions and each version's sections.

Shaped for another catalogue (Innokylä) to take in: every object carries its permanent
public address and the address of its API representation. Every answer under /api/v1/ is JSON,
errors too (config.urls sends this module's `not_found` and `server_error` for them); the OpenAPI
description of it all is in models_library.api_schema.
"""

import logging
from collections import defaultdict
from functools import wraps

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt

from models_library.api_schema import openapi_document
from models_library.comparison import block_text
from models_library.forms import LibraryFilterForm
from models_library.models import ModelVersion, OperationalModelPage
from models_library.sections import GROUP_LABELS, SECTIONS

logger = logging.getLogger(__name__)
API_PREFIX = "/api/"
PAGE_SIZE = 50
# Larger numbers cannot be versions, and not every database can even compare them with its integers.
MAX_NUMBER = 2**31 - 1
SLUG_FILTERS = {"region", "target_group", "tag", "project"}


def open_json(data, status=200):
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return response


def error_json(status, message, **details):
    return open_json({"error": message, "status": status, **details}, status=status)


def api_view(view):
    """GET (and HEAD) only, answered in JSON, in the default language whatever the client's; errors as JSON.

    Exempt from CSRF checks: nothing here writes, and any other method must get the JSON 405, not the HTML 403.
    """

    @csrf_exempt
    @wraps(view)
    def answer(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            response = error_json(405, "Only GET is supported.")
            response["Allow"] = "GET, HEAD"
            return response
        try:
            with translation.override(settings.LANGUAGE_CODE):
                return view(request, *args, **kwargs)
        except Http404 as error:
            return error_json(404, str(error) or "Not found.")

    return answer


def not_found(request, exception=None):
    """The site's 404 handler: JSON under /api/, the site's own page elsewhere."""
    from django.views.defaults import page_not_found

    if request.path_info.startswith(API_PREFIX):
        return error_json(404, "Not found.")
    return page_not_found(request, exception)


def server_error(request):
    """The site's 500 handler: JSON under /api/, the site's own page elsewhere."""
    from django.views.defaults import server_error as page_server_error

    if request.path_info.startswith(API_PREFIX):
        return error_json(500, "Server error.")
    return page_server_error(request)


class ModelFilterForm(LibraryFilterForm):
    """The library's filters, and two that harvesters use: changes since a moment, and one language."""

    updated_since = forms.DateTimeField(required=False)
    language = forms.ChoiceField(required=False, choices=settings.LANGUAGES)

    def results(self, queryset):
        chosen = self.filters()
        if chosen.get("updated_since"):
            queryset = queryset.filter(last_published_at__gte=chosen["updated_since"])
        if chosen.get("language"):
            queryset = queryset.filter(locale__language_code=chosen["language"])
        results = super().results(queryset)
        return results if isinstance(results, list) else results.order_by("title")


def published_models():
    return OperationalModelPage.objects.live().public().select_related("locale").order_by("title")


def translations_of(request, pages):
    """{translation key: [each published language's short entry]}, in one query for all of `pages`."""
    keys = {page.translation_key for page in pages}
    found = defaultdict(list)
    for other in published_models().filter(translation_key__in=keys):
        found[other.translation_key].append(
            {
                "language": other.locale.language_code,
                "id": other.pk,
                "title": other.title,
                "url": request.build_absolute_uri(other.get_url(request)),
                "api_url": request.build_absolute_uri(reverse("api:model-detail", args=(other.pk,))),
            }
        )
    return found


def version_summary(request, page, version):
    return {
        "number": version.number,
        "correction": version.correction,
        "label": version.label,
        "is_pilot": version.is_pilot,
        "published_at": version.published_at.isoformat(),
        "stage": version.stage,
        "change_note": version.change_note,
        "url": version.get_full_url(request, page=page),
        "api_url": request.build_absolute_uri(
            reverse("api:model-version", args=(page.pk, version.number))
            + (f"?correction={version.correction}" if version.correction else "")
        ),
    }


def model_summary(request, page, current, translations):
    return {
        "id": page.pk,
        "title": page.title,
        "lead": page.lead,
        "stage": page.stage,
        "language": page.locale.language_code,
        "last_published_at": page.last_published_at.isoformat() if page.last_published_at else None,
        "url": request.build_absolute_uri(page.get_url(request)),
        "api_url": request.build_absolute_uri(reverse("api:model-detail", args=(page.pk,))),
        "current_version": version_summary(request, page, current) if current else None,
        "translations": [entry for entry in translations.get(page.translation_key, []) if entry["id"] != page.pk],
    }


def latest_versions(pages):
    latest = {}
    for version in ModelVersion.objects.filter(page__in=pages).order_by("page_id", "number", "correction"):
        latest[version.page_id] = version
    return latest


@api_view
def api_index(request):
    def absolute(name):
        return request.build_absolute_uri(reverse(name))

    return open_json(
        {
            "name": "Mallipaja open data",
            "version": "1",
            "description": "Published operational models (toimintamallit), every version and its sections.",
            "links": {"models": absolute("api:model-list"), "openapi": absolute("api:openapi")},
            "model_filters": sorted(ModelFilterForm.base_fields) + ["page"],
        }
    )


@api_view
def openapi_view(request):
    return open_json(openapi_document())


@api_view
def model_list(request):
    form = ModelFilterForm(request.GET)
    empty = {
        name: [{"message": "Empty value.", "code": "empty"}] for name, values in request.GET.lists() if "" in values
    }
    if empty:
        # The API says what it was asked rather than guess: an empty filter is a mistake in the client.
        return error_json(400, "Some filters are empty.", fields=empty)
    if not form.is_valid():
        errors = form.errors.get_json_data()
        # A well-formed slug that names nothing is a missing object (404); a malformed value is a bad request.
        unknown = all(
            name in SLUG_FILTERS and all(error["code"] == "invalid_choice" for error in field_errors)
            for name, field_errors in errors.items()
        )
        if unknown:
            return error_json(404, "No such region, target group, tag or project.", fields=errors)
        return error_json(400, "Some filters are not valid.", fields=errors)
    paginator = Paginator(form.results(published_models()), PAGE_SIZE)
    page_number = request.GET.get("page", "1")
    if not (page_number.isascii() and page_number.isdigit()) or not 1 <= int(page_number) <= paginator.num_pages:
        return error_json(404, "No such page of results.")
    page_of_models = paginator.page(int(page_number))
    pages = list(page_of_models.object_list)
    latest = latest_versions(pages)
    translations = translations_of(request, pages)
    next_url = None
    if page_of_models.has_next():
        query = request.GET.copy()
        query["page"] = page_of_models.next_page_number()
        next_url = request.build_absolute_uri(f"{reverse('api:model-list')}?{query.urlencode()}")
    return open_json(
        {
            "count": paginator.count,
            "next": next_url,
            "results": [model_summary(request, page, latest.get(page.pk), translations) for page in pages],
        }
    )


def get_published_model(pk):
    # By `id`, not `pk`: the pk of a page type is its link to the Page row, and a lookup through a link does
    # not turn a number beyond the database's integers into "no such row" (SQLite raises instead).
    page = published_models().filter(id=pk).first()
    if page is None:
        raise Http404("No such published model")
    return page


@api_view
def model_detail(request, pk):
    page = get_published_model(pk)
    versions = list(ModelVersion.objects.for_page(page).newest_first())
    data = model_summary(request, page, versions[0] if versions else None, translations_of(request, [page]))
    data["versions"] = [version_summary(request, page, version) for version in versions]
    return open_json(data)


@api_view
def model_version(request, pk, number):
    page = get_published_model(pk)
    if number > MAX_NUMBER:
        raise Http404("No such version")
    versions = ModelVersion.objects.for_page(page).select_related("revision")
    correction = request.GET.get("correction")
    if correction is None:
        version = versions.of_number(number)
    elif not (correction.isascii() and correction.isdigit()):
        return error_json(400, "The correction is a number (0 for the original publication).")
    elif int(correction) > MAX_NUMBER:
        version = None
    else:
        version = versions.filter(number=number, correction=int(correction)).first()
    if version is None:
        raise Http404("No such version")
    published = version.get_page_object()
    facts = dict(version.facts)
    if published.project_is_hidden:
        # In every language the version recorded its names in.
        facts["project"] = None
        facts["translations"] = {
            code: {**names, "project": None} for code, names in facts.get("translations", {}).items()
        }
    data = version_summary(request, page, version)
    data.update(
        model_id=page.pk,
        title=published.title,
        lead=published.lead,
        facts=facts,
        sections=[
            {
                "key": section.key,
                "title": str(section.label),
                "group": str(GROUP_LABELS[section.group]),
                "blocks": [
                    {
                        "id": block.id,
                        "type": block.block_type,
                        "text": block_text(block),
                        "html": str(block.render()),
                    }
                    for block in getattr(published, section.key)
                ],
            }
            for section in SECTIONS
            if getattr(published, section.key)
        ],
    )
    return open_json(data)

"""Read-only open-data API: published models, their versions and each version's sections.

Shaped for another catalogue (Innokylä) to take in: every object carries its permanent
public address and the address of its API representation.
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.urls import path, reverse
from django.utils import translation
from django.views.decorators.http import require_GET

from models_library.comparison import block_text
from models_library.models import ModelVersion, OperationalModelPage
from models_library.sections import GROUP_LABELS, SECTIONS
from models_library.templatetags.version_tags import version_path

PAGE_SIZE = 50


def open_json(data, status=200):
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return response


def published_models():
    return OperationalModelPage.objects.live().public().order_by("title")


def version_summary(request, page, version):
    return {
        "number": version.number,
        "correction": version.correction,
        "label": version.label,
        "is_pilot": version.is_pilot,
        "published_at": version.published_at.isoformat(),
        "stage": version.stage,
        "change_note": version.change_note,
        "url": request.build_absolute_uri(version_path(page, version, request)),
        "api_url": request.build_absolute_uri(
            reverse("api:model-version", args=(page.pk, version.number))
            + (f"?correction={version.correction}" if version.correction else "")
        ),
    }


def model_summary(request, page, current):
    return {
        "id": page.pk,
        "title": page.title,
        "lead": page.lead,
        "stage": page.stage,
        "url": request.build_absolute_uri(page.get_url(request)),
        "api_url": request.build_absolute_uri(reverse("api:model-detail", args=(page.pk,))),
        "current_version": version_summary(request, page, current) if current else None,
    }


def latest_versions(pages):
    latest = {}
    for version in ModelVersion.objects.filter(page__in=pages).order_by("page_id", "number", "correction"):
        latest[version.page_id] = version
    return latest


@require_GET
def model_list(request):
    with translation.override(settings.LANGUAGE_CODE):
        paginator = Paginator(published_models(), PAGE_SIZE)
        page_number = request.GET.get("page", "1")
        if not page_number.isdigit() or not 1 <= int(page_number) <= paginator.num_pages:
            return open_json({"error": "No such page of results."}, status=404)
        page_of_models = paginator.page(int(page_number))
        pages = list(page_of_models.object_list)
        latest = latest_versions(pages)
        next_url = (
            request.build_absolute_uri(f"{reverse('api:model-list')}?page={page_of_models.next_page_number()}")
            if page_of_models.has_next()
            else None
        )
        return open_json(
            {
                "count": paginator.count,
                "next": next_url,
                "results": [model_summary(request, page, latest.get(page.pk)) for page in pages],
            }
        )


def get_published_model(pk):
    # By `id`, not `pk`: the pk of a page type is its link to the Page row, and a lookup through a link does
    # not turn a number beyond the database's integers into "no such row" (SQLite raises instead).
    page = published_models().filter(id=pk).first()
    if page is None:
        raise Http404("No such published model")
    return page


@require_GET
def model_detail(request, pk):
    with translation.override(settings.LANGUAGE_CODE):
        page = get_published_model(pk)
        versions = list(ModelVersion.objects.for_page(page).newest_first())
        data = model_summary(request, page, versions[0] if versions else None)
        data["versions"] = [version_summary(request, page, version) for version in versions]
        return open_json(data)


@require_GET
def model_version(request, pk, number):
    with translation.override(settings.LANGUAGE_CODE):
        page = get_published_model(pk)
        versions = ModelVersion.objects.for_page(page).select_related("revision")
        correction = request.GET.get("correction")
        if correction is not None and correction.isdigit():
            version = versions.filter(number=number, correction=int(correction)).first()
        else:
            version = versions.of_number(number)
        if version is None:
            raise Http404("No such version")
        published = version.get_page_object()
        facts = dict(version.facts)
        if published.project_is_hidden:
            facts["project"] = None
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


app_name = "api"
urlpatterns = [
    path("models/", model_list, name="model-list"),
    path("models/<int:pk>/", model_detail, name="model-detail"),
    path("models/<int:pk>/versions/<int:number>/", model_version, name="model-version"),
]

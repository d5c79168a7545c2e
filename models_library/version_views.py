"""Views behind an operational model's routes: the live page, history, old versions, comparison."""

from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from models_library.comparison import compare_versions
from models_library.extensions import page_extras, section_extras, version_extras
from models_library.glossary import Glossary
from models_library.models import ModelVersion
from models_library.versioning import mark_read


def live_model(page, request):
    context = page.get_context(request)
    version = page.current_version
    if version and request.user.is_authenticated and not getattr(request, "is_preview", False):
        context["last_read_number"] = mark_read(request.user, page, version.number)
    context["extras"] = version_extras(request, page, version) + page_extras(request, page)
    context["section_extras"] = section_extras(request, page, version)
    return TemplateResponse(request, page.get_template(request), context)


def history(page, request):
    versions = list(ModelVersion.objects.for_page(page).newest_first().select_related("published_by"))
    numbers = sorted({version.number for version in versions}, reverse=True)
    by_number = {number: [v for v in versions if v.number == number] for number in numbers}
    entries = [
        {
            "number": number,
            "latest": by_number[number][0],
            "original": by_number[number][-1],
            "corrections": by_number[number][:-1],
            "previous_number": numbers[i + 1] if i + 1 < len(numbers) else None,
        }
        for i, number in enumerate(numbers)
    ]
    context = page.get_context(request)
    context.update(entries=entries, version_count=len(numbers))
    return TemplateResponse(request, "models_library/model_history.html", context)


def get_version(page, number, correction=None):
    versions = ModelVersion.objects.for_page(page).select_related("revision")
    if correction is None:
        version = versions.of_number(number)
    else:
        version = versions.filter(number=number, correction=correction).first()
    if version is None:
        raise Http404("No such version")
    return version


def version(page, request, number, correction=None):
    shown = get_version(page, number, correction)
    current = page.current_version
    context = page.get_context(request)
    context.update(
        model=shown.get_page_object(page),
        version=shown,
        facts=shown.localized_facts,
        is_current=current is not None and current.pk == shown.pk,
        corrections=list(ModelVersion.objects.for_page(page).filter(number=number).order_by("correction")),
        glossary=Glossary.for_request(request),
        extras=version_extras(request, page, shown),
        section_extras=section_extras(request, page, shown),
    )
    return TemplateResponse(request, "models_library/model_version.html", context)


def compare_form(page, request):
    try:
        old, new = int(request.GET["old"]), int(request.GET["new"])
    except (KeyError, ValueError):
        return redirect(page.url + page.reverse_subpage("history"))
    # Only real versions make an address: a made-up number (negative ones cannot even be written as one)
    # is not found here rather than an error.
    old, new = get_version(page, old).number, get_version(page, new).number
    return redirect(page.url + page.reverse_subpage("compare", args=(old, new)))


def compare(page, request, old, new):
    if old == new:
        return redirect(page.url + page.reverse_subpage("version", args=(new,)))
    old_version, new_version = get_version(page, old), get_version(page, new)
    context = page.get_context(request)
    context.update(
        comparison=compare_versions(old_version, new_version, page),
        old_version=old_version,
        new_version=new_version,
        numbers=list(
            ModelVersion.objects.for_page(page).order_by("-number").values_list("number", flat=True).distinct()
        ),
    )
    return TemplateResponse(request, "models_library/model_comparison.html", context)

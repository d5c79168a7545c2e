"""Admin screens of the import: the form under a model library, and the summary of one import."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page

from models_library.importing.actions import do_import_model, import_summary
from models_library.importing.errors import ImportRefused
from models_library.importing.forms import ImportForm
from models_library.importing.permissions import may_import_under, may_read_summary
from models_library.importing.summary import summary_rows
from models_library.models import OperationalModelPage


def forbidden(request, message):
    """A plain 403 in the admin's frame: Wagtail's own handler would redirect to the dashboard instead."""
    return render(
        request,
        "models_library/admin/import_forbidden.html",
        {"message": message, "header_icon": "doc-full", "page_title": _("Import a model description")},
        status=403,
    )


def import_model(request, parent_id):
    parent = get_object_or_404(Page, pk=parent_id).specific
    if not may_import_under(request.user, parent):
        return forbidden(request, _("You may not add operational models here, so you cannot import one here."))
    # Bound on every POST, even one with nothing but a file, so that its errors show.
    form = ImportForm(request.POST, request.FILES) if request.method == "POST" else ImportForm()
    if request.method == "POST" and form.is_valid():
        document = form.cleaned_data["document"]
        try:
            page, _summary = do_import_model(
                parent=parent,
                user=request.user,
                data=document.read() if document else None,
                text=None if document else form.cleaned_data["text"],
                title=form.cleaned_data["title"],
                source_name=document.name if document else "",
            )
        except ImportRefused as refusal:
            form.add_error("document" if document else "text", str(refusal))
        else:
            messages.success(
                request, _("The draft “%(title)s” was created. Nothing was published.") % {"title": page.title}
            )
            return redirect("models_library_import_summary", page.pk)
    return render(
        request,
        "models_library/admin/import_form.html",
        {
            "form": form,
            "parent": parent,
            "header_icon": "doc-full",
            "page_title": _("Import a model description"),
            "page_subtitle": parent.get_admin_display_title(),
        },
    )


def import_summary_view(request, page_id):
    page = get_object_or_404(OperationalModelPage, pk=page_id)
    if not may_read_summary(request.user, page):
        return forbidden(request, _("You may not edit this model, so you cannot see its import either."))
    summary = import_summary(page)
    if summary is None:
        raise Http404("No import recorded for this page")
    return render(
        request,
        "models_library/admin/import_summary.html",
        {
            "page": page,
            "summary": summary,
            "rows": summary_rows(summary),
            "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
            "header_icon": "doc-full",
            "page_title": _("What the import put where"),
            "page_subtitle": page.get_admin_display_title(),
        },
    )

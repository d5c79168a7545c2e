"""Admin view after publishing a model: which feedback does the new version answer?"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from codev.actions import FeedbackError
from codev.models import Disposition, DispositionChange, Post, VersionResponse
from codev.responses import candidate_posts, do_record_response
from models_library.models import ModelVersion


def version_response(request, version_id):
    version = get_object_or_404(ModelVersion.objects.select_related("page"), pk=version_id)
    candidates = candidate_posts(request.user, version)
    answered = list(Post.objects.filter(addressed_in=version).select_related("board__round", "column"))
    if not request.user.is_superuser and not candidates.exists() and not answered:
        raise PermissionDenied
    response = VersionResponse.objects.filter(version=version).first()
    if request.method == "POST":
        chosen = candidates.filter(pk__in=[pk for pk in request.POST.getlist("posts") if pk.isdigit()])
        try:
            do_record_response(
                actor=request.user, version=version, posts=chosen, summary=request.POST.get("summary", "")
            )
        except FeedbackError as error:
            messages.error(request, str(error))
        else:
            count = Post.objects.filter(addressed_in=version).count()
            messages.success(
                request,
                ngettext(
                    "Version %(number)s now answers %(count)s post.",
                    "Version %(number)s now answers %(count)s posts.",
                    count,
                )
                % {"number": version.label, "count": count},
            )
            return redirect("wagtailadmin_explore", version.page.get_parent().pk)
    return render(
        request,
        "codev/admin/version_response.html",
        {
            "version": version,
            # Facilitators decide on each post with its earlier decisions in view.
            "candidates": candidates.prefetch_related(
                Prefetch("disposition_changes", queryset=DispositionChange.objects.for_history())
            ),
            "answered": answered,
            "summary": response.summary if response else "",
            "suggested": Disposition.CONSIDERING,
            "header_icon": "comment",
            "page_title": _("Feedback answered by version %(number)s") % {"number": version.label},
            "page_subtitle": version.page.title,
        },
    )


def response_url(version):
    return reverse("codev_version_response", args=(version.pk,))


urlpatterns = [
    path("codev/versions/<int:version_id>/feedback/", version_response, name="codev_version_response"),
]

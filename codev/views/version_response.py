"""Admin view after publishing a model: which of the group's feedback does the new version answer?"""

from urllib.parse import urlencode

from django.contrib import messages
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from codev.actions import FeedbackError
from codev.models import Disposition, DispositionChange, Post, VersionResponse
from codev.responses import (
    NOT_THE_GROUPS_FEEDBACK,
    answered_posts,
    candidate_posts,
    do_record_response,
    responding_groups,
)
from models_library.models import ModelVersion


def chosen_group(groups, asked):
    """The group the facilitator answers for: the one asked for, which must be theirs, or their first."""
    if not asked:
        return groups[0]
    found = [group for group in groups if str(group.pk) == asked]
    if not found:
        raise Http404
    return found[0]


def posted_posts(request):
    """The posts whose ids were sent, or None when an id is not a post at all: such a request is refused whole."""
    ids = set(request.POST.getlist("posts"))
    if not all(pk.isdigit() for pk in ids):
        return None
    posts = list(Post.objects.filter(pk__in=ids))
    return posts if len(posts) == len(ids) else None


def version_response(request, version_id):
    version = get_object_or_404(ModelVersion.objects.select_related("page"), pk=version_id)
    # Being an admin user, or a superuser, is not enough: only a group's facilitator answers for it. For anyone
    # else the picker is not there, as another group's objects are not there in the rest of the admin.
    groups = list(responding_groups(request.user, version))
    if not groups:
        raise Http404
    asking = request.POST if request.method == "POST" else request.GET
    group = chosen_group(groups, asking.get("group", ""))
    # Facilitators decide on each post with its earlier decisions in view.
    candidates = list(
        candidate_posts(group, version).prefetch_related(
            Prefetch("disposition_changes", queryset=DispositionChange.objects.for_history())
        )
    )
    response = VersionResponse.objects.filter(version=version, group=group).first()
    summary = response.summary if response else ""
    chosen = {post.pk for post in candidates if post.disposition == Disposition.CONSIDERING}
    status = 200
    if request.method == "POST":
        summary = request.POST.get("summary", "")
        posts = posted_posts(request)
        try:
            if posts is None:
                raise FeedbackError(NOT_THE_GROUPS_FEEDBACK)
            do_record_response(actor=request.user, version=version, group=group, posts=posts, summary=summary)
        except FeedbackError as error:
            messages.error(request, str(error))
            chosen = {post.pk for post in posts or []}
            status = 400
        else:
            count = answered_posts(group, version).count()
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
            "group": group,
            "groups": [(other, response_url(version, other)) for other in groups] if len(groups) > 1 else [],
            "candidates": candidates,
            "answered": list(answered_posts(group, version)),
            "summary": summary,
            "chosen": chosen,
            "header_icon": "comment",
            "page_title": _("Feedback answered by version %(number)s") % {"number": version.label},
            "page_subtitle": version.page.title,
        },
        status=status,
    )


def response_url(version, group=None):
    url = reverse("codev_version_response", args=(version.pk,))
    return f"{url}?{urlencode({'group': group.pk})}" if group else url

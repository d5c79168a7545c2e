"""My data (Omat tietoni): what the workspace holds about the member, its download, and deleting the account."""

from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from codev.data_rights import as_json, as_zip, do_delete_account, own_attachments, personal_data
from codev.forms.data_rights import DeleteOwnAccountForm
from codev.models import Membership, Post, Reaction, RoundEvaluation

TEMPLATES = "codev/my_data/"


def crumbs(*titles):
    """The trail from the workspace; every step but the last links to the my data page."""
    return [
        {"title": title, "url": "" if index == len(titles) - 1 else reverse("codev:my_data")}
        for index, title in enumerate(titles)
    ]


@login_required
def my_data(request):
    user = request.user
    return render(
        request,
        TEMPLATES + "my_data.html",
        {
            "memberships": Membership.objects.filter(user=user).count(),
            "posts": Post.objects.filter(author=user).count(),
            "agreements": Reaction.objects.filter(user=user).count(),
            "evaluations": RoundEvaluation.objects.filter(user=user).count(),
            "workspace_crumbs": crumbs(_("My data")),
        },
    )


def attachment(content, content_type, extension):
    response = HttpResponse(content, content_type=content_type)
    name = f"mallipaja-omat-tiedot-{timezone.localdate():%Y-%m-%d}.{extension}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
def download_json(request):
    return attachment(as_json(personal_data(request.user)), "application/json; charset=utf-8", "json")


@login_required
def download_zip(request):
    data = personal_data(request.user)
    return attachment(as_zip(data, request, own_attachments(request.user)), "application/zip", "zip")


@login_required
def delete_account(request):
    form = DeleteOwnAccountForm(request.POST if request.method == "POST" else None, user=request.user)
    if request.method == "POST" and form.is_valid():
        do_delete_account(user=request.user, actor=request.user)
        logout(request)
        return redirect("codev:account_deleted")
    return render(
        request,
        TEMPLATES + "delete.html",
        {"form": form, "workspace_crumbs": crumbs(_("My data"), _("Delete my account"))},
    )


def account_deleted(request):
    return render(request, TEMPLATES + "deleted.html")

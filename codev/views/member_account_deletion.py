"""Admin view: a facilitator deletes a member's account on the member's request, with the reason on record."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from codev.actions import FeedbackError
from codev.data_rights import do_delete_account, may_delete_for_member
from codev.forms.data_rights import DeleteMemberAccountForm
from codev.models import AccountDeletion, CoDevelopmentGroup, Membership, Post, display_name


def delete_member_account(request, membership_id):
    # Members of other groups are not found at all, as everywhere in the facilitators' admin.
    membership = get_object_or_404(
        Membership.objects.select_related("user__codev_profile", "group").filter(
            group__in=CoDevelopmentGroup.objects.administered_by(request.user)
        ),
        pk=membership_id,
    )
    if not may_delete_for_member(request.user, membership):
        raise PermissionDenied
    name = display_name(membership.user)
    form = DeleteMemberAccountForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            do_delete_account(
                user=membership.user, actor=request.user, membership=membership, reason=form.cleaned_data["reason"]
            )
        except FeedbackError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request, _("The account was deleted. The member's posts stay under the name “Former member”.")
            )
            return redirect("codev_memberships:index")
    return render(
        request,
        "codev/admin/delete_member_account.html",
        {
            "form": form,
            "membership": membership,
            "name": name,
            "posts": Post.objects.filter(author=membership.user).count(),
            "other_groups": Membership.objects.filter(user=membership.user).exclude(pk=membership.pk).count(),
            "header_icon": "user",
            "page_title": _("Delete the account of %(name)s") % {"name": name},
            "page_subtitle": membership.group.name,
        },
    )


def account_deletions(request):
    """The record of accounts deleted in the facilitator's groups: who, when and why, never whose."""
    records = AccountDeletion.objects.select_related("group", "actor__codev_profile")
    if not request.user.is_superuser:
        records = records.filter(group__in=CoDevelopmentGroup.objects.administered_by(request.user))
    return render(
        request,
        "codev/admin/account_deletions.html",
        {"records": records, "header_icon": "user", "page_title": _("Deleted accounts")},
    )

"""Accepting an invitation: a new account, or one click for a person who is already signed in."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from codev.forms.accounts import AcceptInvitationForm, JoinGroupForm
from codev.invitations import (
    InvitationGone,
    InvitationNotYours,
    do_accept_as,
    do_accept_with_new_account,
    existing_account,
    is_addressed_to,
)
from codev.models import Invitation, Profile, display_name
from codev.permissions import membership
from codev.throttle import limit_token_guesses

TEMPLATES = "codev/accounts/"


def group_page(group):
    return reverse("codev:group", args=[group.slug])


def gone(request, invitation):
    inviter = display_name(invitation.invited_by) if invitation.invited_by_id else ""
    context = {"invitation": invitation, "inviter": inviter}
    return render(request, TEMPLATES + "invitation_gone.html", context, status=410)


@limit_token_guesses("invitation")
def accept_invitation(request, token):
    invitation = Invitation.find(token)
    if invitation is None:
        return render(request, TEMPLATES + "invitation_invalid.html", status=404)
    if invitation.is_used and request.user.is_authenticated and invitation.accepted_by_id == request.user.pk:
        messages.info(request, _("You have already joined the group %(group)s.") % {"group": invitation.group})
        return redirect(group_page(invitation.group))
    if invitation.is_used or invitation.is_expired:
        return gone(request, invitation)
    if request.user.is_authenticated:
        if not is_addressed_to(invitation, request.user):
            return not_yours(request, invitation)
        return join_as_signed_in(request, invitation)
    if existing_account(invitation):
        return render(
            request,
            TEMPLATES + "invitation_sign_in.html",
            {
                "invitation": invitation,
                "login_url": redirect_to_login(request.get_full_path()).url,
            },
        )
    return create_account(request, invitation)


def not_yours(request, invitation):
    context = {"invitation": invitation, "shown_as": display_name(request.user)}
    return render(request, TEMPLATES + "invitation_other_account.html", context, status=403)


def join_as_signed_in(request, invitation):
    user = request.user
    already = membership(user, invitation.group)
    form = JoinGroupForm(
        request.POST if request.method == "POST" else None,
        needs_display_name=not Profile.objects.filter(user=user).exists(),
    )
    if request.method == "POST" and form.is_valid():
        try:
            do_accept_as(invitation=invitation, user=user, display_name=form.cleaned_data.get("display_name", ""))
        except InvitationGone:
            return gone(request, Invitation.objects.get(pk=invitation.pk))
        except InvitationNotYours:
            return not_yours(request, invitation)
        if already:
            messages.info(request, _("You were already a member of %(group)s.") % {"group": invitation.group})
        else:
            messages.success(request, _("Welcome to %(group)s!") % {"group": invitation.group})
        return redirect(group_page(invitation.group))
    return render(
        request,
        TEMPLATES + "invitation_join.html",
        {
            "invitation": invitation,
            "form": form,
            "already_member": already is not None,
            "shown_as": display_name(user),
        },
    )


def create_account(request, invitation):
    form = AcceptInvitationForm(request.POST if request.method == "POST" else None, email=invitation.email)
    if request.method == "POST" and form.is_valid():
        try:
            joined = do_accept_with_new_account(
                invitation=invitation,
                display_name=form.cleaned_data["display_name"],
                password=form.cleaned_data["password1"],
            )
        except InvitationGone:
            return gone(request, Invitation.objects.get(pk=invitation.pk))
        # The new account signs in with the site's own backend, not through axes (which only counts attempts).
        login(request, joined.user, backend="codev.backends.CaseInsensitiveModelBackend")
        messages.success(
            request,
            _("Welcome to %(group)s! Next time, sign in with your username %(username)s and the password you chose.")
            % {"group": invitation.group, "username": joined.user.get_username()},
        )
        return redirect(group_page(invitation.group))
    return render(request, TEMPLATES + "invitation_accept.html", {"invitation": invitation, "form": form})

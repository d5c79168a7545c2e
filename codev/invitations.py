"""Invitations to a group: issued and emailed by a facilitator, accepted once before they expire."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from codev.emails import send_email
from codev.models import Invitation, Membership, Profile
from codev.models import display_name as shown_name
from common import links


class InvitationGone(Exception):
    """The invitation was used or has expired meanwhile."""


class InvitationNotYours(Exception):
    """The account's email address is not the one the invitation was sent to."""


def is_addressed_to(invitation, user):
    """Whether `user` may accept: an invitation and its role belong to the address it was emailed to.

    A forwarded email must not make its reader a member, let alone a facilitator.
    """
    return bool(user.email) and user.email.strip().lower() == invitation.email.strip().lower()


def accept_url(token, *, base_url=None, language=None):
    """The absolute address of the invitation's accept page, in the language of the email."""
    with translation.override(language or settings.LANGUAGE_CODE):
        path = reverse("codev:accept_invitation", args=[token])
    return (base_url or links.base_url()).rstrip("/") + path


def do_invite(*, group, email, role, organisation="", region=None, invited_by, base_url=None, language=None):
    """Issue an invitation and email its link once the invitation is stored. Returns the invitation.

    The raw token travels only in the email (the database keeps its hash), so it is handed to the
    sending task as part of the link.
    """
    language = language or settings.LANGUAGE_CODE
    with transaction.atomic():
        invitation, token = Invitation.issue(
            group=group,
            email=email.strip().lower(),
            role=role,
            organisation=organisation,
            region=region,
            invited_by=invited_by,
        )
        link = accept_url(token, base_url=base_url, language=language)
        transaction.on_commit(lambda: send_invitation_email.enqueue(invitation.pk, link, language))
    return invitation


@task()
def send_invitation_email(invitation_id, link, language):
    invitation = (
        Invitation.objects.select_related("group", "invited_by__codev_profile").filter(pk=invitation_id).first()
    )
    if invitation is None or invitation.is_used:
        return
    send_email(
        to=invitation.email,
        template_base="codev/email/invitation",
        language=language,
        context={
            "invitation": invitation,
            "group": invitation.group,
            "inviter": shown_name(invitation.invited_by) if invitation.invited_by else "",
            "accept_url": link,
            "expires_at": invitation.expires_at,
        },
    )


def existing_account(invitation):
    """The account already registered with the invited address, if any."""
    return get_user_model().objects.filter(email__iexact=invitation.email).order_by("pk").first()


def unique_username(email):
    """The email address itself, so that people sign in with what they know; numbered if it is taken."""
    users = get_user_model().objects
    base = email.strip().lower()[:140]
    candidate, number = base, 2
    while users.filter(username__iexact=candidate).exists():
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def _claim(invitation):
    """Lock the invitation and mark it used; a second, parallel accept finds it used and fails."""
    locked = Invitation.objects.select_for_update().select_related("group").get(pk=invitation.pk)
    if locked.is_used or locked.is_expired:
        raise InvitationGone
    now = timezone.now()
    # The conditional update is the claim itself, for databases that ignore row locks (SQLite).
    if not Invitation.objects.filter(pk=locked.pk, accepted_at__isnull=True).update(accepted_at=now):
        raise InvitationGone
    locked.accepted_at = now
    return locked


def _join(invitation, user):
    membership, created = Membership.objects.get_or_create(
        group=invitation.group,
        user=user,
        defaults={"role": invitation.role, "organisation": invitation.organisation, "region": invitation.region},
    )
    if not created and not membership.is_active:
        # A returning member comes back with the role and organisation of the new invitation.
        membership.role, membership.organisation = invitation.role, invitation.organisation
        membership.region, membership.is_active = invitation.region, True
        membership.joined_at = timezone.now()
        membership.save(update_fields=["role", "organisation", "region", "is_active", "joined_at"])
    Invitation.objects.filter(pk=invitation.pk).update(accepted_by=user)
    invitation.accepted_by = user
    return membership


@transaction.atomic
def do_accept_with_new_account(*, invitation, display_name, password):
    """Create the invited person's account and profile and make them a member. Returns the membership."""
    locked = _claim(invitation)
    user = get_user_model().objects.create_user(
        username=unique_username(locked.email),
        email=locked.email,
        password=password,
    )
    Profile.objects.create(user=user, display_name=display_name)
    return _join(locked, user)


@transaction.atomic
def do_accept_as(*, invitation, user, display_name=""):
    """A signed-in person joins the group with their existing account. Returns the membership."""
    if not is_addressed_to(invitation, user):
        raise InvitationNotYours
    locked = _claim(invitation)
    if display_name and not Profile.objects.filter(user=user).exists():
        Profile.objects.create(user=user, display_name=display_name)
    return _join(locked, user)

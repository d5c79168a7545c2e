"""Passwords that contain the person's own names are refused, and display names cannot hide spoofing characters."""

import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.forms import SetPasswordForm
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from codev.forms.accounts import AcceptInvitationForm, JoinGroupForm
from codev.invitations import do_invite
from codev.models import Profile, Role
from testing.codev_factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db

SPOOFING = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
SPOOFING += ["\u200e", "\u200f", "\u061c", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


def test_load49_cannot_change_the_password_to_its_username_twice(client, site_tree):
    user = make_user("load49")
    client.force_login(user)

    response = client.post(
        reverse("password_change"),
        {"old_password": PASSWORD, "new_password1": "load49load49", "new_password2": "load49load49"},
    )

    assert response.status_code == 200
    assert response.context["form"].errors["new_password2"]
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


@pytest.mark.parametrize("password", ["Revontuli-2024!", "REVON-TULI-kesa77", "aino.virtanen99", "virtanen#Kesa1"])
def test_a_new_password_from_a_reset_link_cannot_contain_the_email_or_display_name(site_tree, password):
    user = make_user("aino.virtanen@example.org", display_name="Revon Tuli", email="aino.virtanen@example.org")

    form = SetPasswordForm(user, {"new_password1": password, "new_password2": password})

    assert not form.is_valid()


def test_the_reset_link_refuses_the_display_name_as_a_password(client, site_tree):
    user = make_user("aino.virtanen@example.org", display_name="Revontuli", email="aino.virtanen@example.org")
    client.post(reverse("password_reset"), {"email": user.email})
    link = urlsplit(re.search(r"https?://\S+/accounts/reset/\S+", mail.outbox[0].body).group(0)).path
    set_password_page = client.get(link, follow=True).redirect_chain[-1][0]

    response = client.post(set_password_page, {"new_password1": "Revontuli-77", "new_password2": "Revontuli-77"})

    assert response.status_code == 200
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_an_unrelated_strong_password_is_accepted(site_tree):
    user = make_user("aino.virtanen@example.org", display_name="Revontuli", email="aino.virtanen@example.org")

    form = SetPasswordForm(
        user, {"new_password1": "Kuusi-kaunista-kevattaa-9", "new_password2": "Kuusi-kaunista-kevattaa-9"}
    )

    assert form.is_valid()


def test_accepting_an_invitation_refuses_a_password_with_the_chosen_display_name(
    client, group, facilitator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        do_invite(group=group, email="uusi@example.org", role=Role.EXPERT, invited_by=facilitator.user)
    path = urlsplit(re.search(r"https?://\S+/invitations/[\w-]+/", mail.outbox[-1].body).group(0)).path

    response = client.post(
        path, {"display_name": "Revontuli", "password1": "revontuli-revontuli", "password2": "revontuli-revontuli"}
    )

    assert response.status_code == 200
    assert response.context["form"].errors["password1"]
    assert not Profile.objects.filter(display_name="Revontuli").exists()


@pytest.mark.parametrize("character", SPOOFING)
def test_a_display_name_with_direction_or_zero_width_characters_is_refused(character):
    form = AcceptInvitationForm(
        {"display_name": f"Ai{character}no", "password1": "Kuusi-kaunista-9", "password2": "Kuusi-kaunista-9"},
        email="uusi@example.org",
    )

    assert not form.is_valid()
    assert form.has_error("display_name", code="invisible_characters")


def test_a_display_name_is_normalised_and_stripped():
    form = JoinGroupForm({"display_name": "  Ｋｅｔｔｕ   ﬁ  "}, needs_display_name=True)

    assert form.is_valid()
    assert form.cleaned_data["display_name"] == "Kettu fi"


def test_a_profile_saved_elsewhere_refuses_spoofing_characters_too(site_tree):
    user = make_user("toinen")
    profile = Profile.objects.get(user=user)
    profile.display_name = "\u202eoniA"

    with pytest.raises(ValidationError) as refused:
        profile.full_clean()

    assert "display_name" in refused.value.message_dict

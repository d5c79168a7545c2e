"""Joining by invitation: a facilitator invites by email; the link works once, and only until it expires."""

import re
from datetime import timedelta
from urllib.parse import quote, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext

from codev.invitations import InvitationGone, InvitationNotYours, do_accept_as, do_accept_with_new_account, do_invite
from codev.models import Invitation, Membership, Profile, Role
from testing.codev_factories import PASSWORD, add_member, make_group, make_user
from testing.factories import make_region

pytestmark = pytest.mark.django_db

User = get_user_model()
NEW_PASSWORD = "Kuusi-kaunista-kevattaa-9"  # noqa: S105 - test data
FINNISH_WEEKDAYS = ("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai")


@pytest.fixture
def invite(group, facilitator, django_capture_on_commit_callbacks):
    """Invite as the facilitator does in the admin; returns the invitation and the path of the emailed link."""

    def send(email="uusi.jasen@example.org", role=Role.EXPERT, **fields):
        with django_capture_on_commit_callbacks(execute=True):
            invitation = do_invite(group=group, email=email, role=role, invited_by=facilitator.user, **fields)
        link = re.search(r"https?://\S+/invitations/[\w-]+/", mail.outbox[-1].body).group(0)
        return invitation, urlsplit(link).path

    return send


def account_form(display_name="Kettu", password=NEW_PASSWORD):
    return {"display_name": display_name, "password1": password, "password2": password}


def group_page(group):
    return reverse("codev:group", args=[group.slug])


def test_the_invitation_email_is_sent_once_in_finnish_with_the_link_and_the_expiry_date(invite, group):
    invitation, path = invite(email="Uusi.Jasen@Example.org")

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["uusi.jasen@example.org"]
    assert message.extra_headers["Content-Language"] == "fi"
    assert group.name in message.subject
    assert path.startswith("/fi/codev/invitations/")
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert f'href="http://testserver{path}"' in html
    with translation.override("fi"):
        expiry = date_format(timezone.localtime(invitation.expires_at), "l j.n.Y")
    assert expiry.split()[0] in FINNISH_WEEKDAYS
    assert expiry in message.body and expiry in html
    assert "Fasilitaattori Fiia" in message.body


def test_only_the_hash_of_the_token_is_stored(invite):
    invitation, path = invite()
    token = path.rstrip("/").rsplit("/", 1)[1]

    assert token not in invitation.token_hash
    assert Invitation.find(token) == invitation


def test_an_invitation_can_be_sent_in_swedish(invite):
    _invitation, path = invite(language="sv")

    assert path.startswith("/sv/codev/invitations/")
    assert mail.outbox[0].extra_headers["Content-Language"] == "sv"


def test_nothing_is_sent_when_the_invitation_is_not_stored(group, facilitator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        do_invite(group=group, email="peruttu@example.org", role=Role.PROFESSIONAL, invited_by=facilitator.user)
        raise RuntimeError("the admin form failed after inviting")

    assert mail.outbox == []
    assert not Invitation.objects.exists()


def test_an_unknown_link_gets_a_page_saying_it_is_not_valid(client, group):
    response = client.get(reverse("codev:accept_invitation", args=["not-a-real-token"]))

    assert response.status_code == 404
    assert gettext("The invitation link is not valid") in response.content.decode()


def test_the_invited_person_chooses_a_pseudonym_and_password_and_becomes_a_member(client, invite, group):
    region = make_region("Pirkanmaa")
    invitation, path = invite(role=Role.EXPERT, organisation="Kokemusasiantuntijat ry", region=region)

    page = client.get(path)
    assert page.status_code == 200
    assert gettext("Display name") in page.content.decode()
    assert 'autocomplete="new-password"' in page.content.decode()

    response = client.post(path, account_form(display_name="Kettu"))

    assert response.status_code == 302
    assert response["Location"] == group_page(group)
    user = User.objects.get(email="uusi.jasen@example.org")
    assert user.username == "uusi.jasen@example.org"
    assert user.check_password(NEW_PASSWORD)
    assert Profile.objects.get(user=user).display_name == "Kettu"
    member = Membership.objects.get(group=group, user=user)
    assert (member.role, member.organisation, member.region, member.is_active) == (
        Role.EXPERT,
        "Kokemusasiantuntijat ry",
        region,
        True,
    )
    invitation.refresh_from_db()
    assert invitation.is_used and invitation.accepted_by == user
    assert client.session["_auth_user_id"] == str(user.pk)


def test_a_weak_password_is_refused_and_the_display_name_is_kept(client, invite):
    invitation, path = invite()

    response = client.post(path, account_form(display_name="Kettu", password="12345678"))

    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html
    assert 'value="Kettu"' in html
    assert not User.objects.filter(email=invitation.email).exists()
    invitation.refresh_from_db()
    assert not invitation.is_used


def test_two_different_passwords_are_refused(client, invite):
    invitation, path = invite()

    response = client.post(path, {**account_form(), "password2": NEW_PASSWORD + "x"})

    assert response.status_code == 200
    assert response.context["form"].errors["password2"]
    assert not User.objects.filter(email=invitation.email).exists()


def test_an_expired_invitation_explains_and_asks_for_a_new_one(client, group, facilitator):
    _invitation, token = Invitation.issue(
        group=group,
        email="myohassa@example.org",
        invited_by=facilitator.user,
        expires_at=timezone.now() - timedelta(minutes=1),
    )
    path = reverse("codev:accept_invitation", args=[token])

    for response in (client.get(path), client.post(path, account_form())):
        assert response.status_code == 410
        html = response.content.decode()
        assert gettext("This invitation has expired") in html
        assert "Fasilitaattori Fiia" in html
    assert not User.objects.filter(email="myohassa@example.org").exists()


def test_an_invitation_works_only_once(client, invite, group):
    invitation, path = invite()
    client.post(path, account_form())
    stranger = client.__class__()

    response = stranger.post(path, account_form(display_name="Toinen"))

    assert response.status_code == 410
    assert gettext("This invitation has already been used") in response.content.decode()
    assert Membership.objects.filter(group=group, user__email=invitation.email).count() == 1
    assert User.objects.filter(email=invitation.email).count() == 1


def test_of_two_simultaneous_accepts_only_the_first_succeeds(invite, group):
    # Both requests loaded the invitation before either accepted it.
    invitation, _path = invite()
    stale = Invitation.objects.get(pk=invitation.pk)
    do_accept_with_new_account(invitation=invitation, display_name="Ensimmäinen", password=NEW_PASSWORD)

    with pytest.raises(InvitationGone):
        do_accept_with_new_account(invitation=stale, display_name="Toinen", password=NEW_PASSWORD)

    assert Membership.objects.filter(group=group).exclude(role=Role.FACILITATOR).count() == 1
    assert not Profile.objects.filter(display_name="Toinen").exists()


def test_a_signed_in_member_joins_another_group_with_one_click(client, invite, model):
    first_group = make_group(models=[model])
    member = add_member(first_group, "monessa.mukana", Role.PROFESSIONAL, display_name="Aino A.")
    invitation, path = invite(email=member.user.email, role=Role.PROFESSIONAL)
    client.force_login(member.user)

    page = client.get(path)
    assert page.status_code == 200
    assert "password" not in page.content.decode()
    assert "Aino A." in page.content.decode()

    response = client.post(path, {})

    assert response.status_code == 302
    assert response["Location"] == group_page(invitation.group)
    assert set(Membership.objects.filter(user=member.user).values_list("group", flat=True)) == {
        first_group.pk,
        invitation.group.pk,
    }
    assert Profile.objects.get(user=member.user).display_name == "Aino A."
    assert User.objects.filter(email=member.user.email).count() == 1


def test_a_signed_in_account_without_a_profile_chooses_a_display_name_when_joining(client, invite):
    staff = User.objects.create_user("toimisto", "toimisto@example.org", PASSWORD)
    _invitation, path = invite(email=staff.email)
    client.force_login(staff)

    assert client.post(path, {"display_name": "  "}).status_code == 200
    response = client.post(path, {"display_name": "Toimiston Tiina"})

    assert response.status_code == 302
    assert Profile.objects.get(user=staff).display_name == "Toimiston Tiina"


def test_a_member_of_another_group_cannot_accept_a_forwarded_facilitator_invitation(client, invite, model):
    other_group = make_group(models=[model])
    reader = add_member(other_group, "valittaja", Role.PROFESSIONAL, display_name="Välittäjä")
    invitation, path = invite(email="oikea.vastaanottaja@example.org", role=Role.FACILITATOR)
    client.force_login(reader.user)

    page = client.get(path)
    accepted = client.post(path, {})

    for response in (page, accepted):
        assert response.status_code == 403
        html = response.content.decode()
        assert gettext("This invitation is for another address") in html
        assert "oikea.vastaanottaja@example.org" in html
        assert f'action="{reverse("logout")}"' in html and 'name="next" value="' + path in html
        assert gettext("Join the group") not in html
    assert not Membership.objects.filter(group=invitation.group, user=reader.user).exists()
    invitation.refresh_from_db()
    assert not invitation.is_used


def test_the_message_about_another_address_is_translated(client, invite):
    client.force_login(make_user("joku.muu"))
    _invitation, path = invite(email="oikea.vastaanottaja@example.org")

    html = client.get(path).content.decode()

    with translation.override("fi"):
        assert gettext("This invitation is for another address") != "This invitation is for another address"
        assert gettext("This invitation is for another address") in html


def test_accepting_as_another_account_is_refused_even_without_the_page(invite):
    invitation, _path = invite(email="oikea.vastaanottaja@example.org", role=Role.FACILITATOR)
    someone = make_user("joku.muu")

    with pytest.raises(InvitationNotYours):
        do_accept_as(invitation=invitation, user=someone)

    assert not Membership.objects.filter(user=someone).exists()
    invitation.refresh_from_db()
    assert not invitation.is_used


def test_the_invited_address_in_another_letter_case_may_accept(client, invite):
    person = make_user("isot.kirjaimet", email="Isot.Kirjaimet@Example.org")
    invitation, path = invite(email="isot.kirjaimet@example.org")
    client.force_login(person)

    assert client.post(path, {}).status_code == 302
    assert Membership.objects.filter(group=invitation.group, user=person).exists()


def test_signing_out_from_the_wrong_account_returns_to_the_invitation(client, invite):
    client.force_login(make_user("joku.muu"))
    _invitation, path = invite(email="uusi.osoite@example.org")

    response = client.post(reverse("logout"), {"next": path})

    assert response.status_code == 302 and response["Location"] == path
    assert gettext("Display name") in client.get(path).content.decode()


def test_another_account_that_signs_in_from_the_invitation_still_cannot_accept(client, invite):
    make_user("jo.tunnus", email="jo.tunnus@example.org")
    stranger = make_user("vieras")
    invitation, path = invite(email="jo.tunnus@example.org")

    client.post(reverse("login"), {"username": stranger.username, "password": PASSWORD, "next": path})

    assert client.post(path, {}).status_code == 403
    assert not Membership.objects.filter(group=invitation.group, user=stranger).exists()


def test_an_existing_account_that_is_not_signed_in_is_asked_to_sign_in_first(client, invite):
    existing = make_user("jo.tunnus", email="jo.tunnus@example.org")
    invitation, path = invite(email="JO.TUNNUS@example.org")
    login_url = reverse("login") + "?next=" + quote(path)

    for response in (client.get(path), client.post(path, account_form())):
        assert response.status_code == 200
        assert login_url in response.content.decode().replace("&amp;", "&")
    assert User.objects.filter(email__iexact=invitation.email).count() == 1

    signed_in = client.post(reverse("login"), {"username": existing.username, "password": PASSWORD, "next": path})
    assert signed_in["Location"] == path
    assert client.post(path, {}).status_code == 302
    assert Membership.objects.filter(group=invitation.group, user=existing).exists()


def test_returning_to_a_used_link_after_joining_leads_to_the_group(client, invite, group):
    _invitation, path = invite()
    client.post(path, account_form())

    response = client.get(path)

    assert response.status_code == 302
    assert response["Location"] == group_page(group)

"""Guessing the secret links: an address that tries too many invalid tokens is told to wait, with 429."""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from codev.invitations import do_invite
from codev.models import Role
from codev.notifications.delivery import unsubscribe_token

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_tree")]

LIMIT = 3
TOO_MANY = "Too many links that do not work"


def invitation_path(token):
    return reverse("codev:accept_invitation", args=[token])


def unsubscribe_path(token):
    return reverse("codev:unsubscribe", args=[token])


@pytest.fixture
def invitation_link(group, facilitator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        do_invite(group=group, email="kutsuttu@example.org", role=Role.EXPERT, invited_by=facilitator.user)
    return urlsplit(re.search(r"https?://\S+/invitations/[\w-]+/", mail.outbox[-1].body).group(0)).path


@override_settings(TOKEN_GUESS_LIMIT=LIMIT)
def test_an_address_guessing_invitation_tokens_gets_429_with_a_translated_page(client):
    for number in range(LIMIT):
        assert client.get(invitation_path(f"arvaus-{number}")).status_code == 404

    response = client.get(invitation_path("arvaus-viimeinen"))

    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    with translation.override("fi"):
        assert gettext(TOO_MANY) != TOO_MANY
        assert gettext(TOO_MANY) in response.content.decode()


@override_settings(TOKEN_GUESS_LIMIT=LIMIT)
def test_a_valid_invitation_keeps_working_and_does_not_count(client, invitation_link):
    for _ in range(LIMIT + 2):
        assert client.get(invitation_link).status_code == 200
    for number in range(LIMIT - 1):
        client.get(invitation_path(f"arvaus-{number}"))

    assert client.get(invitation_link).status_code == 200


@override_settings(TOKEN_GUESS_LIMIT=LIMIT)
def test_once_throttled_even_a_valid_link_waits_so_the_answers_tell_a_guesser_nothing(client, invitation_link):
    for number in range(LIMIT):
        client.get(invitation_path(f"arvaus-{number}"))

    assert client.get(invitation_link).status_code == 429


@override_settings(TOKEN_GUESS_LIMIT=LIMIT)
def test_other_addresses_are_not_slowed_by_one_guesser(client, invitation_link):
    for number in range(LIMIT):
        client.get(invitation_path(f"arvaus-{number}"), REMOTE_ADDR="203.0.113.66")

    assert client.get(invitation_path("arvaus"), REMOTE_ADDR="203.0.113.66").status_code == 429
    assert client.get(invitation_link, REMOTE_ADDR="198.51.100.7").status_code == 200


@override_settings(TOKEN_GUESS_LIMIT=LIMIT)
def test_an_address_guessing_unsubscribe_tokens_gets_429(client, member):
    for number in range(LIMIT):
        assert client.post(unsubscribe_path(f"MTIzNDU:vaarennetty{number}")).status_code == 404

    assert client.post(unsubscribe_path("MTIzNDU:vaarennetty")).status_code == 429
    assert client.get(unsubscribe_path("MTIzNDU:vaarennetty")).status_code == 429


@override_settings(TOKEN_GUESS_LIMIT=LIMIT)
def test_a_valid_unsubscribe_link_keeps_working_and_does_not_count(client, member):
    path = unsubscribe_path(unsubscribe_token(member.user))

    for _ in range(LIMIT + 1):
        assert client.get(path).status_code == 200


@override_settings(TOKEN_GUESS_LIMIT=LIMIT, TRUSTED_PROXY_COUNT=1)
def test_behind_a_trusted_proxy_the_forwarded_address_is_counted(client):
    for number in range(LIMIT):
        client.get(invitation_path(f"arvaus-{number}"), HTTP_X_FORWARDED_FOR="203.0.113.8", REMOTE_ADDR="10.0.0.1")

    assert client.get(invitation_path("x"), HTTP_X_FORWARDED_FOR="203.0.113.8").status_code == 429
    assert client.get(invitation_path("x"), HTTP_X_FORWARDED_FOR="198.51.100.9").status_code == 404

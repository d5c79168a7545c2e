"""Guessing passwords: after a few failures an account, or an address, is locked for a while on both sign-in forms."""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import ModelLogEntry

from codev.signin import UNLOCK_ACTION, client_ip
from testing.codev_factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db

LOGIN = "/fi/accounts/login/"
ADMIN_LOGIN = "/admin/login/"
LIMIT = 5


@pytest.fixture
def person(site_tree):
    return make_user("aino.virtanen@example.org", display_name="Aino", email="aino.virtanen@example.org")


@pytest.fixture
def editor(site_tree):
    return get_user_model().objects.create_superuser("paakayttaja", "paakayttaja@example.org", PASSWORD)


def sign_in(client, path, username, password, ip="203.0.113.5", **extra):
    return client.post(path, {"username": username, "password": password}, REMOTE_ADDR=ip, **extra)


def guess(client, path, username, times, ip="203.0.113.5"):
    for number in range(times):
        sign_in(client, path, username, f"arvaus-{number}", ip=ip)


def is_signed_in(client):
    return "_auth_user_id" in client.session


@override_settings(AXES_FAILURE_LIMIT=LIMIT)
def test_after_five_wrong_passwords_even_the_right_one_is_refused_with_a_page_that_explains(client, person):
    guess(client, LOGIN, person.username, LIMIT)

    response = sign_in(client, LOGIN, person.username, PASSWORD)

    assert response.status_code == 429
    assert not is_signed_in(client)
    html = response.content.decode()
    assert "Kirjautuminen on lukittu" in html
    assert "15 minuutiksi" in html
    assert f'href="{reverse("password_reset")}"' in html


@override_settings(AXES_FAILURE_LIMIT=LIMIT)
def test_four_wrong_passwords_still_let_the_right_one_in(client, person):
    guess(client, LOGIN, person.username, LIMIT - 1)

    response = sign_in(client, LOGIN, person.username, PASSWORD)

    assert response.status_code == 302
    assert is_signed_in(client)


@override_settings(AXES_FAILURE_LIMIT=LIMIT)
def test_the_account_is_locked_whatever_the_letter_case_email_or_address_of_the_guesses(client, person):
    for number, typed in enumerate(["AINO.VIRTANEN@example.org", "aino.virtanen@EXAMPLE.ORG", person.username] * 2):
        sign_in(client, LOGIN, typed, "väärin", ip=f"198.51.100.{number}")

    assert sign_in(client, LOGIN, person.username, PASSWORD, ip="192.0.2.77").status_code == 429
    assert not is_signed_in(client)


@override_settings(AXES_FAILURE_LIMIT=LIMIT)
def test_one_address_guessing_many_accounts_is_locked_but_others_can_still_sign_in(client, person):
    for number in range(LIMIT):
        sign_in(client, LOGIN, f"tuntematon{number}@example.org", "väärin", ip="203.0.113.9")

    assert sign_in(client, LOGIN, person.username, PASSWORD, ip="203.0.113.9").status_code == 429
    assert sign_in(client, LOGIN, person.username, PASSWORD, ip="192.0.2.1").status_code == 302


@override_settings(AXES_FAILURE_LIMIT=LIMIT)
def test_the_wagtail_admin_sign_in_is_locked_too(client, editor):
    guess(client, ADMIN_LOGIN, editor.username, LIMIT)

    response = sign_in(client, ADMIN_LOGIN, editor.username, PASSWORD)

    assert response.status_code == 429
    assert not is_signed_in(client)
    assert "Kirjautuminen on lukittu" in response.content.decode()


@override_settings(AXES_FAILURE_LIMIT=LIMIT)
def test_the_lockout_is_kept_in_the_database_for_every_web_process(client, person):
    guess(client, LOGIN, person.username, LIMIT)

    attempts = AccessAttempt.objects.filter(username=person.username)
    assert sum(attempts.values_list("failures_since_start", flat=True)) == LIMIT


@override_settings(AXES_FAILURE_LIMIT=LIMIT)
def test_the_lockout_page_is_in_swedish_on_the_swedish_site(client, person):
    guess(client, "/sv/accounts/login/", person.username, LIMIT)

    response = sign_in(client, "/sv/accounts/login/", person.username, PASSWORD)

    assert response.status_code == 429
    assert "Inloggningen är låst" in response.content.decode()


@override_settings(AXES_FAILURE_LIMIT=LIMIT)
def test_a_superuser_sees_the_lockout_in_the_admin_and_unlocks_the_account(client, person, editor):
    guess(client, LOGIN, person.username, LIMIT)
    admin = client.__class__()
    admin.force_login(editor)

    listing = admin.get(reverse("codev_lockouts"))
    assert listing.status_code == 200
    html = listing.content.decode()
    assert person.username in html and "203.0.113.5" in html
    with translation.override("fi"):
        assert gettext("Locked") in html

    attempt = AccessAttempt.objects.get(username=person.username)
    response = admin.post(reverse("codev_lockouts_unlock", args=[attempt.pk, "account"]))

    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(username=person.username).exists()
    assert ModelLogEntry.objects.filter(action=UNLOCK_ACTION, user=editor).exists()
    assert sign_in(client, LOGIN, person.username, PASSWORD).status_code == 302


@override_settings(AXES_FAILURE_LIMIT=LIMIT)
def test_a_superuser_unlocks_an_address(client, person, editor):
    for number in range(LIMIT):
        sign_in(client, LOGIN, f"tuntematon{number}@example.org", "väärin", ip="203.0.113.9")
    admin = client.__class__()
    admin.force_login(editor)
    attempt = AccessAttempt.objects.filter(ip_address="203.0.113.9").first()

    admin.post(reverse("codev_lockouts_unlock", args=[attempt.pk, "address"]))

    assert not AccessAttempt.objects.filter(ip_address="203.0.113.9").exists()
    assert sign_in(client, LOGIN, person.username, PASSWORD, ip="203.0.113.9").status_code == 302


def test_only_superusers_see_or_unlock_lockouts(client, site_tree):
    staff = get_user_model().objects.create_user("toimittaja", "toimittaja@example.org", PASSWORD, is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    attempt = AccessAttempt.objects.create(
        username="joku",
        ip_address="203.0.113.1",
        user_agent="",
        http_accept="",
        path_info=LOGIN,
        failures_since_start=9,
    )
    client.force_login(staff)

    assert client.get(reverse("codev_lockouts")).status_code in (302, 403)
    client.post(reverse("codev_lockouts_unlock", args=[attempt.pk, "account"]))
    assert AccessAttempt.objects.filter(pk=attempt.pk).exists()


def test_the_client_address_is_remote_addr_unless_a_proxy_is_trusted(rf):
    request = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.4")

    assert client_ip(request) == "10.0.0.2"
    with override_settings(TRUSTED_PROXY_COUNT=1):
        assert client_ip(request) == "198.51.100.4"
    with override_settings(TRUSTED_PROXY_COUNT=3):
        assert client_ip(request) == "10.0.0.2"

"""Signing in, signing out and choosing a new password, in the site's own pages."""

import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext

from testing.codev_factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Uusi-salasana-kevaalla-42"  # noqa: S105 - test data


@pytest.fixture
def person(site_tree):
    return make_user("aino.virtanen@example.org", display_name="Aino", email="aino.virtanen@example.org")


def test_the_sign_in_page_has_labelled_fields_and_a_password_reset_link(client, site_tree):
    html = client.get(reverse("login")).content.decode()

    assert reverse("login") == "/fi/accounts/login/"
    assert '<label for="id_username">' in html and '<label for="id_password">' in html
    assert 'autocomplete="current-password"' in html
    assert f'href="{reverse("password_reset")}"' in html


def test_a_member_signs_in_with_the_email_address_and_lands_in_the_workspace(client, person):
    response = client.post(reverse("login"), {"username": person.username, "password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == reverse("codev:home")
    assert client.session["_auth_user_id"] == str(person.pk)


def test_a_wrong_password_is_announced_and_nobody_is_signed_in(client, person):
    response = client.post(reverse("login"), {"username": person.username, "password": "väärin"})

    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="alert"' in html
    assert 'aria-invalid="true"' in html
    assert "_auth_user_id" not in client.session


def test_the_header_offers_sign_in_or_the_workspace_and_sign_out(client, person):
    anonymous = client.get(reverse("login")).content.decode()
    assert f'href="{reverse("login")}"' in anonymous
    assert f'action="{reverse("logout")}"' not in anonymous

    client.force_login(person)
    signed_in = client.get(reverse("password_change")).content.decode()
    assert f'href="{reverse("codev:home")}"' in signed_in
    assert f'<form method="post" action="{reverse("logout")}">' in signed_in


def test_signing_out_takes_a_post_and_confirms_it(client, person):
    client.force_login(person)

    assert client.get(reverse("logout")).status_code == 405
    response = client.post(reverse("logout"))

    assert response.status_code == 200
    assert gettext("You have signed out") in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_forgotten_password_is_reset_through_an_emailed_link(client, person):
    response = client.post(reverse("password_reset"), {"email": "aino.virtanen@example.org"})
    assert response.status_code == 302
    assert response["Location"] == reverse("password_reset_done")

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["aino.virtanen@example.org"]
    assert "\n" not in message.subject
    link = urlsplit(re.search(r"https?://\S+/accounts/reset/\S+", message.body).group(0)).path
    assert link.startswith("/fi/accounts/reset/")
    assert person.username in message.body

    form_page = client.get(link, follow=True)
    assert form_page.context["validlink"]
    response = client.post(
        form_page.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    assert response["Location"] == reverse("password_reset_complete")

    client.logout()
    assert client.login(request=HttpRequest(), username=person.username, password=NEW_PASSWORD)


def test_a_used_reset_link_explains_that_a_new_one_is_needed(client, person):
    client.post(reverse("password_reset"), {"email": person.email})
    link = urlsplit(re.search(r"https?://\S+/accounts/reset/\S+", mail.outbox[0].body).group(0)).path
    set_password_page = client.get(link, follow=True).redirect_chain[-1][0]
    client.post(set_password_page, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})

    response = client.get(link, follow=True)

    assert not response.context["validlink"]
    assert f'href="{reverse("password_reset")}"' in response.content.decode()


def test_no_email_goes_to_an_address_without_an_account(client, site_tree):
    response = client.post(reverse("password_reset"), {"email": "ei.ketaan@example.org"})

    assert response.status_code == 302
    assert mail.outbox == []
    assert not get_user_model().objects.filter(email="ei.ketaan@example.org").exists()


def test_a_member_changes_the_password_while_signed_in(client, person):
    client.force_login(person)

    response = client.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": NEW_PASSWORD,
            "new_password2": NEW_PASSWORD,
        },
    )

    assert response["Location"] == reverse("password_change_done")
    person.refresh_from_db()
    assert person.check_password(NEW_PASSWORD)

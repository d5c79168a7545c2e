"""People sign in with their username or email address, whatever the letter case."""

import pytest
from django.contrib.auth import authenticate
from django.test import RequestFactory

from testing.codev_factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db


def sign_in_request():
    """Sign-in is checked against the request it came with, as the brute-force protection needs."""
    return RequestFactory().post("/fi/accounts/login/")


def test_email_username_signs_in_in_any_case():
    user = make_user("aino.virtanen@example.org", email="aino.virtanen@example.org")

    assert authenticate(sign_in_request(), username="Aino.Virtanen@Example.org", password=PASSWORD) == user


def test_username_or_email_both_work():
    user = make_user("fasilitaattori", email="fasi@example.org")

    assert authenticate(sign_in_request(), username="fasilitaattori", password=PASSWORD) == user
    assert authenticate(sign_in_request(), username="FASI@example.org", password=PASSWORD) == user


def test_wrong_password_or_unknown_user_is_refused():
    make_user("aino", email="aino@example.org")

    assert authenticate(sign_in_request(), username="aino", password="väärä") is None
    assert authenticate(sign_in_request(), username="nobody", password=PASSWORD) is None


def test_inactive_user_cannot_sign_in():
    user = make_user("poistunut")
    user.is_active = False
    user.save()

    assert authenticate(sign_in_request(), username="poistunut", password=PASSWORD) is None

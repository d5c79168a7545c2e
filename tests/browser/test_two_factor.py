"""Two-step sign-in in real Chromium: a facilitator sets up an app on the way to triage, then signs in with a code."""

import base64
import time

import pytest
from django.urls import reverse
from django_otp.oath import TOTP
from playwright.sync_api import expect

from codev.models import Role
from testing.codev_factories import PASSWORD, add_member, make_board, make_group, make_round
from testing.factories import build_site, make_model
from tests.browser.axe import check_axe

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def app_code(secret, *, steps_ahead=0):
    """What an authenticator app shows for the key typed from the page (base32, grouped in fours)."""
    totp = TOTP(base64.b32decode(secret.replace(" ", "")))
    totp.time = time.time() + 30 * steps_ahead
    return f"{totp.token():06d}"


def test_facilitator_sets_up_an_app_on_the_way_to_triage_and_next_time_signs_in_with_a_code(page, settings):
    settings.CODEV_2FA_REQUIRED = True
    site = build_site()
    model = make_model(site["library"], "Verkostoyhteistyön malli")
    group = make_group(models=[model], name="Itä-Uudenmaan yhteiskehittämisryhmä")
    make_board(make_round(group, 1, "open"), model)
    facilitator = add_member(group, "fasilitaattori", Role.FACILITATOR, display_name="Fasilitaattori Fiia")
    triage = reverse("codev:triage", args=[group.slug])

    page.goto(f"{reverse('login')}?next={triage}")
    page.get_by_label("Käyttäjätunnus").fill(facilitator.user.username)
    page.get_by_label("Salasana").fill(PASSWORD)
    page.locator("form.account-form button[type=submit]").click()

    page.wait_for_url(f"**{reverse('codev:two_factor_setup')}**")
    expect(page.get_by_role("heading", level=1)).to_have_text("Ota todennussovellus käyttöön")
    expect(page.locator(".two-factor-setup__qr svg")).to_be_visible()
    check_axe(page)
    secret = page.locator(".two-factor-setup__secret").inner_text()
    page.get_by_label("Todennussovelluksen koodi").fill(app_code(secret))
    page.get_by_role("button", name="Ota kaksivaiheinen kirjautuminen käyttöön").click()

    page.wait_for_url(f"**{reverse('codev:two_factor_recovery_codes')}**")
    expect(page.locator(".recovery-codes li")).to_have_count(10)
    check_axe(page)
    page.get_by_role("link", name="Olen tallentanut koodit").click()
    page.wait_for_url(f"**{triage}")

    page.get_by_role("button", name="Kirjaudu ulos").click()
    page.goto(f"{reverse('login')}?next={triage}")
    page.get_by_label("Käyttäjätunnus").fill(facilitator.user.username)
    page.get_by_label("Salasana").fill(PASSWORD)
    page.locator("form.account-form button[type=submit]").click()

    page.wait_for_url(f"**{reverse('codev:two_factor_verify')}**")
    check_axe(page)
    # The code of the set-up is spent; the app's next code is accepted a step early.
    page.get_by_label("Todennussovelluksen koodi").fill(app_code(secret, steps_ahead=1))
    page.get_by_role("button", name="Kirjaudu sisään").click()
    page.wait_for_url(f"**{triage}")
    expect(page.get_by_role("heading", level=1)).to_be_visible()

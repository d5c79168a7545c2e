"""Themes in real Chromium: the facilitator opens the themes of the demo's open round, keeps them, merges two,
and finds the merged theme as a filter in triage. axe checks the themes page before and after."""

import pytest
from django.core.management import call_command
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from codev.models import CoDevelopmentGroup, Theme
from demo.codev import GROUP
from demo.codev_themes import OPEN_ROUND
from demo.users import DEMO_PASSWORD
from testing.codev_factories import code_for
from tests.browser.axe import check_axe

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

MERGED = "Valmistautuminen ja vastuut"


def sign_in_as_demo_facilitator(page, path):
    page.goto(f"{reverse('login')}?next={path}")
    page.locator("#id_username").fill("facilitator")
    page.locator("#id_password").fill(DEMO_PASSWORD)
    page.locator("form.account-form button[type=submit]").click()
    page.wait_for_url(f"**{reverse('codev:two_factor_verify')}**")
    device = TOTPDevice.objects.get(user__username="facilitator", confirmed=True)
    page.locator("input[name=code]").fill(code_for(device))
    page.locator("input[name=code]").press("Enter")
    page.wait_for_url(f"**{path}")


def test_facilitator_merges_two_themes_of_the_demo_round_and_triages_by_the_merged_theme(page):
    call_command("load_demo_content", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115
    group = CoDevelopmentGroup.objects.get(slug=GROUP["slug"])
    themes_path = reverse("codev:round_themes", args=(group.slug, OPEN_ROUND))
    sign_in_as_demo_facilitator(page, themes_path)

    expect(page.locator("section.theme").first).to_be_visible()
    check_axe(page)
    page.locator("button[name=action][value=adopt]").click()
    page.wait_for_url(f"**{themes_path}")
    expect(page.locator("form.themes__merge")).to_be_visible()

    merge = page.locator("form.themes__merge")
    merge.locator("input[name=themes_chosen]").nth(0).check()
    merge.locator("input[name=themes_chosen]").nth(1).check()
    merge.locator("#merge-name").fill(MERGED)
    merge.locator("button[name=action][value=merge]").click()
    page.wait_for_url(f"**{themes_path}")
    expect(page.get_by_role("heading", name=MERGED, exact=True)).to_be_visible()
    check_axe(page)

    merged = Theme.objects.get(group=group, name=MERGED)
    page.goto(reverse("codev:triage", args=(group.slug,)))
    page.locator("#filter-theme").select_option(str(merged.pk))
    page.locator(".triage__filters form button[type=submit]").click()
    expect(page.locator("#triage-theme-heading")).to_contain_text(MERGED)
    posts = merged.assignments.count()
    expect(page.locator(".triage__list > li")).to_have_count(posts)
    check_axe(page)

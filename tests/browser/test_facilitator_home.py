"""The facilitator's home in real Chromium: axe finds no serious faults, and the reminder goes by keyboard."""

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.urls import reverse
from playwright.sync_api import expect

from codev.models import Role
from testing.codev_factories import add_member, make_board, make_group, make_post, make_round
from testing.factories import build_site, make_model
from tests.browser.axe import check_axe
from tests.browser.test_feedback_loop import finnish, finnish_plural, in_finnish

# live_server serves from another thread, so the content must be committed; serialized_rollback
# restores Wagtail's root page (made by a migration) after each test's flush.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def home_world():
    site = build_site()
    model = make_model(site["library"], "Verkostoyhteistyön malli")
    group = make_group(models=[model], name="Itä-Uudenmaan yhteiskehittämisryhmä")
    facilitator = add_member(group, "fasilitaattori", Role.FACILITATOR, display_name="Fasilitaattori Fiia")
    writer = add_member(group, "eero", Role.EXPERT, display_name="Kokemusasiantuntija Eero")
    add_member(group, "nelli", Role.YOUNG_PERSON, display_name="Nuori Nelli")
    board = make_board(make_round(group, 1, "open", theme="Yhteinen suunnitelma"), model)
    make_post(writer, board, body="<p>Verkostokokous toimii.</p>", section="basic_idea")
    return {"facilitator": facilitator}


def test_the_facilitators_home_passes_axe_and_sends_the_reminder_by_keyboard(sign_in, home_world):  # noqa: F811
    tab = sign_in(home_world["facilitator"], in_finnish("codev:home"))

    expect(tab.get_by_role("heading", name=finnish("Waiting for you as a facilitator"))).to_be_visible()
    expect(tab.get_by_text("Nuori Nelli")).to_be_visible()
    check_axe(tab)

    label = finnish_plural(
        "Send a gentle reminder to %(counter)s member", "Send a gentle reminder to %(counter)s members", 1, counter=1
    )
    button = tab.get_by_role("button", name=label)
    button.focus()
    tab.keyboard.press("Enter")

    sent = finnish_plural(
        "The reminder is on its way to %(count)s member.",
        "The reminder is on its way to %(count)s members.",
        1,
        count=1,
    )
    expect(tab.get_by_role("status")).to_contain_text(sent)
    expect(tab.get_by_role("button", name=label)).to_have_count(0)
    assert [message.to for message in mail.outbox] == [["nelli@example.org"]]
    check_axe(tab)


def test_the_admin_dashboard_panel_passes_axe(sign_in, home_world):  # noqa: F811
    facilitator = home_world["facilitator"].user
    facilitator.user_permissions.add(Permission.objects.get(codename="access_admin"))
    tab = sign_in(home_world["facilitator"], in_finnish("codev:home"))

    tab.goto(reverse("wagtailadmin_home"))

    expect(tab.get_by_text("Nuori Nelli")).to_be_visible()
    check_axe(tab)

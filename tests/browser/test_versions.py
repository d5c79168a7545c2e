"""A reader follows a model's versions in real Chromium: history, comparison, an old version, by mouse and keyboard."""

import re

import pytest
from django.utils import translation
from django.utils.dateformat import format as date_format
from django.utils.timezone import localtime
from playwright.sync_api import expect

from models_library.models import ModelVersion, PublicationKind
from testing.factories import build_site, make_model, make_region, stream
from tests.browser.axe import check_axe
from tests.test_versions import publish

# live_server serves from another thread, so the content must be committed; serialized_rollback
# restores Wagtail's root page (made by a migration) after each test's flush.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Tab presses allowed to reach the compare form from the top of the history page.
MOST_TABS = 40


def finnish(message, **values):
    """The text as a Finnish reader sees it, whether or not the catalogue translates it yet."""
    with translation.override("fi"):
        return translation.gettext(message) % values if values else translation.gettext(message)


@pytest.fixture
def model():
    """A model published three times: the draft, an edit after feedback, and a pilot version."""
    site = build_site()
    page = make_model(
        site["library"],
        "Verkostoyhteistyön malli",
        stage="co_development",
        basic_idea=stream("Ensimmäinen luonnos verkostoyhteistyöstä."),
    )
    publish(
        page,
        note="Muokattu teidän antamanne palautteen pohjalta.",
        basic_idea=stream("Palautteen pohjalta muokattu kuvaus verkostoyhteistyöstä."),
    )
    page = publish(
        page,
        kind=PublicationKind.PILOT,
        note="Otetaan käyttöön kokeiluvaiheessa.",
        stage="pilot",
        regions=[make_region("Helsingin kaupunki")],
        basic_idea=stream("Kokeiluvaiheen kuvaus verkostoyhteistyöstä."),
    )
    with translation.override("fi"):
        url = page.url
    return {"page": page, "url": url}


def open_every_disclosure(tab):
    """Unchanged blocks and sections are folded in <details>; axe checks only what is shown."""
    tab.locator("details").evaluate_all("all => all.forEach(details => { details.open = true; })")


def test_reader_goes_from_the_model_through_history_and_comparison_to_an_old_version(page, model):
    page.goto(model["url"])
    page.locator(".version-line").get_by_role("link", name=finnish("Version history")).click()
    page.wait_for_url(re.compile(r"/history/$"))
    expect(page.locator(".history__entry")).to_have_count(3)
    check_axe(page)

    newest = page.locator(".history__entry").first
    newest.get_by_role("link", name=finnish("Compare with the previous version")).click()
    page.wait_for_url(re.compile(r"/compare/2/3/$"))
    changed = page.locator(".section-change .diff")
    expect(changed.locator("ins").filter(has_text="Kokeiluvaiheen")).not_to_have_count(0)
    expect(changed.locator("del").filter(has_text="Palautteen")).not_to_have_count(0)
    expect(page.locator(".fact-changes ins").filter(has_text="Helsingin kaupunki")).to_have_count(1)
    open_every_disclosure(page)
    check_axe(page)

    older = ModelVersion.objects.for_page(model["page"]).of_number(2)
    published = date_format(localtime(older.published_at), "j.n.Y")
    page.locator(".comparison").get_by_role(
        "link", name=finnish("Version %(n)s (%(date)s)", n=older.label, date=published)
    ).click()
    page.wait_for_url(re.compile(r"/versions/2/$"))
    notice = page.locator(".notice--old-version")
    expect(notice).to_contain_text(
        finnish(
            "You are reading version %(number)s, published %(date)s. It is not the current version.",
            number=older.label,
            date=published,
        )
    )
    expect(page.locator("main")).to_contain_text("Palautteen pohjalta muokattu kuvaus")
    current = notice.get_by_role("link", name=finnish("Read the current version (%(number)s)", number=3))
    expect(current).to_have_attribute("href", model["url"])
    check_axe(page)


def test_history_compare_form_works_with_the_keyboard_alone(page, model):
    page.goto(model["url"] + "history/")
    for _ in range(MOST_TABS):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "compare-old":
            break
    else:
        pytest.fail(f"{MOST_TABS} presses of Tab did not reach the older version's select", pytrace=False)
    expect(page.locator("#compare-old")).to_have_value("2")

    page.keyboard.press("ArrowDown")
    expect(page.locator("#compare-old")).to_have_value("1")
    page.keyboard.press("Tab")
    expect(page.locator("#compare-new")).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(page.locator("#compare-new")).to_have_value("2")
    page.keyboard.press("Tab")
    expect(page.locator(".compare-form button[type=submit]")).to_be_focused()
    page.keyboard.press("Enter")

    page.wait_for_url(re.compile(r"/compare/1/2/$"))
    expect(page.locator(".comparison .lead")).to_contain_text("1")
    expect(page.locator(".section-change .diff ins").filter(has_text="Palautteen")).not_to_have_count(0)

"""Readers' pages in real Chromium: axe-core finds no serious faults; keyboard, zoom, language, print work."""

import datetime
import json
import re
import uuid

import pytest
from django.utils import translation

from testing.factories import (
    build_site,
    make_model,
    make_project,
    make_region,
    make_target_group,
    make_term,
    paragraph,
    stream,
)
from tests.browser.axe import check_axe

# live_server serves from another thread, so the content must be committed; serialized_rollback
# restores Wagtail's root page (made by a migration) after each test's flush.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def list_items(*values):
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def checklist_and_process():
    """The implementation section of a model: a two-column checklist and a process, as people print them."""
    return json.dumps(
        [
            paragraph("Yhteisasiakkaan hoitoon osallistuvat lastensuojelu ja nuorisopsykiatria."),
            block(
                "process",
                {
                    "title": "Yhteisen suunnitelman laatiminen",
                    "steps": list_items(
                        {
                            "title": "Tarpeen tunnistaminen",
                            "responsible": "Sosiaalityöntekijä",
                            "description": "<p>Kumpi tahansa palvelu voi aloittaa.</p>",
                        },
                        {
                            "title": "Yhteinen tapaaminen",
                            "description": "<p>Nuori ja perhe ovat mukana.</p>",
                            "responsible": "Omatyöntekijät",
                        },
                        {"title": "Seuranta", "description": "", "responsible": ""},
                    ),
                },
            ),
            block(
                "checklist",
                {
                    "title": "Ennen ensimmäistä tapaamista",
                    "intro": "Rastita, kun kohta on tehty.",
                    "two_columns": True,
                    "worker_column": "Työntekijä",
                    "family_column": "Nuori / perhe",
                    "items": list_items(
                        {"text": "Tapaamisen tarkoitus on kerrottu nuorelle"},
                        {"text": "Suostumus tietojen vaihtoon on kysytty"},
                        {"text": "Yhteystiedot on vaihdettu"},
                    ),
                },
            ),
        ]
    )


def url_of(page):
    with translation.override("fi"):
        return page.url


@pytest.fixture
def content():
    """A small but realistic library: models at several stages and regions, a project, glossary terms."""
    site = build_site()
    uusimaa, pirkanmaa = make_region("Itä-Uusimaa"), make_region("Pirkanmaa")
    youth = make_target_group("13–17-vuotiaat yhteisasiakkaat")
    project = make_project(
        site["projects"],
        title="IntO",
        main_implementer="Itä-Uudenmaan hyvinvointialue",
        start_date=datetime.date(2024, 1, 1),
        end_date=datetime.date.today() + datetime.timedelta(days=365),
        funder="STM",
        contact_name="Projektipäällikkö",
        contact_email="into@example.org",
        purpose=stream("Lastensuojelun ja psykiatrian yhteistyön kehittäminen."),
    )
    make_term(
        "yhteisasiakas", "Asiakas, jota lastensuojelu ja psykiatria palvelevat yhtä aikaa.", match_forms="yhteisasiak"
    )
    make_term(
        "omatyöntekijä",
        "Työntekijä, joka vastaa asiakkaan palvelujen yhteensovittamisesta.",
        match_forms="omatyöntekij",
    )
    make_term("verkostoneuvottelu", "Tapaaminen, jossa asiakas ja hänen verkostonsa sopivat yhdessä.")
    checklist_model = make_model(
        site["library"],
        "Yhteinen hoito- ja asiakassuunnitelma",
        stage="pilot",
        project=project,
        regions=[uusimaa],
        target_groups=[youth],
        tags=["suunnitelma", "yhteistyö"],
        implementation_area="Itä-Uusimaa",
        author_organisation="Itä-Uudenmaan hyvinvointialue",
        contact_name="Kehittäjä",
        contact_email="kehittaja@example.org",
        basic_idea=stream("Malli auttaa yhteisasiakkaita, joiden omatyöntekijät sopivat työnjaosta."),
        implementation=checklist_and_process(),
    )
    other_pilot = make_model(
        site["library"],
        "Verkostoneuvottelu kriisissä",
        stage="pilot",
        project=project,
        regions=[pirkanmaa],
        tags=["verkosto"],
    )
    home_visits = make_model(site["library"], "Yhteiset kotikäynnit", stage="pilot", regions=[uusimaa])
    in_use = make_model(site["library"], "Konsultaatiomalli", stage="in_use", regions=[uusimaa], tags=["konsultaatio"])
    make_model(site["library"], "Nuoren oma ääni", stage="scaled", regions=[uusimaa, pirkanmaa])
    make_model(site["library"], "Perheen tukipolku", stage="co_development", target_groups=[youth])
    make_model(site["library"], "Luonnos, jota ei julkaista", stage="pilot", regions=[uusimaa], publish=False)
    return {
        "home": "/fi/",
        "library": url_of(site["library"]),
        "glossary": url_of(site["glossary"]),
        "project": url_of(project),
        "model": url_of(checklist_model),
        "region": uusimaa,
        "matching": [checklist_model, home_visits],
        "filtered_out": [other_pilot, in_use],
    }


def test_home_page_passes_axe(page, content):
    page.goto(content["home"])
    assert page.locator("h1").inner_text() == "Mallipaja"
    check_axe(page)


def test_library_filtered_by_stage_and_region_passes_axe(page, content):
    page.goto(f"{content['library']}?stage=pilot&region={content['region'].slug}")
    with translation.override("fi"):
        expected = translation.ngettext("%(counter)s model", "%(counter)s models", 2) % {"counter": 2}
    results = page.locator(".results")
    assert " ".join(page.locator("#results-heading").inner_text().split()) == expected
    for model in content["matching"]:
        assert results.get_by_role("link", name=model.title).is_visible()
    for model in content["filtered_out"]:
        assert results.get_by_role("link", name=model.title).count() == 0
    assert results.get_by_text("Luonnos, jota ei julkaista").count() == 0
    assert page.locator("input[name=stage][value=pilot]").is_checked(), "the chosen stage stays ticked"
    check_axe(page)


def test_library_search_with_chips_to_remove_passes_axe(page, content):
    word = content["matching"][0].title.split()[0]
    page.goto(f"{content['library']}?q={word}&stage=pilot")

    assert page.locator(".chips .chip").count() == 2
    assert page.get_by_role("link", name="Poista kaikki").is_visible()
    check_axe(page)


def test_model_page_with_checklist_process_and_glossary_terms_passes_axe(page, content):
    page.goto(content["model"])
    assert page.locator(".checklist__table").is_visible()
    assert page.locator(".process__step").count() == 3
    terms = page.locator("a.term")
    assert terms.count() >= 2, "the glossary terms in the text are linked to their definitions"
    described_by = terms.first.get_attribute("aria-describedby")
    assert page.locator(f"#{described_by}").count() == 1
    check_axe(page)


def test_project_page_passes_axe(page, content):
    page.goto(content["project"])
    assert page.get_by_role("heading", level=1).inner_text() == "IntO"
    assert page.locator(".card").count() == 2
    check_axe(page)


def test_glossary_passes_axe(page, content):
    page.goto(content["glossary"])
    assert page.locator("dl.glossary dt").count() == 3
    check_axe(page)


def test_first_tab_on_home_page_reaches_skip_link_which_moves_focus_to_main(page, content):
    page.goto(content["home"])
    page.keyboard.press("Tab")
    focused = page.evaluate("[document.activeElement.className, document.activeElement.getAttribute('href')]")
    assert focused == ["skip-link", "#main"]
    assert page.locator(".skip-link").bounding_box()["y"] >= 0, "the focused skip link is on screen"
    page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement && document.activeElement.id === 'main'")
    assert page.evaluate("location.hash") == "#main"
    main_top, at_bottom = page.evaluate(
        "[document.getElementById('main').getBoundingClientRect().top,"
        " Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight]"
    )
    assert main_top <= 32 or at_bottom, f"main should scroll to the top of the window, is at {main_top}px"


def test_model_page_at_400_percent_zoom_needs_no_horizontal_scrolling(page, content):
    page.set_viewport_size({"width": 320, "height": 256})
    page.goto(content["model"])
    widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    if widths[0] > widths[1] + 1:
        wide = page.evaluate(
            """() => [...document.querySelectorAll('body *')]
                .filter(el => el.getBoundingClientRect().right > window.innerWidth + 1)
                .slice(0, 8).map(el => el.tagName.toLowerCase() + (el.className ? '.' + el.className : '')
                    + ' right=' + Math.round(el.getBoundingClientRect().right))"""
        )
        pytest.fail(f"scrollWidth {widths[0]}px > innerWidth {widths[1]}px; too wide: {wide}", pytrace=False)


def test_choosing_svenska_in_language_switcher_shows_swedish_page(page, content):
    page.goto(content["home"])
    page.locator(".language-switcher").get_by_role("link", name="Svenska").click()
    page.wait_for_url(re.compile(r"/sv/"))
    assert page.evaluate("location.pathname").startswith("/sv/")
    assert page.locator("html").get_attribute("lang") == "sv"


def test_printed_model_page_shows_checklist_without_header_and_navigation(page, content):
    page.goto(content["model"])
    page.emulate_media(media="print")
    for selector in (".site-header", ".main-menu", ".language-switcher", ".breadcrumbs", ".skip-link"):
        display = page.locator(selector).evaluate("el => getComputedStyle(el).display")
        assert display == "none", f"{selector} is printed (display: {display})"
    assert page.locator(".checklist").is_visible()
    assert page.locator(".checklist__table input[type=checkbox]").count() == 6
    assert page.locator(".print-only").first.is_visible(), "the printout says where it came from"

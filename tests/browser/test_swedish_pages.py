"""A reader switches to Swedish or English on each public page type and meets no Finnish interface text."""

import re

import pytest
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale

from home.models import FooterSettings, FooterText, StandardPage
from testing.factories import (
    build_site,
    make_model,
    make_project,
    make_region,
    make_target_group,
    make_term,
    stream,
    translate,
    translate_item,
)
from tests.browser.axe import check_axe

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Interface texts of the site frame and the public page types; in Finnish they must not reach sv or en readers.
INTERFACE_TEXTS = [
    "Skip to content",
    "Home",
    "Accessibility statement",
    "Contact",
    "Sign in for editors",
    "Operational model",
    "Contents",
    "Basic information",
    "Wellbeing services counties",
    "Target groups",
    "Tags",
    "Version history",
    "Development stage",
    "Browse the model library",
    "Glossary",
    "Search words",
    "In use",
    "Ongoing projects",
    "Also called:",
    "Read the current version",
    "My workspace",
    "Sign in",
]

TEXT_OUTSIDE_FINNISH = """() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts = [];
  while (walker.nextNode()) {
    const parent = walker.currentNode.parentElement;
    if (parent && !parent.closest('[lang="fi"], script, [hidden]')) texts.push(walker.currentNode.textContent);
  }
  return texts.join(' ');
}"""


def finnish_interface_texts():
    with translation.override("fi"):
        finnish = {gettext(text) for text in INTERFACE_TEXTS}
    with translation.override("sv"):
        finnish -= {gettext(text) for text in INTERFACE_TEXTS}
    return finnish


def build_bilingual_site():
    site = build_site()
    helsinki, youth = make_region("Helsingin kaupunki"), make_target_group("Nuoret")
    translate_item(helsinki, "sv", name="Helsingfors stad", slug="helsingfors-stad")
    translate_item(youth, "sv", name="Unga", slug="unga")
    term = make_term("yhteisasiakas", "Asiakas, jota lastensuojelu ja psykiatria palvelevat yhtä aikaa.")
    translate_item(term, "sv", term="gemensam klient", definition="En klient som barnskyddet och psykiatrin möter.")
    project = make_project(site["projects"], "IntO", lead="Lastensuojelun ja psykiatrian yhteistyö.")
    model = make_model(
        site["library"],
        "Verkostoyhteistyön malli",
        stage="in_use",
        project=project,
        regions=[helsinki],
        target_groups=[youth],
        basic_idea=stream("Palvelut tekevät yhteistyötä verkostona."),
    )
    make_model(site["library"], "Palveluketju", stage="in_use", regions=[helsinki])
    statement = site["home"].add_child(
        instance=StandardPage(title="Saavutettavuusseloste", slug="saavutettavuus", intro="Sivuston saavutettavuus.")
    )
    footer = FooterSettings.load()
    footer.accessibility_statement = statement
    footer.save()
    FooterText.objects.create(text="Mallipaja kokoaa toimintamallit.", locale=Locale.get_default())
    translate_item(FooterText.objects.get(), "sv", text="Mallipaja samlar verksamhetsmodellerna.")

    originals = {
        "home": site["home"],
        "library": site["library"],
        "glossary": site["glossary"],
        "projects": site["projects"],
        "project": project,
        "model": model,
        "statement": statement,
    }
    swedish = {
        "home": translate(site["home"], "sv", title="Mallverkstaden", intro="Välkommen."),
        "library": translate(site["library"], "sv", title="Verksamhetsmodeller", intro="Alla modeller."),
        "glossary": translate(site["glossary"], "sv", title="Ordlista"),
        "projects": translate(site["projects"], "sv", title="Helheter"),
        "project": translate(project, "sv", title="IntO på svenska", lead="Samarbete mellan barnskydd och psykiatri."),
        "model": translate(
            model,
            "sv",
            title="Modell för nätverkssamarbete",
            lead="Hur tjänsterna samarbetar.",
            basic_idea=stream("Tjänsterna samarbetar i nätverk."),
        ),
        "statement": translate(statement, "sv", title="Tillgänglighetsutlåtande", intro="Webbplatsens tillgänglighet."),
    }
    with translation.override("fi"):
        addresses = {name: page.url for name, page in originals.items()}
    return addresses, {name: page.title for name, page in swedish.items()}


def test_switching_language_on_each_page_type_leaves_no_finnish_interface_text(page):
    finnish_addresses, swedish_titles = build_bilingual_site()
    finnish = finnish_interface_texts()
    assert "Siirry sisältöön" in finnish

    for name, address in finnish_addresses.items():
        page.goto(address)
        for language, label in (("sv", "Svenska"), ("en", "English")):
            page.locator(".language-switcher").get_by_role("link", name=label).click()
            page.wait_for_load_state()
            assert page.locator("html").get_attribute("lang") == language, name
            if language == "sv":
                assert page.locator("h1").first.inner_text() == swedish_titles[name], name
            assert f"/{language}/" in page.url, (name, page.url)
            text = page.evaluate(TEXT_OUTSIDE_FINNISH)
            found = sorted(word for word in finnish if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text))
            assert found == [], (name, language, found)
        if name == "model":
            # The Swedish translation is in Swedish; under /en/ the Finnish original is marked as Finnish.
            assert page.locator('h1[lang="fi"]').inner_text() == "Verkostoyhteistyön malli"


def test_swedish_model_page_passes_axe(page):
    build_bilingual_site()
    with translation.override("sv"):
        from models_library.models import OperationalModelPage

        address = OperationalModelPage.objects.get(locale__language_code="sv").url

    page.goto(address)

    assert page.locator("html").get_attribute("lang") == "sv"
    assert page.locator("h1").inner_text() == "Modell för nätverkssamarbete"
    check_axe(page)

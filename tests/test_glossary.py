"""Glossary terms are explained where they appear in a model, and listed on the glossary page."""

import pytest

from models_library.glossary import Glossary
from testing.factories import make_model, make_term

pytestmark = pytest.mark.django_db


def text(html):
    return f'[{{"type": "paragraph", "value": "{html}"}}]'


def test_glossary_explains_a_term_inside_a_model(client, site_tree):
    make_term("yhteisasiakas", "Asiakas, joka on sekä lastensuojelun että psykiatrian asiakas.", "yhteisasiak")
    model = make_model(
        site_tree["library"], "Malli", basic_idea=text("<p>Yhteisasiakkaiden tuki sovitetaan yhteen.</p>")
    )

    html = client.get(model.url).content.decode()

    assert (
        '<a class="term" href="/fi/sanasto/#term-yhteisasiakas" '
        'aria-describedby="definition-yhteisasiakas">Yhteisasiakkaiden</a>'
    ) in html
    assert 'id="definition-yhteisasiakas"' in html
    assert "Asiakas, joka on sekä lastensuojelun" in html


def test_only_the_first_occurrence_is_linked():
    glossary = Glossary([_term("verkostoneuvottelu", "verkostoneuvottelu")], "/fi/sanasto/")

    html = glossary.explain("<p>Verkostoneuvottelu alkaa. Verkostoneuvotteluun valmistaudutaan.</p>")

    assert html.count('class="term"') == 1


def test_terms_in_links_and_headings_are_left_alone():
    glossary = Glossary([_term("verkostoneuvottelu", "verkostoneuvottelu")], "/fi/sanasto/")

    html = glossary.explain('<h4>Verkostoneuvottelu</h4><p><a href="/x">verkostoneuvottelu</a></p>')

    assert 'class="term"' not in html


def test_a_term_is_not_found_inside_another_word():
    glossary = Glossary([_term("hoito", "hoito")], "/fi/sanasto/")

    assert 'class="term"' not in glossary.explain("<p>Sijaishuolto ja jälkihoito.</p>")
    assert 'class="term"' in glossary.explain("<p>Hoitoon pääsee.</p>")


def test_glossary_page_lists_terms_alphabetically_with_other_names(client, site_tree):
    make_term("monitoimijaisuus", "Kaikki toimijat ovat aktiivisia.").__class__.objects.filter(
        term="monitoimijaisuus"
    ).update(other_names="monialaisuus")
    make_term("avohuolto", "Tukitoimet kotona.")

    html = client.get(site_tree["glossary"].url).content.decode()

    assert html.index("avohuolto") < html.index("monitoimijaisuus")
    assert 'id="term-monitoimijaisuus"' in html
    assert "monialaisuus" in html


def _term(term, forms):
    from models_library.models import GlossaryTerm

    return GlossaryTerm(term=term, slug=term, definition="…", match_forms=forms)

"""The library's search understands Finnish and Swedish: inflected forms, compounds, prefixes as one types.

The corpus is the demo content, loaded once for the module; each query finds the models a reader expects.
"""

import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import translation

from demo.swedish.network_model import FIELDS as SWEDISH_NETWORK
from models_library.models import ModelIndexPage
from tests.caches import empty_the_cache

pytestmark = pytest.mark.django_db

NETWORK = "Verkostoyhteistyön toimintamalli"
CHECKLIST = "Verkostoneuvottelun tarkistuslista"
WORKERS = "Työntekijöiden valmistautuminen verkostoneuvotteluun"
YOUNG_PERSON = "Nuoren/perheen valmistaminen verkostoneuvotteluun"
MULTI_AGENCY = "Monialainen yhteistyö ja systeeminen lähestymistapa lastensuojelun asiakkuudessa"
PARENTING = "Monialaisen vanhemmuuden tuen periaatteet"
SERVICE_CHAIN = "Lasten ja nuorten mielenterveyden palveluketju"
SWEDISH_TITLE = SWEDISH_NETWORK["title"]


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic(), translation.override("fi"):
        empty_the_cache()
        call_command("load_demo_content", stdout=io.StringIO())
        yield {"fi": ModelIndexPage.objects.get(locale__language_code="fi")}
        transaction.set_rollback(True)
    empty_the_cache()


def search(client, library, query, **filters):
    response = client.get(library.url, {"q": query, **filters})
    assert response.status_code == 200
    return response


def found(client, library, query, **filters):
    return [model.title for model in search(client, library, query, **filters).context["models"]]


def test_verkosto_finds_the_four_network_models_first(client, demo):
    titles = found(client, demo["fi"], "verkosto")

    assert set(titles[:4]) == {NETWORK, CHECKLIST, WORKERS, YOUNG_PERSON}


def test_verkostoneuvottelu_finds_the_network_meeting_models(client, demo):
    titles = found(client, demo["fi"], "verkostoneuvottelu")

    assert set(titles[:3]) == {CHECKLIST, WORKERS, YOUNG_PERSON}
    assert NETWORK in titles
    assert SERVICE_CHAIN not in titles


@pytest.mark.parametrize("query", ["nuori", "nuoren", "nuorten", "NUORI"])
def test_every_form_of_nuori_finds_the_models_for_young_people(client, demo, query):
    titles = found(client, demo["fi"], query)

    assert set(titles[:2]) == {YOUNG_PERSON, SERVICE_CHAIN}
    assert CHECKLIST in titles


def test_kokemusasiantuntija_finds_the_models_developed_with_experts_by_experience(client, demo):
    assert set(found(client, demo["fi"], "kokemusasiantuntija")) == {MULTI_AGENCY, PARENTING, NETWORK}
    assert set(found(client, demo["fi"], "kokemusasiantuntijoiden")) == {MULTI_AGENCY, PARENTING, NETWORK}


def test_sijoitus_finds_the_models_about_placements(client, demo):
    assert set(found(client, demo["fi"], "sijoitus")) == {MULTI_AGENCY, NETWORK}


def test_a_prefix_finds_as_one_types(client, demo):
    assert set(found(client, demo["fi"], "verkostoneuv")[:3]) == {CHECKLIST, WORKERS, YOUNG_PERSON}


def test_every_word_must_match(client, demo):
    both = found(client, demo["fi"], "nuoren tarkistuslista")

    assert CHECKLIST in both
    assert set(both) == set(found(client, demo["fi"], "nuoren")) & set(found(client, demo["fi"], "tarkistuslista"))
    assert len(both) < len(found(client, demo["fi"], "nuoren"))


@pytest.fixture
def swedish(demo):
    """The Swedish library of the demo, where the network model is translated."""
    return ModelIndexPage.objects.get(locale__language_code="sv")


def test_barnskydd_finds_the_swedish_page(client, swedish):
    with translation.override("sv"):
        titles = found(client, swedish, "barnskydd")

    assert titles[0] == SWEDISH_TITLE


def test_search_within_filters_and_a_hit_shows_its_section_with_the_words_marked(client, demo):
    response = search(client, demo["fi"], "sijoitus", stage="pilot")
    html = response.content.decode()
    models = response.context["models"]

    assert [model.stage for model in models] == ["pilot"] * len(models)
    hit = models[0].hit
    assert "<mark>" in hit.snippet
    assert hit.snippet in html
    assert f'<span class="card__hit-label">{hit.label}:</span>' in html


def test_snippet_escapes_the_text_it_quotes(demo):
    from models_library.library_search import marked_snippet

    snippet = marked_snippet("Ennen <script>alert(1)</script> nuoren kanssa", ["nuor"], "fi")

    assert "<script>" not in snippet
    assert "<mark>nuoren</mark>" in snippet


def test_active_filters_are_chips_that_remove_themselves_and_clear_all(client, demo):
    response = search(client, demo["fi"], "verkosto", stage=["pilot", "in_use"])
    html = response.content.decode()
    chips = {chip.value: chip.query for chip in response.context["chips"]}

    assert set(chips) == {"verkosto", "Pilot", "In use"} or set(chips) == {"verkosto", "Kokeilu", "Käytössä"}
    assert "q=verkosto" in chips[next(value for value in chips if value not in ("verkosto",))]
    assert all(f'href="?{query}"' in html.replace("&amp;", "&") for query in chips.values())
    assert f'<a class="chips__clear" href="{demo["fi"].url}">' in html


def test_no_results_lists_the_filters_that_would_give_results(client, demo):
    response = search(client, demo["fi"], "sijoitus", stage="understanding")
    html = response.content.decode()

    assert response.context["result_count"] == 0
    (chip, count), *_rest = response.context["wider_choices"]
    assert count == 2
    assert "stage=understanding" not in chip.query
    assert f'href="?{chip.query}"' in html


def test_a_misspelt_word_gets_a_did_you_mean(client, demo):
    response = search(client, demo["fi"], "verkostoneuvotelu")
    suggestion = response.context["spelling"]

    assert suggestion.value.startswith("verkostoneuvottelu")
    assert f'<a href="?{suggestion.query}">{suggestion.value}</a>' in response.content.decode()

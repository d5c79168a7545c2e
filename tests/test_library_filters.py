"""The public library: filters that combine, search within them, counts, paging that keeps the state."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from testing.factories import make_model, make_project, make_region, make_target_group

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(site_tree):
    helsinki, vantaa = make_region("Helsingin kaupunki"), make_region("Vantaan ja Keravan hyvinvointialue")
    youth = make_target_group("Nuoret")
    into = make_project(site_tree["projects"], "IntO")
    lib = site_tree["library"]
    make_model(
        lib,
        "Verkostoneuvottelun tarkistuslista",
        stage="pilot",
        regions=[helsinki],
        project=into,
        target_groups=[youth],
        tags=["verkostoyhteistyö"],
        basic_idea='[{"type": "paragraph", "value": "<p>Rastitettava lista neuvotteluun.</p>"}]',
    )
    make_model(
        lib, "Nuoren valmistaminen neuvotteluun", stage="pilot", regions=[vantaa], project=into, tags=["osallisuus"]
    )
    make_model(lib, "Palveluketju", stage="in_use", regions=[helsinki])
    return lib


def titles(response):
    return [model.title for model in response.context["models"]]


def test_library_lists_every_published_model_with_a_count(client, library):
    response = client.get(library.url)

    assert response.context["result_count"] == 3
    assert "3 " in response.content.decode()


def test_stage_and_region_filters_combine(client, library):
    response = client.get(library.url, {"stage": "pilot", "region": "helsingin-kaupunki"})

    assert titles(response) == ["Verkostoneuvottelun tarkistuslista"]


def test_several_stages_widen_the_choice(client, library):
    response = client.get(library.url, {"stage": ["pilot", "in_use"], "region": "helsingin-kaupunki"})

    assert sorted(titles(response)) == ["Palveluketju", "Verkostoneuvottelun tarkistuslista"]


def test_tag_target_group_and_project_filters(client, library):
    assert titles(client.get(library.url, {"tag": "osallisuus"})) == ["Nuoren valmistaminen neuvotteluun"]
    assert titles(client.get(library.url, {"target_group": "nuoret"})) == ["Verkostoneuvottelun tarkistuslista"]
    assert len(titles(client.get(library.url, {"project": "into"}))) == 2


def test_search_works_within_the_filters(client, library):
    assert titles(client.get(library.url, {"q": "rastitettava"})) == ["Verkostoneuvottelun tarkistuslista"]
    assert titles(client.get(library.url, {"q": "rastitettava", "region": "vantaan-ja-keravan-hyvinvointialue"})) == []
    assert titles(client.get(library.url, {"q": "neuvotteluun", "stage": "pilot", "project": "into"})) != []


def test_empty_results_say_what_to_try(client, library):
    response = client.get(library.url, {"q": "olematonsana"})
    html = response.content.decode()

    assert response.context["result_count"] == 0
    assert "Remove some of the filters" in html or "Poista" in html
    assert f'href="{library.url}"' in html


def test_unknown_filter_value_is_reported_and_ignored(client, library):
    response = client.get(library.url, {"region": "atlantis", "stage": "pilot"})

    assert response.status_code == 200
    assert response.context["form"].errors["region"]
    assert response.context["result_count"] == 2


def test_pagination_links_keep_the_filters(client, library):
    for number in range(25):
        make_model(library, f"Pilotti {number:02d}", stage="pilot")

    response = client.get(library.url, {"stage": "pilot"})
    html = response.content.decode()

    assert response.context["result_count"] == 27
    assert "?stage=pilot&amp;page=2" in html
    second = client.get(library.url, {"stage": "pilot", "page": 2})
    assert len(titles(second)) == 7


def test_library_query_count_does_not_grow_with_models(client, library):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            client.get(library.url)
        return len(queries)

    count_queries()  # warm the caches (site root paths) that every request shares
    few = count_queries()
    region = make_region("Länsi-Uudenmaan hyvinvointialue")
    for number in range(12):
        make_model(library, f"Lisämalli {number}", regions=[region], tags=[f"tagi{number}", "yhteinen"])

    assert count_queries() == few

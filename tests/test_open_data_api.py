"""The open-data API under /api/v1/: an index, JSON errors everywhere, filters that combine, translations linked."""

import json
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.db import transaction
from django.utils import timezone, translation
from wagtail.models import Locale

from models_library.models import OperationalModelPage
from testing.factories import build_site, make_model, make_project, make_region, make_target_group
from tests.caches import empty_the_cache

pytestmark = pytest.mark.django_db


def build_world():
    site = build_site()
    helsinki, youth = make_region("Helsingin kaupunki"), make_target_group("Nuoret")
    into = make_project(site["projects"], "IntO")
    network = make_model(
        site["library"], "Verkostoyhteistyön malli", stage="pilot", regions=[helsinki], project=into, tags=["verkosto"]
    )
    chain = make_model(site["library"], "Palveluketju", stage="in_use", target_groups=[youth])
    OperationalModelPage.objects.filter(pk=chain.pk).update(last_published_at=timezone.now() - timedelta(days=400))
    swedish = network.copy_for_translation(Locale.objects.get(language_code="sv"), copy_parents=True)
    swedish.title = "Modell för nätverkssamarbete"
    swedish.save_revision().publish()
    empty_the_cache()
    return SimpleNamespace(**site, network=network, chain=chain, swedish=swedish)


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic(), translation.override("fi"):
        empty_the_cache()
        yield build_world()
        transaction.set_rollback(True)
    empty_the_cache()


def titles(client, **filters):
    response = client.get("/api/v1/models/", filters)
    assert response.status_code == 200, response.content
    return sorted(model["title"] for model in response.json()["results"])


def test_index_links_the_models_and_the_openapi_description(client, world):
    response = client.get("/api/v1/")
    data = response.json()

    assert response.status_code == 200
    assert data["links"] == {
        "models": "http://testserver/api/v1/models/",
        "openapi": "http://testserver/api/v1/openapi.json",
    }
    assert {"stage", "region", "target_group", "tag", "project", "updated_since", "language"} <= set(
        data["model_filters"]
    )


def test_openapi_description_is_published(client, world):
    data = client.get("/api/v1/openapi.json").json()

    assert data["openapi"].startswith("3.")
    assert set(data["paths"]) == {
        "/api/v1/",
        "/api/v1/openapi.json",
        "/api/v1/models/",
        "/api/v1/models/{id}/",
        "/api/v1/models/{id}/versions/{number}/",
    }


@pytest.mark.parametrize(
    "address",
    [
        "/api/v1/models/999999/",
        "/api/v1/models/999999/versions/1/",
        "/api/v1/models/{network}/versions/99/",
        "/api/v1/models/{network}/versions/99999999999999999999/",
        "/api/v1/nothing-here/",
        "/api/v1/models/abc/",
        "/api/v2/",
    ],
)
def test_unknown_addresses_and_ids_are_json_404s(client, world, address):
    response = client.get(address.format(network=world.network.pk))

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json()["status"] == 404


def test_other_methods_are_refused_in_json(client, world):
    response = client.post("/api/v1/models/")

    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert response.json()["error"]


@pytest.mark.parametrize(
    "filters",
    [{"stage": "nonsense"}, {"updated_since": "yesterday"}, {"language": "de"}, {"q": "x" * 201}],
)
def test_invalid_filters_are_json_400s_that_name_the_field(client, world, filters):
    response = client.get("/api/v1/models/", filters)

    assert response.status_code == 400
    assert set(response.json()["fields"]) == set(filters)


def test_a_filter_naming_no_region_is_a_json_404(client, world):
    response = client.get("/api/v1/models/", {"region": "atlantis", "stage": "pilot"})

    assert response.status_code == 404
    assert set(response.json()["fields"]) == {"region"}


def test_filters_narrow_and_combine(client, world):
    network, swedish, chain = world.network.title, world.swedish.title, world.chain.title

    assert titles(client) == sorted([network, swedish, chain])
    assert titles(client, stage="pilot") == sorted([network, swedish])
    assert titles(client, stage=["pilot", "in_use"], language="fi") == sorted([network, chain])
    assert titles(client, region="helsingin-kaupunki", language="fi") == [network]
    assert titles(client, target_group="nuoret") == [chain]
    assert titles(client, tag="verkosto", language="fi") == [network]
    assert titles(client, project="into", language="sv") == [swedish]
    since = (timezone.now() - timedelta(days=30)).isoformat()
    assert chain not in titles(client, updated_since=since)
    assert titles(client, updated_since="2000-01-01") == sorted([network, swedish, chain])


def test_each_model_links_its_translations(client, world):
    results = {model["title"]: model for model in client.get("/api/v1/models/").json()["results"]}

    finnish, swedish = results[world.network.title], results[world.swedish.title]
    assert finnish["language"] == "fi" and swedish["language"] == "sv"
    assert [entry["id"] for entry in finnish["translations"]] == [world.swedish.pk]
    assert swedish["translations"][0]["api_url"] == f"http://testserver/api/v1/models/{world.network.pk}/"
    assert results[world.chain.title]["translations"] == []
    detail = client.get(f"/api/v1/models/{world.network.pk}/").json()
    assert detail["translations"][0]["language"] == "sv"
    assert detail["translations"][0]["url"].endswith(world.swedish.url)


@pytest.mark.parametrize("correction", ["x", "²", "-1", ""])
def test_a_correction_that_is_not_a_number_is_a_400(client, world, correction):
    response = client.get(f"/api/v1/models/{world.network.pk}/versions/1/", {"correction": correction})

    assert response.status_code == 400
    assert response.json()["status"] == 400


def test_a_page_number_in_other_digits_is_not_found(client, world):
    assert client.get("/api/v1/models/", {"page": "²"}).status_code == 404


def test_server_errors_under_the_api_are_json_and_elsewhere_the_site_page(rf, world):
    from models_library.api import server_error

    response = server_error(rf.get("/api/v1/models/"))
    assert response.status_code == 500
    assert json.loads(response.content) == {"error": "Server error.", "status": 500}
    assert server_error(rf.get("/fi/")).headers["Content-Type"].startswith("text/html")

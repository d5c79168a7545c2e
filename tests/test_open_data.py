"""Atom feeds and the read-only JSON API list published models and their versions."""

import xml.etree.ElementTree as ET

import pytest

from models_library.models import OperationalModelPage, PublicationKind
from testing.factories import make_model, stream

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def model(site_tree):
    page = make_model(site_tree["library"], "Verkostoyhteistyön malli", basic_idea=stream("Ensimmäinen."))
    page = OperationalModelPage.objects.get(pk=page.pk)
    page.basic_idea = stream("Toinen.")
    page.change_note = "Palautteen pohjalta."
    page.publication_kind = PublicationKind.PILOT
    page.save_revision().publish()
    make_model(site_tree["library"], "Luonnos", publish=False)
    return OperationalModelPage.objects.get(pk=page.pk)


def entries(response):
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content).findall(f"{ATOM}entry")  # noqa: S314 - our own feed


def test_model_feed_lists_its_versions(client, model):
    feed = entries(client.get(model.url + "feed/"))

    assert len(feed) == 2
    links = [entry.find(f"{ATOM}link").get("href") for entry in feed]
    assert any(link.endswith("/versions/2/") for link in links)


def test_site_wide_feed_lists_versions_of_published_models_only(client, model, site_tree):
    feed = entries(client.get(site_tree["library"].url + "feed/"))

    titles = [entry.find(f"{ATOM}title").text for entry in feed]
    assert len(titles) == 2 and all("Verkostoyhteistyön malli" in title for title in titles)


def test_api_lists_published_models_with_current_version(client, model):
    data = client.get("/api/v1/models/").json()

    assert data["count"] == 1
    result = data["results"][0]
    assert result["title"] == "Verkostoyhteistyön malli"
    assert result["current_version"]["number"] == 2 and result["current_version"]["is_pilot"] is True
    assert result["url"].startswith("http://testserver/fi/")


def test_api_model_detail_lists_versions_with_permanent_urls(client, model):
    data = client.get(f"/api/v1/models/{model.pk}/").json()

    assert [v["number"] for v in data["versions"]] == [2, 1]
    assert data["versions"][0]["change_note"] == "Palautteen pohjalta."
    assert data["versions"][1]["url"].endswith("/versions/1/")


def test_api_version_gives_its_own_sections_with_stable_block_ids(client, model):
    first = client.get(f"/api/v1/models/{model.pk}/versions/1/").json()
    second = client.get(f"/api/v1/models/{model.pk}/versions/2/").json()

    basic = {s["key"]: s for s in first["sections"]}["basic_idea"]
    assert basic["blocks"][0]["text"] == "Ensimmäinen."
    assert {s["key"]: s for s in second["sections"]}["basic_idea"]["blocks"][0]["text"] == "Toinen."
    assert basic["title"] == "Ratkaisun perusidea" or basic["title"] == "Basic idea of the solution"


def test_api_hides_drafts_and_unknown_versions(client, model):
    draft = OperationalModelPage.objects.get(slug="luonnos")

    assert client.get(f"/api/v1/models/{draft.pk}/").status_code == 404
    assert client.get(f"/api/v1/models/{model.pk}/versions/7/").status_code == 404
    assert client.get("/api/v1/models/?page=99").status_code == 404


def test_api_numbers_beyond_any_database_integer_are_not_found(client, model):
    huge = "9" * 25

    for address in (
        f"/api/v1/models/{huge}/",
        f"/api/v1/models/{huge}/versions/1/",
        f"/api/v1/models/{model.pk}/versions/{huge}/",
        f"/api/v1/models/{model.pk}/versions/1/?correction={huge}",
        f"/api/v1/models/?page={huge}",
    ):
        assert client.get(address).status_code == 404, address


def test_api_is_read_only(client, model):
    assert client.post("/api/v1/models/").status_code == 405


def test_missing_admin_object_is_a_plain_404(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "admin@example.org", "pw"))

    response = client.get("/admin/pages/999999/edit/")

    assert response.status_code == 404

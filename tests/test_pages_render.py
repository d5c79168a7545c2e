"""Every public page type renders, with the parts its readers rely on."""

import pytest

from home.models import StandardPage
from testing.factories import make_model, make_project, make_region, make_target_group

pytestmark = pytest.mark.django_db


def test_home_page_shows_models_by_stage_most_mature_first(client, site_tree):
    make_model(site_tree["library"], "Pilottimalli", stage="pilot")
    make_model(site_tree["library"], "Skaalattu malli", stage="scaled")

    html = client.get("/fi/").content.decode()

    assert html.index("Skaalattu malli") < html.index("Pilottimalli")
    assert 'href="/fi/toimintamallit/"' in html
    assert 'href="/fi/sanasto/"' in html


def test_home_page_lists_ongoing_projects_only(client, site_tree):
    import datetime

    make_project(site_tree["projects"], "IntO", end_date=datetime.date(2099, 12, 31))
    make_project(site_tree["projects"], "Vanha hanke", end_date=datetime.date(2022, 12, 31))

    html = client.get("/fi/").content.decode()

    assert "IntO" in html
    assert "Vanha hanke" not in html


def test_model_page_shows_basic_information_and_sections_in_innokyla_order(client, site_tree):
    project = make_project(site_tree["projects"], "IntO")
    model = make_model(
        site_tree["library"],
        "Verkostoyhteistyön malli",
        project=project,
        stage="pilot",
        regions=[make_region("Helsingin kaupunki")],
        target_groups=[make_target_group("Yhteisasiakkaat")],
        tags=["osallisuus"],
        funder="ESR+",
        contact_email="yhteys@example.org",
    )

    response = client.get(model.url)
    html = response.content.decode()

    assert response.status_code == 200
    assert "Helsingin kaupunki" in html and "Yhteisasiakkaat" in html and "osallisuus" in html
    assert f'href="{project.url}"' in html
    assert "mailto:yhteys@example.org" in html
    assert html.index('id="basic-idea"') < html.index('id="environment"') < html.index('id="target-group"')
    assert html.index('id="rooting"') < html.index('id="starting-point"')


def test_model_page_leaves_out_empty_optional_sections(client, site_tree):
    model = make_model(site_tree["library"], "Suppea malli", resources="[]", evaluation="[]")

    html = client.get(model.url).content.decode()

    assert 'id="resources"' not in html
    assert 'id="evaluation"' not in html


def test_project_page_lists_its_models(client, site_tree):
    project = make_project(site_tree["projects"], "IntO")
    make_model(site_tree["library"], "Oma malli", project=project)
    make_model(site_tree["library"], "Muu malli")

    html = client.get(project.url).content.decode()

    assert "Oma malli" in html
    assert "Muu malli" not in html


def test_project_index_lists_projects(client, site_tree):
    make_project(site_tree["projects"], "IntO")

    response = client.get(site_tree["projects"].url)

    assert response.status_code == 200
    assert "IntO" in response.content.decode()


def test_standard_page_renders_body(client, site_tree):
    page = site_tree["home"].add_child(
        instance=StandardPage(
            title="Saavutettavuusseloste",
            slug="saavutettavuusseloste",
            intro="Seloste.",
            body='[{"type": "paragraph", "value": "<p>Osittain WCAG 2.1 AA.</p>"}]',
        )
    )

    html = client.get(page.url).content.decode()

    assert "Osittain WCAG 2.1 AA." in html


def test_unpublished_model_is_not_public(client, site_tree):
    model = make_model(site_tree["library"], "Luonnos", publish=False)

    assert client.get("/fi/toimintamallit/luonnos/").status_code == 404
    assert "Luonnos" not in client.get(site_tree["library"].url).content.decode()
    assert model.live is False


def test_every_page_has_skip_link_landmarks_and_language(client, site_tree):
    html = client.get("/fi/").content.decode()

    assert '<html lang="fi">' in html
    assert 'class="skip-link" href="#main"' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html and "<nav" in html


def test_home_page_counts_models_per_stage(client, site_tree):
    for number in range(6):
        make_model(site_tree["library"], f"Käytössä {number}", stage="in_use")

    html = client.get("/fi/").content.decode()

    assert "(6)" in html
    assert "?stage=in_use" in html

"""Finnish first, Swedish and English available: prefixed URLs, translated UI, a switcher that keeps the page."""

import pytest

from testing.factories import make_model

pytestmark = pytest.mark.django_db


def test_root_redirects_to_finnish(client, site_tree):
    response = client.get("/")

    assert response.status_code == 302
    assert response["Location"] == "/fi/"


@pytest.mark.parametrize(
    ("code", "skip_link"),
    [
        ("fi", "Siirry sisältöön"),
        ("sv", "Hoppa till innehållet"),
        ("en", "Skip to content"),
    ],
)
def test_each_language_serves_the_site_in_its_own_ui(client, site_tree, code, skip_link):
    response = client.get(f"/{code}/")
    html = response.content.decode()

    assert response.status_code == 200
    assert f'<html lang="{code}">' in html
    assert skip_link in html


def test_language_switcher_links_to_the_same_page_in_each_language(client, site_tree):
    make_model(site_tree["library"], "Malli")

    html = client.get("/fi/toimintamallit/malli/").content.decode()

    for code in ("sv", "en"):
        assert f'href="/{code}/toimintamallit/malli/" lang="{code}"' in html
    assert 'href="/fi/toimintamallit/malli/" lang="fi" hreflang="fi" aria-current="true"' in html


def test_untranslated_pages_keep_the_readers_language_in_links(client, site_tree):
    model = make_model(site_tree["library"], "Malli")

    html = client.get("/sv/toimintamallit/").content.decode()

    assert 'href="/sv/toimintamallit/malli/"' in html
    assert client.get("/sv/toimintamallit/malli/").status_code == 200
    assert model.locale.language_code == "fi"


def test_section_headings_use_innokyla_terms_in_each_language(client, site_tree):
    make_model(site_tree["library"], "Malli")

    assert "Ratkaisun perusidea" in client.get("/fi/toimintamallit/malli/").content.decode()
    assert "Lösningens grundidé" in client.get("/sv/toimintamallit/malli/").content.decode()
    assert "Basic idea of the solution" in client.get("/en/toimintamallit/malli/").content.decode()

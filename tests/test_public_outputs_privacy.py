"""What an anonymous reader can reach: only live models without view restrictions, in every public output.

The world holds a public model, another public one in a restricted project, and five models that nobody
outside may read: a draft never published, a model published and then unpublished, and models restricted
to signed-in readers, to a group and by a password. Each has two versions and its own word, used in its
title, lead, body, change note and tag, so a leak of any of them shows up as that word in a response.
"""

import html
import xml.etree.ElementTree as ET
from types import SimpleNamespace
from urllib.parse import parse_qsl, urlparse

import pytest
from django.contrib.auth.models import Group
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, PageViewRestriction

from models_library.models import ModelVersion, OperationalModelPage
from testing.factories import build_site, make_model, make_project, stream
from tests.caches import empty_the_cache

pytestmark = pytest.mark.django_db

LANGUAGES = ("fi", "sv", "en")
PASSWORD = "kuusi-kuusta"  # noqa: S105 - a test restriction's password

# Each model's own word; Finnish-looking, unique in the whole site, with no letters slugify would change.
PUBLIC = "kirkasvesi"
IN_HIDDEN_PROJECT = "valoisa"
HIDDEN = {
    "draft": "tuohikorvo",
    "unpublished": "sammalkivi",
    "login": "kuuranoki",
    "groups": "pihlajatuli",
    "password": "havupilvi",
}
SUBROUTES = ("", "history/", "versions/1/", "versions/2/", "compare/1/2/", "compare/?old=1&new=2", "feed/")


def build_model(library, project, word, *, publish=True):
    page = make_model(
        library,
        f"{word.capitalize()}otsikko malli",
        publish=publish,
        lead=f"{word}johdanto kertoo mallista.",
        basic_idea=stream(f"{word}sisalto kuvaa perusidean."),
        tags=[f"{word}tagi"],
        stage="pilot",
        project=project,
    )
    page = OperationalModelPage.objects.get(pk=page.pk)
    page.change_note = f"{word}muutos tehtiin palautteen pohjalta."
    page.basic_idea = stream(f"{word}sisalto kuvaa perusidean uudistettuna.")
    revision = page.save_revision()
    if publish:
        revision.publish()
    return OperationalModelPage.objects.get(pk=page.pk)


def restrict(page, restriction_type, **fields):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=restriction_type, **fields)
    return restriction


def build_world():
    site = build_site()
    project = make_project(site["projects"], "IntO")
    models = {"public": build_model(site["library"], project, PUBLIC)}
    models["draft"] = build_model(site["library"], project, HIDDEN["draft"], publish=False)
    for kind in ("unpublished", "login", "groups", "password"):
        models[kind] = build_model(site["library"], project, HIDDEN[kind])
    models["unpublished"].unpublish()
    restrict(models["login"], PageViewRestriction.LOGIN)
    restrict(models["groups"], PageViewRestriction.GROUPS).groups.set([Group.objects.create(name="Kehittäjät")])
    restrict(models["password"], PageViewRestriction.PASSWORD, password=PASSWORD)
    # A public model may belong to a project readers cannot open: the project must not be named or linked.
    hidden_project = make_project(site["projects"], "Katveprojekti")
    restrict(hidden_project, PageViewRestriction.LOGIN)
    models["in_hidden_project"] = build_model(site["library"], hidden_project, IN_HIDDEN_PROJECT)
    return SimpleNamespace(
        **site,
        project=project,
        hidden_project=hidden_project,
        models=models,
        paths={kind: page.url for kind, page in models.items()},
    )


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Built once for the module and rolled back at the end; each test runs in a savepoint inside."""
    with django_db_blocker.unblock(), transaction.atomic(), translation.override("fi"):
        empty_the_cache()
        yield build_world()
        transaction.set_rollback(True)
    empty_the_cache()


def in_language(path, code):
    return f"/{code}/{path.removeprefix('/fi/')}"


def readable_text(response, address):
    """The response as text, without the address asked for, which a reader typed in and may see echoed back."""
    text = response.content.decode()
    echoes = [address, *(value for _name, value in parse_qsl(urlparse(address).query))]
    for echo in sorted(echoes, key=len, reverse=True):
        text = text.replace(html.escape(echo), "").replace(echo, "")
    return text.lower()


def leaked_words(text):
    return sorted(kind for kind, word in HIDDEN.items() if word in text)


def assert_nothing_hidden(client, address, expect=None):
    response = client.get(address)
    assert response.status_code == 200, address
    text = readable_text(response, address)
    assert leaked_words(text) == [], address
    assert "katveprojekti" not in text, address
    if expect:
        assert expect.lower() in text, address
    return response


def public_outputs(world):
    """(address, text the public model must show there) for every page-based output, in each language."""
    public = world.paths["public"]
    outputs = []
    for code in LANGUAGES:
        library = f"/{code}/toimintamallit/"
        outputs += [
            (f"/{code}/", f"{PUBLIC}otsikko"),
            (library, f"{PUBLIC}otsikko"),
            (f"{library}?stage=pilot", f"{PUBLIC}otsikko"),
            (f"{library}?q={PUBLIC}sisalto", f"{PUBLIC}otsikko"),
            (f"{library}feed/", f"{PUBLIC}otsikko"),
            (f"/{code}/sanasto/", None),
            (f"/{code}/kokonaisuudet/", "IntO"),
            (f"/{code}/kokonaisuudet/into/", f"{PUBLIC}otsikko"),
            (in_language(public, code), f"{PUBLIC}sisalto"),
            (in_language(public, code) + "history/", f"{PUBLIC}muutos"),
            (in_language(public, code) + "versions/1/", f"{PUBLIC}sisalto"),
            (in_language(public, code) + "versions/2/", f"{PUBLIC}sisalto"),
            (in_language(public, code) + "compare/1/2/", f"{PUBLIC}sisalto"),
            (in_language(public, code) + "feed/", f"{PUBLIC}muutos"),
            (in_language(world.paths["in_hidden_project"], code), f"{IN_HIDDEN_PROJECT}sisalto"),
            (in_language(world.paths["in_hidden_project"], code) + "versions/1/", f"{IN_HIDDEN_PROJECT}sisalto"),
            (in_language(world.paths["in_hidden_project"], code) + "compare/1/2/", f"{IN_HIDDEN_PROJECT}sisalto"),
        ]
        outputs += [(f"{library}?q={word}sisalto", None) for word in HIDDEN.values()]
        outputs += [(f"{library}?tag={word}tagi", None) for word in HIDDEN.values()]
    return outputs


def test_every_public_page_shows_the_public_model_and_nothing_hidden(client, world):
    for address, expect in public_outputs(world):
        assert_nothing_hidden(client, address, expect)


@pytest.mark.parametrize("code", LANGUAGES)
def test_site_wide_feed_lists_only_public_models(client, world, code):
    response = assert_nothing_hidden(client, f"/{code}/toimintamallit/feed/", f"{PUBLIC}otsikko")

    entries = ET.fromstring(response.content).findall("{http://www.w3.org/2005/Atom}entry")  # noqa: S314 - our own feed
    assert len(entries) == 4


def test_home_page_does_not_point_to_a_restricted_glossary(client, world):
    restrict(world.glossary, PageViewRestriction.LOGIN)

    html_text = client.get("/fi/").content.decode()

    assert 'href="/fi/toimintamallit/"' in html_text
    assert 'href="/fi/sanasto/"' not in html_text


def test_library_filters_offer_no_tag_or_project_of_hidden_pages(client, world):
    text = client.get("/fi/toimintamallit/").content.decode().lower()

    assert f"{PUBLIC}tagi" in text
    assert leaked_words(text) == []
    assert "katveprojekti" not in text


@pytest.mark.parametrize("kind", ["draft", "unpublished"])
def test_drafts_and_unpublished_models_are_not_found_under_any_route(client, world, kind):
    for code in LANGUAGES:
        for route in SUBROUTES:
            address = in_language(world.paths[kind], code) + route
            assert client.get(address).status_code == 404, address


@pytest.mark.parametrize("kind", ["login", "groups"])
def test_every_route_of_a_login_restricted_model_asks_to_sign_in(client, world, kind):
    for code in LANGUAGES:
        for route in SUBROUTES:
            address = in_language(world.paths[kind], code) + route
            response = client.get(address)
            assert response.status_code == 302, address
            location = urlparse(response["Location"])
            assert location.path.endswith("/accounts/login/"), address
            assert dict(parse_qsl(location.query))["next"] == address
            assert leaked_words(response.content.decode().lower()) == []


def test_every_route_of_a_password_restricted_model_asks_for_the_password(client, world):
    for code in LANGUAGES:
        for route in SUBROUTES:
            address = in_language(world.paths["password"], code) + route
            response = client.get(address)
            assert response.status_code == 200, address
            assert 'name="password"' in response.content.decode(), address
            assert leaked_words(readable_text(response, address)) == [], address


def test_the_right_password_opens_the_history_and_versions(client, world):
    page = world.models["password"]
    restriction = PageViewRestriction.objects.get(page=page)
    history = page.url + "history/"

    client.post(
        reverse("wagtailcore_authenticate_with_password", args=(restriction.pk, page.pk)),
        {"password": PASSWORD, "return_url": history},
    )

    assert f"{HIDDEN['password']}muutos" in client.get(history).content.decode()
    assert f"{HIDDEN['password']}sisalto" in client.get(page.url + "versions/1/").content.decode()


def test_open_data_lists_and_serves_only_public_models(client, world):
    response = assert_nothing_hidden(client, "/api/v1/models/", f"{PUBLIC}otsikko")
    assert response.json()["count"] == 2

    public = world.models["public"].pk
    assert_nothing_hidden(client, f"/api/v1/models/{public}/", f"{PUBLIC}johdanto")
    assert_nothing_hidden(client, f"/api/v1/models/{public}/versions/2/", f"{PUBLIC}sisalto")
    in_hidden_project = world.models["in_hidden_project"].pk
    response = assert_nothing_hidden(client, f"/api/v1/models/{in_hidden_project}/versions/2/", "valoisasisalto")
    assert response.json()["facts"]["project"] is None
    for kind in HIDDEN:
        pk = world.models[kind].pk
        for address in (f"/api/v1/models/{pk}/", f"/api/v1/models/{pk}/versions/1/"):
            assert client.get(address).status_code == 404, address


def sitemap_locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 - our own sitemap
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    return response, [urlparse(loc.text).path for loc in root.findall("s:url/s:loc", namespace)]


def test_sitemap_lists_live_public_pages_at_their_own_language_address(client, world):
    response, locations = sitemap_locations(client)

    assert locations == [
        "/fi/",
        "/fi/toimintamallit/",
        world.paths["public"],
        world.paths["in_hidden_project"],
        "/fi/sanasto/",
        "/fi/kokonaisuudet/",
        "/fi/kokonaisuudet/into/",
    ]
    text = response.content.decode().lower()
    assert leaked_words(text) == []
    assert "/codev/" not in text and "/admin/" not in text and "katveprojekti" not in text


def test_sitemap_does_not_follow_the_readers_language(client, world):
    _response, locations = sitemap_locations(client)

    assert sitemap_locations(client.__class__(headers={"accept-language": "sv"}))[1] == locations


@pytest.fixture
def swedish_tree(world):
    """The home page, the library and the public model translated into Swedish and published."""
    swedish = Locale.objects.get(language_code="sv")
    translated = world.models["public"].copy_for_translation(swedish, copy_parents=True)
    translated.title = "Kirkasvesiotsikko modell"
    translated.save_revision().publish()
    # Its parents come along as aliases, which follow their Finnish originals and need no publishing.
    assert all(page.alias_of_id for page in translated.get_ancestors().filter(depth__gt=1))
    empty_the_cache()
    yield OperationalModelPage.objects.get(pk=translated.pk)
    empty_the_cache()


def test_sitemap_lists_each_translation_with_its_alternates(client, world, swedish_tree):
    response, locations = sitemap_locations(client)

    swedish_model = swedish_tree.url
    assert swedish_model.startswith("/sv/")
    assert swedish_model in locations
    # The Swedish tree's parents are aliases showing the Finnish texts: only their originals are listed.
    assert "/sv/" not in locations and "/fi/" in locations
    assert world.paths["public"] in locations and "/fi/sanasto/" in locations
    assert "/sv/sanasto/" not in locations
    text = response.content.decode()
    assert f'hreflang="sv" href="http://localhost{swedish_model}"' in text
    assert f'hreflang="fi" href="http://localhost{world.paths["public"]}"' in text


def test_sitemap_query_count_does_not_grow_with_pages(client, world, django_assert_num_queries):
    client.get("/sitemap.xml")  # fills the caches of site root paths and content types
    with django_assert_num_queries(12):
        client.get("/sitemap.xml")

    for title in ("Toinen malli", "Kolmas malli"):
        make_model(world.library, title)

    with django_assert_num_queries(12):
        assert len(sitemap_locations(client)[1]) == 9


def test_versions_of_hidden_models_are_not_public(world):
    public = {world.models["public"].pk, world.models["in_hidden_project"].pk}
    assert set(ModelVersion.objects.public().values_list("page_id", flat=True)) == public

"""Anonymous readers' public pages come from the shared cache, validated with ETag and Last-Modified, and never
reach anyone else; publishing, unpublishing, moving or restricting a page drops them."""

import pytest
from wagtail.models import PageViewRestriction

from testing.factories import make_model, stream

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def model(site_tree):
    return make_model(site_tree["library"], "Verkostomalli", basic_idea=stream("Alkuperäinen perusajatus."))


@pytest.fixture
def member(django_user_model):
    return django_user_model.objects.create_user("jasen", password="not-used-here")  # noqa: S106


def test_second_anonymous_reader_gets_the_page_from_the_cache(client, model):
    first = client.get(model.url)
    second = client.get(model.url)

    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "public" in second["Cache-Control"] and "must-revalidate" in second["Cache-Control"]
    assert "Cookie" in second["Vary"]


def test_conditional_get_with_the_etag_is_answered_304(client, model):
    etag = client.get(model.url)["ETag"]

    from_cache = client.get(model.url, headers={"If-None-Match": etag})

    assert from_cache.status_code == 304
    assert from_cache.content == b""


def test_conditional_get_with_a_stale_etag_gets_the_page(client, model):
    response = client.get(model.url, headers={"If-None-Match": '"something-else"'})

    assert response.status_code == 200


def test_publishing_a_new_version_drops_the_cached_page(client, model):
    etag = client.get(model.url)["ETag"]
    model.basic_idea = stream("Uusi perusajatus.")
    model.change_note = "Perusajatus uudistettu."
    model.save_revision().publish()

    response = client.get(model.url, headers={"If-None-Match": etag})

    assert response.status_code == 200
    assert response["X-Page-Cache"] == "miss"
    assert "Uusi perusajatus." in response.content.decode()


def test_publishing_a_model_refreshes_the_cached_library(client, site_tree, model):
    library_url = site_tree["library"].url
    client.get(library_url)
    make_model(site_tree["library"], "Uutuusmalli")

    assert "Uutuusmalli" in client.get(library_url).content.decode()


def test_unpublishing_drops_the_cached_page(client, model):
    client.get(model.url)
    url = model.url
    model.unpublish()

    assert client.get(url).status_code == 404


def test_moving_drops_the_cached_page(client, site_tree, model):
    old_url = model.url
    client.get(old_url)
    model.move(site_tree["projects"], pos="last-child")
    model.refresh_from_db()

    moved_away = client.get(old_url)

    assert moved_away.status_code == 301  # Wagtail's automatic redirect, not the cached page
    assert moved_away["Location"] == model.url
    assert client.get(model.url).status_code == 200


def test_signed_in_member_never_gets_the_cached_anonymous_page(client, model, member):
    client.get(model.url)
    client.force_login(member)

    response = client.get(model.url)

    assert "X-Page-Cache" not in response
    assert "Sign out" in response.content.decode() or "Kirjaudu ulos" in response.content.decode()
    assert "private" in response["Cache-Control"]


def test_member_page_is_never_served_to_anonymous_readers(client, model, member):
    client.force_login(member)
    client.get(model.url)
    client.logout()

    response = client.get(model.url)

    assert response["X-Page-Cache"] == "miss"
    assert "Kirjaudu ulos" not in response.content.decode()


def test_anonymous_reader_with_a_session_is_not_answered_from_the_cache(client, model):
    client.get(model.url)
    session = client.session
    session["something"] = "of theirs"
    session.save()

    assert "X-Page-Cache" not in client.get(model.url)


def test_view_restricted_page_is_never_cached(client, model, member):
    PageViewRestriction.objects.create(page=model, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(member)
    assert client.get(model.url).status_code == 200
    client.logout()

    for _ in range(2):
        response = client.get(model.url)
        assert response.status_code == 302
        assert "X-Page-Cache" not in response


def test_restricting_a_cached_page_drops_it(client, model):
    client.get(model.url)
    PageViewRestriction.objects.create(page=model, restriction_type=PageViewRestriction.LOGIN)

    assert client.get(model.url).status_code == 302


def test_password_protected_page_is_never_cached(client, model):
    PageViewRestriction.objects.create(page=model, restriction_type=PageViewRestriction.PASSWORD, password="salasana")

    for _ in range(2):
        response = client.get(model.url)
        assert "X-Page-Cache" not in response
        assert "private" in response["Cache-Control"]


def test_each_language_is_cached_apart(client, model):
    finnish = client.get(model.url)
    swedish = client.get(model.url.replace("/fi/", "/sv/", 1))

    assert swedish["X-Page-Cache"] == "miss"
    assert 'lang="sv"' in swedish.content.decode()
    assert 'lang="fi"' in finnish.content.decode()


def test_workspace_and_admin_are_not_touched(client, model):
    for url in ("/fi/codev/", "/admin/", "/fi/accounts/login/"):
        client.get(url)
        assert "X-Page-Cache" not in client.get(url)


def test_feed_honours_if_modified_since(client, model):
    feed_url = model.url + model.reverse_subpage("feed")
    response = client.get(feed_url)
    last_modified = response["Last-Modified"]

    assert client.get(feed_url, headers={"If-Modified-Since": last_modified}).status_code == 304
    assert client.get(feed_url, headers={"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"}).status_code == 200


def test_site_wide_feed_is_answered_304_when_nothing_new(client, site_tree, model):
    feed_url = site_tree["library"].url + site_tree["library"].reverse_subpage("feed")
    last_modified = client.get(feed_url)["Last-Modified"]

    assert client.get(feed_url, headers={"If-Modified-Since": last_modified}).status_code == 304

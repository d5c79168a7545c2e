"""A member posts "anonymous to other members": nobody but the author and the facilitators ever gets the name."""

import pytest
from django.urls import reverse
from django.utils import translation

from codev import actions
from codev.models import Role
from testing.codev_factories import add_member, make_post

# Each test runs on a cold cache and on one warmed by the other members first (tests/codev/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("board_cache")]

SECRET_NAME = "Salainen Sanna"
SECRET_USERNAME = "salainen_kirjoittaja"


def url(name, *args):
    with translation.override("en"):
        return reverse(f"codev:{name}", args=args)


@pytest.fixture
def author(group):
    return add_member(group, SECRET_USERNAME, Role.EXPERT, display_name=SECRET_NAME)


@pytest.fixture
def reader(group):
    return add_member(group, "lukija", Role.PROFESSIONAL, display_name="Lukija Leena")


@pytest.fixture
def anonymous_post(author, board):
    return make_post(author, board, body="Kokemukseni mukaan kokous pelotti.", is_anonymous=True)


def assert_nameless(content):
    text = content.decode() if isinstance(content, bytes) else content
    assert SECRET_NAME not in text and SECRET_USERNAME not in text
    assert SECRET_NAME.split()[1] not in text


def test_other_members_see_anonymous_member_and_never_the_name(client, board, reader, anonymous_post):
    client.force_login(reader.user)
    response = client.get(url("board", board.pk))
    assert "Kokemukseni mukaan kokous pelotti." in response.content.decode()
    assert "Anonymous member" in response.content.decode()
    assert_nameless(response.content)


def test_the_facilitator_sees_the_name_marked_anonymous_to_others(client, board, facilitator, anonymous_post):
    client.force_login(facilitator.user)
    html = client.get(url("board", board.pk)).content.decode()
    assert f"{SECRET_NAME} (anonymous to others)" in html


def test_the_author_sees_their_own_name_marked_anonymous_to_others(client, board, author, anonymous_post):
    client.force_login(author.user)
    html = client.get(url("board", board.pk)).content.decode()
    assert f"{SECRET_NAME} (anonymous to others)" in html


def test_htmx_answers_to_other_members_keep_the_author_hidden(client, board, reader, anonymous_post):
    client.force_login(reader.user)
    agreed = client.post(url("agree", anonymous_post.pk), {"action": "agree"}, HTTP_HX_REQUEST="true")
    assert agreed.status_code == 200 and "Anonymous member" in agreed.content.decode()
    assert_nameless(agreed.content)
    replied = client.post(
        url("reply_create", anonymous_post.pk),
        {"body": "Kiitos, että kerroit.", "client_token": "9a1c3e55-4c7b-4d0a-9f5e-5a0c1e7b2d31"},
        HTTP_HX_REQUEST="true",
    )
    assert replied.status_code == 200 and "Kiitos, että kerroit." in replied.content.decode()
    assert_nameless(replied.content)
    refused = client.post(
        url("reply_create", anonymous_post.pk),
        {"body": "", "client_token": "9a1c3e55-4c7b-4d0a-9f5e-5a0c1e7b2d32"},
        HTTP_HX_REQUEST="true",
    )
    assert_nameless(refused.content)


def test_an_anonymous_reply_hides_its_author_too(client, board, author, reader, facilitator):
    post = make_post(reader, board, body="Onko tämä tuttua?")
    actions.do_reply(member=author, post=post, body="On, valitettavasti.", is_anonymous=True)
    client.force_login(reader.user)
    html = client.get(url("board", board.pk)).content.decode()
    assert "On, valitettavasti." in html and "Anonymous member" in html
    assert_nameless(html)
    client.force_login(facilitator.user)
    assert f"{SECRET_NAME} (anonymous to others)" in client.get(url("board", board.pk)).content.decode()


def test_sorting_filtering_and_error_pages_keep_the_author_hidden(client, board, reader, anonymous_post):
    client.force_login(reader.user)
    for query in ({"sort": "agreed"}, {"sort": "section"}, {"small_group": "1"}):
        assert_nameless(client.get(url("board", board.pk), query).content)
    refused = client.post(
        url("post_create", board.pk),
        {"body": "", "column": board.columns.first().pk, "client_token": "9a1c3e55-4c7b-4d0a-9f5e-5a0c1e7b2d33"},
    )
    assert refused.status_code == 400
    assert_nameless(refused.content)


def test_a_named_post_shows_the_name_to_everyone(client, board, author, reader):
    make_post(author, board, body="Omalla nimellä.")
    client.force_login(reader.user)
    assert SECRET_NAME in client.get(url("board", board.pk)).content.decode()

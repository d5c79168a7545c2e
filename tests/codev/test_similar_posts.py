"""While a member writes, posts already on the board that say nearly the same are offered; nothing is blocked."""

import pytest
from django.urls import reverse
from django.utils import translation

from codev.actions import do_hide
from codev.models import Role
from testing.codev_factories import add_member, make_board, make_group, make_post, make_round

pytestmark = pytest.mark.django_db

CHECKLIST_POST = "Muistilista on liian pitkä, kolmekymmentä kohtaa ei mahdu yhteen tapaamiseen."
OTHER_POSTS = [
    "Esihenkilön tuki puuttuu, johto ei tunne mallia.",
    "Nuori pitää valmistella verkostoneuvotteluun etukäteen.",
]


def similar_url(board, body):
    with translation.override("en"):
        return reverse("codev:similar_posts", args=(board.pk,)) + "?" + f"body={body}"


@pytest.fixture
def expert(group):
    return add_member(group, "kokemus", Role.EXPERT, display_name="Kokemus Kaisa")


@pytest.fixture
def posts(board, expert, member):
    found = make_post(expert, board, body=f"<p>{CHECKLIST_POST}</p>", is_anonymous=True)
    others = [make_post(member, board, body=f"<p>{text}</p>") for text in OTHER_POSTS]
    return found, others


def test_a_member_writing_about_the_same_thing_is_offered_the_post_to_agree_with(client, board, posts, facilitator):
    found, others = posts
    client.force_login(facilitator.user)

    response = client.get(similar_url(board, "Muistilistan kohtia on liian monta"), headers={"HX-Request": "true"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "muistilista on liian pitkä" in html.lower()
    assert reverse("codev:agree", args=(found.pk,)) in html
    assert all(reverse("codev:agree", args=(post.pk,)) not in html for post in others)


def test_suggestions_name_no_author_even_to_the_authors_peers(client, board, posts, member):
    client.force_login(member.user)

    html = client.get(similar_url(board, "Muistilistan kohtia on liian monta")).content.decode()

    assert "Agree with this" in html
    assert "Kokemus Kaisa" not in html and "Anonymous" not in html


def test_nothing_is_offered_for_unrelated_or_empty_text_or_own_posts(client, board, posts, expert):
    client.force_login(expert.user)

    assert client.get(similar_url(board, "")).content == b""
    assert client.get(similar_url(board, "Sää on tänään kaunis")).content == b""
    # The expert's own post is not offered back to them.
    assert client.get(similar_url(board, "Muistilistan kohtia on liian monta")).content == b""


def test_hidden_posts_are_not_offered(client, board, posts, facilitator, member):
    found, _others = posts
    do_hide(actor=facilitator.user, post=found, reason="Toistoa")
    client.force_login(member.user)

    assert client.get(similar_url(board, "Muistilistan kohtia on liian monta")).content == b""


def test_another_groups_member_gets_nothing(client, board, posts, model):
    other = add_member(make_group(models=[model]), "vieras", Role.PROFESSIONAL)
    make_board(make_round(other.group, 1, "open"), model)
    client.force_login(other.user)

    assert client.get(similar_url(board, "Muistilistan kohtia on liian monta")).status_code == 403


def test_the_compose_form_asks_for_suggestions_politely_after_a_pause(client, board, member):
    client.force_login(member.user)

    column = board.columns.first()
    html = client.get(reverse("codev:board", args=(board.pk,)), {"compose": column.pk}).content.decode()

    assert 'aria-live="polite"' in html
    assert reverse("codev:similar_posts", args=(board.pk,)) in html
    assert "delay:600ms" in html

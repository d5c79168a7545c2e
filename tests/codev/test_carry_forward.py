"""Feedback still waiting for an answer carries forward to the same model's board in the next rounds."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from codev.models import Disposition, Post, PostStatus, Reaction, Role, Round
from codev.triage import carried_forward, do_set_disposition
from models_library.models import ModelVersion
from testing.codev_factories import add_member, make_board, make_group, make_post, make_round, round_dates
from testing.factories import make_model

pytestmark = pytest.mark.django_db

CARRIED = re.compile(r'<li id="carried-(\d+)"')


def url(name, *args):
    """Addresses in English, so that the tests read the English wording whatever the translations say."""
    with translation.override("en"):
        return reverse(f"codev:{name}", args=args)


def close(round_):
    Round.objects.filter(pk=round_.pk).update(**round_dates("closed"))


def lane(client, membership, board):
    """The ids of the posts in the board's carried-forward lane, in the order shown, and the page."""
    client.force_login(membership.user)
    response = client.get(url("board", board.pk))
    assert response.status_code == 200
    html = response.content.decode()
    return [int(pk) for pk in CARRIED.findall(html)], html


@pytest.fixture
def first_board(group, model):
    """Round 1's board, still open so that members can post to it; tests close it when they are done."""
    return make_board(make_round(group, 1, "open"), model)


@pytest.fixture
def second_board(group, model):
    return make_board(make_round(group, 2, "open"), model)


def with_disposition(member, facilitator, board, disposition, note="Perustelu", **kw):
    post = make_post(member, board, body=f"<p>Palaute: {disposition}</p>", **kw)
    if disposition == Disposition.ADDRESSED:
        version = ModelVersion.objects.for_page(board.operational_model).of_number(1)
        Post.objects.filter(pk=post.pk).update(disposition=disposition, addressed_in=version)
    elif disposition != Disposition.NEW:
        do_set_disposition(actor=facilitator.user, posts=[post], disposition=disposition, note=note)
    return post


def test_exactly_the_open_posts_of_round_1_appear_on_round_2s_board(
    client, member, facilitator, first_board, second_board
):
    by_disposition = {value: with_disposition(member, facilitator, first_board, value) for value in Disposition.values}
    close(first_board.round)

    shown, html = lane(client, member, second_board)

    assert sorted(shown) == sorted(
        by_disposition[value].pk for value in (Disposition.NEW, Disposition.CONSIDERING, Disposition.DEFERRED)
    )
    assert "Carried forward from earlier rounds" in html
    assert "(3 posts)" in html


def test_hidden_removed_pending_and_replies_do_not_travel_and_nothing_else_is_left_out(
    client, member, facilitator, first_board, second_board
):
    kept = make_post(member, first_board, body="<p>Jää odottamaan</p>")
    hidden = make_post(member, first_board)
    Post.objects.filter(pk=hidden.pk).update(status=PostStatus.HIDDEN, hidden_reason="Tunnistettava tapaus")
    removed = make_post(member, first_board)
    Post.objects.filter(pk=removed.pk).update(status=PostStatus.REMOVED)
    pending = make_post(member, first_board)
    Post.objects.filter(pk=pending.pk).update(status=PostStatus.PENDING)
    Post.objects.create(board=first_board, parent=kept, author=facilitator.user, body="<p>Vastaus</p>")
    close(first_board.round)

    shown, _html = lane(client, member, second_board)

    assert shown == [kept.pk]


def test_posts_on_other_models_and_in_other_groups_stay_where_they_are(
    client, site_tree, group, model, member, first_board, second_board
):
    other_model = make_model(site_tree["library"], "Perhetyön malli")
    group.operational_models.add(other_model)
    make_post(member, make_board(first_board.round, other_model), body="<p>Toisen mallin palaute</p>")
    other_group = make_group(models=[model])
    stranger = add_member(other_group, "vieras", Role.PROFESSIONAL)
    make_post(stranger, make_board(make_round(other_group, 1, "open"), model), body="<p>Toisen ryhmän palaute</p>")
    ours = make_post(member, first_board)

    shown, html = lane(client, member, second_board)

    assert shown == [ours.pk]
    assert "Toisen mallin palaute" not in html and "Toisen ryhmän palaute" not in html


def test_oldest_round_first_and_each_round_counted(client, group, model, member, first_board, second_board):
    first = [make_post(member, first_board, body=f"<p>Ensimmäinen {n}</p>") for n in range(2)]
    second = make_post(member, second_board, body="<p>Toinen kierros</p>")
    close(first_board.round)
    third_board = make_board(make_round(group, 3, "open"), model)

    shown, html = lane(client, member, third_board)

    assert shown == [first[0].pk, first[1].pk, second.pk]
    assert "(3 posts)" in html
    assert re.search(r"Round 1: Kierros 1 <span class=\"count\">\(2 posts\)", html)
    assert re.search(r"Round 2: Kierros 2 <span class=\"count\">\(1 post\)", html)


def test_round_1s_own_board_has_no_lane_and_earlier_boards_never_show_later_feedback(
    client, member, first_board, second_board
):
    make_post(member, second_board)

    shown, html = lane(client, member, first_board)

    assert shown == []
    assert "Carried forward from earlier rounds" not in html


def test_carried_posts_are_read_only_and_lead_back_to_their_own_board(
    client, member, facilitator, first_board, second_board
):
    post = with_disposition(member, facilitator, first_board, Disposition.DEFERRED, note="Palataan tähän")
    Reaction.objects.create(post=post, user=facilitator.user)

    _shown, html = lane(client, member, second_board)
    start = html.index(f'<li id="carried-{post.pk}"')
    item = html[start : html.index("</li>", start)]

    assert f'href="{url("board", first_board.pk)}#post-{post.pk}"' in item
    assert "Open on round 1&#x27;s board" in item or "Open on round 1's board" in item
    assert "1 agrees" in item
    assert "Deferred to a later round</span>: Palataan tähän" in item
    assert "<form" not in item and "<button" not in item


def test_a_post_decided_later_leaves_the_lane(member, facilitator, first_board, second_board):
    post = make_post(member, first_board)
    assert [found.pk for found in carried_forward(second_board)] == [post.pk]

    do_set_disposition(actor=facilitator.user, posts=[post], disposition=Disposition.DECLINED, note="Ei toteuteta")

    assert carried_forward(second_board) == []


def test_anonymous_carried_posts_stay_anonymous(client, group, member, facilitator, first_board, second_board):
    make_post(member, first_board, is_anonymous=True, body="<p>Nimetön ehdotus</p>")
    reader = add_member(group, "lukija", Role.EXPERT, display_name="Lukija Leena")

    _shown, as_reader = lane(client, reader, second_board)
    _shown, as_facilitator = lane(client, facilitator, second_board)

    assert "Nimetön ehdotus" in as_reader and "Ammattilainen Aino" not in as_reader
    assert "Ammattilainen Aino (anonymous to others)" in as_facilitator


def test_board_queries_do_not_grow_with_the_carried_posts(client, member, facilitator, first_board, second_board):
    client.force_login(member.user)

    def queries_with(count):
        posts = [make_post(member, first_board, section="basic_idea") for _ in range(count)]
        Reaction.objects.bulk_create(Reaction(post=post, user=facilitator.user) for post in posts)
        do_set_disposition(
            actor=facilitator.user, posts=posts[::2], disposition=Disposition.CONSIDERING, note="Työn alla"
        )
        client.get(url("board", second_board.pk))  # sessions and site settings are cached after the first request
        with CaptureQueriesContext(connection) as captured:
            client.get(url("board", second_board.pk))
        return len(captured)

    assert queries_with(3) == queries_with(30)

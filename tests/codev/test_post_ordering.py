"""Facilitators put posts where they belong: the order within a column is kept, a drop between two posts lands
there, other viewers get the new place live, and only the board's own facilitators may move anything."""

import importlib
import re

import pytest
from django.apps import apps
from django.db import transaction
from django.urls import reverse
from django.utils import translation

from codev import actions
from codev.models import ModerationAction, Post
from codev.views.listing import board_rows
from testing.codev_factories import make_post
from tests.codev.workshop_world import build_workshop_world, signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic(), translation.override("fi"):
        yield build_workshop_world()
        transaction.set_rollback(True)


def move(client, post, column, htmx=False, **place):
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    data = {"action": "move", "column": column.pk if hasattr(column, "pk") else column, **place}
    return client.post(reverse("codev:moderate_post", args=(post.pk,)), data, **headers)


def column_order(world, column):
    """The column's posts top to bottom, as the board page shows them to a member."""
    html = signed_in(world.member.user).get(reverse("codev:board", args=(world.board.pk,))).content.decode()
    section = html[html.index(f'id="column-{column.pk}-posts"') :]
    section = section[: section.index("</section>")]
    return [int(pk) for pk in re.findall(r'<li id="post-([0-9]+)" class="post(?! post--reply)', section)]


def test_a_column_shows_its_newest_post_on_top_until_a_facilitator_moves_one(world):
    assert column_order(world, world.columns[0]) == [world.third.pk, world.second.pk, world.first.pk]

    newest = make_post(world.member, world.board, world.columns[0], "<p>Uusin ajatus.</p>")

    assert column_order(world, world.columns[0])[0] == newest.pk


def test_existing_posts_get_places_in_the_order_they_had(world):
    Post.objects.filter(board=world.board).update(position=0)
    migration = importlib.import_module("codev.migrations.0018_post_positions_in_columns")

    migration.number_posts_in_todays_order(apps, None)

    assert column_order(world, world.columns[0]) == [world.third.pk, world.second.pk, world.first.pk]
    assert Post.objects.get(pk=world.third.pk).position > Post.objects.get(pk=world.first.pk).position


def test_a_post_dropped_between_two_posts_stays_there(world):
    response = move(signed_in(world.fac.user), world.other, world.columns[0], before=world.first.pk)

    assert response.status_code == 302
    assert column_order(world, world.columns[0]) == [world.third.pk, world.second.pk, world.other.pk, world.first.pk]
    assert column_order(world, world.columns[1]) == []


def test_a_post_placed_after_another_goes_just_under_it(world):
    move(signed_in(world.fac.user), world.other, world.columns[0], after=world.third.pk)

    assert column_order(world, world.columns[0]) == [world.third.pk, world.other.pk, world.second.pk, world.first.pk]


def test_moving_within_a_column_keeps_the_others_in_their_order(world):
    fac = signed_in(world.fac.user)

    move(fac, world.first, world.columns[0], before=world.third.pk)

    assert column_order(world, world.columns[0]) == [world.first.pk, world.third.pk, world.second.pk]
    moved = ModerationAction.objects.get(post=world.first, kind=ModerationAction.Kind.MOVE)
    assert moved.details["from_column"] == moved.details["to_column"] == world.columns[0].pk


def test_the_order_is_kept_when_new_posts_come_and_on_every_reload(world):
    move(signed_in(world.fac.user), world.third, world.columns[0], after=world.first.pk)
    newest = make_post(world.expert, world.board, world.columns[0], "<p>Myöhemmin tullut ajatus.</p>")

    expected = [newest.pk, world.second.pk, world.first.pk, world.third.pk]
    assert column_order(world, world.columns[0]) == expected
    assert column_order(world, world.columns[0]) == expected


def test_a_move_without_a_place_puts_the_post_on_top_of_the_column(world):
    response = move(signed_in(world.fac.user), world.first, world.columns[1])

    assert response.status_code == 302
    assert column_order(world, world.columns[1]) == [world.first.pk, world.other.pk]
    assert column_order(world, world.columns[0]) == [world.third.pk, world.second.pk]


def test_the_other_viewers_poll_brings_the_moved_post_with_the_post_now_under_it(world):
    world.board.refresh_from_db()
    since = world.board.change_seq
    move(signed_in(world.fac.user), world.other, world.columns[0], before=world.second.pk)

    html = (
        signed_in(world.expert.user)
        .get(reverse("codev:board_changes", args=(world.board.pk,)), {"since": since}, HTTP_HX_REQUEST="true")
        .content.decode()
    )

    assert f'<template data-column="{world.columns[0].pk}" data-before="{world.second.pk}">' in html
    assert f'id="post-{world.other.pk}"' in html
    # The posts that made room did not change and do not travel again.
    assert f'id="post-{world.first.pk}"' not in html


def test_a_drop_by_script_gets_the_post_back_as_html(world):
    response = move(signed_in(world.fac.user), world.other, world.columns[0], htmx=True, before=world.third.pk)

    assert response.status_code == 200
    assert response.content.decode().lstrip().startswith(f'<li id="post-{world.other.pk}"')
    rows = board_rows(world.fac.user, world.board, world.fac)
    assert [row.pk for row in rows][:2] == [world.other.pk, world.third.pk]


@pytest.mark.parametrize("who", ["member", "fac_b", "member_b"])
def test_only_the_boards_own_facilitators_move_posts(world, who):
    response = move(signed_in(getattr(world, who).user), world.other, world.columns[0], before=world.first.pk)

    assert response.status_code == 403
    assert Post.objects.get(pk=world.other.pk).column_id == world.columns[1].pk
    assert not ModerationAction.objects.filter(post=world.other).exists()


def test_someone_in_no_group_cannot_move_posts(world):
    response = move(signed_in(world.outsider), world.other, world.columns[0])

    assert response.status_code == 403


@pytest.mark.parametrize(
    "place",
    [
        {"column": "abc"},
        {"column": "-1"},
        {"column": ""},
        {"column": "9" * 25},
        {"before": "abc"},
        {"after": "1.5"},
        {"before": "\x00"},
    ],
)
def test_junk_in_a_move_is_a_bad_request(world, place):
    data = {"column": world.columns[0].pk, **place}

    response = move(signed_in(world.fac.user), world.other, **data)

    assert response.status_code == 400
    assert Post.objects.get(pk=world.other.pk).column_id == world.columns[1].pk


def test_a_column_of_another_board_is_a_bad_request(world):
    response = move(signed_in(world.fac.user), world.other, world.board_b.columns.first())

    assert response.status_code == 400
    assert Post.objects.get(pk=world.other.pk).column_id == world.columns[1].pk


@pytest.mark.parametrize("neighbour", ["post_b", "other", "first"])
def test_a_place_next_to_a_post_not_in_the_target_column_is_a_bad_request(world, neighbour):
    # post_b is on another board; `other` is the moved post itself; `first` is in another column than the target.
    response = move(signed_in(world.fac.user), world.other, world.columns[1], before=getattr(world, neighbour).pk)

    assert response.status_code == 400
    assert not ModerationAction.objects.filter(post=world.other).exists()


def test_a_reply_has_no_place_of_its_own(world):
    reply, _created = actions.do_reply(member=world.expert, post=world.first, body="Vastaus.")

    with pytest.raises(actions.FeedbackError):
        actions.do_move(actor=world.fac.user, post=reply, column=world.columns[1])

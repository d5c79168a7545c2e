"""Reactions on the board: nobody agrees with or reacts to their own post, each member reacts once per post, and
only the group's facilitators choose the board's second reaction ("important" or a 1–5 rating)."""

import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.contrib.messages import get_messages
from django.db import transaction
from django.urls import reverse
from django.utils import translation

from codev import actions
from codev.models import Board, PostReaction, Reaction, Role, SecondReaction
from codev.reactions import do_react, do_set_second_reaction
from testing.codev_factories import add_member, make_board, make_group, make_post, make_round
from testing.factories import build_site, make_model

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Two groups working on the same model, each with an open board; built once, rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic(), translation.override("fi"):
        model = make_model(build_site()["library"], "Verkostoyhteistyön malli")
        group = make_group(models=[model])
        board = make_board(make_round(group, 1, "open"), model)
        facilitator = add_member(group, "vetaja", Role.FACILITATOR, display_name="Vetäjä Veera")
        author = add_member(group, "kirjoittaja", Role.EXPERT, display_name="Kirjoittaja Kaisa")
        member = add_member(group, "jasen", Role.PROFESSIONAL, display_name="Jäsen Jaana")
        other = add_member(group, "toinen", Role.PROFESSIONAL, display_name="Toinen Tuomas")
        observer = add_member(group, "tarkkailija", Role.OBSERVER, display_name="Tarkkailija Tero")
        group_b = make_group(models=[model], name="Toinen ryhmä")
        board_b = make_board(make_round(group_b, 1, "open"), model)
        facilitator_b = add_member(group_b, "toinen-vetaja", Role.FACILITATOR, display_name="Toinen vetäjä")
        member_b = add_member(group_b, "toisen-jasen", display_name="Toisen ryhmän jäsen")
        first = make_post(author, board, body="<p>Verkostokokous ennen kotiutusta.</p>")
        second = make_post(author, board, body="<p>Nuoren oma tavoite näkyviin.</p>")
        own = make_post(member, board, body="<p>Jäsenen oma ajatus.</p>")
        yield SimpleNamespace(**locals())
        transaction.set_rollback(True)


def url(name, *args):
    with translation.override("en"):
        return reverse(f"codev:{name}", args=args)


def signed_in(client, member):
    client.force_login(member.user)
    return client


def board_html(client, board, **params):
    response = client.get(url("board", board.pk), params)
    assert response.status_code == 200
    return response.content.decode()


def post_html(html, post):
    """The <li> of one post in the board's HTML (up to the next post)."""
    start = html.index(f'id="post-{post.pk}"')
    end = html.find('<li id="post-', start + 1)
    return html[start : end if end > 0 else len(html)]


def choose(board, kind, world):
    board.refresh_from_db()
    do_set_second_reaction(actor=world.facilitator.user, board=board, kind=kind)
    board.refresh_from_db()


def test_author_cannot_agree_with_own_post_and_sees_no_control(client, world):
    signed_in(client, world.member)

    response = client.post(url("agree", world.own.pk), {"action": "agree"})

    assert not Reaction.objects.filter(post=world.own).exists()
    assert [message.level_tag for message in get_messages(response.wsgi_request)] == ["error"]
    html = board_html(client, world.board)
    assert "agree-form" not in post_html(html, world.own)
    assert "agree-form" in post_html(html, world.first)


def test_refusal_of_self_agreement_comes_from_the_action(world):
    with pytest.raises(actions.FeedbackError):
        actions.do_agree(member=world.member, post=world.own)
    assert actions.do_agree(member=world.other, post=world.own) == 1


def test_migration_removes_self_agreements_and_keeps_the_others(world):
    Reaction.objects.create(post=world.own, user=world.member.user)
    Reaction.objects.create(post=world.own, user=world.other.user)
    migration = importlib.import_module("codev.migrations.0022_no_agreeing_with_own_posts")

    migration.remove_self_agreements(apps, None)

    assert list(Reaction.objects.filter(post=world.own).values_list("user_id", flat=True)) == [world.other.user_id]


@pytest.mark.parametrize("who", ["member", "observer", "facilitator_b", "member_b"])
def test_only_the_groups_facilitators_choose_the_second_reaction(client, world, who):
    signed_in(client, getattr(world, who))

    response = client.post(url("set_second_reaction", world.board.pk), {"second_reaction": "rating"})

    assert response.status_code == 403
    assert Board.objects.get(pk=world.board.pk).second_reaction == SecondReaction.NONE


def test_facilitator_chooses_the_reaction_for_their_board_only(client, world):
    signed_in(client, world.facilitator)

    response = client.post(url("set_second_reaction", world.board.pk), {"second_reaction": "important"})

    assert response.status_code == 302
    assert Board.objects.get(pk=world.board.pk).second_reaction == SecondReaction.IMPORTANT
    assert Board.objects.get(pk=world.board_b.pk).second_reaction == SecondReaction.NONE
    assert (
        signed_in(client, world.facilitator)
        .post(url("set_second_reaction", world.board_b.pk), {"second_reaction": "rating"})
        .status_code
        == 403
    )
    with pytest.raises(actions.FeedbackError):
        do_set_second_reaction(actor=world.facilitator_b.user, board=world.board, kind="rating")


def test_important_counts_once_per_member_and_can_be_withdrawn(client, world):
    choose(world.board, SecondReaction.IMPORTANT, world)
    signed_in(client, world.member)

    client.post(url("react", world.first.pk), {"value": "1"})
    client.post(url("react", world.first.pk), {"value": "1"})

    assert PostReaction.objects.filter(post=world.first).count() == 1
    card = post_html(board_html(client, world.board), world.first)
    assert 'aria-pressed="true"' in card and '<span class="reaction__count">1</span>' in card
    client.post(url("react", world.first.pk), {"value": "withdraw"})
    assert not PostReaction.objects.filter(post=world.first).exists()


def test_a_rating_is_changed_not_added_and_the_average_is_shown(client, world):
    choose(world.board, SecondReaction.RATING, world)
    signed_in(client, world.member).post(url("react", world.first.pk), {"value": "2"})
    client.post(url("react", world.first.pk), {"value": "4"})
    signed_in(client, world.other).post(url("react", world.first.pk), {"value": "5"})

    assert sorted(PostReaction.objects.filter(post=world.first).values_list("value", flat=True)) == [4, 5]
    card = post_html(board_html(client, world.board), world.first)
    assert "Rating 4.5 / 5 (2 ratings)" in card  # the average of 4 and 5
    assert 'value="5" checked' in card  # the viewer's own rating, not the other member's


def test_nobody_reacts_to_their_own_post_nor_observers_at_all(client, world):
    choose(world.board, SecondReaction.RATING, world)

    signed_in(client, world.member).post(url("react", world.own.pk), {"value": "5"})
    signed_in(client, world.observer).post(url("react", world.first.pk), {"value": "5"})

    assert not PostReaction.objects.exists()
    assert "rating-form" not in post_html(board_html(signed_in(client, world.member), world.board), world.own)
    with pytest.raises(actions.FeedbackError):
        do_react(member=world.member, post=world.own, value=3)


def test_ratings_out_of_range_and_reactions_on_boards_without_one_are_refused(client, world):
    signed_in(client, world.member)
    client.post(url("react", world.first.pk), {"value": "1"})
    assert not PostReaction.objects.exists()  # the board asks for no second reaction
    choose(world.board, SecondReaction.RATING, world)

    client.post(url("react", world.first.pk), {"value": "6"})

    assert not PostReaction.objects.exists()
    assert client.post(url("react", world.first.pk), {"value": "paljon"}).status_code == 400


def test_member_of_another_group_cannot_react(client, world):
    choose(world.board, SecondReaction.IMPORTANT, world)

    response = signed_in(client, world.member_b).post(url("react", world.first.pk), {"value": "1"})

    assert response.status_code == 403
    assert not PostReaction.objects.exists()


def test_board_sorts_by_most_important_and_by_highest_rating(client, world):
    choose(world.board, SecondReaction.IMPORTANT, world)
    for voter in (world.member, world.other):
        do_react(member=voter, post=world.second, value=1)
    do_react(member=world.other, post=world.first, value=1)

    html = board_html(signed_in(client, world.other), world.board, sort="important")

    assert '<option value="important" selected>' in html
    assert html.index(f'id="post-{world.second.pk}"') < html.index(f'id="post-{world.first.pk}"')
    choose(world.board, SecondReaction.RATING, world)
    do_react(member=world.member, post=world.first, value=5)
    do_react(member=world.member, post=world.second, value=2)
    html = board_html(client, world.board, sort="rated")
    assert '<option value="rated" selected>' in html
    assert html.index(f'id="post-{world.first.pk}"') < html.index(f'id="post-{world.second.pk}"')


def test_triage_orders_by_most_important_and_highest_rated(client, world):
    choose(world.board, SecondReaction.IMPORTANT, world)
    do_react(member=world.member, post=world.first, value=1)
    do_react(member=world.other, post=world.first, value=1)
    signed_in(client, world.facilitator)

    html = client.get(url("triage", world.group.slug), {"order": "important"}).content.decode()

    assert html.index(f'id="select-{world.first.pk}"') < html.index(f'id="select-{world.second.pk}"')
    choose(world.board, SecondReaction.RATING, world)
    do_react(member=world.member, post=world.second, value=5)
    html = client.get(url("triage", world.group.slug), {"order": "rated"}).content.decode()
    assert html.index(f'id="select-{world.second.pk}"') < html.index(f'id="select-{world.first.pk}"')

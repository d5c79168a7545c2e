"""Dot voting in a workshop: facilitators open and close a vote, members spend N votes on others' posts and take
them back, never more than N even at the same moment; results show live, in the presentation view and in triage,
and nobody sees who voted."""

from types import SimpleNamespace

import pytest
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from codev import actions
from codev.dot_voting import do_close_vote, do_open_vote, do_spend_vote, do_take_back_vote, ranked_results
from codev.models import Board, DotVote, DotVoteBallot, DotVoteMark, Role
from codev.reactions import do_react, do_set_second_reaction
from testing.codev_factories import add_member, make_board, make_group, make_post, make_round
from testing.factories import build_site, make_model
from tests.caches import empty_the_cache

pytestmark = pytest.mark.django_db

VOTER_NAME = "Äänestäjä Ville"


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Two groups on the same model, each with an open board; built once, rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic(), translation.override("fi"):
        yield build_world()
        transaction.set_rollback(True)


def build_world():
    model = make_model(build_site()["library"], "Verkostoyhteistyön malli")
    group = make_group(models=[model])
    board = make_board(make_round(group, 1, "open"), model)
    facilitator = add_member(group, "vetaja", Role.FACILITATOR, display_name="Vetäjä Veera")
    author = add_member(group, "kirjoittaja", Role.EXPERT, display_name="Kirjoittaja Kaisa")
    member = add_member(group, "aanestaja", Role.PROFESSIONAL, display_name=VOTER_NAME)
    other = add_member(group, "toinen", Role.PROFESSIONAL, display_name="Toinen Tuomas")
    observer = add_member(group, "tarkkailija", Role.OBSERVER, display_name="Tarkkailija Tero")
    group_b = make_group(models=[model], name="Toinen ryhmä")
    board_b = make_board(make_round(group_b, 1, "open"), model)
    facilitator_b = add_member(group_b, "toinen-vetaja", Role.FACILITATOR, display_name="Toinen vetäjä")
    member_b = add_member(group_b, "toisen-jasen", display_name="Toisen ryhmän jäsen")
    posts = [make_post(author, board, body=f"<p>Ehdotus {number}.</p>") for number in range(1, 4)]
    own = make_post(member, board, body="<p>Äänestäjän oma ehdotus.</p>")
    return SimpleNamespace(**locals())


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


def card(html, post):
    start = html.index(f'<li id="post-{post.pk}"')
    end = html.find('<li id="post-', start + 1)
    return html[start : end if end > 0 else len(html)]


def open_vote(world, votes=2, several=False):
    return do_open_vote(
        actor=world.facilitator.user, board=world.board, votes_per_member=votes, several_per_post=several
    )


def give(client, post, action="add"):
    return client.post(url("dot_vote", post.pk), {"action": action})


def test_facilitator_opens_and_closes_a_vote(client, world):
    signed_in(client, world.facilitator)

    response = client.post(url("dot_vote_open", world.board.pk), {"votes_per_member": "3", "several_per_post": "on"})

    assert response.status_code == 302
    vote = DotVote.objects.get(board=world.board)
    assert (vote.votes_per_member, vote.several_per_post, vote.is_running) == (3, True, True)
    assert "dot-vote__left" in board_html(client, world.board)  # facilitators vote too
    client.post(url("dot_vote_close", world.board.pk))
    vote.refresh_from_db()
    assert not vote.is_running


@pytest.mark.parametrize("who", ["member", "observer", "facilitator_b", "member_b"])
def test_only_the_groups_facilitators_open_and_close_votes(client, world, who):
    signed_in(client, getattr(world, who))

    assert client.post(url("dot_vote_open", world.board.pk), {"votes_per_member": "3"}).status_code == 403
    open_vote(world)
    assert client.post(url("dot_vote_close", world.board.pk)).status_code == 403
    assert DotVote.objects.get(board=world.board).is_running
    with pytest.raises(actions.FeedbackError):
        do_open_vote(actor=world.facilitator_b.user, board=world.board, votes_per_member=3)


def test_a_second_vote_cannot_open_while_one_runs(world):
    open_vote(world)

    with pytest.raises(actions.FeedbackError):
        open_vote(world)
    assert DotVote.objects.filter(board=world.board).count() == 1


def test_member_spends_votes_up_to_the_limit_one_per_post_and_takes_them_back(client, world):
    first, second, third = world.posts
    open_vote(world, votes=2)
    signed_in(client, world.member)

    give(client, first)
    give(client, first)  # one per post in this vote
    give(client, second)
    give(client, third)  # no votes left

    assert dict(DotVoteMark.objects.values_list("post_id", "count")) == {first.pk: 1, second.pk: 1}
    html = board_html(client, world.board)
    assert "dot-vote__left" in html and "0" in html.split("dot-vote__left", 1)[1][:200]
    give(client, first, "take_back")
    give(client, third)
    assert dict(DotVoteMark.objects.values_list("post_id", "count")) == {second.pk: 1, third.pk: 1}
    assert DotVoteBallot.objects.get(user=world.member.user).spent == 2


def test_several_votes_on_one_post_when_the_facilitator_allows(world):
    first = world.posts[0]
    open_vote(world, votes=3, several=True)

    for _time in range(3):
        do_spend_vote(member=world.member, post=first)

    with pytest.raises(actions.FeedbackError):
        do_spend_vote(member=world.member, post=first)
    assert DotVoteMark.objects.get(post=first).count == 3
    assert do_take_back_vote(member=world.member, post=first) == 1


def test_nobody_votes_for_their_own_post_and_observers_and_other_groups_not_at_all(client, world):
    open_vote(world, votes=3)

    give(signed_in(client, world.member), world.own)
    give(signed_in(client, world.observer), world.posts[0])
    assert give(signed_in(client, world.member_b), world.posts[0]).status_code == 403

    assert not DotVoteMark.objects.exists()
    assert "vote-form" not in card(board_html(signed_in(client, world.member), world.board), world.own)
    with pytest.raises(actions.FeedbackError):
        do_spend_vote(member=world.member, post=world.own)


def test_no_vote_without_a_running_vote(client, world):
    vote = open_vote(world)
    do_close_vote(actor=world.facilitator.user, vote=vote)

    give(signed_in(client, world.member), world.posts[0])

    assert not DotVoteMark.objects.exists()


def test_the_database_refuses_a_ballot_over_its_limit(world):
    vote = open_vote(world, votes=2)
    ballot = DotVoteBallot.objects.create(vote=vote, user=world.member.user, limit=2, spent=2)

    with pytest.raises(IntegrityError), transaction.atomic():
        DotVoteBallot.objects.filter(pk=ballot.pk).update(spent=3)
    with pytest.raises(IntegrityError), transaction.atomic():
        DotVoteBallot.objects.create(vote=vote, user=world.member.user, limit=2)


def test_closing_keeps_the_results_and_a_new_vote_starts_from_zero(client, world):
    first = world.posts[0]
    vote = open_vote(world)
    do_spend_vote(member=world.member, post=first)
    do_spend_vote(member=world.other, post=first)
    do_close_vote(actor=world.facilitator.user, vote=vote)

    html = card(board_html(signed_in(client, world.other), world.board), first)
    assert 'class="vote__total">2 ' in html and "vote-form" not in html
    do_open_vote(actor=world.facilitator.user, board=world.board, votes_per_member=1)
    html = card(board_html(client, world.board), first)
    assert 'class="vote__total">0 ' in html and "vote-form" in html
    assert [row["votes"] for row in ranked_results(vote)] == [2]  # the closed vote's record stays


def test_presentation_view_ranks_the_results_without_names(client, world):
    first, second, _third = world.posts
    open_vote(world, votes=2, several=True)
    do_spend_vote(member=world.member, post=second)
    do_spend_vote(member=world.member, post=second)
    do_spend_vote(member=world.other, post=first)

    html = signed_in(client, world.facilitator).get(url("board_present", world.board.pk)).content.decode()

    results = html[html.index('id="dot-vote-results"') : html.index("</section>", html.index('id="dot-vote-results"'))]
    assert results.index("Ehdotus 2.") < results.index("Ehdotus 1.")
    assert "Ehdotus 3." not in results
    assert VOTER_NAME not in results and "Toinen Tuomas" not in results  # votes are counted, voters never named


def test_triage_orders_by_most_voted(client, world):
    first, second, _third = world.posts
    open_vote(world, votes=2)
    do_spend_vote(member=world.member, post=first)
    do_spend_vote(member=world.other, post=first)
    do_spend_vote(member=world.other, post=second)

    html = signed_in(client, world.facilitator).get(url("triage", world.group.slug), {"order": "voted"})
    html = html.content.decode()

    assert html.index(f'id="select-{first.pk}"') < html.index(f'id="select-{second.pk}"')


def test_board_sorts_by_most_voted(client, world):
    first, second, _third = world.posts
    open_vote(world, votes=2)
    do_spend_vote(member=world.other, post=first)

    html = board_html(signed_in(client, world.member), world.board, sort="voted")

    assert html.index(f'id="post-{first.pk}"') < html.index(f'id="post-{second.pk}"')


def test_live_poll_brings_another_members_vote_and_keeps_own_votes_own(client, world):
    first = world.posts[0]
    open_vote(world, votes=2)
    since = Board.objects.get(pk=world.board.pk).change_seq
    do_spend_vote(member=world.member, post=first)

    response = signed_in(client, world.other).get(
        url("board_changes", world.board.pk), {"since": since}, HTTP_HX_REQUEST="true"
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert f'id="post-{first.pk}"' in html and 'class="vote__total">1 ' in html
    assert 'value="take_back"' not in card(html, first)  # the vote is the other member's
    assert 'id="dot-vote-status" data-hx-swap-oob="true"' in html
    mine = card(board_html(signed_in(client, world.member), world.board), first)
    assert 'value="take_back"' in mine


def vote_board_queries(client, board):
    empty_the_cache()
    with CaptureQueriesContext(connection) as cold:
        assert client.get(url("board", board.pk)).status_code == 200
    with CaptureQueriesContext(connection) as present:
        assert client.get(url("board_present", board.pk)).status_code == 200
    return len(cold.captured_queries), len(present.captured_queries)


def test_query_counts_do_not_grow_with_voted_and_rated_posts(client, world):
    do_set_second_reaction(actor=world.facilitator.user, board=world.board, kind="rating")
    open_vote(world, votes=15, several=True)
    signed_in(client, world.other).get(url("board", world.board.pk))  # the site's settings are made on first use
    few = vote_board_queries(client, world.board)
    for number in range(10):
        post = make_post(world.author, world.board, body=f"<p>Lisäehdotus {number}.</p>")
        do_spend_vote(member=world.member, post=post)
        do_react(member=world.member, post=post, value=1 + number % 5)
    assert vote_board_queries(client, world.board) == few

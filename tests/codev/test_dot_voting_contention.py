"""Two votes of one member at the same moment never exceed the vote's limit: the ballot row is locked and the
database checks spent ≤ limit. A module of its own, since it commits (and flushes) the database."""

import threading

import pytest
from django.db import connection

from codev import actions
from codev.dot_voting import do_spend_vote
from codev.models import DotVoteBallot, DotVoteMark
from tests.codev.test_dot_voting import build_world, open_vote


# Threads need committed data; serialized_rollback puts back what migrations made (Wagtail's root page) after the flush,
# and keeps the next transactional test's restore from meeting content types a plain flush would have remade.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs row locks: run with DATABASE_URL=postgres://…")
def test_two_votes_at_the_same_moment_never_exceed_the_limit():
    world = build_world()
    open_vote(world, votes=1)
    start = threading.Barrier(2)
    outcomes = []

    def vote_for(post):
        try:
            start.wait()
            do_spend_vote(member=world.member, post=post)
            outcomes.append("spent")
        except actions.FeedbackError:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=vote_for, args=(post,)) for post in world.posts[:2]]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["refused", "spent"]
    assert DotVoteBallot.objects.get(user=world.member.user).spent == 1
    assert DotVoteMark.objects.count() == 1

"""Many members posting and agreeing at the same moment, on PostgreSQL as in production: each post and each
agreement is stored exactly once, and a live poll never misses a change however the commits interleave."""

import threading
import uuid

import pytest
from django.db import connection

from codev import actions
from codev.models import Board, Post, Reaction, Role
from testing.codev_factories import add_member, make_post

# Threads need committed data; serialized_rollback puts back what migrations made (Wagtail's root page) after the flush.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

THREADS = 8


@pytest.fixture(autouse=True)
def on_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite lets one writer in at a time, so it cannot show concurrent posting; run with DATABASE_URL")


@pytest.fixture
def posters(group):
    return [add_member(group, f"kirjoittaja-{index}", Role.PROFESSIONAL) for index in range(THREADS)]


def at_once(count, work):
    """Run work(index) in `count` threads released together; return their results, raise their first error."""
    barrier = threading.Barrier(count)
    results, errors = [None] * count, []

    def run(index):
        try:
            barrier.wait()
            results[index] = work(index)
        except Exception as error:  # noqa: BLE001 -- handed to the test below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    if errors:
        raise errors[0]
    return results


def post_as(member, board, token, body="Samaan aikaan kirjoitettu."):
    return actions.do_create_post(
        member=member, board=board, column=board.columns.first(), body=body, client_token=token
    )


def test_concurrent_posts_are_each_stored_once_with_their_own_step(board, posters):
    per_thread = 5

    def write(index):
        return [post_as(posters[index], board, uuid.uuid4(), f"Viesti {index}-{n}.")[0].pk for n in range(per_thread)]

    written = [pk for pks in at_once(THREADS, write) for pk in pks]

    posts = Post.objects.filter(board=board)
    assert posts.count() == len(set(written)) == THREADS * per_thread
    assert sorted(posts.values_list("change_seq", flat=True)) == list(range(1, THREADS * per_thread + 1))
    assert Board.objects.get(pk=board.pk).change_seq == THREADS * per_thread


def test_the_same_form_sent_at_once_from_many_tabs_stores_one_post(board, posters):
    token = uuid.uuid4()

    results = at_once(THREADS, lambda index: post_as(posters[0], board, token))

    assert len({post.pk for post, _created in results}) == 1
    assert sum(created for _post, created in results) == 1
    assert Post.objects.filter(board=board).count() == 1
    assert Board.objects.get(pk=board.pk).change_seq == 1


def test_concurrent_agreements_count_once_per_member(board, posters, member):
    post = make_post(member, board)

    # Every member agrees twice at the same moment (two tabs each).
    at_once(2 * THREADS, lambda index: actions.do_agree(member=posters[index % THREADS], post=post))

    assert Reaction.objects.filter(post=post).count() == THREADS
    assert Board.objects.get(pk=board.pk).change_seq == 1 + THREADS


def test_a_poller_running_beside_concurrent_posters_sees_every_post(board, posters):
    stop = threading.Event()
    seen, cursors = set(), []

    def poll():
        """What codev.views.live does: read the board's number first, then the posts changed after the last one."""
        since = 0
        while True:
            finished = stop.is_set()
            seq = Board.objects.values_list("change_seq", flat=True).get(pk=board.pk)
            seen.update(Post.objects.filter(board=board, change_seq__gt=since).values_list("pk", flat=True))
            cursors.append(seq)
            since = seq
            if finished:
                return

    poller = threading.Thread(target=lambda: (poll(), connection.close()))
    poller.start()
    try:
        written = at_once(
            THREADS,
            lambda index: [post_as(posters[index], board, uuid.uuid4())[0].pk for _n in range(5)],
        )
    finally:
        stop.set()
        poller.join(timeout=60)

    assert seen == {pk for pks in written for pk in pks}
    assert cursors == sorted(cursors)

"""Live boards: only changes travel, nothing when nothing changed; the presentation view keeps anonymity."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from codev import actions
from testing.codev_factories import add_member, make_post

# Each test runs on a cold cache and on one warmed by the other members first (tests/codev/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("board_cache")]


def changes(client, board, since, **params):
    return client.get(
        reverse("codev:board_changes", args=(board.pk,)), {"since": since, **params}, HTTP_HX_REQUEST="true"
    )


def test_nothing_changed_answers_204_with_few_queries(client, board, member):
    make_post(member, board)
    board.refresh_from_db()
    client.force_login(member.user)
    changes(client, board, board.change_seq)

    with CaptureQueriesContext(connection) as queries:
        response = changes(client, board, board.change_seq)

    assert response.status_code == 204
    assert len(queries) <= 4


def test_only_posts_changed_since_travel(client, board, member, facilitator):
    old = make_post(member, board, body="Vanha ajatus.")
    board.refresh_from_db()
    since = board.change_seq
    new = make_post(facilitator, board, body="Uusi ajatus.")
    client.force_login(member.user)

    html = changes(client, board, since).content.decode()

    assert f'id="post-{new.pk}"' in html and "Uusi ajatus." in html
    assert f'id="post-{old.pk}"' not in html
    assert f"since={board.change_seq + 1}" in html or "since=" in html


def test_agreement_and_reply_resend_the_post(client, board, member, facilitator):
    post = make_post(member, board)
    board.refresh_from_db()
    since = board.change_seq
    actions.do_agree(member=facilitator, post=post)
    actions.do_reply(member=facilitator, post=post, body="Samaa mieltä.")
    client.force_login(facilitator.user)  # the author has no agree button on their own post

    html = changes(client, board, since).content.decode()

    assert html.count(f'id="post-{post.pk}"') == 1
    assert "Samaa mieltä." in html
    assert '<span class="agree__count">1</span>' in html


def test_hidden_post_is_removed_from_other_members_views(client, board, member, facilitator):
    other = add_member(board.round.group, "toinen")
    post = make_post(member, board)
    board.refresh_from_db()
    since = board.change_seq
    actions.do_hide(actor=facilitator.user, post=post, reason="Henkilötietoja.")

    client.force_login(other.user)
    html = changes(client, board, since).content.decode()
    assert f'data-remove="{post.pk}"' in html

    client.force_login(member.user)
    html = changes(client, board, since).content.decode()
    assert "Henkilötietoja." in html


def test_non_member_cannot_poll(client, board, member, site_tree):
    from testing.codev_factories import make_group

    stranger = add_member(make_group(), "vieras")
    client.force_login(stranger.user)

    assert changes(client, board, 0).status_code == 403


def test_bad_cursor_is_refused(client, board, member):
    client.force_login(member.user)

    assert changes(client, board, "abc").status_code == 400


def test_presentation_shows_published_posts_without_anonymous_names(client, board, member, facilitator):
    make_post(member, board, body="Nimetön huomio.", is_anonymous=True)
    actions.do_set_premoderation(actor=facilitator.user, board=board, enabled=True)
    board.refresh_from_db()
    make_post(member, board, body="Odottaa hyväksyntää.")
    client.force_login(facilitator.user)

    html = client.get(reverse("codev:board_present", args=(board.pk,))).content.decode()

    assert "Nimetön huomio." in html
    assert "Ammattilainen Aino" not in html
    assert "Odottaa hyväksyntää." not in html


def test_presentation_polls_changes_in_its_own_view(client, board, member, facilitator):
    client.force_login(facilitator.user)
    board.refresh_from_db()
    since = board.change_seq
    make_post(member, board, body="Anonyymi live.", is_anonymous=True)

    html = changes(client, board, since, view="present").content.decode()

    assert "Anonyymi live." in html
    assert "Ammattilainen Aino" not in html


@pytest.mark.parametrize("since", ["", "abc", "1.5", "\x00"])
def test_a_poll_without_a_change_number_is_a_bad_request_in_the_readers_language(client, board, member, since):
    client.force_login(member.user)

    response = changes(client, board, since)

    assert response.status_code == 400
    assert "ei ole muutosnumeroa" in response.content.decode()

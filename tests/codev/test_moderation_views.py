"""Moderation on the board itself: only the group's facilitators, every action through a POST."""

import pytest
from django.urls import reverse

from codev.models import ModerationAction, PostStatus
from testing.codev_factories import make_post

# Each test runs on a cold cache and on one warmed by the other members first (tests/codev/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("board_cache")]


def moderate(client, post, **data):
    return client.post(reverse("codev:moderate_post", args=(post.pk,)), data)


def test_facilitator_hides_with_a_reason_and_author_sees_it(client, board, member, facilitator):
    post = make_post(member, board)
    client.force_login(facilitator.user)

    response = moderate(client, post, action="hide", reason="Sisältää tunnistettavan asiakastapauksen.")

    assert response.status_code == 302
    post.refresh_from_db()
    assert post.status == PostStatus.HIDDEN
    client.force_login(member.user)
    html = client.get(reverse("codev:board", args=(board.pk,))).content.decode()
    assert "Sisältää tunnistettavan asiakastapauksen." in html


def test_hiding_without_reason_is_refused_with_a_message(client, board, member, facilitator):
    post = make_post(member, board)
    client.force_login(facilitator.user)

    response = moderate(client, post, action="hide", reason="")

    post.refresh_from_db()
    assert post.status == PostStatus.PUBLISHED
    assert response.status_code == 302


def test_member_cannot_moderate(client, board, member, facilitator):
    post = make_post(facilitator, board)
    client.force_login(member.user)

    assert moderate(client, post, action="pin").status_code == 403
    assert not ModerationAction.objects.exists()


def test_facilitator_moves_pins_and_approves(client, board, member, facilitator):
    client.force_login(facilitator.user)
    client.post(reverse("codev:set_premoderation", args=(board.pk,)), {"enabled": "on"})
    board.refresh_from_db()
    post = make_post(member, board)
    assert post.status == PostStatus.PENDING
    target = board.columns.all()[2]

    moderate(client, post, action="approve")
    moderate(client, post, action="pin")
    moderate(client, post, action="move", column=target.pk)

    post.refresh_from_db()
    assert (post.status, post.is_pinned, post.column_id) == (PostStatus.PUBLISHED, True, target.pk)
    kinds = set(ModerationAction.objects.values_list("kind", flat=True))
    assert kinds == {"premoderation_on", "approve", "pin", "move"}


def test_moving_to_a_foreign_column_is_refused(client, board, member, facilitator, site_tree, open_round):
    from testing.codev_factories import make_board
    from testing.factories import make_model

    foreign = make_board(open_round, make_model(site_tree["library"], "Muu malli")).columns.first()
    post = make_post(member, board)
    client.force_login(facilitator.user)

    moderate(client, post, action="move", column=foreign.pk)

    post.refresh_from_db()
    assert post.column.board_id == board.pk


def test_facilitator_splits_members_into_small_groups(client, board, member, facilitator, open_round):
    client.force_login(facilitator.user)

    response = client.post(reverse("codev:small_groups", args=(open_round.pk,)), {"count": "2"})

    assert response.status_code == 302
    assert open_round.small_groups.count() == 2
    client.force_login(member.user)
    assert client.get(reverse("codev:small_groups", args=(open_round.pk,))).status_code == 403


@pytest.mark.parametrize("column", ["abc", "", "-1", "1.5", "\u0661", "1\x00"])
def test_moving_to_a_column_that_is_no_number_is_a_bad_request_with_a_message(
    client, board, member, facilitator, column
):
    post = make_post(member, board)
    client.force_login(facilitator.user)

    response = moderate(client, post, action="move", column=column)

    assert response.status_code == 400
    assert "Valitse jokin tämän palauteseinän sarakkeista." in response.content.decode()
    post.refresh_from_db()
    assert post.column_id == board.columns.first().pk
    assert not ModerationAction.objects.filter(kind="move").exists()

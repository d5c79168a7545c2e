"""Facilitators pin, hide with a reason, move and approve; every step is recorded and moves the board forward."""

import pytest

from codev import actions
from codev.models import ModerationAction, Post, PostStatus, Role
from testing.codev_factories import add_member, make_post

pytestmark = pytest.mark.django_db


def test_hiding_needs_a_reason_and_the_author_can_read_it(board, member, facilitator):
    post = make_post(member, board)

    with pytest.raises(actions.FeedbackError):
        actions.do_hide(actor=facilitator.user, post=post, reason="  ")
    actions.do_hide(actor=facilitator.user, post=post, reason="Sisältää henkilötietoja.")

    post.refresh_from_db()
    assert post.status == PostStatus.HIDDEN and post.hidden_reason == "Sisältää henkilötietoja."
    assert post in Post.objects.filter(board=board).visible_to(member.user, is_facilitator=False)
    other = add_member(board.round.group, "toinen")
    assert post not in Post.objects.filter(board=board).visible_to(other.user, is_facilitator=False)


def test_every_moderation_step_is_recorded(board, member, facilitator):
    post = make_post(member, board)
    second_column = board.columns.all()[1]

    actions.do_pin(actor=facilitator.user, post=post)
    actions.do_move(actor=facilitator.user, post=post, column=second_column)
    actions.do_hide(actor=facilitator.user, post=post, reason="Väärä ryhmä.")
    actions.do_unhide(actor=facilitator.user, post=post)

    kinds = list(ModerationAction.objects.filter(post=post).order_by("pk").values_list("kind", flat=True))
    assert kinds == ["pin", "move", "hide", "unhide"]
    assert ModerationAction.objects.get(kind="move").details["to_column"] == second_column.pk


def test_posts_cannot_move_to_another_boards_column(board, member, facilitator, open_round, site_tree):
    from testing.codev_factories import make_board
    from testing.factories import make_model

    other_board = make_board(open_round, make_model(site_tree["library"], "Toinen malli"))
    post = make_post(member, board)

    with pytest.raises(actions.FeedbackError):
        actions.do_move(actor=facilitator.user, post=post, column=other_board.columns.first())


def test_pre_moderation_holds_posts_until_approved(board, member, facilitator):
    actions.do_set_premoderation(actor=facilitator.user, board=board, enabled=True)

    post = make_post(member, board)
    assert post.status == PostStatus.PENDING
    own_post = make_post(facilitator, board)
    assert own_post.status == PostStatus.PUBLISHED

    actions.do_approve(actor=facilitator.user, post=post)
    post.refresh_from_db()
    assert post.status == PostStatus.PUBLISHED
    assert ModerationAction.objects.filter(board=board, kind="premoderation_on").exists()
    with pytest.raises(actions.FeedbackError):
        actions.do_approve(actor=facilitator.user, post=post)


def test_every_change_moves_the_board_sequence_and_marks_the_post(board, member, facilitator):
    post = make_post(member, board)
    start = board.change_seq

    reply, _created = actions.do_reply(member=facilitator, post=post, body="Kiitos!")
    post.refresh_from_db()
    board.refresh_from_db()

    assert board.change_seq == start + 1
    assert post.change_seq == board.change_seq == reply.change_seq


def test_agreeing_twice_counts_once(board, member, facilitator):
    post = make_post(member, board)

    assert actions.do_agree(member=facilitator, post=post) == 1
    seq = post.board.change_seq
    assert actions.do_agree(member=facilitator, post=post) == 1
    assert post.board.change_seq == seq
    assert actions.do_agree(member=facilitator, post=post, agree=False) == 0


def test_small_groups_mix_roles(board, member, facilitator, open_round):
    group = open_round.group
    for n in range(3):
        add_member(group, f"asiantuntija{n}", Role.EXPERT)
        add_member(group, f"ammattilainen{n}", Role.PROFESSIONAL)

    small_groups = actions.do_split_into_small_groups(round_=open_round, count=2, name_prefix="Pienryhmä")

    sizes = sorted(g.members.count() for g in small_groups)
    assert sizes == [3, 4]
    assert all(g.members.filter(role=Role.EXPERT).exists() for g in small_groups)
    assert not any(g.members.filter(role=Role.FACILITATOR).exists() for g in small_groups)


def test_unhiding_a_post_that_is_not_hidden_is_refused(board, member, facilitator):
    actions.do_set_premoderation(actor=facilitator.user, board=board, enabled=True)
    board.refresh_from_db()
    pending = make_post(member, board)

    with pytest.raises(actions.FeedbackError):
        actions.do_unhide(actor=facilitator.user, post=pending)
    pending.refresh_from_db()
    assert pending.status == PostStatus.PENDING


def test_observers_and_closed_rounds_take_no_agreements(board, member, facilitator):
    from datetime import timedelta

    from django.utils import timezone

    post = make_post(member, board)
    observer = add_member(board.round.group, "tarkkailija", Role.OBSERVER)
    with pytest.raises(actions.FeedbackError):
        actions.do_agree(member=observer, post=post)

    board.round.feedback_closes_at = board.round.workshop_ends_at = timezone.now() - timedelta(minutes=1)
    board.round.workshop_starts_at = board.round.feedback_closes_at - timedelta(hours=1)
    board.round.save()
    with pytest.raises(actions.FeedbackError):
        actions.do_agree(member=facilitator, post=post)

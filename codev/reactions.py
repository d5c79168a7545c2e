"""The board's second reaction: the facilitators choose it, members give one per post (never to their own)."""

from django.db import IntegrityError, transaction
from django.db.models import Avg, Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _

from codev.actions import FeedbackError, bump, mark_changed, require_open
from codev.models import (
    RATING_MAX,
    Board,
    Membership,
    ModerationAction,
    Post,
    PostReaction,
    PostStatus,
    Role,
    SecondReaction,
)


def require_facilitating(actor, board):
    """Board settings are the group's facilitators' to change (and administrators', from the admin)."""
    if actor.is_superuser:
        return
    if not Membership.objects.filter(
        user=actor, group_id=board.round.group_id, is_active=True, role=Role.FACILITATOR
    ).exists():
        raise FeedbackError(_("Only the facilitators of the board's group change its settings."))


def require_taking_part(member, post):
    """A member of the post's group who may post reacts or votes, on a published post that is not their own."""
    if member.group_id != post.board.round.group_id:
        raise FeedbackError(_("This board belongs to another group."))
    if not member.can_post:
        raise FeedbackError(_("Observers can read the board but not take part."))
    if post.parent_id or post.status != PostStatus.PUBLISHED:
        raise FeedbackError(_("Only published posts on the board can be reacted to or voted for."))
    if post.author_id == member.user_id:
        raise FeedbackError(_("You cannot react to or vote for your own post."))
    require_open(post.board)


@transaction.atomic
def do_set_second_reaction(*, actor, board, kind):
    if kind not in SecondReaction.values:
        raise FeedbackError(_("Choose one of the reactions offered."))
    require_facilitating(actor, board)
    current = Board.objects.select_for_update().filter(pk=board.pk).values_list("second_reaction", flat=True).get()
    if current == kind:
        board.second_reaction = kind
        return board
    board.second_reaction = kind
    Board.objects.filter(pk=board.pk).update(second_reaction=kind)
    ModerationAction.objects.create(
        board=board, actor=actor, kind=ModerationAction.Kind.SECOND_REACTION, details={"from": current, "to": kind}
    )
    # Every card shows the reaction (or stops showing it): all of them go out to live boards again.
    seq = bump(board)
    Post.objects.filter(board=board, parent__isnull=True).update(change_seq=seq)
    return board


@transaction.atomic
def do_react(*, member, post, value):
    """Give, change or (with value None) withdraw the member's second reaction to the post."""
    # Read afresh: the facilitator may have chosen another reaction since the page was loaded.
    kind = Board.objects.filter(pk=post.board_id).values_list("second_reaction", flat=True).get()
    if kind == SecondReaction.NONE:
        raise FeedbackError(_("This board has no reaction besides agreeing."))
    require_taking_part(member, post)
    mine = PostReaction.objects.filter(post=post, user=member.user, kind=kind)
    if value is None:
        changed = mine.delete()[0] > 0
    else:
        highest = 1 if kind == SecondReaction.IMPORTANT else RATING_MAX
        if not 1 <= value <= highest:
            raise FeedbackError(_("Give a rating from 1 to %(highest)s.") % {"highest": highest})
        changed = mine.exclude(value=value).update(value=value) > 0
        if not changed and not mine.exists():
            try:
                with transaction.atomic():
                    PostReaction.objects.create(post=post, user=member.user, kind=kind, value=value)
                changed = True
            except IntegrityError:
                changed = mine.exclude(value=value).update(value=value) > 0
    if changed:
        mark_changed(post, bump(post.board))
    return changed


def with_second_reaction(posts, board, user):
    """Each post with reaction_count, rating_average and viewer_reaction for the board's kind, in the same query."""
    if board.second_reaction == SecondReaction.NONE:
        return posts
    kind_rows = PostReaction.objects.filter(post=OuterRef("pk"), kind=board.second_reaction)
    totals = kind_rows.order_by().values("post")
    return posts.annotate(
        reaction_count=Coalesce(
            Subquery(totals.annotate(n=Count("pk")).values("n")[:1], output_field=IntegerField()), 0
        ),
        rating_average=Subquery(totals.annotate(a=Avg("value")).values("a")[:1]),
        viewer_reaction=Subquery(kind_rows.filter(user_id=user.pk).values("value")[:1]),
    )

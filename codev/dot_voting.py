"""Dot voting in a workshop: a facilitator opens a vote with N dots per member, members spend them on posts and
take them back, and the facilitator closes it. Results are counts only: nobody sees who voted for what."""

from django.db import IntegrityError, transaction
from django.db.models import F, IntegerField, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from codev.actions import FeedbackError, bump, mark_changed, require_open
from codev.models import Board, DotVote, DotVoteBallot, DotVoteMark, ModerationAction, Post, PostStatus
from codev.reactions import require_facilitating, require_taking_part
from common.html_text import plain_text

MAX_VOTES_PER_MEMBER = 20
EXCERPT = 160


def latest_vote(board):
    """The board's running vote, or else its last closed one (whose results stay shown); None before any."""
    if "_latest_dot_vote" not in board.__dict__:
        board._latest_dot_vote = DotVote.objects.filter(board_id=board.pk).first()
    return board._latest_dot_vote


def running_vote(board):
    vote = latest_vote(board)
    return vote if vote is not None and vote.is_running else None


def show_all_posts_again(board):
    """Opening or closing a vote changes every card (its buttons, its count): live boards fetch them all."""
    seq = bump(board)
    Post.objects.filter(board=board, parent__isnull=True).update(change_seq=seq)


@transaction.atomic
def do_open_vote(*, actor, board, votes_per_member, several_per_post=False):
    require_facilitating(actor, board)
    require_open(board)
    if not 1 <= votes_per_member <= MAX_VOTES_PER_MEMBER:
        raise FeedbackError(_("Give each member from 1 to %(most)s votes.") % {"most": MAX_VOTES_PER_MEMBER})
    # The board's row is locked first, so two facilitators opening at once get one vote and a clear answer.
    Board.objects.select_for_update().filter(pk=board.pk).values_list("pk").get()
    if DotVote.objects.running().filter(board=board).exists():
        raise FeedbackError(_("A vote is already running on this board: close it before opening a new one."))
    try:
        with transaction.atomic():
            vote = DotVote.objects.create(
                board=board, votes_per_member=votes_per_member, several_per_post=several_per_post, opened_by=actor
            )
    except IntegrityError as error:
        raise FeedbackError(_("A vote is already running on this board: close it before opening a new one.")) from error
    ModerationAction.objects.create(
        board=board,
        actor=actor,
        kind=ModerationAction.Kind.VOTE_OPENED,
        details={"vote": vote.pk, "votes_per_member": votes_per_member, "several_per_post": several_per_post},
    )
    show_all_posts_again(board)
    return vote


@transaction.atomic
def do_close_vote(*, actor, vote):
    require_facilitating(actor, vote.board)
    closed = DotVote.objects.filter(pk=vote.pk, closed_at__isnull=True).update(closed_at=timezone.now())
    if not closed:
        raise FeedbackError(_("This vote is already closed."))
    vote.refresh_from_db(fields=["closed_at"])
    ModerationAction.objects.create(
        board=vote.board, actor=actor, kind=ModerationAction.Kind.VOTE_CLOSED, details={"vote": vote.pk}
    )
    show_all_posts_again(vote.board)
    return vote


def locked_ballot(vote, member):
    """The member's ballot in the vote, its row locked until the commit: each member's votes queue here."""
    try:
        with transaction.atomic():
            DotVoteBallot.objects.get_or_create(vote=vote, user=member.user, defaults={"limit": vote.votes_per_member})
    except IntegrityError:
        pass  # a request at the same moment created it
    return DotVoteBallot.objects.select_for_update().get(vote=vote, user=member.user)


def no_votes_left(ballot):
    return FeedbackError(
        _("You have used all your %(limit)s votes. Take one back from another post to vote for this one.")
        % {"limit": ballot.limit}
    )


def vote_running_now(board):
    """Read afresh, not from what the page loaded: the facilitator may have closed the vote meanwhile."""
    return DotVote.objects.running().filter(board_id=board.pk).first()


@transaction.atomic
def do_spend_vote(*, member, post):
    """Put one of the member's votes on the post; returns the votes they have left."""
    vote = vote_running_now(post.board)
    if vote is None:
        raise FeedbackError(_("No vote is running on this board."))
    require_taking_part(member, post)
    ballot = locked_ballot(vote, member)
    mark = DotVoteMark.objects.filter(ballot=ballot, post=post)
    if not vote.several_per_post and mark.exists():
        raise FeedbackError(_("You already voted for this post; in this vote each post takes one vote per member."))
    if ballot.spent >= ballot.limit:
        raise no_votes_left(ballot)
    # Guarded once more in the statement itself, and by the database's check of spent ≤ limit.
    if not DotVoteBallot.objects.filter(pk=ballot.pk, spent__lt=F("limit")).update(spent=F("spent") + 1):
        raise no_votes_left(ballot)
    if not mark.update(count=F("count") + 1):
        DotVoteMark.objects.create(vote=vote, ballot=ballot, post=post)
    mark_changed(post, bump(post.board))
    return ballot.limit - ballot.spent - 1


@transaction.atomic
def do_take_back_vote(*, member, post):
    """Take one of the member's votes back from the post; returns the votes they have left."""
    vote = vote_running_now(post.board)
    if vote is None:
        raise FeedbackError(_("No vote is running on this board."))
    if member.group_id != post.board.round.group_id or not member.can_post:
        raise FeedbackError(_("Observers can read the board but not take part."))
    require_open(post.board)
    ballot = locked_ballot(vote, member)
    mark = DotVoteMark.objects.filter(ballot=ballot, post=post).first()
    if mark is None:
        raise FeedbackError(_("You have no vote on this post to take back."))
    if mark.count > 1:
        DotVoteMark.objects.filter(pk=mark.pk).update(count=F("count") - 1)
    else:
        mark.delete()
    DotVoteBallot.objects.filter(pk=ballot.pk).update(spent=F("spent") - 1)
    mark_changed(post, bump(post.board))
    return ballot.limit - ballot.spent + 1


def with_dot_votes(posts, vote, user):
    """Each post with vote_count (all members' votes in `vote`) and viewer_votes (the viewer's own)."""
    if vote is None:
        return posts
    marks = DotVoteMark.objects.filter(vote=vote, post=OuterRef("pk")).order_by().values("post")
    total = marks.annotate(n=Sum("count")).values("n")[:1]
    own = marks.filter(ballot__user_id=user.pk).values("count")[:1]
    return posts.annotate(
        vote_count=Coalesce(Subquery(total, output_field=IntegerField()), 0),
        viewer_votes=Coalesce(Subquery(own, output_field=IntegerField()), 0),
    )


def ballot_left(vote, user):
    """How many votes the user has left in the vote."""
    spent = DotVoteBallot.objects.filter(vote=vote, user_id=user.pk).values_list("spent", flat=True).first()
    return vote.votes_per_member - (spent or 0)


def ranked_results(vote):
    """The published posts that got votes, most voted first, as excerpts without their authors."""
    posts = (
        Post.objects.filter(board_id=vote.board_id, parent__isnull=True, status=PostStatus.PUBLISHED)
        .annotate(votes=Sum("dot_marks__count", filter=Q(dot_marks__vote=vote)))
        .filter(votes__gt=0)
        .order_by("-votes", "created_at", "pk")
        .values("pk", "body", "votes")
    )
    return [
        {"pk": row["pk"], "votes": row["votes"], "excerpt": Truncator(plain_text(row["body"])).chars(EXCERPT)}
        for row in posts
    ]


def voter_count(vote):
    return DotVoteBallot.objects.filter(vote=vote, spent__gt=0).count()


def latest_vote_marks():
    """For a queryset of posts from any boards: the votes each got in its board's latest vote."""
    latest = DotVote.objects.filter(board_id=OuterRef(OuterRef("board_id"))).order_by("-opened_at", "-pk")
    marks = DotVoteMark.objects.filter(post=OuterRef("pk"), vote_id=Subquery(latest.values("pk")[:1]))
    total = marks.order_by().values("post").annotate(n=Sum("count")).values("n")[:1]
    return Coalesce(Subquery(total, output_field=IntegerField()), 0)

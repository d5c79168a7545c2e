"""Triage: facilitators record what became of each piece of feedback, and open feedback carries forward."""

from typing import NamedTuple

from django.db import transaction
from django.db.models import Avg, Count, F, IntegerField, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from codev import live_state
from codev.actions import FeedbackError
from codev.dot_voting import latest_vote_marks
from codev.models import (
    OPEN_DISPOSITIONS,
    Board,
    Disposition,
    DispositionChange,
    Membership,
    Post,
    PostReaction,
    PostStatus,
    Role,
    SecondReaction,
)
from codev.signals import post_declined

# Set by hand on the triage page; "addressed" is set only by publishing the version that responds to the post.
SETTABLE_DISPOSITIONS = (Disposition.NEW, Disposition.CONSIDERING, Disposition.DECLINED, Disposition.DEFERRED)


class TriageResult(NamedTuple):
    changed: int
    kept_addressed: int


def record_changes(*, actor, changes, to, note="", addressed_in=None, at):
    """The history rows of one decision, in one query: `changes` pairs each post's id with its disposition before."""
    DispositionChange.objects.bulk_create(
        DispositionChange(
            post_id=post_id,
            actor=actor,
            from_disposition=before,
            to_disposition=to,
            note=note,
            addressed_in=addressed_in,
            created_at=at,
        )
        for post_id, before in changes
    )


@transaction.atomic
def do_set_disposition(*, actor, posts, disposition, note=""):
    """Give one or many top-level posts the same disposition and note, in a fixed number of queries.

    Posts already addressed in a version keep that record and are counted in the result, so the
    facilitator is told about them rather than having them silently skipped.
    """
    if disposition == Disposition.ADDRESSED:
        raise FeedbackError(
            _(
                "A post is marked addressed when you publish the model version that responds to it: "
                "choose the posts when you publish the version."
            )
        )
    if disposition not in SETTABLE_DISPOSITIONS:
        raise FeedbackError(_("Choose what became of the posts."))
    note = (note or "").strip()
    if disposition == Disposition.DECLINED and not note:
        raise FeedbackError(_("Write why the posts are declined: their authors read the reason."))
    ids = {post.pk for post in posts}
    if not ids:
        raise FeedbackError(_("Choose at least one post."))
    found = list(
        Post.objects.filter(pk__in=ids).values(
            "pk", "board_id", "board__round__group_id", "parent_id", "status", "disposition"
        )
    )
    if len(found) != len(ids) or any(row["status"] == PostStatus.REMOVED for row in found):
        raise FeedbackError(_("Some of the chosen posts no longer exist: their authors deleted them."))
    if any(row["parent_id"] for row in found):
        raise FeedbackError(_("Replies have no disposition of their own: decide on the post they answer."))
    groups = {row["board__round__group_id"] for row in found}
    facilitated = set(
        Membership.objects.filter(user=actor, group_id__in=groups, is_active=True, role=Role.FACILITATOR).values_list(
            "group_id", flat=True
        )
    )
    if groups - facilitated:
        raise FeedbackError(_("Only the facilitators of a post's group decide what becomes of it."))
    changing = [row for row in found if row["disposition"] != Disposition.ADDRESSED]
    kept = len(found) - len(changing)
    if changing:
        board_ids = {row["board_id"] for row in changing}
        # One step forward per board, then every post takes its board's new value: live boards fetch them all,
        # and the number of queries does not grow with the number of posts.
        boards = Board.objects.filter(pk__in=board_ids)
        list(boards.select_for_update().values_list("pk", flat=True))
        boards.update(change_seq=F("change_seq") + 1)
        for pk in board_ids:
            live_state.forget_seq(pk)
        transaction.on_commit(lambda: [live_state.forget_seq(pk) for pk in board_ids])
        now = timezone.now()
        Post.objects.filter(pk__in=[row["pk"] for row in changing]).update(
            disposition=disposition,
            disposition_note=note,
            disposition_at=now,
            disposition_by=actor,
            change_seq=Subquery(Board.objects.filter(pk=OuterRef("board_id")).values("change_seq")[:1]),
        )
        record_changes(
            actor=actor,
            changes=[(row["pk"], row["disposition"]) for row in changing],
            to=disposition,
            note=note,
            at=now,
        )
        if disposition == Disposition.DECLINED:
            post_declined.send(
                sender=Post,
                actor=actor,
                post_ids=[row["pk"] for row in changing if row["disposition"] != Disposition.DECLINED],
            )
    return TriageResult(changed=len(changing), kept_addressed=kept)


def carried_forward(board, *, with_history=False):
    """Published top-level posts of the same model's boards in the group's earlier rounds that still wait for
    an answer, oldest round first, with agree counts: the later board shows them so none is dropped.

    `with_history` also fetches each post's history of decisions, which only facilitators read."""
    posts = (
        Post.objects.filter(
            board__operational_model_id=board.operational_model_id,
            board__round__group_id=board.round.group_id,
            board__round__number__lt=board.round.number,
            parent__isnull=True,
            status=PostStatus.PUBLISHED,
            disposition__in=OPEN_DISPOSITIONS,
        )
        .select_related("board__round", "author__codev_profile", "column")
        .annotate(agree_count=Count("reactions", distinct=True))
        .order_by("board__round__number", "created_at", "pk")
    )
    if with_history:
        posts = posts.prefetch_related(
            Prefetch("disposition_changes", queryset=DispositionChange.objects.for_history())
        )
    return list(posts)


def with_reaction_figures(posts):
    """Posts from any boards with important_count, rating_average, rating_count and vote_count (in their board's
    latest dot vote), for triage: subqueries, so no join multiplies the other counts."""

    def of_kind(kind):
        return PostReaction.objects.filter(post=OuterRef("pk"), kind=kind).order_by().values("post")

    def count(rows):
        return Coalesce(Subquery(rows.annotate(n=Count("pk")).values("n")[:1], output_field=IntegerField()), 0)

    return posts.annotate(
        important_count=count(of_kind(SecondReaction.IMPORTANT)),
        rating_count=count(of_kind(SecondReaction.RATING)),
        rating_average=Subquery(of_kind(SecondReaction.RATING).annotate(a=Avg("value")).values("a")[:1]),
        vote_count=latest_vote_marks(),
    )

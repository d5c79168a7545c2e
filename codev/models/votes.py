"""A board's second reaction (the facilitator's choice of "important" or a 1–5 rating) and workshop dot votes."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

RATING_MAX = 5


class SecondReaction(models.TextChoices):
    """What a board asks of its members besides "agree"; the facilitators choose."""

    NONE = "none", _("Agreeing only")
    IMPORTANT = "important", _("Important")
    RATING = "rating", _("Rating from 1 to 5")


class PostReaction(models.Model):
    """One member's second reaction to a post: "important" (value 1) or a rating (1–5).

    The kind is stored with it, so switching the board to another kind starts afresh and switching back
    brings the earlier reactions back, never mixing importance with ratings."""

    post = models.ForeignKey("codev.Post", on_delete=models.CASCADE, related_name="second_reactions")
    # Empty once the member deleted their account: the reaction still counts.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=SecondReaction.choices)
    value = models.PositiveSmallIntegerField(_("value"))
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("reaction")
        verbose_name_plural = _("reactions")
        constraints = [
            models.UniqueConstraint(fields=["post", "user", "kind"], name="one_second_reaction_per_member"),
            models.CheckConstraint(
                condition=Q(kind=SecondReaction.IMPORTANT, value=1)
                | Q(kind=SecondReaction.RATING, value__gte=1, value__lte=RATING_MAX),
                name="second_reaction_value_in_range",
            ),
        ]

    def __str__(self):
        return f"{self.user_id} {self.kind} {self.value} on {self.post_id}"


class DotVoteQuerySet(models.QuerySet):
    def running(self):
        return self.filter(closed_at__isnull=True)


class DotVote(models.Model):
    """A dot vote a facilitator runs on a board: each member has `votes_per_member` dots to spend on posts.

    Closed votes stay as the record of their results; a board runs one vote at a time."""

    board = models.ForeignKey("codev.Board", on_delete=models.CASCADE, related_name="dot_votes")
    votes_per_member = models.PositiveSmallIntegerField(_("votes per member"))
    several_per_post = models.BooleanField(
        _("several votes on one post"), default=False, help_text=_("A member may give one post more than one vote.")
    )
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    opened_at = models.DateTimeField(_("opened"), auto_now_add=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)

    objects = DotVoteQuerySet.as_manager()

    class Meta:
        ordering = ["-opened_at", "-pk"]
        verbose_name = _("dot vote")
        verbose_name_plural = _("dot votes")
        constraints = [
            models.UniqueConstraint(
                fields=["board"], condition=Q(closed_at__isnull=True), name="one_running_dot_vote_per_board"
            ),
            models.CheckConstraint(condition=Q(votes_per_member__gte=1), name="dot_vote_has_votes"),
        ]

    def __str__(self):
        return f"Dot vote {self.pk} on board {self.board_id}"

    @property
    def is_running(self):
        return self.closed_at is None


class DotVoteBallot(models.Model):
    """A member's dots in one vote. Every spend and take-back locks this row, and the database refuses a row
    that spends more than the vote gives, so two requests at once can never exceed the limit."""

    vote = models.ForeignKey(DotVote, on_delete=models.CASCADE, related_name="ballots")
    # Empty once the member deleted their account: the dots still count.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    spent = models.PositiveSmallIntegerField(default=0)
    # The vote's limit, copied so the check below can hold it without a join.
    limit = models.PositiveSmallIntegerField()

    class Meta:
        verbose_name = _("ballot")
        verbose_name_plural = _("ballots")
        constraints = [
            models.UniqueConstraint(fields=["vote", "user"], name="one_ballot_per_member"),
            models.CheckConstraint(condition=Q(spent__lte=F("limit")), name="ballot_within_limit"),
        ]

    def __str__(self):
        return f"{self.user_id}: {self.spent}/{self.limit} in vote {self.vote_id}"

    @property
    def left(self):
        return self.limit - self.spent


class DotVoteMark(models.Model):
    """The dots one ballot put on one post."""

    vote = models.ForeignKey(DotVote, on_delete=models.CASCADE, related_name="marks")
    ballot = models.ForeignKey(DotVoteBallot, on_delete=models.CASCADE, related_name="marks")
    post = models.ForeignKey("codev.Post", on_delete=models.CASCADE, related_name="dot_marks")
    count = models.PositiveSmallIntegerField(default=1)

    class Meta:
        verbose_name = _("dots on a post")
        verbose_name_plural = _("dots on posts")
        constraints = [
            models.UniqueConstraint(fields=["ballot", "post"], name="one_mark_per_ballot_and_post"),
            models.CheckConstraint(condition=Q(count__gte=1), name="mark_has_dots"),
        ]
        indexes = [models.Index(fields=["vote", "post"])]

    def __str__(self):
        return f"{self.count} on {self.post_id} in vote {self.vote_id}"

"""Posts on boards, replies, 'agree' reactions, and the record of moderation and of dispositions."""

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from models_library.sections import SECTION_CHOICES

POST_MAX_LENGTH = 4000


class PostStatus(models.TextChoices):
    PUBLISHED = "published", _("Published")
    PENDING = "pending", _("Waiting for approval")
    HIDDEN = "hidden", _("Hidden by a facilitator")
    REMOVED = "removed", _("Deleted by the author")


class Disposition(models.TextChoices):
    """What became of a piece of feedback; authors always see it, with the reason when declined."""

    NEW = "new", _("New")
    CONSIDERING = "considering", _("Under consideration")
    ADDRESSED = "addressed", _("Addressed in a version")
    DECLINED = "declined", _("Declined")
    DEFERRED = "deferred", _("Deferred to a later round")


# Feedback still waiting for an answer: carried forward to the next round's board.
OPEN_DISPOSITIONS = (Disposition.NEW, Disposition.CONSIDERING, Disposition.DEFERRED)


class PostQuerySet(models.QuerySet):
    def visible_to(self, user, is_facilitator):
        """What a member sees: published posts, plus their own pending and hidden ones (to see why).

        Facilitators see everything but removed posts, to moderate. A post its author deleted stays as a
        placeholder while it has replies the viewer sees: other members' words never go with it.
        """
        readable = ~Q(status=PostStatus.REMOVED)
        if not is_facilitator:
            readable &= Q(status=PostStatus.PUBLISHED) | Q(author=user)
        return self.filter(readable | self._placeholder(Post.objects.filter(readable)))

    def kept(self):
        """Everything in the group's record: all but deleted posts, which stay as placeholders of their replies."""
        return self.filter(
            ~Q(status=PostStatus.REMOVED) | self._placeholder(Post.objects.exclude(status=PostStatus.REMOVED))
        )

    @staticmethod
    def _placeholder(replies):
        """A deleted top-level post with at least one of `replies` under it."""
        return Q(status=PostStatus.REMOVED, parent__isnull=True) & Q(Exists(replies.filter(parent=OuterRef("pk"))))


class Post(models.Model):
    """A post on a board, or a reply to one (replies are one level deep and have no column)."""

    board = models.ForeignKey("codev.Board", on_delete=models.CASCADE, related_name="posts", verbose_name=_("board"))
    column = models.ForeignKey(
        "codev.Column", null=True, blank=True, on_delete=models.PROTECT, related_name="posts", verbose_name=_("column")
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies", verbose_name=_("reply to")
    )
    # Empty once the author deleted their account: the post stays in the group's record under a pseudonym.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="codev_posts",
        verbose_name=_("author"),
    )
    body = models.TextField(_("text"))
    section = models.CharField(_("model section"), max_length=40, choices=SECTION_CHOICES, blank=True)
    # The passage quoted from the version read, with context so it can be found again in later versions.
    quote_version = models.ForeignKey(
        "models_library.ModelVersion",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("version read"),
    )
    quote_exact = models.TextField(_("quoted passage"), blank=True)
    quote_prefix = models.CharField(_("text before the quote"), max_length=80, blank=True)
    quote_suffix = models.CharField(_("text after the quote"), max_length=80, blank=True)
    is_anonymous = models.BooleanField(_("anonymous to other members"), default=False)
    small_group = models.ForeignKey(
        "codev.SmallGroup",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="posts",
        verbose_name=_("small group"),
    )
    status = models.CharField(_("status"), max_length=10, choices=PostStatus.choices, default=PostStatus.PUBLISHED)
    hidden_reason = models.TextField(_("reason for hiding"), blank=True)
    is_pinned = models.BooleanField(_("pinned"), default=False)
    # The post's place in its column, highest first: a new post goes on top, a facilitator may move it anywhere.
    position = models.BigIntegerField(_("place in the column"), default=0, editable=False)
    created_at = models.DateTimeField(_("posted"), auto_now_add=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    change_seq = models.PositiveBigIntegerField(default=0, editable=False, db_index=True)
    # Sent with the form once; a second submission of the same form finds the first post.
    client_token = models.UUIDField(null=True, blank=True, editable=False)
    disposition = models.CharField(
        _("what became of it"), max_length=12, choices=Disposition.choices, default=Disposition.NEW, db_index=True
    )
    disposition_note = models.TextField(
        _("facilitator's note"),
        blank=True,
        help_text=_("Required when declining: the author reads why."),
    )
    disposition_at = models.DateTimeField(_("decided"), null=True, blank=True)
    disposition_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("decided by"),
    )
    addressed_in = models.ForeignKey(
        "models_library.ModelVersion",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="addressed_posts",
        verbose_name=_("addressed in version"),
    )

    objects = PostQuerySet.as_manager()

    class Meta:
        ordering = ["-is_pinned", "-position", "-created_at"]
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        constraints = [
            models.UniqueConstraint(fields=["author", "client_token"], name="one_post_per_submission"),
        ]
        indexes = [models.Index(fields=["board", "change_seq"]), models.Index(fields=["board", "position"])]

    def __str__(self):
        return f"#{self.pk} on {self.board_id}"

    @property
    def is_reply(self):
        return self.parent_id is not None

    @property
    def is_visible(self):
        return self.status == PostStatus.PUBLISHED

    @property
    def is_placeholder(self):
        """Deleted by its author but kept, without its text or author, for the replies under it."""
        return self.status == PostStatus.REMOVED


class Reaction(models.Model):
    """One 'agree' per member per post."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reactions")
    # Empty once the member deleted their account: the agreement still counts.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")
        constraints = [models.UniqueConstraint(fields=["post", "user"], name="one_agree_per_member")]

    def __str__(self):
        return f"{self.user_id} agrees with {self.post_id}"


class ModerationAction(models.Model):
    """Every moderation step on a board, kept for the record."""

    class Kind(models.TextChoices):
        PIN = "pin", _("Pinned")
        UNPIN = "unpin", _("Unpinned")
        HIDE = "hide", _("Hidden")
        UNHIDE = "unhide", _("Shown again")
        MOVE = "move", _("Moved to another column")
        APPROVE = "approve", _("Approved")
        PREMODERATION_ON = "premoderation_on", _("Pre-moderation switched on")
        PREMODERATION_OFF = "premoderation_off", _("Pre-moderation switched off")
        SECOND_REACTION = "second_reaction", _("Second reaction chosen")
        VOTE_OPENED = "vote_opened", _("Dot vote opened")
        VOTE_CLOSED = "vote_closed", _("Dot vote closed")

    board = models.ForeignKey("codev.Board", on_delete=models.CASCADE, related_name="moderation_actions")
    post = models.ForeignKey(Post, null=True, blank=True, on_delete=models.CASCADE, related_name="moderation_actions")
    # Empty once the facilitator deleted their account: the step stays in the record.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(_("action"), max_length=20, choices=Kind.choices)
    reason = models.TextField(_("reason"), blank=True)
    details = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("moderation action")
        verbose_name_plural = _("moderation actions")

    def __str__(self):
        return f"{self.get_kind_display()} ({self.created_at:%Y-%m-%d %H:%M})"


class DispositionChangeQuerySet(models.QuerySet):
    def for_history(self):
        """Oldest first, with what the history shows of each step, so a page of posts takes one more query."""
        return self.select_related("actor__codev_profile", "addressed_in").order_by("created_at", "pk")


class DispositionChange(models.Model):
    """One decision on what became of a post, kept for the facilitators: the post itself keeps only the latest."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="disposition_changes")
    # A facilitator who later leaves keeps their decisions on record, unnamed.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    from_disposition = models.CharField(_("before"), max_length=12, choices=Disposition.choices)
    to_disposition = models.CharField(_("after"), max_length=12, choices=Disposition.choices)
    note = models.TextField(_("facilitator's note"), blank=True)
    addressed_in = models.ForeignKey(
        "models_library.ModelVersion",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("addressed in version"),
    )
    # Not auto_now_add: the first row of a post decided before the history was kept carries that decision's time.
    created_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)

    objects = DispositionChangeQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("disposition change")
        verbose_name_plural = _("disposition changes")

    def __str__(self):
        return f"#{self.post_id}: {self.from_disposition} → {self.to_disposition} ({self.created_at:%Y-%m-%d %H:%M})"

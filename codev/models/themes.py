"""Themes a facilitator curated from a board's, a round's or a model's feedback, and the record of curation."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

THEME_NAME_MAX_LENGTH = 120


class ScopeKind(models.TextChoices):
    BOARD = "board", _("Board")
    ROUND = "round", _("Round")
    MODEL = "model", _("Model across rounds")


class ThemeQuerySet(models.QuerySet):
    def curated(self):
        """Themes in use: dismissed themes stay for the record but filter nothing and show nowhere."""
        return self.filter(is_dismissed=False)


class Theme(models.Model):
    """A named group of posts in one scope of one group; only that group's facilitators see it."""

    group = models.ForeignKey(
        "codev.CoDevelopmentGroup", on_delete=models.CASCADE, related_name="themes", verbose_name=_("group")
    )
    scope_kind = models.CharField(_("grouped from"), max_length=10, choices=ScopeKind.choices)
    # The board, the round or the model whose feedback was grouped: exactly one, as the scope says.
    board = models.ForeignKey(
        "codev.Board", null=True, blank=True, on_delete=models.CASCADE, related_name="themes", verbose_name=_("board")
    )
    round = models.ForeignKey(
        "codev.Round", null=True, blank=True, on_delete=models.CASCADE, related_name="themes", verbose_name=_("round")
    )
    operational_model = models.ForeignKey(
        "models_library.OperationalModelPage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("operational model"),
    )
    name = models.CharField(_("name"), max_length=THEME_NAME_MAX_LENGTH)
    suggested_name = models.CharField(_("suggested name"), max_length=THEME_NAME_MAX_LENGTH, blank=True)
    is_dismissed = models.BooleanField(_("dismissed"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = ThemeQuerySet.as_manager()

    class Meta:
        ordering = ["group_id", "name", "pk"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        indexes = [models.Index(fields=["group", "scope_kind"])]

    def __str__(self):
        return self.name

    @property
    def scope_key(self):
        target = {ScopeKind.BOARD: self.board_id, ScopeKind.ROUND: self.round_id}.get(
            self.scope_kind, self.operational_model_id
        )
        return f"{self.scope_kind}:{target}"


class ThemeAssignment(models.Model):
    """A post's place in a theme; within one scope of a group a post is in one theme at most."""

    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="assignments", verbose_name=_("theme"))
    post = models.ForeignKey(
        "codev.Post", on_delete=models.CASCADE, related_name="theme_assignments", verbose_name=_("post")
    )
    # The theme's group and scope, copied so the database keeps one theme per post and scope.
    group = models.ForeignKey("codev.CoDevelopmentGroup", on_delete=models.CASCADE, related_name="+")
    scope_key = models.CharField(max_length=40)

    class Meta:
        verbose_name = _("post in a theme")
        verbose_name_plural = _("posts in themes")
        constraints = [
            models.UniqueConstraint(fields=["group", "scope_key", "post"], name="one_theme_per_post_and_scope")
        ]

    def __str__(self):
        return f"#{self.post_id} in {self.theme_id}"


class ThemeAction(models.Model):
    """Every curation step, kept for the record like moderation steps."""

    class Kind(models.TextChoices):
        ADOPT = "adopt", _("Suggested themes kept")
        RENAME = "rename", _("Renamed")
        MERGE = "merge", _("Merged")
        SPLIT = "split", _("Split")
        MOVE = "move", _("Posts moved")
        PLACE = "place", _("New posts placed")
        DISMISS = "dismiss", _("Dismissed")
        TRIAGE = "triage", _("Posts of the theme triaged")

    group = models.ForeignKey("codev.CoDevelopmentGroup", on_delete=models.CASCADE, related_name="theme_actions")
    # Empty once the theme was merged into another: the details keep its name.
    theme = models.ForeignKey(Theme, null=True, blank=True, on_delete=models.SET_NULL, related_name="actions")
    scope_key = models.CharField(max_length=40)
    # Empty once the facilitator deleted their account: the step stays in the record.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(_("action"), max_length=10, choices=Kind.choices)
    details = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("curation step")
        verbose_name_plural = _("curation steps")

    def __str__(self):
        return f"{self.get_kind_display()} ({self.created_at:%Y-%m-%d %H:%M})"

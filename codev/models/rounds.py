"""Monthly workshop rounds, their boards and columns, and the round's small groups."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .votes import SecondReaction

# Column names are content in the group's language, so they are stored, not translated.
DEFAULT_COLUMNS = ["Toimii hyvin", "Muutettavaa", "Kysymyksiä", "Ideoita"]
# The standard columns' names for members who read the workspace in Swedish or English.
DEFAULT_COLUMN_NAMES = {
    "Toimii hyvin": {"sv": "Fungerar bra", "en": "Works well"},
    "Muutettavaa": {"sv": "Bör ändras", "en": "To change"},
    "Kysymyksiä": {"sv": "Frågor", "en": "Questions"},
    "Ideoita": {"sv": "Idéer", "en": "Ideas"},
}


class ColumnColour(models.TextChoices):
    """The palette a facilitator picks a column's colour from: light tints under dark text, each with a darker
    accent for the column's edge, all meeting WCAG AA contrast (board.css holds the values)."""

    GREY = "grey", _("Grey")
    BLUE = "blue", _("Blue")
    GREEN = "green", _("Green")
    YELLOW = "yellow", _("Yellow")
    ORANGE = "orange", _("Orange")
    RED = "red", _("Red")
    PURPLE = "purple", _("Purple")
    TEAL = "teal", _("Teal")


# The default columns' colours, in DEFAULT_COLUMNS' order: what works, what to change, questions, ideas.
DEFAULT_COLUMN_COLOURS = [ColumnColour.GREEN, ColumnColour.ORANGE, ColumnColour.BLUE, ColumnColour.YELLOW]


class RoundState(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    OPEN = "open", _("Open for feedback")
    WORKSHOP = "workshop", _("Workshop in progress")
    CLOSED = "closed", _("Closed")


class RoundFormat(models.TextChoices):
    ON_SITE = "on_site", _("On site")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")


class Round(models.Model):
    """One monthly workshop cycle: pre-reading, a feedback window, and the workshop itself."""

    group = models.ForeignKey(
        "codev.CoDevelopmentGroup", on_delete=models.CASCADE, related_name="rounds", verbose_name=_("group")
    )
    number = models.PositiveSmallIntegerField(_("number"))
    theme = models.CharField(_("theme"), max_length=200)
    # {language code: theme} for members who read the workspace and its emails in another language.
    translated_themes = models.JSONField(_("theme in other languages"), default=dict, blank=True)
    workshop_starts_at = models.DateTimeField(_("workshop starts"))
    workshop_ends_at = models.DateTimeField(_("workshop ends"))
    format = models.CharField(_("format"), max_length=10, choices=RoundFormat.choices, default=RoundFormat.ONLINE)
    place = models.CharField(_("place"), max_length=300, blank=True)
    meeting_link = models.URLField(_("meeting link"), blank=True)
    agenda = models.TextField(_("agenda"), blank=True)
    pre_reading = models.ManyToManyField(
        "models_library.ModelVersion",
        blank=True,
        related_name="rounds",
        verbose_name=_("pre-reading"),
        help_text=_("The published versions to read before the workshop."),
    )
    feedback_opens_at = models.DateTimeField(_("feedback opens"))
    feedback_closes_at = models.DateTimeField(_("feedback closes"))

    class Meta:
        ordering = ["group", "number"]
        verbose_name = _("round")
        verbose_name_plural = _("rounds")
        constraints = [models.UniqueConstraint(fields=["group", "number"], name="one_round_number_per_group")]

    def __str__(self):
        return f"{self.group}: {self.number}. {self.theme}"

    @property
    def display_theme(self):
        """The theme in the reader's language where the facilitator gave one."""
        return self.translated_themes.get(get_language() or "") or self.theme

    def clean(self):
        if self.feedback_opens_at and self.feedback_closes_at and self.feedback_opens_at >= self.feedback_closes_at:
            raise ValidationError({"feedback_closes_at": _("The feedback window must close after it opens.")})
        if self.workshop_starts_at and self.workshop_ends_at and self.workshop_starts_at >= self.workshop_ends_at:
            raise ValidationError({"workshop_ends_at": _("The workshop must end after it starts.")})

    def state(self, now=None):
        now = now or timezone.now()
        if self.workshop_starts_at <= now <= self.workshop_ends_at:
            return RoundState.WORKSHOP
        if now < self.feedback_opens_at:
            return RoundState.UPCOMING
        if now <= self.feedback_closes_at:
            return RoundState.OPEN
        return RoundState.CLOSED

    @property
    def current_state(self):
        return self.state()

    def state_label(self, now=None):
        return self.state(now).label

    def accepts_feedback(self, now=None):
        return self.state(now) in (RoundState.OPEN, RoundState.WORKSHOP)


class SmallGroup(models.Model):
    """Members split for deeper discussion during a workshop; a small group may work on its own board view."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="small_groups", verbose_name=_("round"))
    name = models.CharField(_("name"), max_length=100)
    members = models.ManyToManyField(
        "codev.Membership", blank=True, related_name="small_groups", verbose_name=_("members")
    )

    class Meta:
        ordering = ["round_id", "name"]
        verbose_name = _("small group")
        verbose_name_plural = _("small groups")

    def __str__(self):
        return self.name


class Board(models.Model):
    """The feedback board of one model in one round: the managed Padlet."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="boards", verbose_name=_("round"))
    operational_model = models.ForeignKey(
        "models_library.OperationalModelPage",
        on_delete=models.PROTECT,
        related_name="boards",
        verbose_name=_("operational model"),
    )
    pre_moderation = models.BooleanField(
        _("pre-moderation"),
        default=False,
        help_text=_("New posts wait for a facilitator's approval before others see them."),
    )
    second_reaction = models.CharField(
        _("second reaction"),
        max_length=10,
        choices=SecondReaction.choices,
        default=SecondReaction.NONE,
        help_text=_("Besides agreeing, members may mark posts important or rate them from 1 to 5."),
    )
    # Increases with every change on the board; live views ask only for what changed after theirs.
    change_seq = models.PositiveBigIntegerField(default=0, editable=False)
    summary = models.TextField(
        _("facilitator's summary"),
        blank=True,
        help_text=_("What the round brought up about this model; new members read it on the process page."),
    )
    summary_published_at = models.DateTimeField(
        _("summary published"),
        null=True,
        blank=True,
        help_text=_("When set, the summary is shown on the model's public page."),
    )
    # Workshop mode: the facilitator's timer and focus, read by every participant's live poll (codev.workshop).
    timer_ends_at = models.DateTimeField(_("timer ends"), null=True, blank=True, editable=False)
    timer_paused_left = models.DurationField(_("time left on the paused timer"), null=True, blank=True, editable=False)
    focus_column = models.ForeignKey(
        "codev.Column", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    focus_post = models.ForeignKey(
        "codev.Post", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )

    class Meta:
        ordering = ["round", "operational_model__title"]
        verbose_name = _("board")
        verbose_name_plural = _("boards")
        constraints = [models.UniqueConstraint(fields=["round", "operational_model"], name="one_board_per_model")]

    def __str__(self):
        return f"{self.round} – {self.operational_model.title}"

    @property
    def group(self):
        return self.round.group


class Column(models.Model):
    board = models.ForeignKey(Board, on_delete=models.CASCADE, related_name="columns", verbose_name=_("board"))
    name = models.CharField(_("name"), max_length=80)
    # {language code: name} for readers of other languages; `name` is the group's own.
    translated_names = models.JSONField(_("name in other languages"), default=dict, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    colour = models.CharField(
        _("colour"),
        max_length=10,
        choices=ColumnColour.choices,
        default=ColumnColour.GREY,
        help_text=_("The column's colour on the board; its name still tells the columns apart."),
    )

    class Meta:
        ordering = ["board_id", "sort_order", "pk"]
        verbose_name = _("column")
        verbose_name_plural = _("columns")

    def __str__(self):
        return self.name

    @property
    def display_name(self):
        """The name in the reader's language where the column has one."""
        return self.translated_names.get(get_language() or "") or self.name

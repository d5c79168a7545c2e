"""Round evaluations and the evaluation meter: how the round went, and how the model measures up."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

# The principles of multi-agency parenting support (Matkalla riittävään vanhemmuuteen), the default criteria.
DEFAULT_CRITERIA = [
    "Lapsi voittaa",
    "Tuki tarpeen mukaan ja oikea-aikaisesti",
    "Koordinoidusti ja johdon tuella",
    "Yhteinen tilannekuva ja suunnitelmallisuus",
    "Luottamus, turvallisuus, läsnäolo",
]

ONE_TO_FIVE = [MinValueValidator(1), MaxValueValidator(5)]


class RoundEvaluation(models.Model):
    """A member's short evaluation of a round; anonymous by default, one per member, editable until it closes."""

    round = models.ForeignKey(
        "codev.Round", on_delete=models.CASCADE, related_name="evaluations", verbose_name=_("round")
    )
    # Empty once the member deleted their account: the answer stays, anonymous, so averages do not change.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    usefulness = models.PositiveSmallIntegerField(_("usefulness (1–5)"), validators=ONE_TO_FIVE)
    heard = models.PositiveSmallIntegerField(_("I was heard (1–5)"), validators=ONE_TO_FIVE)
    takeaway = models.TextField(_("what I take into practice"), blank=True)
    should_change = models.TextField(_("what should change"), blank=True)
    is_anonymous = models.BooleanField(_("anonymous"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("round evaluation")
        verbose_name_plural = _("round evaluations")
        constraints = [models.UniqueConstraint(fields=["round", "user"], name="one_evaluation_per_member_round")]

    def __str__(self):
        return f"{self.round} / {self.user_id}"


class MeterCriterion(models.Model):
    """A criterion of the evaluation meter (Arviointimittari); a group keeps its criteria across rounds."""

    group = models.ForeignKey(
        "codev.CoDevelopmentGroup", on_delete=models.CASCADE, related_name="meter_criteria", verbose_name=_("group")
    )
    text = models.CharField(_("criterion"), max_length=200)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["group", "sort_order", "pk"]
        verbose_name = _("meter criterion")
        verbose_name_plural = _("meter criteria")

    def __str__(self):
        return self.text


class Light(models.TextChoices):
    RED = "red", _("Red: not yet")
    YELLOW = "yellow", _("Yellow: partly")
    GREEN = "green", _("Green: yes")


LIGHT_SCORE = {Light.RED: 0, Light.YELLOW: 1, Light.GREEN: 2}


class MeterRating(models.Model):
    """One member's traffic light for one criterion, for the model of one board (round × model)."""

    board = models.ForeignKey(
        "codev.Board", on_delete=models.CASCADE, related_name="meter_ratings", verbose_name=_("board")
    )
    criterion = models.ForeignKey(
        MeterCriterion, on_delete=models.CASCADE, related_name="ratings", verbose_name=_("criterion")
    )
    # Empty once the member deleted their account: the answer stays, anonymous, so averages do not change.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    light = models.CharField(_("light"), max_length=6, choices=Light.choices)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("meter rating")
        verbose_name_plural = _("meter ratings")
        constraints = [
            models.UniqueConstraint(fields=["board", "criterion", "user"], name="one_light_per_member_criterion"),
        ]

    def __str__(self):
        return f"{self.criterion}: {self.light}"

"""How a published version answers each co-development group's feedback."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class VersionResponse(models.Model):
    """One group's summary of its feedback that a version answers; the answered posts point at the version.

    Several groups may work on the same model, so each keeps its own response: a facilitator writes only
    their own group's summary, and never reads another group's posts through it.
    """

    version = models.ForeignKey(
        "models_library.ModelVersion",
        on_delete=models.PROTECT,
        related_name="feedback_responses",
        verbose_name=_("version"),
    )
    group = models.ForeignKey(
        "codev.CoDevelopmentGroup",
        on_delete=models.CASCADE,
        related_name="version_responses",
        verbose_name=_("group"),
    )
    summary = models.TextField(
        _("summary for readers"),
        blank=True,
        help_text=_("Public: how this version answers the feedback. Name no participants."),
    )
    responded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("recorded by")
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("response to feedback")
        verbose_name_plural = _("responses to feedback")
        constraints = [models.UniqueConstraint(fields=["version", "group"], name="one_response_per_version_and_group")]

    def __str__(self):
        return f"{self.version} – {self.group}"

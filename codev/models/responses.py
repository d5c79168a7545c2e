"""How a published version answers the co-development group's feedback."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class VersionResponse(models.Model):
    """The facilitator's summary of the feedback a version answers; the answered posts point at the version."""

    version = models.OneToOneField(
        "models_library.ModelVersion",
        on_delete=models.PROTECT,
        related_name="feedback_response",
        verbose_name=_("version"),
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

    def __str__(self):
        return str(self.version)

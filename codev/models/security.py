"""The audit trail of two-step sign-in: who turned it on or off and when recovery codes were used."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class TwoFactorEventKind(models.TextChoices):
    ENABLED = "enabled", _("two-step sign-in turned on")
    RECOVERY_CODES_CREATED = "recovery_codes_created", _("new recovery codes created")
    RECOVERY_CODE_USED = "recovery_code_used", _("signed in with a recovery code")
    DISABLED = "disabled", _("two-step sign-in turned off")


class TwoFactorEvent(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("user")
    )
    kind = models.CharField(_("event"), max_length=32, choices=TwoFactorEventKind.choices)
    created_at = models.DateTimeField(_("time"), default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("two-step sign-in event")
        verbose_name_plural = _("two-step sign-in events")

    def __str__(self):
        return f"{self.user} – {self.get_kind_display()}"

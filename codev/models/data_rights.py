"""The record of deleted accounts: who deleted whose account, when and why, without naming the person deleted."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AccountDeletion(models.Model):
    """One deleted account. A facilitator's deletion on a member's request names the group and the reason;
    the deleted person is never named here, or the record would keep what the deletion took away."""

    group = models.ForeignKey(
        "codev.CoDevelopmentGroup",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="account_deletions",
        verbose_name=_("group"),
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("deleted by"),
    )
    by_member = models.BooleanField(_("deleted by the member themselves"), default=False)
    reason = models.TextField(_("reason"), blank=True)
    # How much of the group's record stayed under the pseudonym: posts, replies, agreements, evaluations.
    details = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("account deletion")
        verbose_name_plural = _("account deletions")

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M}"

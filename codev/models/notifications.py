"""Email notifications: each member's preference, the notifications themselves, follows and round announcements."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Frequency(models.TextChoices):
    IMMEDIATE = "immediate", _("Immediately: one email for each event")
    DAILY = "daily", _("Once a day: one email with everything new")
    OFF = "off", _("Never: no notification emails")


class NotificationPreference(models.Model):
    """How often a member wants email, and in which language. Members without a row get email immediately."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="codev_notification_preference",
        verbose_name=_("user"),
    )
    frequency = models.CharField(_("how often"), max_length=10, choices=Frequency.choices, default=Frequency.IMMEDIATE)
    language = models.CharField(
        _("language of the emails"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    # The daily digest goes at most once a local day; this says when the last one went.
    digest_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")

    def __str__(self):
        return f"{self.user_id}: {self.frequency}"


class NotificationKind(models.TextChoices):
    ROUND_OPENED = "round_opened", _("A round opened for feedback")
    REMINDER = "reminder", _("Two days left to give feedback")
    REPLY = "reply", _("A reply to your post")
    ADDRESSED = "addressed", _("Your post was addressed in a version")
    DECLINED = "declined", _("Your post was declined")
    NEW_VERSION = "new_version", _("A new version of a model you follow")
    NUDGE = "nudge", _("A facilitator's invitation to take part in a round")


class Delivery(models.TextChoices):
    IMMEDIATE = "immediate", _("Immediately")
    DIGEST = "digest", _("In the daily digest")


class Notification(models.Model):
    """One thing a member is told about. Unsent rows wait for the sending task or the daily digest."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="codev_notifications",
        verbose_name=_("recipient"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=NotificationKind.choices)
    # Names the event, e.g. "reply:42": the same event never reaches the same person twice.
    key = models.CharField(max_length=100)
    round = models.ForeignKey(
        "codev.Round", null=True, blank=True, on_delete=models.CASCADE, related_name="+", verbose_name=_("round")
    )
    post = models.ForeignKey(
        "codev.Post", null=True, blank=True, on_delete=models.CASCADE, related_name="+", verbose_name=_("post")
    )
    version = models.ForeignKey(
        "models_library.ModelVersion",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("version"),
    )
    delivery = models.CharField(_("delivery"), max_length=10, choices=Delivery.choices, default=Delivery.IMMEDIATE)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        constraints = [models.UniqueConstraint(fields=["user", "key"], name="one_notification_per_event")]
        indexes = [models.Index(fields=["sent_at", "delivery"])]

    def __str__(self):
        return f"{self.key} → {self.user_id}"


class ModelFollow(models.Model):
    """A person who asked to hear of new versions of a model; group members follow their group's models anyway."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="codev_follows", verbose_name=_("user")
    )
    page = models.ForeignKey(
        "models_library.OperationalModelPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("operational model"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("followed model")
        verbose_name_plural = _("followed models")
        constraints = [models.UniqueConstraint(fields=["user", "page"], name="one_follow_per_model")]

    def __str__(self):
        return f"{self.user_id} follows {self.page_id}"


class RoundAnnouncement(models.Model):
    """Records that a round's opening or reminder went out, so the hourly command sends each once."""

    class Kind(models.TextChoices):
        OPENED = "opened", _("Round opened")
        REMINDER = "reminder", _("Reminder before closing")

    round = models.ForeignKey(
        "codev.Round", on_delete=models.CASCADE, related_name="announcements", verbose_name=_("round")
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("round announcement")
        verbose_name_plural = _("round announcements")
        constraints = [models.UniqueConstraint(fields=["round", "kind"], name="one_announcement_per_round_kind")]

    def __str__(self):
        return f"{self.round_id}: {self.kind}"

"""Delivery: a notification is stored for each recipient who wants email, then sent at once or in the daily digest."""

import logging
import re
from datetime import timedelta
from typing import NamedTuple

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Prefetch, Q
from django.utils import timezone, translation

from codev.emails import render_email
from codev.models import Delivery, Frequency, Notification, NotificationPreference, display_name
from codev.notifications.content import sections, still_news, workspace_url
from models_library.models import ModelVersion

UNSUBSCRIBE_SALT = "codev.notifications.unsubscribe"
# An immediate notification still unsent after this long failed to send; the hourly command tries again.
RETRY_AFTER = timedelta(hours=1)

logger = logging.getLogger(__name__)


class Entry(NamedTuple):
    """One notification to store: the recipient, the event's key and what it is about (round, post, version)."""

    user_id: int
    key: str
    about: dict


def notify(kind, entries, *, actor_id=None):
    """Store the notifications of one event and have the immediate ones sent once the transaction commits.

    People who turned notifications off, accounts without an email address, the person who caused the event
    and anyone already told of the same event are left out. Returns the number of notifications stored.
    """
    entries = [entry for entry in entries if entry.user_id != actor_id]
    if not entries:
        return 0
    user_ids = {entry.user_id for entry in entries}
    frequency = {
        pk: chosen or Frequency.IMMEDIATE
        for pk, chosen in get_user_model()
        .objects.filter(pk__in=user_ids, is_active=True)
        .exclude(email="")
        .values_list("pk", "codev_notification_preference__frequency")
    }
    told = set(
        Notification.objects.filter(user_id__in=user_ids, key__in={entry.key for entry in entries}).values_list(
            "user_id", "key"
        )
    )
    new = [
        Notification(
            user_id=entry.user_id,
            kind=kind,
            key=entry.key,
            **entry.about,
            delivery=Delivery.DIGEST if frequency[entry.user_id] == Frequency.DAILY else Delivery.IMMEDIATE,
        )
        for entry in entries
        if frequency.get(entry.user_id, Frequency.OFF) != Frequency.OFF and (entry.user_id, entry.key) not in told
    ]
    # Two events at once may both find a person untold; the unique key lets only one of them store it.
    Notification.objects.bulk_create(new, ignore_conflicts=True)
    send_soon({item.user_id for item in new if item.delivery == Delivery.IMMEDIATE})
    return len(new)


def send_soon(user_ids):
    """Hand the sending to the task queue after the commit; with a worker, no request waits for the mail server."""
    if not user_ids:
        return
    # The task module imports this one.
    from codev.notifications.tasks import send_pending_notifications

    ordered = sorted(user_ids)
    transaction.on_commit(lambda: [send_pending_notifications.enqueue(pk) for pk in ordered])


def unsubscribe_token(user):
    return signing.dumps(user.pk, salt=UNSUBSCRIBE_SALT)


def user_for_token(token):
    """The account a one-click unsubscribe link was made for, or None for a link that was altered."""
    try:
        pk = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return get_user_model().objects.filter(pk=pk).first() if isinstance(pk, int) else None


def for_email(notifications):
    """The notifications with everything their email shows, in a fixed number of queries."""
    return (
        notifications.select_related(
            "round__group",
            "post__author__codev_profile",
            "post__board__operational_model",
            "post__board__round__group",
            "post__parent__board__operational_model",
            "post__parent__board__round__group",
            "version__page__locale",
        )
        .prefetch_related(
            Prefetch(
                "round__pre_reading",
                queryset=ModelVersion.objects.select_related("page__locale").order_by("page__title", "-number"),
            ),
        )
        .order_by("created_at", "pk")
    )


def compose(user, notifications, *, digest, language, now):
    """The email to `user` about `notifications`, or None when none of them is news any more."""
    with translation.override(language):
        parts = sections([item for item in notifications if still_news(item, now)], now)
        if not parts:
            return None
        unsubscribe_url = workspace_url("unsubscribe", unsubscribe_token(user))
        subject, text, html = render_email(
            "codev/email/notification",
            {
                "name": display_name(user),
                "sections": parts,
                "first": parts[0]["items"][0],
                "count": sum(len(part["items"]) for part in parts),
                "digest": digest,
                "preferences_url": workspace_url("notifications"),
                "unsubscribe_url": unsubscribe_url,
            },
            language,
        )
    # Template tags leave blank lines behind; in plain text one blank line between paragraphs is enough.
    text = re.sub(r"\n{3,}", "\n\n", text)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        to=[user.email],
        headers={
            "Content-Language": language,
            "Auto-Submitted": "auto-generated",
            # RFC 8058: mail programs offer an unsubscribe button that POSTs to this address, without signing in.
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(html, "text/html")
    return message


def send_pending(user_id, delivery, now=None):
    """Send the user's unsent notifications of one delivery in one email; True if an email went out.

    The rows stay locked until they are marked sent, so a task and the hourly command running at the same
    time do not send the same notification twice; if the mail server fails, they stay unsent for a retry.
    """
    now = now or timezone.now()
    user = (
        get_user_model()
        .objects.select_related("codev_profile", "codev_notification_preference")
        .filter(pk=user_id)
        .first()
    )
    if user is None:
        return False
    preference = getattr(user, "codev_notification_preference", None)
    with transaction.atomic():
        pending = Notification.objects.filter(user_id=user_id, delivery=delivery, sent_at__isnull=True)
        ids = list(pending.select_for_update().values_list("pk", flat=True))
        if not ids:
            return False
        if preference is not None and preference.frequency == Frequency.OFF:
            Notification.objects.filter(pk__in=ids).delete()
            return False
        language = preference.language if preference else settings.LANGUAGE_CODE
        message = compose(
            user,
            list(for_email(Notification.objects.filter(pk__in=ids))),
            digest=delivery == Delivery.DIGEST,
            language=language,
            now=now,
        )
        if message is not None and user.email:
            message.send()
        Notification.objects.filter(pk__in=ids).update(sent_at=now)
    return message is not None


def digest_hour():
    """The local hour from which the day's digests go out (the hourly command sends each once a day)."""
    return getattr(settings, "CODEV_DIGEST_HOUR", 6)


def send_digests(now=None):
    """One email per daily-digest member with everything pending, at most once a local day. Returns the count."""
    now = now or timezone.now()
    local = timezone.localtime(now)
    if local.hour < digest_hour():
        return 0
    start_of_day = local.replace(hour=0, minute=0, second=0, microsecond=0)
    waiting = Notification.objects.filter(sent_at__isnull=True, delivery=Delivery.DIGEST).values("user_id")
    due = (
        NotificationPreference.objects.filter(user_id__in=waiting, frequency=Frequency.DAILY)
        .filter(Q(digest_sent_at__isnull=True) | Q(digest_sent_at__lt=start_of_day))
        .order_by("user_id")
    )
    sent = 0
    for preference in due:
        if send_one(preference.user_id, Delivery.DIGEST, now):
            NotificationPreference.objects.filter(pk=preference.pk).update(digest_sent_at=now)
            sent += 1
    return sent


def retry_unsent(now=None):
    """Send again what the task could not send (the mail server was down). Returns the number of emails."""
    now = now or timezone.now()
    stuck = (
        Notification.objects.filter(sent_at__isnull=True, delivery=Delivery.IMMEDIATE, created_at__lt=now - RETRY_AFTER)
        .values_list("user_id", flat=True)
        .distinct()
        .order_by("user_id")
    )
    return sum(send_one(user_id, Delivery.IMMEDIATE, now) for user_id in list(stuck))


def send_one(user_id, delivery, now):
    """send_pending for the hourly command: one member's failing address must not stop the others' email."""
    try:
        return send_pending(user_id, delivery, now)
    except Exception:
        logger.exception("Notifications to user %s could not be sent; they stay for the next run.", user_id)
        return False

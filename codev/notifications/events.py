"""The events members are told of, and who is told: each function stores the notifications of one event."""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from codev.models import (
    Membership,
    ModelFollow,
    NotificationKind,
    Post,
    PostStatus,
    Role,
    Round,
    RoundAnnouncement,
)
from codev.notifications.delivery import Entry, notify

REMINDER_BEFORE = timedelta(days=2)
# A version dated further back than this was imported with the model's history: it is not news.
NEWS_WINDOW = timedelta(days=1)


def active_members(group_id):
    return Membership.objects.filter(group_id=group_id, is_active=True).values_list("user_id", flat=True)


def round_opened(round_):
    """Everyone in the group: the theme, the deadline, the workshop and the pre-reading."""
    key = f"round_opened:{round_.pk}"
    return notify(
        NotificationKind.ROUND_OPENED,
        [Entry(user_id, key, {"round": round_}) for user_id in active_members(round_.group_id)],
    )


def feedback_reminder(round_):
    """Members who have not posted in the round yet; facilitators and observers are not asked to post."""
    posted = Post.objects.filter(board__round=round_).exclude(status=PostStatus.REMOVED).values("author_id")
    members = (
        Membership.objects.filter(group_id=round_.group_id, is_active=True)
        .exclude(role__in=[Role.FACILITATOR, Role.OBSERVER])
        .exclude(user_id__in=posted)
        .values_list("user_id", flat=True)
    )
    key = f"reminder:{round_.pk}"
    return notify(NotificationKind.REMINDER, [Entry(user_id, key, {"round": round_}) for user_id in members])


def authored_by_members(post_ids):
    """Of these posts, those whose author is still an active member of the post's group."""
    return (
        Post.objects.filter(
            pk__in=post_ids,
            author__codev_memberships__group=F("board__round__group"),
            author__codev_memberships__is_active=True,
        )
        .only("pk", "author_id", "disposition_at")
        .order_by("pk")
    )


def reply_posted(reply):
    """The author of the post replied to, unless they replied to themselves."""
    parent = reply.parent
    if parent.author_id == reply.author_id or not authored_by_members([parent.pk]).exists():
        return 0
    return notify(
        NotificationKind.REPLY,
        [Entry(parent.author_id, f"reply:{reply.pk}", {"post": reply})],
        actor_id=reply.author_id,
    )


def posts_addressed(version, posts, actor):
    """The authors of the posts a version addresses, each post once."""
    found = authored_by_members([post.pk for post in posts])
    return notify(
        NotificationKind.ADDRESSED,
        [
            Entry(post.author_id, f"addressed:{post.pk}:{version.pk}", {"post": post, "version": version})
            for post in found
        ],
        actor_id=actor.pk,
    )


def posts_declined(post_ids, actor):
    """The authors of declined posts; declining again after reconsidering is a new decision, told anew."""
    return notify(
        NotificationKind.DECLINED,
        [
            Entry(post.author_id, f"declined:{post.pk}:{post.disposition_at:%Y%m%d%H%M%S}", {"post": post})
            for post in authored_by_members(post_ids)
        ],
        actor_id=actor.pk,
    )


def followers(page_id):
    """People who follow the model: those who asked to, and the active members of the groups working on it."""
    asked = ModelFollow.objects.filter(page_id=page_id).values_list("user_id", flat=True)
    members = Membership.objects.filter(is_active=True, group__operational_models=page_id).values_list(
        "user_id", flat=True
    )
    return sorted(set(asked) | set(members))


def version_published(version):
    """The model's followers, of a new number (corrections only fix a published text)."""
    if version.is_correction or version.published_at < timezone.now() - NEWS_WINDOW:
        return 0
    key = f"new_version:{version.pk}"
    return notify(
        NotificationKind.NEW_VERSION,
        [Entry(user_id, key, {"version": version}) for user_id in followers(version.page_id)],
        actor_id=version.published_by_id,
    )


def announce(round_, kind, event):
    """Run the round's event once: the announcement row is the claim, so a second run finds it and stops."""
    with transaction.atomic():
        try:
            with transaction.atomic():
                RoundAnnouncement.objects.create(round=round_, kind=kind)
        except IntegrityError:
            return False
        event(round_)
    return True


def announce_open_rounds(now=None):
    """Rounds whose feedback window has opened and is still open, not yet announced. Returns those announced."""
    now = now or timezone.now()
    due = (
        Round.objects.filter(feedback_opens_at__lte=now, feedback_closes_at__gt=now)
        .exclude(announcements__kind=RoundAnnouncement.Kind.OPENED)
        .select_related("group")
        .order_by("pk")
    )
    return [round_ for round_ in due if announce(round_, RoundAnnouncement.Kind.OPENED, round_opened)]


def send_reminders(now=None):
    """Rounds closing within two days, not yet reminded of. A window shorter than that gets no reminder: the
    opening email already said the deadline. Returns the rounds reminded of."""
    now = now or timezone.now()
    due = (
        Round.objects.filter(
            feedback_opens_at__lte=now,
            feedback_closes_at__gt=now,
            feedback_closes_at__lte=now + REMINDER_BEFORE,
            feedback_opens_at__lt=F("feedback_closes_at") - REMINDER_BEFORE,
        )
        .exclude(announcements__kind=RoundAnnouncement.Kind.REMINDER)
        .select_related("group")
        .order_by("pk")
    )
    return [round_ for round_ in due if announce(round_, RoundAnnouncement.Kind.REMINDER, feedback_reminder)]

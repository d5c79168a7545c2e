"""What a notification email says: each notification as an item with absolute links, grouped by kind."""

from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from codev.models import Disposition, NotificationKind, PostStatus, RoundState, display_name
from codev.round_times import deadline_text, workshop_text
from common.html_text import plain_text
from common.links import absolute_url
from common.translations import translated_titles

EXCERPT_LENGTH = 300

# The order of the sections of an email, and their headings in a digest.
SECTIONS = [
    (NotificationKind.ROUND_OPENED, gettext_lazy("Rounds open for feedback")),
    (NotificationKind.REMINDER, gettext_lazy("Feedback closes soon")),
    (NotificationKind.NUDGE, gettext_lazy("Your view is welcome")),
    (NotificationKind.REPLY, gettext_lazy("Replies to your posts")),
    (NotificationKind.ADDRESSED, gettext_lazy("Your feedback was addressed")),
    (NotificationKind.DECLINED, gettext_lazy("Your feedback was declined")),
    (NotificationKind.NEW_VERSION, gettext_lazy("New versions of models you follow")),
]

# Notifications about a round as a whole: their email tells the round's theme, deadline and address.
ROUND_KINDS = (NotificationKind.ROUND_OPENED, NotificationKind.REMINDER, NotificationKind.NUDGE)


def workspace_url(name, *args):
    """An address in the workspace, in the active language (the recipient's, while an email is rendered)."""
    return absolute_url(reverse(f"codev:{name}", args=args))


def post_url(post):
    return workspace_url("board", post.board_id) + f"#post-{post.pk}"


def excerpt(body):
    """The post's text without markup, shortened: the same for the plain-text and the HTML email."""
    return Truncator(plain_text(body)).chars(EXCERPT_LENGTH)


def still_news(notification, now):
    """False when what happened has since been undone: a digest does not report a hidden reply or a closed round."""
    kind, post = notification.kind, notification.post
    if kind in ROUND_KINDS:
        return notification.round.feedback_closes_at > now
    if kind == NotificationKind.REPLY:
        return post.status == PostStatus.PUBLISHED and post.parent.status == PostStatus.PUBLISHED
    if kind == NotificationKind.ADDRESSED:
        return post.addressed_in_id == notification.version_id
    if kind == NotificationKind.DECLINED:
        return post.disposition == Disposition.DECLINED
    return True


def pages_named(notification):
    """The model pages whose titles the notification's email item shows."""
    if notification.kind in ROUND_KINDS:
        return [version.page for version in notification.round.pre_reading.all()]
    pages = []
    if notification.post is not None:
        pages.append(notification.post.board.operational_model)
        if notification.post.parent_id:
            pages.append(notification.post.parent.board.operational_model)
    if notification.version is not None:
        pages.append(notification.version.page)
    return pages


def round_item(round_, now, title):
    return {
        "group": round_.group.name,
        "number": round_.number,
        "theme": round_.display_theme,
        "deadline": deadline_text(round_, RoundState.OPEN, now),
        "workshop": workshop_text(round_),
        "format": round_.get_format_display(),
        "place": round_.place,
        "meeting_link": round_.meeting_link,
        "url": workspace_url("round", round_.group.slug, round_.number),
        "calendar_url": workspace_url("round_calendar", round_.group.slug, round_.number),
        "pre_reading": [
            {"title": title(version.page), "label": version.label, "url": version.get_full_url()}
            for version in round_.pre_reading.all()
        ],
    }


def post_item(post, title):
    return {
        "model": title(post.board.operational_model),
        "group": post.board.round.group.name,
        "text": excerpt(post.body),
        "url": post_url(post),
    }


def describe(notification, now, title=lambda page: page.title):
    """The facts and links one item of the email shows, in the active language.

    `title(page)` names a model, in the recipient's language where the model has been translated.
    """
    kind, post, version = notification.kind, notification.post, notification.version
    item = {"kind": kind}
    if kind in ROUND_KINDS:
        item.update(round_item(notification.round, now, title))
    elif kind == NotificationKind.REPLY:
        parent = post.parent
        item.update(post_item(parent, title))
        # The recipient wrote the post; an anonymous reply never names its author to them.
        item["author"] = _("Anonymous member") if post.is_anonymous else display_name(post.author)
        item["reply"] = excerpt(post.body)
        item["url"] = post_url(parent)
    elif kind == NotificationKind.ADDRESSED:
        item.update(post_item(post, title))
        item.update(
            model=title(version.page),
            label=version.label,
            version_url=version.get_full_url(),
            compare_url=version.get_compare_url(full=True),
        )
    elif kind == NotificationKind.DECLINED:
        item.update(post_item(post, title))
        item["note"] = post.disposition_note
    elif kind == NotificationKind.NEW_VERSION:
        item.update(
            model=title(version.page),
            label=version.label,
            change_note=version.change_note,
            is_pilot=version.is_pilot,
            version_url=version.get_full_url(),
            compare_url=version.get_compare_url(full=True),
        )
    return item


def sections(notifications, now):
    """[(kind, heading, items)] in the fixed order, leaving out kinds with nothing to tell."""
    titles = translated_titles([page for notification in notifications for page in pages_named(notification)])
    items = {}
    for notification in notifications:
        item = describe(notification, now, lambda page: titles.get(page.pk, page.title))
        items.setdefault(notification.kind, []).append(item)
    return [{"kind": kind, "heading": heading, "items": items[kind]} for kind, heading in SECTIONS if kind in items]

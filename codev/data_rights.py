"""Members own their data: everything held about a member, for download (GDPR art. 15 and 20), and deleting
an account (art. 17) so that the group's record keeps its posts, counts and decisions under a pseudonym."""

import io
import json
import zipfile

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.core.files.storage import default_storage
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import Count, F, Prefetch, Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext as _
from wagtail.models import ModelLogEntry

from codev.actions import FeedbackError, bump
from codev.models import (
    AccountDeletion,
    Attachment,
    Board,
    BoardVisit,
    Disposition,
    Frequency,
    Invitation,
    Light,
    Membership,
    MeterRating,
    ModelFollow,
    ModerationAction,
    Notification,
    NotificationPreference,
    Post,
    PostStatus,
    Profile,
    Reaction,
    Role,
    RoundEvaluation,
)
from models_library.models import ReadingMark
from models_library.sections import section_label


def _version(version, title):
    return {"model": title, "version": version.label, "published_at": version.published_at} if version else None


def _where(board_title, round_, group_name):
    return {"group": group_name, "round": round_.number, "round_theme": round_.theme, "model": board_title}


def _post_record(post):
    record = {
        "id": post.pk,
        "reply_to": post.parent_id,
        "where": _where(post.model_title, post.board.round, post.group_name),
        "column": post.column.name if post.column else None,
        "section": post.section or None,
        "section_label": section_label(post.section) or None,
        "html": post.body,
        "anonymous_to_others": post.is_anonymous,
        "status": post.status,
        "status_label": str(PostStatus(post.status).label),
        "hidden_reason": post.hidden_reason or None,
        "pinned": post.is_pinned,
        "created_at": post.created_at,
        "edited_at": post.edited_at,
        "agreements": post.agree_count,
        "attachments": [
            {
                "name": attachment.original_name,
                "type": attachment.content_type,
                "size": attachment.size,
                "description": attachment.alt_text or None,
                "file": archive_path(attachment),
            }
            for attachment in post.attachments.all()
        ],
        "quote": {
            "version": _version(post.quote_version, post.quote_model),
            "exact": post.quote_exact,
            "prefix": post.quote_prefix,
            "suffix": post.quote_suffix,
        }
        if post.quote_exact
        else None,
        # What facilitators did to the post; who did it is theirs, not the author's, to give out.
        "moderation": [
            {
                "action": action.kind,
                "action_label": str(ModerationAction.Kind(action.kind).label),
                "reason": action.reason or None,
                "at": action.created_at,
            }
            for action in post.moderation_actions.all()
        ],
    }
    if not post.parent_id:
        record["disposition"] = {
            "value": post.disposition,
            "label": str(Disposition(post.disposition).label),
            "note": post.disposition_note or None,
            "at": post.disposition_at,
            "addressed_in": _version(post.addressed_in, post.addressed_model),
        }
    return record


def _own_posts(user):
    """The member's posts and replies, also those they deleted (still held), in two queries however many."""
    return (
        Post.objects.filter(author=user)
        .select_related("board__round", "column", "quote_version", "addressed_in")
        .defer("quote_version__facts", "addressed_in__facts")
        .annotate(
            agree_count=Count("reactions"),
            model_title=F("board__operational_model__title"),
            group_name=F("board__round__group__name"),
            quote_model=F("quote_version__page__title"),
            addressed_model=F("addressed_in__page__title"),
        )
        .prefetch_related(
            Prefetch("moderation_actions", queryset=ModerationAction.objects.order_by("created_at", "pk")),
            "attachments",
        )
        .order_by("created_at", "pk")
    )


def archive_path(attachment):
    """Where the download's zip holds the file: its own folder, named by the attachment so names never clash."""
    return f"liitteet/{attachment.pk}-{attachment.original_name}"


def own_attachments(user):
    return Attachment.objects.filter(post__author=user).order_by("pk")


def received_invitations(user):
    """Invitations sent to the member's address, and any they accepted under another address."""
    found = Q(accepted_by=user)
    if user.email:
        found |= Q(email__iexact=user.email)
    return Invitation.objects.filter(found)


def personal_data(user):
    """Everything the workspace holds about `user`, as plain data, in a fixed number of queries.

    Nothing of other members is included: not the text or author of posts agreed with, not the names of
    facilitators who decided or moderated, not the addresses of people the member invited.
    """
    profile = Profile.objects.filter(user=user).first()
    preference = NotificationPreference.objects.filter(user=user).first()
    memberships = Membership.objects.filter(user=user).select_related("group", "region").order_by("joined_at")
    # Only where the post agreed with is: its text and author belong to someone else.
    reactions = (
        Reaction.objects.filter(user=user)
        .select_related("post__board__round")
        .annotate(
            model_title=F("post__board__operational_model__title"), group_name=F("post__board__round__group__name")
        )
        .order_by("created_at", "pk")
    )
    evaluations = RoundEvaluation.objects.filter(user=user).select_related("round__group").order_by("created_at")
    ratings = (
        MeterRating.objects.filter(user=user)
        .select_related("criterion", "board__round")
        .annotate(model_title=F("board__operational_model__title"), group_name=F("board__round__group__name"))
        .order_by("board_id", "criterion__sort_order", "pk")
    )
    follows = ModelFollow.objects.filter(user=user).annotate(title=F("page__title")).order_by("created_at")
    notifications = Notification.objects.filter(user=user).order_by("created_at", "pk")
    reading = ReadingMark.objects.filter(user=user).annotate(title=F("page__title")).order_by("read_at")
    visits = (
        BoardVisit.objects.filter(user=user)
        .select_related("board__round")
        .annotate(model_title=F("board__operational_model__title"), group_name=F("board__round__group__name"))
        .order_by("seen_at", "pk")
    )
    sent = Invitation.objects.filter(invited_by=user).select_related("group").order_by("created_at")
    return {
        "exported_at": timezone.now(),
        "profile": {
            "username": user.get_username(),
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "display_name": profile.display_name if profile else None,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
            "language": preference.language if preference else None,
        },
        "memberships": [
            {
                "group": membership.group.name,
                "role": membership.role,
                "role_label": str(Role(membership.role).label),
                "organisation": membership.organisation,
                "region": membership.region.name if membership.region else None,
                "active": membership.is_active,
                "joined_at": membership.joined_at,
            }
            for membership in memberships
        ],
        "posts": [_post_record(post) for post in _own_posts(user)],
        "agreements": [
            {
                "post": reaction.post_id,
                "where": _where(reaction.model_title, reaction.post.board.round, reaction.group_name),
                "at": reaction.created_at,
            }
            for reaction in reactions
        ],
        "round_evaluations": [
            {
                "group": evaluation.round.group.name,
                "round": evaluation.round.number,
                "round_theme": evaluation.round.theme,
                "usefulness": evaluation.usefulness,
                "heard": evaluation.heard,
                "takeaway": evaluation.takeaway,
                "should_change": evaluation.should_change,
                "anonymous": evaluation.is_anonymous,
                "created_at": evaluation.created_at,
                "updated_at": evaluation.updated_at,
            }
            for evaluation in evaluations
        ],
        "meter_ratings": [
            {
                "where": _where(rating.model_title, rating.board.round, rating.group_name),
                "criterion": rating.criterion.text,
                "light": rating.light,
                "light_label": str(Light(rating.light).label),
                "updated_at": rating.updated_at,
            }
            for rating in ratings
        ],
        "notification_settings": {
            "frequency": preference.frequency if preference else Frequency.IMMEDIATE.value,
            "frequency_label": str(Frequency(preference.frequency if preference else Frequency.IMMEDIATE).label),
            "language": preference.language if preference else None,
            "followed_models": [{"model": follow.title, "since": follow.created_at} for follow in follows],
        },
        "notifications": [
            {"kind": item.kind, "delivery": item.delivery, "created_at": item.created_at, "sent_at": item.sent_at}
            for item in notifications
        ],
        "reading_marks": [{"model": mark.title, "version": mark.number, "read_at": mark.read_at} for mark in reading],
        "board_visits": [
            {"where": _where(visit.model_title, visit.board.round, visit.group_name), "last_opened": visit.seen_at}
            for visit in visits
        ],
        "invitations_received": [
            {
                "group": invitation.group.name,
                "email": invitation.email,
                "role": invitation.role,
                "sent_at": invitation.created_at,
                "expires_at": invitation.expires_at,
                "accepted_at": invitation.accepted_at,
            }
            for invitation in received_invitations(user).select_related("group").order_by("created_at")
        ],
        "invitations_sent": [
            {
                "group": invitation.group.name,
                "role": invitation.role,
                "sent_at": invitation.created_at,
                "expires_at": invitation.expires_at,
                "accepted": invitation.is_used,
            }
            for invitation in sent
        ],
    }


def as_json(data):
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)


def as_zip(data, request=None, attachments=()):
    """The JSON and a page to read in any browser, without the site: everything it needs is in the file, also
    the files the member attached to their posts (`attachments`, from own_attachments)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mallipaja-tiedot.json", as_json(data))
        archive.writestr(
            "mallipaja-tiedot.html", render_to_string("codev/my_data/export.html", {"data": data}, request)
        )
        for attachment in attachments:
            with default_storage.open(attachment.file.name, "rb") as handle:
                archive.writestr(archive_path(attachment), handle.read())
    return buffer.getvalue()


# Deleting an account.


def may_delete_for_member(actor, membership):
    """A facilitator deletes, on request, the account of a member of a group they facilitate; not their own
    (that is on their own page), not another facilitator's, and never a superuser's."""
    target = membership.user
    if target.pk == actor.pk or target.is_superuser:
        return False
    if actor.is_superuser:
        return True
    if Membership.objects.filter(user=target, role=Role.FACILITATOR, is_active=True).exists():
        return False
    return Membership.objects.filter(
        user=actor, group_id=membership.group_id, role=Role.FACILITATOR, is_active=True
    ).exists()


def _end_sessions(user):
    """Sign the person out everywhere: their sessions go with the account."""
    doomed = [
        session.pk
        for session in Session.objects.filter(expire_date__gt=timezone.now())
        if session.get_decoded().get("_auth_user_id") == str(user.pk)
    ]
    Session.objects.filter(pk__in=doomed).delete()


def _forget_in_admin_history(user, invitations):
    """Wagtail's history labels each entry with the object's name at the time: a member's display name, an
    invited address. The entries stay, as the facilitators' record, under the pseudonym."""
    objects = [
        (get_user_model(), [user.pk]),
        (Profile, list(Profile.objects.filter(user=user).values_list("pk", flat=True))),
        (Membership, list(Membership.objects.filter(user=user).values_list("pk", flat=True))),
        (Invitation, list(invitations.values_list("pk", flat=True))),
    ]
    with translation.override(settings.LANGUAGE_CODE):
        pseudonym = gettext("Former member")
    for model, pks in objects:
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(model), object_id__in=[str(pk) for pk in pks]
        ).update(label=pseudonym)


def _show_pseudonym_on_live_boards(user):
    """Boards open in a browser re-render the member's posts, so their name goes from screens too."""
    posts = Post.objects.filter(author=user)
    for board in Board.objects.filter(posts__author=user).distinct():
        seq = bump(board)
        on_board = posts.filter(board=board)
        Post.objects.filter(Q(pk__in=on_board.values("pk")) | Q(pk__in=on_board.values("parent_id"))).update(
            change_seq=seq
        )


@transaction.atomic
def do_delete_account(*, user, actor, membership=None, reason=""):
    """Delete `user`'s account. `actor` is the user themselves, or a facilitator acting on the member's
    request for `membership` (then `reason` is required).

    Posts, replies, agreements, evaluations and the meter's lights stay in the groups' record without a
    link to the person: posts and replies show a pseudonym, evaluations become anonymous answers, and
    every count stays as it was. The files attached to their posts, the profile, memberships, notification
    settings, follows, reading marks, invitations to their address and sessions are deleted. Returns the
    record of the deletion.
    """
    by_member = actor.pk == user.pk
    if not by_member:
        reason = (reason or "").strip()
        if membership is None or membership.user_id != user.pk or not may_delete_for_member(actor, membership):
            raise FeedbackError(_("You can delete only the account of a member of a group you facilitate."))
        if not reason:
            raise FeedbackError(_("Write the reason: for example, when and how the member asked for it."))
    posts = Post.objects.filter(author=user)
    details = {
        "posts": posts.filter(parent__isnull=True).count(),
        "replies": posts.filter(parent__isnull=False).count(),
        "agreements": Reaction.objects.filter(user=user).count(),
        "round_evaluations": RoundEvaluation.objects.filter(user=user).count(),
        "meter_ratings": MeterRating.objects.filter(user=user).count(),
    }
    if membership is not None:
        details["role"] = membership.role
    details["attachments"] = own_attachments(user).count()
    # Pictures and documents are the member's own, and may show them or others: they go, from the storage too.
    own_attachments(user).delete()
    _show_pseudonym_on_live_boards(user)
    # The token only stops a form being stored twice; without an author it would never match again.
    posts.update(client_token=None)
    RoundEvaluation.objects.filter(user=user).update(is_anonymous=True)
    _forget_in_admin_history(user, received_invitations(user))
    received_invitations(user).delete()
    _end_sessions(user)
    record = AccountDeletion.objects.create(
        group_id=membership.group_id if membership else None,
        actor=None if by_member else actor,
        by_member=by_member,
        reason=reason,
        details=details,
    )
    # The rest follows the foreign keys: SET_NULL keeps the group's record, CASCADE removes personal data.
    user.delete()
    return record

"""Tying feedback to the versions that answer it: each group's response, recorded and read back."""

from collections import Counter

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from codev.actions import FeedbackError, bump, mark_changed
from codev.models import Board, CoDevelopmentGroup, Disposition, Membership, Post, PostStatus, VersionResponse
from codev.signals import post_addressed
from codev.triage import record_changes
from models_library.sections import SECTIONS_BY_KEY

NOT_THE_GROUPS_FEEDBACK = gettext_lazy(
    "Some of the chosen posts are not your group's unanswered feedback on this model."
)


def responding_groups(user, version):
    """The groups the user may answer for on this version: those they facilitate that work on its model."""
    return CoDevelopmentGroup.objects.facilitated_by(user).working_on(version.page_id).order_by("name", "pk")


def candidate_posts(group, version):
    """The group's feedback on this model that no version has answered yet."""
    return (
        Post.objects.filter(
            board__operational_model_id=version.page_id,
            board__round__group=group,
            parent__isnull=True,
            status=PostStatus.PUBLISHED,
        )
        .exclude(disposition=Disposition.ADDRESSED)
        .exclude(disposition=Disposition.DECLINED)
        .select_related("board__round", "column")
        .order_by("board__round__number", "section", "created_at")
    )


def answered_posts(group, version):
    """The group's posts this version already answers; another group's never show here."""
    return (
        Post.objects.filter(addressed_in=version, board__round__group=group)
        .select_related("board__round")
        .order_by("board__round__number", "section", "created_at")
    )


@transaction.atomic
def do_record_response(*, actor, version, group, posts, summary):
    """Mark `posts` as addressed in `version`, keep the group's public summary, and update live boards.

    Only a facilitator of `group` answers for it, and only with the group's own unanswered posts on the model:
    one post from elsewhere refuses the whole request, so nothing is half saved.
    """
    if not responding_groups(actor, version).filter(pk=group.pk).exists():
        raise FeedbackError(_("Only the group's facilitators answer for the group."))
    posts = list(posts)
    allowed = set(candidate_posts(group, version).values_list("pk", flat=True))
    if any(post.pk not in allowed for post in posts):
        raise FeedbackError(NOT_THE_GROUPS_FEEDBACK)
    response, _created = VersionResponse.objects.update_or_create(
        version=version, group=group, defaults={"summary": summary.strip(), "responded_by": actor}
    )
    now = timezone.now()
    # Read from the database, not the given instances: the history must say what the post really was before.
    before = dict(Post.objects.filter(pk__in=[post.pk for post in posts]).values_list("pk", "disposition"))
    for board in Board.objects.filter(pk__in={post.board_id for post in posts}):
        seq = bump(board)
        board_posts = [post for post in posts if post.board_id == board.pk]
        # The note belonged to the earlier decision ("under consideration: …"); the history keeps it.
        Post.objects.filter(pk__in=[post.pk for post in board_posts]).update(
            disposition=Disposition.ADDRESSED,
            addressed_in=version,
            disposition_by=actor,
            disposition_at=now,
            disposition_note="",
        )
        for post in board_posts:
            mark_changed(post, seq)
    record_changes(
        actor=actor,
        changes=[(post.pk, before[post.pk]) for post in posts],
        to=Disposition.ADDRESSED,
        addressed_in=version,
        at=now,
    )
    post_addressed.send(sender=Post, actor=actor, version=version, posts=posts)
    return response


def section_order(key):
    return list(SECTIONS_BY_KEY).index(key) if key in SECTIONS_BY_KEY else len(SECTIONS_BY_KEY)


def response_summary(version):
    """What the public may know, group by group: how many posts, by section, and the summary; never who wrote them.

    Groups appear under their own name, as on the model's round summaries; a group that answered nothing and
    wrote nothing does not appear.
    """
    rows = Post.objects.filter(addressed_in=version).values_list("board__round__group_id", "section")
    sections = {}
    for group_id, section in rows:
        sections.setdefault(group_id, Counter())[section] += 1
    summaries = dict(
        VersionResponse.objects.filter(version=version).exclude(summary="").values_list("group_id", "summary")
    )
    groups = CoDevelopmentGroup.objects.filter(pk__in=set(sections) | set(summaries)).order_by("name", "pk")
    answers = [
        {
            "group": group.name,
            "count": sum(sections.get(group.pk, Counter()).values()),
            "by_section": [
                (SECTIONS_BY_KEY[key].label if key in SECTIONS_BY_KEY else _("The model as a whole"), n)
                for key, n in sorted(sections.get(group.pk, Counter()).items(), key=lambda item: section_order(item[0]))
            ],
            "summary": summaries.get(group.pk, ""),
        }
        for group in groups
    ]
    if not answers:
        return None
    return {"count": sum(answer["count"] for answer in answers), "groups": answers}


def addressed_posts_for_member(user, version):
    """The answered posts themselves, for members of the groups they came from."""
    if not user.is_authenticated:
        return []
    groups = Membership.objects.filter(user=user, is_active=True).values("group_id")
    return list(
        Post.objects.filter(addressed_in=version, board__round__group__in=groups)
        .select_related("author__codev_profile", "board__round")
        .order_by("section", "created_at")
    )

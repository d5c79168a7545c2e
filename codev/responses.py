"""Tying feedback to the versions that answer it: recording a response, and reading it back."""

from collections import Counter

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from codev.actions import FeedbackError, bump, mark_changed
from codev.models import Board, Disposition, Membership, Post, PostStatus, Role, VersionResponse
from codev.signals import post_addressed
from codev.triage import record_changes
from models_library.sections import SECTIONS_BY_KEY


def facilitated_groups(user):
    return Membership.objects.filter(user=user, is_active=True, role=Role.FACILITATOR).values("group_id")


def candidate_posts(user, version):
    """Feedback on this model, in groups the user facilitates, that no version has answered yet."""
    posts = (
        Post.objects.filter(
            board__operational_model_id=version.page_id,
            parent__isnull=True,
            status=PostStatus.PUBLISHED,
        )
        .exclude(disposition=Disposition.ADDRESSED)
        .exclude(disposition=Disposition.DECLINED)
    )
    if not user.is_superuser:
        posts = posts.filter(board__round__group__in=facilitated_groups(user))
    return posts.select_related("board__round__group", "column", "author__codev_profile").order_by(
        "board__round__number", "section", "created_at"
    )


@transaction.atomic
def do_record_response(*, actor, version, posts, summary):
    """Mark `posts` as addressed in `version`, keep the facilitator's public summary, and update live boards."""
    posts = list(posts)
    allowed = set(candidate_posts(actor, version).values_list("pk", flat=True))
    if any(post.pk not in allowed for post in posts):
        raise FeedbackError(_("Some of the chosen posts are not feedback on this model in your groups."))
    response, _created = VersionResponse.objects.update_or_create(
        version=version, defaults={"summary": summary.strip(), "responded_by": actor}
    )
    now = timezone.now()
    # Read from the database, not the given instances: the history must say what the post really was before.
    before = dict(Post.objects.filter(pk__in=[post.pk for post in posts]).values_list("pk", "disposition"))
    for board in Board.objects.filter(pk__in={post.board_id for post in posts}):
        seq = bump(board)
        board_posts = [post for post in posts if post.board_id == board.pk]
        Post.objects.filter(pk__in=[post.pk for post in board_posts]).update(
            disposition=Disposition.ADDRESSED, addressed_in=version, disposition_by=actor, disposition_at=now
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


def response_summary(version):
    """What the public may know: how many posts, by section, and the summary; never who wrote them."""
    response = VersionResponse.objects.filter(version=version).first()
    sections = Counter(Post.objects.filter(addressed_in=version).values_list("section", flat=True))
    count = sum(sections.values())
    if not count and not (response and response.summary):
        return None
    by_section = [
        (SECTIONS_BY_KEY[key].label if key in SECTIONS_BY_KEY else _("The model as a whole"), n)
        for key, n in sorted(
            sections.items(),
            key=lambda item: (
                list(SECTIONS_BY_KEY).index(item[0]) if item[0] in SECTIONS_BY_KEY else len(SECTIONS_BY_KEY)
            ),
        )
    ]
    return {"count": count, "by_section": by_section, "summary": response.summary if response else ""}


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

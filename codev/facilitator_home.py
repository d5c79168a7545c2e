"""What a facilitator's home shows: the work waiting in the groups they facilitate, in a fixed number of queries.

The same figures appear on the workspace's front page and on the Wagtail admin dashboard; however many posts
and members a group has, building them takes the same queries.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Count, Min, OuterRef, Q, Subquery
from django.utils import timezone

from codev.models import (
    Board,
    CoDevelopmentGroup,
    Disposition,
    Frequency,
    Membership,
    Notification,
    NotificationKind,
    Post,
    PostStatus,
    Reaction,
    Role,
    Round,
    VersionResponse,
)
from models_library.models import ModelVersion
from models_library.sections import SECTIONS

# "Soon" for rounds that open or close: a week gives the facilitator time to prepare or to remind.
SOON = timedelta(days=7)
# Roles the workspace asks to take part; facilitators run the round and observers only read.
TAKING_PART_ROLES_EXCLUDED = (Role.FACILITATOR, Role.OBSERVER)
# Feedback a section has: what others can read or will read once approved.
COUNTED_STATUSES = (PostStatus.PUBLISHED, PostStatus.PENDING)


@dataclass
class OpenRound:
    """A round taking feedback now: its boards' sections nobody wrote on, and members who have not taken part."""

    round: Round
    silent_sections: list = field(default_factory=list)
    absent: list = field(default_factory=list)

    @property
    def can_be_reminded(self):
        return [member for member in self.absent if member.reachable and not member.reminded_at]


@dataclass
class FacilitatorHome:
    groups: list
    boards_waiting: list
    rounds_opening: list
    rounds_closing: list
    open_rounds: list
    versions_waiting: list

    @property
    def pending_total(self):
        return sum(board.pending for board in self.boards_waiting)

    @property
    def untriaged_total(self):
        return sum(board.untriaged for board in self.boards_waiting)


def taking_part(round_ids):
    """{round id: user ids} of everyone who posted, replied or agreed in the rounds (deleted posts do not count)."""
    found = {round_id: set() for round_id in round_ids}
    posts = (
        Post.objects.filter(board__round_id__in=round_ids)
        .exclude(status=PostStatus.REMOVED)
        .values_list("board__round_id", "author_id")
        .distinct()
    )
    agreements = (
        Reaction.objects.filter(post__board__round_id__in=round_ids)
        .values_list("post__board__round_id", "user_id")
        .distinct()
    )
    for round_id, user_id in [*posts, *agreements]:
        found[round_id].add(user_id)
    return found


def absent_members(rounds):
    """{round id: memberships} of the members asked to take part who have done nothing yet in each round."""
    rounds = list(rounds)
    took_part = taking_part([round_.pk for round_ in rounds])
    members = (
        Membership.objects.filter(group_id__in={round_.group_id for round_ in rounds}, is_active=True)
        .exclude(role__in=TAKING_PART_ROLES_EXCLUDED)
        .select_related("user__codev_profile", "user__codev_notification_preference")
        .order_by("user__codev_profile__display_name", "pk")
    )
    by_group = {}
    for member in members:
        by_group.setdefault(member.group_id, []).append(member)
    return {
        round_.pk: [
            member for member in by_group.get(round_.group_id, []) if member.user_id not in took_part[round_.pk]
        ]
        for round_ in rounds
    }


def reachable(user):
    """Whether a reminder email can reach the person: an address, and notifications not turned off."""
    preference = getattr(user, "codev_notification_preference", None)
    return bool(user.email) and (preference is None or preference.frequency != Frequency.OFF)


def taking_feedback(rounds, now):
    return rounds.filter(
        Q(feedback_opens_at__lte=now, feedback_closes_at__gte=now)
        | Q(workshop_starts_at__lte=now, workshop_ends_at__gte=now)
    )


def nudge_key(round_id):
    """The key of a facilitator's reminder in a round: each member gets it once, however often it is asked for."""
    return f"nudge:{round_id}"


def open_rounds(group_ids, now):
    """The rounds taking feedback now, each with its silent sections and its members who have not taken part."""
    rounds = list(
        taking_feedback(Round.objects.filter(group_id__in=group_ids), now)
        .select_related("group")
        .order_by("feedback_closes_at", "group__name", "number")
    )
    if not rounds:
        return []
    boards = list(
        Board.objects.filter(round__in=rounds).select_related("operational_model").order_by("operational_model__title")
    )
    written = set(
        Post.objects.filter(board__in=boards, parent__isnull=True, status__in=COUNTED_STATUSES)
        .exclude(section="")
        .values_list("board_id", "section")
        .distinct()
    )
    absent = absent_members(rounds)
    reminded = {
        (key, user_id): at
        for key, user_id, at in Notification.objects.filter(
            kind=NotificationKind.NUDGE, key__in=[nudge_key(round_.pk) for round_ in rounds]
        ).values_list("key", "user_id", "created_at")
    }
    found = []
    for round_ in rounds:
        item = OpenRound(round=round_, absent=absent[round_.pk])
        for board in boards:
            missing = [section for section in SECTIONS if (board.pk, section.key) not in written]
            if board.round_id == round_.pk and missing:
                item.silent_sections.append((board, missing))
        for member in item.absent:
            member.reachable = reachable(member.user)
            member.reminded_at = reminded.get((nudge_key(round_.pk), member.user_id))
        found.append(item)
    return found


def boards_waiting(group_ids):
    """Boards with posts waiting for approval or for a first decision in triage, with the two counts."""
    top_level = Q(posts__parent__isnull=True)
    return list(
        Board.objects.filter(round__group_id__in=group_ids)
        .annotate(
            pending=Count("posts", filter=Q(posts__status=PostStatus.PENDING)),
            untriaged=Count(
                "posts",
                filter=top_level & Q(posts__status=PostStatus.PUBLISHED, posts__disposition=Disposition.NEW),
            ),
        )
        .filter(Q(pending__gt=0) | Q(untriaged__gt=0))
        .select_related("round__group", "operational_model")
        .order_by("round__group__name", "-round__number", "operational_model__title")
    )


def rounds_soon(group_ids, now):
    """(opening, closing): rounds whose feedback window opens, or closes, within `SOON`."""
    rounds = Round.objects.filter(group_id__in=group_ids).select_related("group")
    opening = rounds.filter(feedback_opens_at__gt=now, feedback_opens_at__lte=now + SOON).order_by("feedback_opens_at")
    closing = rounds.filter(
        feedback_opens_at__lte=now, feedback_closes_at__gt=now, feedback_closes_at__lte=now + SOON
    ).order_by("feedback_closes_at")
    return list(opening), list(closing)


def versions_waiting(groups):
    """[(version, group, count)]: a model's latest version, published after feedback the group wrote on the model,
    while the group has not said what it answers and has `count` posts on the model that no version answers yet
    (the version-response picker offers them)."""
    by_pk = {group.pk: group for group in groups}
    works_on = CoDevelopmentGroup.operational_models.through.objects.filter(codevelopmentgroup_id__in=by_pk)
    pairs = set(works_on.values_list("codevelopmentgroup_id", "operationalmodelpage_id"))
    if not pairs:
        return []
    newest = ModelVersion.objects.filter(page=OuterRef("page")).newest_first().values("pk")[:1]
    latest = {
        version.page_id: version
        for version in ModelVersion.objects.filter(page_id__in={page_id for _group, page_id in pairs})
        .filter(pk=Subquery(newest))
        .select_related("page")
    }
    answered = set(
        VersionResponse.objects.filter(group_id__in=by_pk, version__in=list(latest.values())).values_list(
            "group_id", "version_id"
        )
    )
    # The same posts as codev.responses.candidate_posts, counted for every group and model at once.
    unanswered = (
        Post.objects.filter(
            board__round__group_id__in=by_pk,
            board__operational_model_id__in=list(latest),
            parent__isnull=True,
            status=PostStatus.PUBLISHED,
        )
        .exclude(disposition__in=[Disposition.ADDRESSED, Disposition.DECLINED])
        .values_list("board__round__group_id", "board__operational_model_id")
        .annotate(count=Count("pk"), first=Min("created_at"))
        .order_by()
    )
    found = []
    for group_id, page_id, count, first in unanswered:
        version = latest[page_id]
        # A version published before any of the feedback was written cannot answer it.
        if (group_id, page_id) in pairs and (group_id, version.pk) not in answered and version.published_at > first:
            found.append((version, by_pk[group_id], count))
    return sorted(found, key=lambda item: (item[1].name, item[0].page.title))


def facilitator_home(user, now=None):
    """The facilitator's home, or None for someone who facilitates no group."""
    now = now or timezone.now()
    groups = list(CoDevelopmentGroup.objects.facilitated_by(user).order_by("name", "pk"))
    if not groups:
        return None
    group_ids = [group.pk for group in groups]
    opening, closing = rounds_soon(group_ids, now)
    return FacilitatorHome(
        groups=groups,
        boards_waiting=boards_waiting(group_ids),
        rounds_opening=opening,
        rounds_closing=closing,
        open_rounds=open_rounds(group_ids, now),
        versions_waiting=versions_waiting(groups),
    )

"""The group page (members, models and the timeline of rounds) and the page of one round."""

from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from codev.models import CoDevelopmentGroup, PostStatus, Role, Round, RoundState, SmallGroup
from codev.navigation import group_crumb, round_crumb, where_now
from codev.permissions import viewer


@login_required
def group_detail(request, slug):
    group = get_object_or_404(CoDevelopmentGroup.objects.select_related("project"), slug=slug)
    member = viewer(request, group)
    memberships = (
        group.memberships.filter(is_active=True)
        .select_related("user__codev_profile", "region")
        .order_by("joined_at", "pk")
    )
    by_role = {role: [] for role in Role}
    for found in memberships:
        by_role[Role(found.role)].append(found)
    now = timezone.now()
    rounds = list(group.rounds.all())
    return render(
        request,
        "codev/groups/group.html",
        {
            "group": group,
            "member": member,
            "operational_models": group.operational_models.order_by("title"),
            "roles": [(role.label, members) for role, members in by_role.items() if members],
            "rounds": rounds,
            "current_round": where_now(rounds, now),
            "all_done": bool(rounds) and all(round_.state(now) == RoundState.CLOSED for round_ in rounds),
            "workspace_crumbs": [{"title": group.name, "url": ""}],
        },
    )


@login_required
def round_detail(request, slug, number):
    round_ = get_object_or_404(Round.objects.select_related("group"), group__slug=slug, number=number)
    group = round_.group
    member = viewer(request, group)
    top_level = Q(posts__parent__isnull=True)
    boards = (
        round_.boards.select_related("operational_model")
        .order_by("operational_model__title")
        .annotate(
            post_count=Count("posts", filter=top_level & Q(posts__status=PostStatus.PUBLISHED)),
            reply_count=Count("posts", filter=~top_level & Q(posts__status=PostStatus.PUBLISHED)),
        )
    )
    small_groups = SmallGroup.objects.filter(round=round_, members=member) if member else SmallGroup.objects.none()
    return render(
        request,
        "codev/groups/round.html",
        {
            "group": group,
            "round": round_,
            "member": member,
            "pre_reading": round_.pre_reading.select_related("page").order_by("page__title", "-number"),
            "boards": boards,
            "my_small_groups": list(small_groups),
            "workspace_crumbs": [group_crumb(group), {**round_crumb(round_), "url": ""}],
        },
    )

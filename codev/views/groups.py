"""The group page (members, models and the timeline of rounds) and the page of one round."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from codev.models import CoDevelopmentGroup, PostStatus, Role, Round, RoundState, SmallGroup
from codev.permissions import membership
from codev.two_factor import require_second_factor


def viewer(request, group):
    """The viewer's membership; superusers who are not members may read, to administer, but not take part."""
    member = membership(request.user, group)
    if member is None and not request.user.is_superuser:
        raise PermissionDenied
    if member is not None and member.is_facilitator:
        require_second_factor(request.user)
    return member


def where_now(rounds, now):
    """The round the group is at: the first one not yet closed, or the last one when all are done."""
    for round_ in rounds:
        if round_.state(now) != RoundState.CLOSED:
            return round_
    return rounds[-1] if rounds else None


def group_crumb(group):
    return {"title": group.name, "url": reverse("codev:group", args=(group.slug,))}


def round_crumb(round_):
    return {
        "title": _("Round %(number)s: %(theme)s") % {"number": round_.number, "theme": round_.theme},
        "url": reverse("codev:round", args=(round_.group.slug, round_.number)),
    }


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

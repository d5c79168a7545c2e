"""The member's own page: their groups, the rounds that are open or coming, and their own posts."""

from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch, Q
from django.shortcuts import render
from django.utils import timezone

from codev.facilitator_home import facilitator_home
from codev.models import Board, Membership, Post, PostStatus, Round, RoundState, display_name
from codev.round_times import deadline_text, workshop_text
from codev.two_factor import is_enforced, is_verified, second_step_url

LATEST_POSTS = 20


@login_required
def home(request):
    now = timezone.now()
    memberships = list(
        Membership.objects.filter(user=request.user, is_active=True).select_related("group").order_by("group__name")
    )
    group_ids = [member.group_id for member in memberships]
    rounds = (
        Round.objects.filter(group_id__in=group_ids)
        .filter(Q(feedback_closes_at__gte=now) | Q(workshop_ends_at__gte=now))
        .select_related("group")
        .prefetch_related(Prefetch("boards", queryset=Board.objects.select_related("operational_model")))
        .order_by("feedback_opens_at", "group__name")
    )
    open_rounds, upcoming_rounds = [], []
    for round_ in rounds:
        state = round_.state(now)
        if state == RoundState.CLOSED:
            continue
        round_.state_now = state
        round_.deadline_text = deadline_text(round_, state, now)
        round_.workshop_text = workshop_text(round_)
        (upcoming_rounds if state == RoundState.UPCOMING else open_rounds).append(round_)
    posts = (
        Post.objects.filter(author=request.user, board__round__group_id__in=group_ids)
        .exclude(status=PostStatus.REMOVED)
        .select_related("board__round__group", "board__operational_model", "column", "addressed_in")
        .order_by("-created_at")[:LATEST_POSTS]
    )
    facilitates = any(member.is_facilitator for member in memberships)
    # Names of members who have not taken part are for facilitators who passed the second step.
    needs_second_step = facilitates and is_enforced() and not is_verified(request.user)
    return render(
        request,
        "codev/member/home.html",
        {
            "facilitator_home": facilitator_home(request.user, now) if facilitates and not needs_second_step else None,
            "second_step_url": second_step_url(request) if needs_second_step else "",
            "shown_as": display_name(request.user),
            "memberships": memberships,
            "open_rounds": open_rounds,
            "upcoming_rounds": upcoming_rounds,
            "posts": posts,
            "latest_posts": LATEST_POSTS,
        },
    )

"""The group's process page, where new members catch up, and the facilitator's page for a board's round summary."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from codev.actions import FeedbackError
from codev.forms.summaries import SummaryForm
from codev.models import Board, CoDevelopmentGroup, Post, PostStatus, RoundState, VersionResponse
from codev.navigation import group_crumb, round_crumb, where_now
from codev.permissions import require_facilitator, viewer
from codev.summaries import do_save_summary
from models_library.models import ModelVersion

PUBLISHED = Q(boards__posts__status=PostStatus.PUBLISHED)
TOP_LEVEL = Q(boards__posts__parent__isnull=True)


def rounds_with_numbers(group):
    """The group's rounds in order, each with its published posts, replies and the members who wrote them."""
    return list(
        group.rounds.order_by("number").annotate(
            post_count=Count("boards__posts", filter=PUBLISHED & TOP_LEVEL),
            reply_count=Count("boards__posts", filter=PUBLISHED & ~TOP_LEVEL),
            participant_count=Count("boards__posts__author", filter=PUBLISHED, distinct=True),
        )
    )


def versions_since(model_ids, start):
    """The models' versions published from `start` on, oldest first, with the page."""
    return list(
        ModelVersion.objects.filter(page_id__in=model_ids, published_at__gte=start)
        .select_related("page")
        .order_by("published_at", "page__title")
    )


def response_summaries(group, versions):
    """This group's own summary for each version; another group's response on the same model is not theirs."""
    return dict(
        VersionResponse.objects.filter(group=group, version__in=[version.pk for version in versions]).values_list(
            "version_id", "summary"
        )
    )


def answered_counts(group, versions):
    """How many of this group's posts each version answered, in one aggregate query."""
    rows = (
        Post.objects.filter(addressed_in__in=[version.pk for version in versions], board__round__group=group)
        .values("addressed_in")
        .annotate(count=Count("pk"))
    )
    return {row["addressed_in"]: row["count"] for row in rows}


def timeline(group, rounds, boards, versions, counts, summaries, now):
    """One entry per round: its boards' summaries and the versions published until the next round opened."""
    boards_by_round = {}
    for board in boards:
        boards_by_round.setdefault(board.round_id, []).append(board)
    entries = []
    for index, round_ in enumerate(rounds):
        ends = rounds[index + 1].feedback_opens_at if index + 1 < len(rounds) else now
        published = [version for version in versions if round_.feedback_opens_at <= version.published_at < ends]
        for version in published:
            version.answered = counts.get(version.pk, 0)
            version.response_summary = summaries.get(version.pk, "")
            version.previous_number = version.number - 1 if version.number > 1 and not version.is_correction else None
        entries.append({"round": round_, "boards": boards_by_round.get(round_.pk, []), "versions": published})
    return entries


@login_required
def process(request, slug):
    group = get_object_or_404(CoDevelopmentGroup, slug=slug)
    member = viewer(request, group)
    now = timezone.now()
    rounds = rounds_with_numbers(group)
    boards = list(
        Board.objects.filter(round__group=group)
        .select_related("operational_model")
        .order_by("round__number", "operational_model__title")
    )
    model_ids = {board.operational_model_id for board in boards} | set(
        group.operational_models.values_list("pk", flat=True)
    )
    versions = versions_since(model_ids, rounds[0].feedback_opens_at) if rounds else []
    return render(
        request,
        "codev/process/process.html",
        {
            "group": group,
            "member": member,
            "entries": timeline(
                group,
                rounds,
                boards,
                versions,
                answered_counts(group, versions),
                response_summaries(group, versions),
                now,
            ),
            "current_round": where_now(rounds, now),
            "all_done": bool(rounds) and all(round_.state(now) == RoundState.CLOSED for round_ in rounds),
            "workspace_crumbs": [group_crumb(group), {"title": _("The group's process"), "url": ""}],
        },
    )


@login_required
def board_summary(request, pk):
    board = get_object_or_404(Board.objects.select_related("round__group", "operational_model"), pk=pk)
    round_, group = board.round, board.round.group
    member = require_facilitator(request.user, group)
    status = 200
    if request.method == "POST":
        withdrawing = "withdraw" in request.POST
        form = SummaryForm(request.POST)
        if form.is_valid():
            # Withdrawing takes the summary off the public page; the text as written is kept, so nothing is lost.
            publish = False if withdrawing else form.cleaned_data["publish"]
            try:
                saved = do_save_summary(
                    actor=request.user, board=board, text=form.cleaned_data["text"], publish=publish
                )
            except FeedbackError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, done_message(board, saved))
                return redirect(request.path)
        status = 400
    else:
        form = SummaryForm(initial=SummaryForm.initial_from(board))
    return render(
        request,
        "codev/process/board_summary.html",
        {
            "group": group,
            "round": round_,
            "board": board,
            "member": member,
            "form": form,
            "workspace_crumbs": [
                group_crumb(group),
                round_crumb(round_),
                {"title": board.operational_model.title, "url": reverse("codev:board", args=(board.pk,))},
                {"title": _("Summary"), "url": ""},
            ],
        },
        status=status,
    )


def done_message(before, after):
    if after.summary_published_at:
        return _("The summary is saved and shown on the model's public page.")
    if before.summary_published_at:
        return _(
            "The summary is withdrawn from the model's public page; the group's members still read it on the "
            "process page."
        )
    return _("The summary is saved. The group's members read it on the process page.")

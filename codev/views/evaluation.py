"""The round evaluation with its results for facilitators, and the evaluation meter of each board with its criteria."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from codev import figures
from codev.actions import FeedbackError
from codev.evaluation import (
    CLOSED,
    NOT_YET,
    OPEN,
    do_evaluate,
    do_rate,
    do_save_criteria,
    ensure_criteria,
    evaluation_summary,
    evaluation_trend,
    evaluation_window,
    meter_summary,
    meter_trend,
)
from codev.forms.evaluation import (
    CriterionFormSet,
    MeterForm,
    RoundEvaluationForm,
    criterion_rows,
)
from codev.models import Board, CoDevelopmentGroup, Light, MeterRating, Round, RoundEvaluation, display_name
from codev.navigation import group_crumb, round_crumb
from codev.permissions import require_facilitator, require_member


def get_round(slug, number):
    return get_object_or_404(Round.objects.select_related("group"), group__slug=slug, number=number)


# The round evaluation.


@login_required
def round_evaluation(request, slug, number):
    round_ = get_round(slug, number)
    group = round_.group
    member = require_member(request.user, group)
    own = RoundEvaluation.objects.filter(round=round_, user=request.user).first()
    window = evaluation_window(round_)
    form, status = None, 200
    if request.method == "POST":
        form = RoundEvaluationForm(request.POST)
        if form.is_valid():
            try:
                _evaluation, created = do_evaluate(member=member, round_=round_, **form.cleaned_data)
            except FeedbackError as error:
                form.add_error(None, str(error))
            else:
                messages.success(
                    request,
                    _("Thank you: your evaluation is saved. You can change it until the round closes.")
                    if created
                    else _("Your evaluation is updated."),
                )
                return redirect(request.path)
        status = 400
    elif window == OPEN:
        form = RoundEvaluationForm(initial=RoundEvaluationForm.initial_from(own))
    return render(
        request,
        "codev/evaluation/round_evaluation.html",
        {
            "group": group,
            "round": round_,
            "member": member,
            "form": form,
            "own": own,
            "window": window,
            "not_yet": window == NOT_YET,
            "closed": window == CLOSED,
            "workspace_crumbs": [group_crumb(group), round_crumb(round_), {"title": _("Round evaluation"), "url": ""}],
        },
        status=status,
    )


@login_required
def round_evaluation_results(request, slug, number):
    round_ = get_round(slug, number)
    group = round_.group
    member = require_facilitator(request.user, group)
    summary = evaluation_summary(round_)
    trend = evaluation_trend(group)
    # In alphabetical order, not in the order they came, so the order does not tell who wrote what.
    written = (
        round_.evaluations.exclude(takeaway="", should_change="")
        .select_related("user__codev_profile")
        .order_by("takeaway", "should_change", "pk")
    )
    answers = [
        {
            "takeaway": answer.takeaway,
            "should_change": answer.should_change,
            "name": None if answer.is_anonymous else display_name(answer.user),
        }
        for answer in written
    ]
    return render(
        request,
        "codev/evaluation/results.html",
        {
            "group": group,
            "round": round_,
            "member": member,
            "summary": summary,
            "question_charts": figures.question_charts(summary),
            "trend_chart": figures.evaluation_trend_chart(trend),
            "answers": answers,
            "workspace_crumbs": [
                group_crumb(group),
                round_crumb(round_),
                {
                    "title": _("Round evaluation"),
                    "url": reverse("codev:round_evaluation", args=(group.slug, round_.number)),
                },
                {"title": _("Results"), "url": ""},
            ],
        },
    )


# The evaluation meter.


@login_required
def board_meter(request, pk):
    board = get_object_or_404(Board.objects.select_related("round__group", "operational_model"), pk=pk)
    round_, group = board.round, board.round.group
    member = require_member(request.user, group)
    criteria = ensure_criteria(group)
    takes_ratings = round_.accepts_feedback()
    can_rate = member.can_post and takes_ratings
    own = dict(MeterRating.objects.filter(board=board, user=request.user).values_list("criterion_id", "light"))
    form, status = None, 200
    if request.method == "POST":
        form = MeterForm(request.POST, criteria=criteria)
        if form.is_valid():
            try:
                do_rate(member=member, board=board, lights=form.lights())
            except FeedbackError as error:
                form.add_error(None, str(error))
            else:
                messages.success(
                    request, _("Your lights are saved. You can change them while the round takes feedback.")
                )
                return redirect(request.path)
        status = 400
    elif can_rate:
        form = MeterForm(initial=MeterForm.initial_from(own), criteria=criteria)
    summary = meter_summary(board)
    trend = meter_trend(group, board.operational_model)
    return render(
        request,
        "codev/evaluation/board_meter.html",
        {
            "group": group,
            "round": round_,
            "board": board,
            "member": member,
            "form": form,
            "takes_ratings": takes_ratings,
            "own_lights": [
                (criterion, Light(own[criterion.pk]).label) for criterion in criteria if criterion.pk in own
            ],
            "summary": summary,
            "summary_chart": figures.meter_chart(summary["criteria"]),
            "trend": trend,
            "trend_chart": figures.meter_trend_chart(trend, board.operational_model.title),
            "workspace_crumbs": [
                group_crumb(group),
                round_crumb(round_),
                {"title": board.operational_model.title, "url": reverse("codev:board", args=(board.pk,))},
                {"title": _("Evaluation meter"), "url": ""},
            ],
        },
        status=status,
    )


@login_required
def meter_criteria(request, slug):
    group = get_object_or_404(CoDevelopmentGroup, slug=slug)
    member = require_facilitator(request.user, group)
    status, error = 200, ""
    if request.method == "POST":
        formset = CriterionFormSet(request.POST)
        if formset.is_valid():
            try:
                do_save_criteria(member=member, group=group, rows=criterion_rows(formset))
            except FeedbackError as refusal:
                error = str(refusal)
            else:
                messages.success(request, _("The criteria are saved."))
                return redirect(request.path)
        status = 400
    else:
        formset = CriterionFormSet(
            initial=[
                {"id": criterion.pk, "text": criterion.text, "position": index + 1}
                for index, criterion in enumerate(ensure_criteria(group))
            ]
        )
    return render(
        request,
        "codev/evaluation/criteria.html",
        {
            "group": group,
            "member": member,
            "formset": formset,
            "error": error,
            "workspace_crumbs": [group_crumb(group), {"title": _("Criteria of the evaluation meter"), "url": ""}],
        },
        status=status,
    )

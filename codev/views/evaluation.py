"""The round evaluation with its results for facilitators, and the evaluation meter of each board with its criteria."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from codev import charts
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
    SCALE_CHOICES,
    CriterionFormSet,
    MeterForm,
    RoundEvaluationForm,
    criterion_rows,
)
from codev.models import Board, CoDevelopmentGroup, Light, MeterRating, Round, RoundEvaluation, display_name
from codev.permissions import require_facilitator, require_member
from codev.views.groups import group_crumb, round_crumb

QUESTION_TITLES = {
    "usefulness": gettext_lazy("How useful was this round?"),
    "heard": gettext_lazy("Did the members feel heard?"),
}
LIGHT_TICKS = [(0, gettext_lazy("Red (0)")), (1, gettext_lazy("Yellow (1)")), (2, gettext_lazy("Green (2)"))]


def get_round(slug, number):
    return get_object_or_404(Round.objects.select_related("group"), group__slug=slug, number=number)


def round_label(round_):
    return _("Round %(number)s") % {"number": round_.number}


# Charts, shared with the facilitator's dashboard.


def evaluation_charts(summary):
    """A bar chart of the answers to each question (1–5), keyed by question."""
    labels = dict(SCALE_CHOICES)
    return {
        question: charts.bar_chart(
            str(QUESTION_TITLES[question]),
            [(str(labels[value]), count) for value, count in summary[question]["distribution"]],
            description=_("Answers on a scale from 1 (not at all) to 5 (very much)."),
            value_heading=_("Answers"),
        )
        for question in ("usefulness", "heard")
    }


def evaluation_trend_chart(trend):
    """The averages of the two questions across the group's rounds."""
    return charts.trend_chart(
        _("Round evaluations across rounds"),
        [round_label(row["round"]) for row in trend],
        [
            (_("Usefulness (average)"), [row["usefulness"] for row in trend]),
            (_("I was heard (average)"), [row["heard"] for row in trend]),
        ],
        description=_("Averages on a scale from 1 to 5; a dash means no answers."),
        y_min=1,
        y_max=5,
        x_heading=_("Round"),
    )


def meter_chart(summary):
    return charts.stacked_bar_chart(
        _("Lights per criterion"),
        [(row["criterion"].text, [row[light] for light in Light.values]) for row in summary["criteria"]],
        description=_("How many members gave each light."),
    )


def meter_trend_chart(trend, model_title):
    return charts.trend_chart(
        _("%(title)s across rounds") % {"title": model_title},
        [round_label(round_) for round_ in trend["rounds"]],
        [(row["criterion"].text, row["scores"]) for row in trend["criteria"]] + [(_("All criteria"), trend["overall"])],
        description=_("Average light from 0 (red) to 2 (green); a dash means no lights."),
        y_min=0,
        y_max=2,
        y_ticks=LIGHT_TICKS,
        x_heading=_("Round"),
    )


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
            "question_charts": evaluation_charts(summary),
            "trend_chart": evaluation_trend_chart(trend),
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
            "summary_chart": meter_chart(summary),
            "trend": trend,
            "trend_chart": meter_trend_chart(trend, board.operational_model.title),
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


urlpatterns = [
    path("groups/<slug:slug>/rounds/<int:number>/evaluation/", round_evaluation, name="round_evaluation"),
    path(
        "groups/<slug:slug>/rounds/<int:number>/evaluation/results/",
        round_evaluation_results,
        name="round_evaluation_results",
    ),
    path("groups/<slug:slug>/meter/criteria/", meter_criteria, name="meter_criteria"),
    path("boards/<int:pk>/meter/", board_meter, name="board_meter"),
]

"""The facilitator's dashboard of a group, over all rounds or one, and its exports (CSV, XLSX, JSON)."""

import json

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import path
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from codev import charts
from codev.charts import LIGHT_PARTS, Part, figure
from codev.dashboard import ACTIONS, dashboard_figures
from codev.exports import XLSX_CONTENT_TYPE, feedback_csv, feedback_xlsx, group_record
from codev.forms.evaluation import SCALE_CHOICES
from codev.models import CoDevelopmentGroup, Light, Round
from codev.permissions import require_facilitator
from codev.themes.dashboard import dashboard_themes
from codev.views.evaluation import evaluation_trend_chart, meter_trend_chart
from codev.views.groups import group_crumb

DISPOSITION_PARTS = [
    Part(gettext_lazy("Addressed in a version"), "#0b6b2e", "hatch"),
    Part(gettext_lazy("Declined"), "#4a4a4a", "cross"),
    Part(gettext_lazy("Open: new, under consideration or deferred"), "#f0c419", "dots", charts.INK),
]
ACTION_HEADINGS = {
    "posted": gettext_lazy("Posted"),
    "replied": gettext_lazy("Replied"),
    "agreed": gettext_lazy("Agreed"),
    "evaluated": gettext_lazy("Evaluated"),
}


class RoundChoiceForm(forms.Form):
    """All rounds, or one; a round that does not exist shows all rather than an error."""

    round = forms.TypedChoiceField(label=gettext_lazy("Rounds"), required=False, coerce=int, empty_value=None)

    def __init__(self, *args, rounds, **kwargs):
        super().__init__(*args, **kwargs)
        self.rounds = {round_.number: round_ for round_ in rounds}
        self.fields["round"].choices = [("", _("All rounds"))] + [
            (round_.number, _("Round %(number)s: %(theme)s") % {"number": round_.number, "theme": round_.theme})
            for round_ in rounds
        ]

    def chosen(self):
        return self.rounds.get(self.cleaned_data["round"]) if self.is_valid() else None


def percent(value):
    return charts.NO_VALUE if value is None else _("%(percent)s %%") % {"percent": figure(value)}


def average(value):
    return figure(value, 2)


# Charts of the figures, each with a table that has every figure the chart draws, and more.


def participation_chart(title, rows, chart_id):
    chart = charts.bar_chart(
        title,
        [
            (
                _("%(label)s: %(took_part)s of %(members)s")
                % {"label": row["label"], "took_part": row["took_part"], "members": row["members"]},
                row["share"],
            )
            for row in rows
        ],
        description=_("The share of active members who posted, replied, agreed or evaluated, in per cent."),
        value_heading=_("Took part (%)"),
        max_value=100,
        chart_id=chart_id,
    )
    chart.columns = [
        "",
        _("Active members"),
        _("Took part"),
        _("Share"),
        *[str(ACTION_HEADINGS[action]) for action in ACTIONS],
    ]
    chart.rows = [
        [row["label"], row["members"], row["took_part"], percent(row["share"]), *[row[action] for action in ACTIONS]]
        for row in rows
    ]
    return chart


def section_chart(item):
    model = item["model"]
    chart = charts.bar_chart(
        _("Feedback on the sections of %(model)s") % {"model": model.title},
        [(row["label"], row["total"]) for row in item["rows"] if row["total"]],
        description=_(
            "Posts and replies on each section; a reply counts for the section of its post. "
            "Sections without feedback are left out of the chart."
        ),
        value_heading=_("Posts and replies"),
        chart_id=f"sections-{model.pk}",
    )
    chart.columns = ["", _("Posts"), _("Replies"), _("Posts and replies")]
    chart.rows = [[row["label"], row["posts"], row["replies"], row["total"]] for row in item["rows"]]
    return chart


def voice_chart(voice):
    chart = charts.bar_chart(
        _("Share of voice by role (%)"),
        [(row["label"], row["share"]) for row in voice["rows"]],
        description=_("Each role's posts and replies as a share of all posts and replies, in per cent."),
        value_heading=_("Share of voice (%)"),
        max_value=100,
        chart_id="voice",
    )
    chart.columns = ["", _("Posts and replies"), _("Share of voice"), _("Active members"), _("Share of members")]
    chart.rows = [
        [row["label"], row["count"], percent(row["share"]), row["members"], percent(row["member_share"])]
        for row in voice["rows"]
    ]
    return chart


def disposition_chart(dispositions):
    chart = charts.stacked_bar_chart(
        _("What became of the posts, by model"),
        [
            (row["model"].title, [row["addressed"], row["declined"], row["open"]])
            for row in dispositions["rows"]
            if row["total"]
        ],
        parts=DISPOSITION_PARTS,
        description=_("Posts (not replies) of each model by what became of them."),
        chart_id="dispositions",
    )
    chart.columns = [
        "",
        *[str(part.name) for part in DISPOSITION_PARTS[:2]],
        _("Open"),
        _("New"),
        _("Under consideration"),
        _("Deferred"),
        _("Total"),
    ]
    chart.rows = [
        [
            label,
            row["addressed"],
            row["declined"],
            row["open"],
            row["new"],
            row["considering"],
            row["deferred"],
            row["total"],
        ]
        for label, row in [
            *[(row["model"].title, row) for row in dispositions["rows"]],
            (_("All models"), dispositions["total"]),
        ]
    ]
    return chart


def evaluation_charts(evaluation):
    labels = dict(SCALE_CHOICES)
    titles = {
        "usefulness": _("Usefulness: how many chose each number"),
        "heard": _("“I was heard”: how many chose each number"),
    }
    return [
        charts.bar_chart(
            titles[question],
            [(str(labels[value]), count) for value, count in evaluation[question]["distribution"]],
            description=_("Answers on a scale from 1 (not at all) to 5 (very much)."),
            value_heading=_("Answers"),
            chart_id=f"evaluation-{question}",
        )
        for question in ("usefulness", "heard")
    ]


def evaluation_trend_table(trend):
    chart = evaluation_trend_chart(trend)
    chart.columns = [*chart.columns, _("Answers")]
    chart.rows = [[*row, item["count"]] for row, item in zip(chart.rows, trend, strict=True)]
    return chart


def meter_chart(item):
    chart = charts.stacked_bar_chart(
        _("Lights for %(model)s, per criterion") % {"model": item["model"].title},
        [(row["criterion"].text, [row[light] for light in Light.values]) for row in item["criteria"]],
        parts=LIGHT_PARTS,
        description=_("How many members gave each light."),
        chart_id=f"meter-{item['model'].pk}",
    )
    chart.columns = [*chart.columns, _("Average (0–2)")]
    chart.rows = [
        [*row, average(criterion["score"])] for row, criterion in zip(chart.rows, item["criteria"], strict=True)
    ]
    return chart


@login_required
def dashboard(request, slug):
    group = get_object_or_404(CoDevelopmentGroup, slug=slug)
    member = require_facilitator(request.user, group)
    rounds = list(group.rounds.order_by("number"))
    chooser = RoundChoiceForm(request.GET or None, rounds=rounds)
    round_ = chooser.chosen()
    figures = dashboard_figures(group, round_)
    participation = figures["participation"]
    return render(
        request,
        "codev/dashboard/dashboard.html",
        {
            "group": group,
            "member": member,
            "rounds": rounds,
            "chosen_round": round_,
            "chooser": chooser,
            "figures": figures,
            "participation_share": percent(participation["total"]["share"]),
            "role_chart": participation_chart(
                _("Members who took part, by role"), participation["by_role"], "participation-role"
            ),
            "organisation_chart": participation_chart(
                _("Members who took part, by organisation"),
                participation["by_organisation"],
                "participation-organisation",
            ),
            "sections": [{**item, "chart": section_chart(item)} for item in figures["sections"]],
            "voice_chart": voice_chart(figures["voice"]),
            "heard": [
                {**row, "share_text": percent(row["share"]), "member_share_text": percent(row["member_share"])}
                for row in figures["voice"]["heard"]
            ],
            "disposition_chart": disposition_chart(figures["dispositions"]),
            "evaluation_charts": evaluation_charts(figures["evaluation"]),
            "usefulness_average": average(figures["evaluation"]["usefulness"]["average"]),
            "heard_average": average(figures["evaluation"]["heard"]["average"]),
            "evaluation_trend_chart": evaluation_trend_table(figures["evaluation_trend"]),
            "meter": [
                {
                    **item,
                    "chart": meter_chart(item),
                    "trend_chart": meter_trend_chart(item["trend"], item["model"].title),
                }
                for item in figures["meter"]
            ],
            "curated_themes": dashboard_themes(group, round_),
            "workspace_crumbs": [group_crumb(group), {"title": _("Dashboard"), "url": ""}],
        },
    )


# Exports.


def attachment(content, content_type, filename):
    return HttpResponse(
        content, content_type=content_type, headers={"Content-Disposition": content_disposition_header(True, filename)}
    )


def export_round(slug, number, user):
    round_ = get_object_or_404(Round.objects.select_related("group"), group__slug=slug, number=number)
    require_facilitator(user, round_.group)
    return round_


def round_filename(round_, extension):
    name = _("%(group)s-round-%(number)s-feedback") % {"group": round_.group.slug, "number": round_.number}
    return f"{slugify(name)}.{extension}"


@login_required
def feedback_csv_export(request, slug, number):
    round_ = export_round(slug, number, request.user)
    return attachment(feedback_csv(round_), "text/csv; charset=utf-8", round_filename(round_, "csv"))


@login_required
def feedback_xlsx_export(request, slug, number):
    round_ = export_round(slug, number, request.user)
    return attachment(feedback_xlsx(round_), XLSX_CONTENT_TYPE, round_filename(round_, "xlsx"))


@login_required
def group_json_export(request, slug):
    group = get_object_or_404(CoDevelopmentGroup, slug=slug)
    require_facilitator(request.user, group)
    # Without indentation the C encoder does the work: a large group's record is written several times faster.
    content = json.dumps(group_record(group, request), cls=DjangoJSONEncoder, ensure_ascii=False)
    filename = f"{slugify(_('%(group)s-record') % {'group': group.slug})}-{timezone.localdate():%Y-%m-%d}.json"
    return attachment(content.encode("utf-8"), "application/json; charset=utf-8", filename)


urlpatterns = [
    path("groups/<slug:slug>/dashboard/", dashboard, name="dashboard"),
    path(
        "groups/<slug:slug>/dashboard/rounds/<int:number>/feedback.csv",
        feedback_csv_export,
        name="dashboard_feedback_csv",
    ),
    path(
        "groups/<slug:slug>/dashboard/rounds/<int:number>/feedback.xlsx",
        feedback_xlsx_export,
        name="dashboard_feedback_xlsx",
    ),
    path("groups/<slug:slug>/dashboard/export.json", group_json_export, name="dashboard_export_json"),
]

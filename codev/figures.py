"""The workspace's figures as charts: a round's evaluation, a board's meter and the facilitator's dashboard.

Each builder takes the figures `codev.evaluation` and `codev.dashboard` compute and returns a `codev.charts.Chart`
whose table may hold more columns than the chart draws.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from codev import charts
from codev.charts import LIGHT_PARTS, Part, figure
from codev.dashboard import ACTIONS
from codev.evaluation import QUESTIONS
from codev.forms.evaluation import SCALE_CHOICES
from codev.models import Light

QUESTION_TITLES = {
    "usefulness": gettext_lazy("How useful was this round?"),
    "heard": gettext_lazy("Did the members feel heard?"),
}
# On the dashboard the charts stand under the heading "Answers from 1 to 5".
DISTRIBUTION_TITLES = {
    "usefulness": gettext_lazy("Usefulness: how many chose each number"),
    "heard": gettext_lazy("“I was heard”: how many chose each number"),
}
LIGHT_TICKS = [(0, gettext_lazy("Red (0)")), (1, gettext_lazy("Yellow (1)")), (2, gettext_lazy("Green (2)"))]
DISPOSITION_PARTS = [
    Part(gettext_lazy("Addressed in a version"), "green", "hatch"),
    Part(gettext_lazy("Declined"), "grey", "cross"),
    Part(gettext_lazy("Open: new, under consideration or deferred"), "yellow", "dots", on_dark=False),
]
ACTION_HEADINGS = {
    "posted": gettext_lazy("Posted"),
    "replied": gettext_lazy("Replied"),
    "agreed": gettext_lazy("Agreed"),
    "evaluated": gettext_lazy("Evaluated"),
}


def percent(value):
    return charts.NO_VALUE if value is None else _("%(percent)s %%") % {"percent": figure(value)}


def average(value):
    return figure(value, 2)


def round_label(round_):
    return _("Round %(number)s") % {"number": round_.number}


# The round evaluation and the meter.


def question_charts(summary, titles=QUESTION_TITLES, id_prefix=None):
    """A bar chart of the answers to each question (1–5), keyed by question."""
    labels = dict(SCALE_CHOICES)
    return {
        question: charts.bar_chart(
            str(titles[question]),
            [(str(labels[value]), count) for value, count in summary[question]["distribution"]],
            description=_("Answers on a scale from 1 (not at all) to 5 (very much)."),
            value_heading=_("Answers"),
            chart_id=f"{id_prefix}-{question}" if id_prefix else None,
        )
        for question in QUESTIONS
    }


def evaluation_trend_chart(trend, with_counts=False):
    """The averages of the two questions across the group's rounds; `with_counts` adds the answers to the table."""
    chart = charts.trend_chart(
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
    if with_counts:
        chart.columns = [*chart.columns, _("Answers")]
        chart.rows = [[*row, item["count"]] for row, item in zip(chart.rows, trend, strict=True)]
    return chart


def meter_chart(criteria, title=None, chart_id=None, with_average=False):
    """How many members gave each light, per criterion; `with_average` adds each criterion's average to the table."""
    chart = charts.stacked_bar_chart(
        title or _("Lights per criterion"),
        [(row["criterion"].text, [row[light] for light in Light.values]) for row in criteria],
        parts=LIGHT_PARTS,
        description=_("How many members gave each light."),
        chart_id=chart_id,
    )
    if with_average:
        chart.columns = [*chart.columns, _("Average (0–2)")]
        chart.rows = [[*row, average(criterion["score"])] for row, criterion in zip(chart.rows, criteria, strict=True)]
    return chart


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


# The dashboard: each table has every figure its chart draws, and more.


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

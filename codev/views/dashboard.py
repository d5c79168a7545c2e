"""The facilitator's dashboard of a group, over all rounds or one, and its exports (CSV, XLSX, JSON)."""

import json

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from codev.dashboard import dashboard_figures
from codev.exports import XLSX_CONTENT_TYPE, feedback_csv, feedback_xlsx, group_record
from codev.figures import (
    DISTRIBUTION_TITLES,
    average,
    disposition_chart,
    evaluation_trend_chart,
    meter_chart,
    meter_trend_chart,
    participation_chart,
    percent,
    question_charts,
    section_chart,
    voice_chart,
)
from codev.models import CoDevelopmentGroup, Round
from codev.navigation import group_crumb
from codev.permissions import require_facilitator
from codev.themes.dashboard import dashboard_themes


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
                {
                    **row,
                    "share_text": percent(row["share"]),
                    "member_share_text": percent(row["member_share"]),
                }
                for row in figures["voice"]["heard"]
            ],
            "disposition_chart": disposition_chart(figures["dispositions"]),
            "evaluation_charts": list(
                question_charts(figures["evaluation"], DISTRIBUTION_TITLES, id_prefix="evaluation").values()
            ),
            "usefulness_average": average(figures["evaluation"]["usefulness"]["average"]),
            "heard_average": average(figures["evaluation"]["heard"]["average"]),
            "evaluation_trend_chart": evaluation_trend_chart(figures["evaluation_trend"], with_counts=True),
            "meter": [
                {
                    **item,
                    "chart": meter_chart(
                        item["criteria"],
                        _("Lights for %(model)s, per criterion") % {"model": item["model"].title},
                        chart_id=f"meter-{item['model'].pk}",
                        with_average=True,
                    ),
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

"""The facilitator's draft of a board's round summary, made from its curated themes, to edit before saving."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _

from codev.forms.summaries import SummaryForm
from codev.models import CoDevelopmentGroup
from codev.navigation import group_crumb, round_crumb
from codev.permissions import require_facilitator
from codev.summaries import names_in
from codev.themes.drafts import draft_text
from codev.themes.overview import build
from codev.themes.scope import board_scope


@login_required
def summary_draft(request, slug, pk):
    group = get_object_or_404(CoDevelopmentGroup, slug=slug)
    member = require_facilitator(request.user, group)
    scope = board_scope(group, pk)
    board = scope.target
    overview = build(scope)
    themes = overview.themes if overview.curated else []
    picked = set(request.GET.getlist("quote"))
    quotes = [post for post in overview.posts if str(post.pk) in picked]
    text = draft_text(board, themes, overview.posts, quotes)
    form = SummaryForm(initial={"text": text, "publish": board.summary_published_at is not None})
    return render(
        request,
        "codev/themes/summary_draft.html",
        {
            "group": group,
            "member": member,
            "board": board,
            "round": board.round,
            "scope": scope,
            "overview": overview,
            "themes": themes,
            "picked": picked,
            "form": form,
            "named": names_in(text, group),
            "workspace_crumbs": [
                group_crumb(group),
                round_crumb(board.round),
                {"title": _("Themes"), "url": reverse("codev:board_themes", args=(group.slug, board.pk))},
                {"title": _("Draft of the round summary"), "url": ""},
            ],
        },
    )

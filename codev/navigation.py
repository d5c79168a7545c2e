"""Where a workspace page stands: its breadcrumbs, and the round a group is at."""

from django.urls import reverse
from django.utils.translation import gettext as _

from codev.models import RoundState


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

"""A round's times in plain words, for the member's page, emails and the pre-reading pack."""

from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.timesince import timeuntil
from django.utils.translation import gettext as _

from codev.models import RoundState


def moment(value):
    """A time as people say it: weekday, day and month, and the clock time, in the local zone.

    Sentences with a time end without a full stop, since the English clock time ends in one ("4 p.m.").
    """
    local = timezone.localtime(value)
    return {"day": date_format(local, "l j.n."), "time": time_format(local)}


def deadline_text(round_, state, now):
    """The round's next deadline in plain words, e.g. "Feedback closes in 3 days, on Friday 17.4. at 16.00"."""
    if state == RoundState.UPCOMING:
        return _("Feedback opens in %(left)s, on %(day)s at %(time)s") % {
            "left": timeuntil(round_.feedback_opens_at, now, depth=1),
            **moment(round_.feedback_opens_at),
        }
    if state == RoundState.WORKSHOP:
        return _("The workshop is on now, until %(time)s") % {"time": moment(round_.workshop_ends_at)["time"]}
    return _("Feedback closes in %(left)s, on %(day)s at %(time)s") % {
        "left": timeuntil(round_.feedback_closes_at, now, depth=1),
        **moment(round_.feedback_closes_at),
    }


def workshop_text(round_):
    return _("Workshop on %(day)s at %(time)s") % moment(round_.workshop_starts_at)

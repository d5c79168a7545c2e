"""Template tags of the workspace: rounds' deadlines in plain words, authors' names as the viewer may see them."""

import uuid

from django import template
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.timesince import timeuntil
from django.utils.translation import gettext as _

from codev.models import POST_MAX_LENGTH, RoundState, display_name
from common.html_text import plain_text
from models_library.sections import SECTIONS_BY_KEY, section_label

register = template.Library()


def when(moment):
    local = timezone.localtime(moment)
    return _("%(date)s at %(time)s") % {
        "date": date_format(local, "DATE_FORMAT"),
        "time": time_format(local, "TIME_FORMAT"),
    }


@register.simple_tag
def round_deadline(round_, now=None):
    """One sentence on where the round's feedback window stands, with the date and the time left."""
    now = now or timezone.now()
    state = round_.state(now)
    if state == RoundState.UPCOMING:
        return _("Feedback opens %(when)s (in %(left)s).") % {
            "when": when(round_.feedback_opens_at),
            "left": timeuntil(round_.feedback_opens_at, now, depth=1),
        }
    if state == RoundState.OPEN:
        return _("Feedback closes %(when)s: %(left)s left.") % {
            "when": when(round_.feedback_closes_at),
            "left": timeuntil(round_.feedback_closes_at, now, depth=1),
        }
    if state == RoundState.WORKSHOP:
        return _("The workshop is on until %(time)s; feedback closes %(when)s.") % {
            "time": time_format(timezone.localtime(round_.workshop_ends_at), "TIME_FORMAT"),
            "when": when(round_.feedback_closes_at),
        }
    return _("Feedback closed %(when)s.") % {"when": when(round_.feedback_closes_at)}


@register.simple_tag
def round_state_label(round_):
    return round_.state_label()


@register.simple_tag
def round_state_key(round_):
    return round_.state().value


@register.filter
def plain_when(moment):
    return when(moment) if moment else ""


@register.simple_tag
def author_label(post, member):
    """The author as this viewer may see them: anonymous posts name their author only to the author and
    to facilitators, so no other member's page ever holds the name."""
    if not post.is_anonymous:
        return display_name(post.author)
    if member is not None and (member.is_facilitator or post.author_id == member.user_id):
        return _("%(name)s (anonymous to others)") % {"name": display_name(post.author)}
    return _("Anonymous member")


@register.filter
def shown_name(user):
    return display_name(user)


@register.simple_tag
def post_max_length():
    return POST_MAX_LENGTH


@register.filter
def section_anchor(key):
    section = SECTIONS_BY_KEY.get(key)
    return section.anchor if section else ""


@register.simple_tag
def new_token():
    """A fresh submission token: a form sent twice with the same one stores one post."""
    return str(uuid.uuid4())


# Unescaped once, so the template's own escaping is the only one.
register.filter("plain_text", plain_text)
register.filter("section_label", section_label)

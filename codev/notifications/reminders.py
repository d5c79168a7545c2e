"""A facilitator's gentle reminder to the members who have not taken part in an open round yet."""

from django.db import transaction
from django.utils.translation import gettext as _

from codev.actions import FeedbackError
from codev.facilitator_home import absent_members, nudge_key
from codev.models import CoDevelopmentGroup, NotificationKind
from codev.notifications.delivery import Entry, notify


@transaction.atomic
def do_remind_absent_members(*, actor, round_):
    """Store the reminder for each member who has not posted, replied or agreed in the round; returns how many.

    Delivery follows each member's choice (at once, in the daily digest, or not at all after unsubscribing), and
    the notification's key names the round, so a member hears it once however many times it is asked for.
    """
    if not CoDevelopmentGroup.objects.facilitated_by(actor).filter(pk=round_.group_id).exists():
        raise FeedbackError(_("Only the group's facilitators remind its members."))
    if not round_.accepts_feedback():
        raise FeedbackError(_("This round does not take feedback now: there is nothing to remind of."))
    key = nudge_key(round_.pk)
    entries = [Entry(member.user_id, key, {"round": round_}) for member in absent_members([round_])[round_.pk]]
    return notify(NotificationKind.NUDGE, entries, actor_id=actor.pk)

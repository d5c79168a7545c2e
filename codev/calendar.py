"""A round's workshop and feedback deadline as an iCalendar file, for members' own calendars."""

from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Alarm, Calendar, Event

PRODUCT = "-//Mallipaja//Co-development rounds//FI"
# Far enough ahead to still write feedback after work the day before it closes.
DEADLINE_REMINDER = timedelta(days=1)


def round_calendar(round_, round_url, host):
    """The .ics of `round_`: the workshop, and the moment its feedback closes with a reminder the day before."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"{round_.group.name}: {round_.theme}")
    now = timezone.now()

    workshop = Event()
    workshop.add("uid", f"round-{round_.pk}-workshop@{host}")
    workshop.add("dtstamp", now)
    workshop.add("dtstart", round_.workshop_starts_at)
    workshop.add("dtend", round_.workshop_ends_at)
    workshop.add("summary", _("Workshop: %(theme)s") % {"theme": round_.theme})
    if round_.place or round_.meeting_link:
        workshop.add("location", round_.place or round_.meeting_link)
    details = [round_.agenda, round_.meeting_link, round_url]
    workshop.add("description", "\n\n".join(part for part in details if part))
    workshop.add("url", round_url)
    calendar.add_component(workshop)

    deadline = Event()
    deadline.add("uid", f"round-{round_.pk}-feedback-closes@{host}")
    deadline.add("dtstamp", now)
    deadline.add("dtstart", round_.feedback_closes_at)
    deadline.add("duration", timedelta(0))
    deadline.add("summary", _("Feedback closes: %(theme)s") % {"theme": round_.theme})
    deadline.add("description", round_url)
    deadline.add("url", round_url)
    deadline.add("transp", "TRANSPARENT")
    reminder = Alarm()
    reminder.add("action", "DISPLAY")
    reminder.add("description", _("Feedback closes: %(theme)s") % {"theme": round_.theme})
    reminder.add("trigger", -DEADLINE_REMINDER)
    deadline.add_component(reminder)
    calendar.add_component(deadline)
    return calendar.to_ical()

"""The hourly notification run: rounds that opened, reminders before feedback closes, daily digests, retries."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from codev.notifications.delivery import retry_unsent, send_digests
from codev.notifications.events import announce_open_rounds, send_reminders


class Command(BaseCommand):
    help = (
        "Announce rounds whose feedback window opened, remind members who have not posted two days before it "
        "closes, send the daily digests and retry emails that failed. Run it once an hour; running it again "
        "sends nothing twice."
    )

    def handle(self, *args, **options):
        now = timezone.now()
        opened = announce_open_rounds(now)
        reminded = send_reminders(now)
        digests = send_digests(now)
        retried = retry_unsent(now)
        self.stdout.write(
            f"Rounds announced: {len(opened)}. Reminders: {len(reminded)} rounds. "
            f"Digests sent: {digests}. Failed emails sent again: {retried}."
        )

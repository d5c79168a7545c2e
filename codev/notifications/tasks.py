"""Background task of the notifications: emails are sent by the task queue, never while a request waits."""

from django_tasks import task

from codev.models import Delivery
from codev.notifications.delivery import send_pending


@task()
def send_pending_notifications(user_id):
    """Send the member's unsent immediate notifications, in one email."""
    send_pending(user_id, Delivery.IMMEDIATE)

"""A member's choices: how often and in which language they get email, the models they follow, unsubscribing."""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale

from codev.models import Delivery, Frequency, ModelFollow, Notification, NotificationPreference
from codev.notifications.delivery import send_soon
from models_library.models import OperationalModelPage


def preference_of(user):
    """The stored preference, or the default one (immediately, in the site's language) unsaved."""
    return NotificationPreference.objects.filter(user=user).first() or NotificationPreference(
        user=user, frequency=Frequency.IMMEDIATE, language=settings.LANGUAGE_CODE
    )


@transaction.atomic
def do_set_preferences(*, user, frequency, language=None):
    """Save the choice. Turning email off drops what was waiting; choosing 'immediately' sends it now."""
    preference, _created = NotificationPreference.objects.select_for_update().get_or_create(user=user)
    preference.frequency = frequency
    preference.language = language or preference.language
    preference.save(update_fields=["frequency", "language", "updated_at"])
    unsent = Notification.objects.filter(user=user, sent_at__isnull=True)
    if frequency == Frequency.OFF:
        unsent.delete()
    elif frequency == Frequency.IMMEDIATE and unsent.filter(delivery=Delivery.DIGEST).update(
        delivery=Delivery.IMMEDIATE
    ):
        send_soon({user.pk})
    return preference


def do_unsubscribe(user):
    """The one-click unsubscribe: no more notification emails; asking twice changes nothing."""
    return do_set_preferences(user=user, frequency=Frequency.OFF)


def group_models(user):
    """The models the user follows as an active member of the groups working on them."""
    return (
        OperationalModelPage.objects.filter(
            codev_groups__memberships__user=user, codev_groups__memberships__is_active=True
        )
        .distinct()
        .order_by("title")
    )


def followable_models(user):
    """Published models in the site's language that the user does not already follow through a group."""
    return (
        OperationalModelPage.objects.live()
        .filter(locale=Locale.get_default())
        .exclude(pk__in=group_models(user).values("pk"))
        .order_by("title")
    )


@transaction.atomic
def do_set_follows(*, user, pages):
    """Follow exactly `pages` (besides the models of the user's groups, which members always follow)."""
    wanted = {page.pk for page in pages}
    # Follows of the user's group models are kept: they matter again if the user leaves the group.
    (
        ModelFollow.objects.filter(user=user)
        .exclude(page_id__in=wanted)
        .exclude(page_id__in=group_models(user).values("pk"))
        .delete()
    )
    ModelFollow.objects.bulk_create(
        [ModelFollow(user=user, page_id=pk) for pk in sorted(wanted)], ignore_conflicts=True
    )

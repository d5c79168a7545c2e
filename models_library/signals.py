"""Every publication of an operational model becomes a numbered version."""

from django.dispatch import receiver
from wagtail.signals import page_published

from models_library.models import OperationalModelPage
from models_library.versioning import record_publication


@receiver(page_published, sender=OperationalModelPage)
def record_model_version(sender, instance, revision, **kwargs):
    # An alias (wagtail-localize's synchronised trees) shows its original's versions and publishes none of its own.
    if instance.alias_of_id is None:
        record_publication(instance, revision)

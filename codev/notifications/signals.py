"""Receivers that turn the workspace's actions and the library's publications into notifications."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from codev.notifications import events
from codev.signals import post_addressed, post_declined, reply_posted
from models_library.models import ModelVersion


@receiver(reply_posted, dispatch_uid="codev.notifications.reply_posted")
def on_reply_posted(sender, reply, **kwargs):
    events.reply_posted(reply)


@receiver(post_addressed, dispatch_uid="codev.notifications.post_addressed")
def on_post_addressed(sender, actor, version, posts, **kwargs):
    events.posts_addressed(version, posts, actor)


@receiver(post_declined, dispatch_uid="codev.notifications.post_declined")
def on_post_declined(sender, actor, post_ids, **kwargs):
    events.posts_declined(post_ids, actor)


@receiver(post_save, sender=ModelVersion, dispatch_uid="codev.notifications.version_published")
def on_version_published(sender, instance, created, raw=False, **kwargs):
    # Versions are only ever created (they are immutable); fixtures loaded raw are not publications.
    if created and not raw:
        events.version_published(instance)

"""Signals sent by the workspace's actions, inside their transaction, for listeners such as the notifications."""

from django.dispatch import Signal

# reply: the new reply (a Post with a parent).
reply_posted = Signal()

# actor, version: the ModelVersion; posts: the posts it addresses.
post_addressed = Signal()

# actor; post_ids: posts newly declined (the reason is in each post's disposition_note).
post_declined = Signal()

"""What a live poll needs before any heavy work, kept in the shared cache (Redis in production, so every web
process reads the same): a board's group and change sequence, and whether a user may read a group's boards.

These answer only the cheap question "has anything changed?". A poll that finds a change goes on to the full
permission check against the database, so a stale entry can delay a change by a few seconds but can never show
a post to someone who may no longer see it.
"""

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from codev.models import Board, Membership

# The sequence is forgotten when a change commits (codev.actions.bump); the timeout only bounds the rare race
# in which a poll reads the old value just before a commit and stores it just after that commit forgot it.
SEQ_SECONDS = 3
# A board never moves to another group.
GROUP_SECONDS = 24 * 60 * 60
# Forgotten when the membership is saved or deleted; the timeout covers bulk updates that send no signal.
ACCESS_SECONDS = 60


def seq_key(board_pk):
    return f"codev:board-seq:{board_pk}"


def group_key(board_pk):
    return f"codev:board-group:{board_pk}"


def access_key(group_pk, user_pk):
    return f"codev:group-access:{group_pk}:{user_pk}"


def board_head(board_pk):
    """(group id, change_seq) of the board, from the cache when it can; None when there is no such board."""
    found = cache.get_many([group_key(board_pk), seq_key(board_pk)])
    group_pk, seq = found.get(group_key(board_pk)), found.get(seq_key(board_pk))
    if group_pk is None or seq is None:
        row = Board.objects.filter(pk=board_pk).values_list("round__group_id", "change_seq").first()
        if row is None:
            return None
        group_pk, seq = row
        cache.set(group_key(board_pk), group_pk, GROUP_SECONDS)
        # add, not set: a commit that forgot the key meanwhile wins over this older reading.
        cache.add(seq_key(board_pk), seq, SEQ_SECONDS)
    return group_pk, seq


def forget_seq(board_pk):
    cache.delete(seq_key(board_pk))


def may_read(user_pk, group_pk):
    """Whether the user may read the group's boards (an active member, or a superuser administering)."""
    key = access_key(group_pk, user_pk)
    allowed = cache.get(key)
    if allowed is None:
        allowed = (
            Membership.objects.filter(user_id=user_pk, group_id=group_pk, is_active=True).exists()
            or get_user_model().objects.filter(pk=user_pk, is_superuser=True, is_active=True).exists()
        )
        cache.set(key, allowed, ACCESS_SECONDS)
    return allowed


@receiver([post_save, post_delete], sender=Membership, dispatch_uid="codev.live_state.forget_access")
def forget_access(sender, instance, **kwargs):
    cache.delete(access_key(instance.group_id, instance.user_id))

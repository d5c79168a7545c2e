"""Who may do what in a group's space. Every view asks here, with the object's own group."""

from django.core.exceptions import PermissionDenied

from codev.models import Membership, Post, PostStatus
from codev.two_factor import require_second_factor


def membership(user, group):
    """The user's active membership in `group`, cached on the user object for the request."""
    if not user.is_authenticated:
        return None
    cache = user.__dict__.setdefault("_codev_memberships", {})
    if group.pk not in cache:
        cache[group.pk] = Membership.objects.filter(user=user, group_id=group.pk, is_active=True).first()
    return cache[group.pk]


def require_member(user, group):
    """The membership, for a view of the group; facilitators see members' names, so only after the second step."""
    found = membership(user, group)
    if found is None:
        raise PermissionDenied
    if found.is_facilitator:
        require_second_factor(user)
    return found


def require_facilitator(user, group):
    found = require_member(user, group)
    if not found.is_facilitator:
        raise PermissionDenied
    return found


def can_edit_post(user, post):
    """Authors edit and delete their own posts while the round takes feedback."""
    return (
        post.author_id == user.pk
        and post.status in (PostStatus.PUBLISHED, PostStatus.PENDING)
        and post.board.round.accepts_feedback()
    )


def visible_posts(user, board, member):
    return Post.objects.filter(board=board).visible_to(user, member.is_facilitator)


def viewer(request, group):
    """The viewer's membership; superusers who are not members may read, to administer, but not take part."""
    member = membership(request.user, group)
    if member is None and not request.user.is_superuser:
        raise PermissionDenied
    if member is not None and member.is_facilitator:
        require_second_factor(request.user)
    return member

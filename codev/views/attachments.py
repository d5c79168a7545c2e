"""An attachment's file or thumbnail, to those who may see its post on the board, and to no one else.

Anyone else gets 404, signed in or not, so an address does not even tell that a file exists. Files are never
served from MEDIA_URL: their names in the storage are unguessable, and only this view knows them.
"""

from csp.decorators import csp_exempt
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe

from codev.models import Attachment, Post, PostStatus
from codev.permissions import membership
from codev.two_factor import require_second_factor

# A file opened on its own runs nothing and loads nothing, even if a browser were to take it for a page.
FILE_POLICY = "default-src 'none'; img-src 'self'; frame-ancestors 'none'; sandbox"


def may_see(request, post):
    """The board's rule: members see published posts and their own, facilitators also hidden and pending ones,
    superusers read as administrators. A hidden post's files are for facilitators only, not even for its
    author; a deleted post has none."""
    member = membership(request.user, post.board.round.group)
    if member is None and not request.user.is_superuser:
        return False
    if member is not None and member.is_facilitator:
        require_second_factor(request.user)
    is_facilitator = bool(member and member.is_facilitator)
    if post.status == PostStatus.REMOVED or (post.status == PostStatus.HIDDEN and not is_facilitator):
        return False
    # A reply is on the board only under its post: hidden with it, and kept under a deleted post's placeholder.
    thread = [post.pk] + ([post.parent_id] if post.parent_id else [])
    if post.parent_id and post.parent.status == PostStatus.HIDDEN and not is_facilitator:
        return False
    return Post.objects.filter(pk__in=thread).visible_to(request.user, is_facilitator).count() == len(thread)


def serve(request, pk, thumbnail):
    if not request.user.is_authenticated:
        raise Http404
    found = Attachment.objects.select_related("post__board__round__group", "post__parent")
    attachment = get_object_or_404(found, pk=pk)
    if not may_see(request, attachment.post):
        raise Http404
    name = attachment.thumbnail.name if thumbnail else attachment.file.name
    if not name:
        raise Http404
    try:
        handle = default_storage.open(name, "rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle,
        content_type="image/webp" if thumbnail else attachment.content_type,
        as_attachment=not attachment.is_image,
        filename=attachment.original_name,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, max-age=3600"
    response["Content-Security-Policy"] = FILE_POLICY
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    return response


@require_safe
@csp_exempt()
def attachment_file(request, pk):
    return serve(request, pk, thumbnail=False)


@require_safe
@csp_exempt()
def attachment_thumbnail(request, pk):
    return serve(request, pk, thumbnail=True)

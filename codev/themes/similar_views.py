"""While a member writes a post, the board's posts that say nearly the same (htmx; without JavaScript nothing shows)."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render

from codev.models import POST_MAX_LENGTH, Post, PostStatus
from codev.permissions import require_member
from codev.themes.similar import similar
from codev.views.boards import get_board
from common.html_text import plain_text


def candidates(board, user):
    """Published posts of the board by others: what every member already sees, moderation respected."""
    return list(
        Post.objects.filter(board=board, parent__isnull=True, status=PostStatus.PUBLISHED)
        .exclude(author_id=user.pk)
        .only("pk", "body", "board_id")
        .order_by("pk")
    )


@login_required
def similar_posts(request, pk):
    board = get_board(pk)
    member = require_member(request.user, board.round.group)
    draft = request.GET.get("body", "")[:POST_MAX_LENGTH]
    found = []
    if member.can_post and board.round.accepts_feedback() and draft.strip():
        posts = candidates(board, request.user)
        texts = [plain_text(post.body) for post in posts]
        found = [{"post": posts[index], "text": texts[index]} for index, _score in similar(draft, texts)]
    if not found:
        # htmx swaps nothing into the live region, so screen readers hear nothing.
        return HttpResponse("")
    return render(request, "codev/themes/includes/similar_posts.html", {"found": found, "board": board})

"""Live boards: only the posts that changed since the reader's last look travel, and a presentation view."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.urls import path
from django.utils.translation import gettext as _

from codev.models import Post
from codev.views.boards import ON_SCREEN, POLL_SECONDS, get_board, posts_for
from codev.views.groups import viewer


@login_required
def board_changes(request, pk):
    """The posts changed after `since` as <template>s for board-live.js, or 204 when nothing changed."""
    board = get_board(pk)
    member = viewer(request, board.round.group)
    try:
        since = int(request.GET.get("since", ""))
    except ValueError:
        return HttpResponseBadRequest(
            _("The board asks for changes since a change number; this address gives none."),
            content_type="text/plain; charset=utf-8",
        )
    if board.change_seq <= since:
        return HttpResponse(status=204)
    presenting = request.GET.get("view") == "present"
    shown = posts_for(request.user, board, None if presenting else member).filter(change_seq__gt=since)
    if presenting:
        shown = shown.filter(status__in=ON_SCREEN)
    small_group = request.GET.get("small_group", "")
    small_group_id = int(small_group) if small_group.isdigit() else None
    if small_group_id:
        shown = shown.filter(small_group_id=small_group_id)
    shown = list(shown)
    changed_ids = set(
        Post.objects.filter(board=board, parent__isnull=True, change_seq__gt=since).values_list("pk", flat=True)
    )
    removed = sorted(changed_ids - {post.pk for post in shown})
    return render(
        request,
        "codev/boards/includes/changes.html",
        {
            "board": board,
            "member": None if presenting else member,
            "posts": shown,
            "removed": removed,
            "presenting": presenting,
            "poll_seconds": POLL_SECONDS,
            "small_group_id": small_group_id,
        },
    )


@login_required
def board_present(request, pk):
    """The board big and clean for a shared screen: only published posts, never an anonymous author's name."""
    board = get_board(pk)
    viewer(request, board.round.group)
    posts = posts_for(request.user, board, None).filter(status__in=ON_SCREEN)
    posts = posts.order_by("-is_pinned", "-created_at", "-pk")
    columns = [{"column": column, "posts": []} for column in board.columns.all()]
    by_column = {entry["column"].pk: entry["posts"] for entry in columns}
    for post in posts:
        by_column.get(post.column_id, []).append(post)
    return render(
        request,
        "codev/boards/present.html",
        {
            "board": board,
            "round": board.round,
            "group": board.round.group,
            "columns": columns,
            "member": None,
            "poll_seconds": POLL_SECONDS,
        },
    )


urlpatterns = [
    path("boards/<int:pk>/changes/", board_changes, name="board_changes"),
    path("boards/<int:pk>/present/", board_present, name="board_present"),
]

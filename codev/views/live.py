"""Live boards: only the posts that changed since the reader's last look travel, and a presentation view.

Most polls find nothing new. They are answered from the shared cache (codev.live_state) before the board, the
membership or any post is read from the database. A poll that finds a change is checked in full and gets the
changed posts' HTML from the per-audience cache (codev.fragments), so a new post is rendered once for all who
see it alike, not once per participant.
"""

from django.contrib.auth import SESSION_KEY
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.utils.translation import gettext as _

from codev import live_state
from codev.fragments import Viewer, post_html
from codev.models import Post
from codev.permissions import viewer
from codev.views.boards import POLL_SECONDS, get_board
from codev.views.listing import board_rows, columns_for, fetcher


def bad_cursor():
    return HttpResponseBadRequest(
        _("The board asks for changes since a change number; this address gives none."),
        content_type="text/plain; charset=utf-8",
    )


def board_changes(request, pk):
    """The posts changed after `since` as <template>s for board-live.js, or 204 when nothing changed.

    Until it knows something changed, this reads only the session: the signed-in user's id, not the user, whose
    loading (and the check of the session against their password) waits for the full check below.
    """
    user_pk = request.session.get(SESSION_KEY)
    if user_pk is None:
        return redirect_to_login(request.get_full_path())
    head = live_state.board_head(pk)
    if head is None:
        raise Http404
    group_pk, seq = head
    if not live_state.may_read(user_pk, group_pk):
        raise PermissionDenied
    try:
        since = int(request.GET.get("since", ""))
    except ValueError:
        since = None  # refused below, after the full check: a facilitator still owing the second step is sent there
    if since is not None and seq <= since:
        return HttpResponse(status=204)
    return changes_since(request, pk, since)


def next_in_column(rows):
    """{post id: id of the post under it in its column}, so a moved post lands exactly where it now stands."""
    following, last = {}, {}
    for row in rows:
        if row.column_id in last:
            following[last[row.column_id]] = row.pk
        last[row.column_id] = row.pk
    return following


@login_required
def changes_since(request, pk, since):
    """Something changed: from here on everything is read from the database, the viewer's rights too."""
    board = get_board(pk)
    member = viewer(request, board.round.group)
    if since is None:
        return bad_cursor()
    if board.change_seq <= since:
        return HttpResponse(status=204)
    presenting = request.GET.get("view") == "present"
    shown_member = None if presenting else member
    small_group = request.GET.get("small_group", "")
    small_group_id = int(small_group) if small_group.isdigit() and len(small_group) < 19 else None
    every_row = board_rows(request.user, board, shown_member, presenting=presenting, small_group=small_group_id)
    following = next_in_column(every_row)
    rows = [row for row in every_row if row.change_seq > since]
    html = post_html(Viewer(request, board, member, presenting), rows, fetcher(request, board, member, presenting))
    changed_ids = set(
        Post.objects.filter(board=board, parent__isnull=True, change_seq__gt=since).values_list("pk", flat=True)
    )
    removed = sorted(changed_ids - {row.pk for row in rows})
    return render(
        request,
        "codev/boards/includes/changes.html",
        {
            "board": board,
            "member": shown_member,
            "posts": [
                {"column_id": row.column_id, "html": html[row.pk], "before": following.get(row.pk)}
                for row in rows
                if row.pk in html
            ],
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
    member = viewer(request, board.round.group)
    rows = board_rows(request.user, board, None, presenting=True)
    return render(
        request,
        "codev/boards/present.html",
        {
            "board": board,
            "round": board.round,
            "group": board.round.group,
            "columns": columns_for(request, board, member, rows, "", presenting=True, paged=False),
            "member": None,
            "is_facilitator": bool(member and member.is_facilitator),
            "poll_seconds": POLL_SECONDS,
        },
    )

"""Workshop mode: the facilitator's timer and focus on a board, and the short join link with its QR code.

Timer and focus forms post normally without JavaScript (back to where they came from); from the presentation
view htmx sends them, so a full-screen view stays full screen, and gets the new state back at once.
"""

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_POST

from codev import actions, join_links
from codev.models import Column, Post
from codev.permissions import require_facilitator, viewer
from codev.views.boards import get_board, is_htmx

TIMER_DONE = {
    "start": _("The timer is running."),
    "pause": _("The timer is paused."),
    "resume": _("The timer is running again."),
    "stop": _("The timer is stopped."),
}


def bad_request(text):
    return HttpResponseBadRequest(text, content_type="text/plain; charset=utf-8")


def number(value):
    """A database id from a form, or None for anything else (words, signs, more digits than any id has)."""
    return int(value) if re.fullmatch(r"[0-9]{1,18}", value) else None


def back_to(request, board):
    """Where the form was: the presentation view or the board, never another site."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}) and target.startswith("/"):
        return target
    return reverse("codev:board", args=(board.pk,))


def answer(request, board, done):
    """The new state for htmx (it replaces the page's own), else the page the form came from with a message."""
    if is_htmx(request):
        return render(request, "codev/boards/includes/workshop_state.html", {"board": board, "oob": True})
    messages.success(request, done)
    return redirect(back_to(request, board))


def refused(request, board, error):
    if is_htmx(request):
        return HttpResponse(str(error), status=400, content_type="text/plain; charset=utf-8")
    messages.error(request, str(error))
    return redirect(back_to(request, board))


@login_required
@require_POST
def board_timer(request, pk):
    board = get_board(pk)
    member = require_facilitator(request.user, board.round.group)
    action = request.POST.get("action", "")
    if action not in TIMER_DONE:
        return bad_request(_("Choose to start, pause, resume or stop the timer."))
    try:
        if action == "start":
            minutes = number(request.POST.get("minutes", ""))
            if minutes is None:
                return bad_request(_("Give the timer's length in whole minutes."))
            actions.do_start_timer(member=member, board=board, minutes=minutes)
        elif action == "pause":
            actions.do_pause_timer(member=member, board=board)
        elif action == "resume":
            actions.do_resume_timer(member=member, board=board)
        else:
            actions.do_stop_timer(member=member, board=board)
    except actions.FeedbackError as error:
        return refused(request, board, error)
    return answer(request, board, TIMER_DONE[action])


@login_required
@require_POST
def board_focus(request, pk):
    """Focus everyone on a column (`column`) or a post (`post`); `action=clear` ends the focus."""
    board = get_board(pk)
    member = require_facilitator(request.user, board.round.group)
    column = post = None
    if request.POST.get("action", "") != "clear":
        if "post" in request.POST:
            post_pk = number(request.POST.get("post", ""))
            post = Post.objects.filter(pk=post_pk, board=board).select_related("column").first() if post_pk else None
            if post is None:
                return bad_request(_("Choose one of this board's posts."))
        else:
            column_pk = number(request.POST.get("column", ""))
            column = Column.objects.filter(pk=column_pk, board=board).first() if column_pk else None
            if column is None:
                return bad_request(_("Choose one of this board's columns."))
    try:
        actions.do_set_focus(member=member, board=board, column=column, post=post)
    except actions.FeedbackError as error:
        return refused(request, board, error)
    done = _("Everyone's board shows what you focused on.") if column or post else _("The focus is cleared.")
    return answer(request, board, done)


@login_required
@require_GET
def join(request, code):
    """The short link of a board's shared screen: to the board, for those who may read it."""
    board_pk = join_links.board_pk_for(code)
    if board_pk is None:
        raise Http404
    board = get_board(board_pk)
    viewer(request, board.round.group)
    return redirect("codev:board", pk=board.pk)


@login_required
@require_GET
@cache_control(private=True, max_age=3600)
def join_qr(request, pk):
    """The join link as a QR code image, for the group's own members (it names a board of theirs)."""
    board = get_board(pk)
    viewer(request, board.round.group)
    return HttpResponse(join_links.qr_code_svg(join_links.join_url(board, request)), content_type="image/svg+xml")

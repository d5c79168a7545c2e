"""Dot voting on the board: the facilitator opens and closes a vote, members give and take back their votes."""

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from codev.actions import FeedbackError
from codev.dot_voting import (
    MAX_VOTES_PER_MEMBER,
    do_close_vote,
    do_open_vote,
    do_spend_vote,
    do_take_back_vote,
    running_vote,
)
from codev.permissions import require_facilitator
from codev.views.boards import board_address, get_board, get_post


def votes_left_message(left):
    return ngettext("You have %(left)s vote left.", "You have %(left)s votes left.", left) % {"left": left}


@login_required
@require_POST
def open_vote(request, pk):
    board = get_board(pk)
    require_facilitator(request.user, board.round.group)
    raw = request.POST.get("votes_per_member", "").strip()
    if not re.fullmatch(r"[0-9]{1,3}", raw):
        messages.error(request, _("Give each member from 1 to %(most)s votes.") % {"most": MAX_VOTES_PER_MEMBER})
        return redirect(board_address(board, request.GET))
    try:
        vote = do_open_vote(
            actor=request.user,
            board=board,
            votes_per_member=int(raw),
            several_per_post=request.POST.get("several_per_post") == "on",
        )
    except FeedbackError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            ngettext(
                "The vote is open: each member has %(count)s vote.",
                "The vote is open: each member has %(count)s votes.",
                vote.votes_per_member,
            )
            % {"count": vote.votes_per_member},
        )
    return redirect(board_address(board, request.GET))


@login_required
@require_POST
def close_vote(request, pk):
    board = get_board(pk)
    require_facilitator(request.user, board.round.group)
    vote = running_vote(board)
    try:
        if vote is None:
            raise FeedbackError(_("No vote is running on this board."))
        do_close_vote(actor=request.user, vote=vote)
    except FeedbackError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The vote is closed. Its results stay on the board."))
    return redirect(board_address(board, request.GET))


@login_required
@require_POST
def vote(request, pk):
    post, member = get_post(request, pk)
    action = request.POST.get("action")
    if action not in ("add", "take_back"):
        return HttpResponseBadRequest(
            _("Choose to give a vote or to take one back."), content_type="text/plain; charset=utf-8"
        )
    try:
        if action == "add":
            left = do_spend_vote(member=member, post=post)
            done = _("Your vote is on the post.")
        else:
            left = do_take_back_vote(member=member, post=post)
            done = _("You took a vote back.")
    except FeedbackError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"{done} {votes_left_message(left)}")
    return redirect(board_address(post.board, request.GET, post.pk))

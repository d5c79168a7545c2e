"""The board's second reaction: members mark a post important or rate it; the facilitators choose which."""

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from codev.actions import FeedbackError
from codev.models import SecondReaction
from codev.permissions import require_facilitator
from codev.reactions import do_react, do_set_second_reaction
from codev.views.boards import board_address, get_board, get_post


def reacted_message(kind, value):
    if value is None:
        return _("You withdrew your reaction.")
    if kind == SecondReaction.IMPORTANT:
        return _("You marked this post important.")
    return _("You rated this post %(value)s out of 5.") % {"value": value}


@login_required
@require_POST
def react(request, pk):
    post, member = get_post(request, pk)
    raw = request.POST.get("value", "")
    if raw != "withdraw" and not re.fullmatch(r"[0-9]{1,2}", raw):
        return HttpResponseBadRequest(
            _("Choose a rating, or withdraw your reaction."), content_type="text/plain; charset=utf-8"
        )
    value = None if raw == "withdraw" else int(raw)
    try:
        do_react(member=member, post=post, value=value)
    except FeedbackError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, reacted_message(post.board.second_reaction, value))
    return redirect(board_address(post.board, request.GET, post.pk))


@login_required
@require_POST
def set_second_reaction(request, pk):
    board = get_board(pk)
    require_facilitator(request.user, board.round.group)
    try:
        do_set_second_reaction(actor=request.user, board=board, kind=request.POST.get("second_reaction", ""))
    except FeedbackError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("The board's reaction besides agreeing: %(label)s.")
            % {"label": SecondReaction(board.second_reaction).label},
        )
    return redirect(board_address(board, request.GET))

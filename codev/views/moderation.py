"""Facilitators moderate on the board itself: pin, hide with a reason, move, approve, pre-moderation, small groups."""

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from codev import actions
from codev.models import Column, Post, PostStatus, Round
from codev.navigation import group_crumb, round_crumb
from codev.permissions import require_facilitator
from codev.views.boards import board_address, get_board, is_htmx, render_post

DONE = {
    "pin": _("The post is pinned to the top."),
    "unpin": _("The post is no longer pinned."),
    "hide": _("The post is hidden. Its author sees the reason."),
    "unhide": _("The post is shown again."),
    "approve": _("The post is approved and visible to the members."),
    "move": _("The post moved to another column."),
}


class NotOnThisBoard(actions.FeedbackError):
    """A move to a column or next to a post that the post's board does not have: not from the board's forms."""


def moderate(actor, post, action, data):
    if action in ("pin", "unpin"):
        return actions.do_pin(actor=actor, post=post, pinned=action == "pin")
    if action == "hide":
        return actions.do_hide(actor=actor, post=post, reason=data.get("reason", ""))
    if action == "unhide":
        return actions.do_unhide(actor=actor, post=post)
    if action == "approve":
        return actions.do_approve(actor=actor, post=post)
    column = Column.objects.filter(pk=int(data["column"]), board_id=post.board_id).first()
    if column is None:
        raise NotOnThisBoard(_("Choose one of this board's columns."))
    before, after = (neighbour(post, column, data.get(side, "")) for side in ("before", "after"))
    return actions.do_move(actor=actor, post=post, column=column, before=before, after=after)


def neighbour(post, column, value):
    """The post of the target column that the moved one goes next to (drag and drop, the keyboard's menu)."""
    if not value:
        return None
    found = Post.objects.filter(pk=int(value), column=column, parent__isnull=True).exclude(pk=post.pk).first()
    if found is None:
        raise NotOnThisBoard(_("Place the post next to another post of the column it moves to."))
    return found


def is_number(value, required=True):
    return re.fullmatch(r"[0-9]{1,18}", value) is not None or (not required and value == "")


def names_a_column(data):
    """The board's form sends a column's number, and its place a post's; anything else did not come from it."""
    return is_number(data.get("column", "")) and all(
        is_number(data.get(side, ""), required=False) for side in ("before", "after")
    )


@login_required
@require_POST
def moderate_post(request, pk):
    post = get_object_or_404(Post.objects.select_related("board__round__group", "board__operational_model"), pk=pk)
    member = require_facilitator(request.user, post.board.round.group)
    if post.status == PostStatus.REMOVED:
        # Deleted by its author: facilitators do not see it either, and must not bring it back.
        raise Http404
    action = request.POST.get("action", "")
    if action not in DONE:
        messages.error(request, _("Unknown moderation action."))
        return redirect(board_address(post.board, request.GET, post.pk))
    if action == "move" and not names_a_column(request.POST):
        return HttpResponseBadRequest(
            _("Choose one of this board's columns."), content_type="text/plain; charset=utf-8"
        )
    try:
        moderate(request.user, post, action, request.POST)
    except NotOnThisBoard as error:
        # Also what a drop onto a place that has just gone answers: the board's script puts the post back.
        return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")
    except actions.FeedbackError as error:
        messages.error(request, str(error))
    else:
        if is_htmx(request):
            return render_post(request, post, member)
        messages.success(request, DONE[action])
    return redirect(board_address(post.board, request.GET, post.parent_id or post.pk))


@login_required
@require_POST
def set_premoderation(request, pk):
    board = get_board(pk)
    require_facilitator(request.user, board.round.group)
    enabled = request.POST.get("enabled") == "on"
    actions.do_set_premoderation(actor=request.user, board=board, enabled=enabled)
    messages.success(
        request,
        _("Pre-moderation is on: new posts wait for your approval.")
        if enabled
        else _("Pre-moderation is off: new posts appear at once."),
    )
    return redirect(board_address(board, request.GET))


@login_required
def small_groups(request, pk):
    round_ = get_object_or_404(Round.objects.select_related("group"), pk=pk)
    require_facilitator(request.user, round_.group)
    if request.method == "POST":
        try:
            count = int(request.POST.get("count", ""))
            actions.do_split_into_small_groups(round_=round_, count=count, name_prefix=_("Small group"))
        except ValueError:
            messages.error(request, _("Give the number of small groups as a number."))
        except actions.FeedbackError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                ngettext(
                    "The members are in %(count)s small group.",
                    "The members are split into %(count)s small groups.",
                    count,
                )
                % {"count": count},
            )
            return redirect(reverse("codev:small_groups", args=(round_.pk,)))
    groups = round_.small_groups.prefetch_related("members__user__codev_profile")
    return render(
        request,
        "codev/groups/small_groups.html",
        {
            "round": round_,
            "group": round_.group,
            "small_groups": groups,
            "workspace_crumbs": [
                group_crumb(round_.group),
                round_crumb(round_),
                {"title": _("Small groups"), "url": ""},
            ],
        },
    )

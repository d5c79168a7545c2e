"""The facilitator gives the board's columns their colours, from the board's own facilitator tools."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from codev import actions
from codev.forms.columns import ColumnColoursForm
from codev.permissions import require_facilitator
from codev.views.boards import board_address, get_board


@login_required
@require_POST
def column_colours(request, pk):
    board = get_board(pk)
    require_facilitator(request.user, board.round.group)
    form = ColumnColoursForm(request.POST, columns=board.columns.all())
    if form.is_valid():
        changed = actions.do_set_column_colours(actor=request.user, board=board, colours=form.colours())
        if changed:
            messages.success(request, _("The columns' colours are saved."))
        else:
            messages.info(request, _("The columns kept their colours."))
    else:
        messages.error(request, _("Choose each column's colour from the board's palette."))
    return redirect(board_address(board, request.GET) + "#facilitator-tools-heading")

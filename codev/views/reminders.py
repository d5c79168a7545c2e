"""The facilitator's one-click gentle reminder to the members who have not taken part in an open round."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from codev.actions import FeedbackError
from codev.models import Round
from codev.notifications.reminders import do_remind_absent_members
from codev.permissions import require_facilitator
from codev.two_factor import next_url


@login_required
@require_POST
def remind_absent_members(request, pk):
    round_ = get_object_or_404(Round.objects.select_related("group"), pk=pk)
    require_facilitator(request.user, round_.group)
    try:
        count = do_remind_absent_members(actor=request.user, round_=round_)
    except FeedbackError as error:
        messages.error(request, str(error))
    else:
        if count:
            messages.success(
                request,
                ngettext(
                    "The reminder is on its way to %(count)s member.",
                    "The reminder is on its way to %(count)s members.",
                    count,
                )
                % {"count": count},
            )
        else:
            messages.info(request, _("Everyone the reminder can reach has already been reminded in this round."))
    return redirect(next_url(request))

"""The admin's "Sign-in lockouts" report: failed sign-in attempts by account and address, and unlocking them."""

from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.auth import require_admin_access
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from codev.signin import do_unlock, is_locked


class UnlockColumn(Column):
    cell_template_name = "codev/admin/lockout_unlock_cell.html"


class LockoutsView(ReportView):
    page_title = gettext_lazy("Sign-in lockouts")
    header_icon = "lock"
    index_url_name = "codev_lockouts"
    index_results_url_name = "codev_lockouts_results"
    paginate_by = 50
    columns = [
        Column("username", label=gettext_lazy("Account")),
        Column("ip_address", label=gettext_lazy("IP address")),
        Column("failures_since_start", label=gettext_lazy("Failed attempts")),
        Column("status", label=gettext_lazy("Status"), accessor=lambda attempt: attempt.status_label),
        DateColumn("attempt_time", label=gettext_lazy("Latest attempt")),
        Column("path_info", label=gettext_lazy("Sign-in page")),
        UnlockColumn("unlock", label=gettext_lazy("Unlock")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return AccessAttempt.objects.order_by("-attempt_time")

    def decorate_paginated_queryset(self, object_list):
        for attempt in object_list:
            attempt.status_label = _("Locked") if is_locked(attempt) else _("Not locked")
        return object_list

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["failure_limit"] = settings.AXES_FAILURE_LIMIT
        return context


@require_admin_access
@require_POST
def unlock(request, pk, what):
    if not request.user.is_superuser:
        raise PermissionDenied
    attempt = get_object_or_404(AccessAttempt, pk=pk)
    if what not in ("account", "address"):
        raise Http404
    if what == "account":
        do_unlock(actor=request.user, username=attempt.username)
        messages.success(request, _("Sign-in to the account %(name)s is unlocked.") % {"name": attempt.username})
    else:
        do_unlock(actor=request.user, ip_address=attempt.ip_address)
        messages.success(request, _("Sign-in from the address %(ip)s is unlocked.") % {"ip": attempt.ip_address})
    return redirect("codev_lockouts")


index = LockoutsView.as_view()
results = LockoutsView.as_view(results_only=True)

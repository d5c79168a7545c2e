"""The person's page of two-step sign-in: whether it is on, and the ways to set it up, renew codes or turn it off."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import gettext as _

from codev.two_factor import has_second_factor, is_enforced, must_use_second_factor, remaining_recovery_codes


@login_required
def overview(request):
    user = request.user
    enabled = has_second_factor(user)
    return render(
        request,
        "codev/two_factor/overview.html",
        {
            "enabled": enabled,
            "required": is_enforced() and must_use_second_factor(user),
            "remaining": remaining_recovery_codes(user) if enabled else 0,
            "workspace_crumbs": [{"title": _("Two-step sign-in"), "url": ""}],
        },
    )

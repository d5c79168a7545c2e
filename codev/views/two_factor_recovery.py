"""Recovery codes: the ten new ones shown once, and new codes on request (the old ones then stop working)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from codev.two_factor import (
    NEW_CODES_SESSION_KEY,
    do_create_recovery_codes,
    has_second_factor,
    next_url,
    remaining_recovery_codes,
    verified_required,
)


@login_required
@verified_required
@require_http_methods(["GET", "POST"])
def recovery_codes(request):
    user = request.user
    if not has_second_factor(user):
        return redirect("codev:two_factor_setup")
    if request.method == "POST":
        request.session[NEW_CODES_SESSION_KEY] = do_create_recovery_codes(user=user)
        messages.success(request, _("New recovery codes were created. The old ones no longer work."))
        return redirect("codev:two_factor_recovery_codes")
    # Shown once: after this page the codes exist only as the person saved them.
    codes = request.session.pop(NEW_CODES_SESSION_KEY, None)
    return render(
        request,
        "codev/two_factor/recovery_codes.html",
        {
            "codes": codes,
            "remaining": remaining_recovery_codes(user),
            "next": next_url(request, default="codev:two_factor"),
            "workspace_crumbs": [
                {"title": _("Two-step sign-in"), "url": reverse("codev:two_factor")},
                {"title": _("Recovery codes"), "url": ""},
            ],
        },
    )

"""Setting up an authenticator app: a QR code (or the key to type in), then the first code to confirm it."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from codev.forms.two_factor import CodeForm
from codev.two_factor import (
    NEW_CODES_SESSION_KEY,
    complete_second_step,
    do_confirm_authenticator,
    has_second_factor,
    is_enforced,
    must_use_second_factor,
    next_url,
    pending_device,
    qr_code_svg,
    secret_for_manual_entry,
)


def confirm(form, user, device):
    """The recovery codes if the first code matches; otherwise the form says why not."""
    # Asked before trying: django-otp refuses every code, right or wrong, while the wait lasts.
    if not device.verify_is_allowed()[0]:
        form.add_error("code", _("Too many wrong codes. Wait a minute, then try again."))
        return None
    codes = do_confirm_authenticator(user=user, device=device, token=form.cleaned_data["code"])
    if codes is None:
        form.add_error("code", _("The code did not match. Type the code the app shows now."))
    return codes


@login_required
def setup(request):
    user = request.user
    if has_second_factor(user):
        messages.info(request, _("Two-step sign-in is already on."))
        return redirect("codev:two_factor")
    device = pending_device(user)
    form = CodeForm(request.POST if request.method == "POST" else None)
    codes = confirm(form, user, device) if request.method == "POST" and form.is_valid() else None
    if codes is not None:
        device.refresh_from_db()
        # The code just typed proves the app, so this session counts as verified.
        complete_second_step(request, device)
        request.session[NEW_CODES_SESSION_KEY] = codes
        messages.success(request, _("Two-step sign-in is on."))
        return redirect(f"{reverse('codev:two_factor_recovery_codes')}?{urlencode({'next': next_url(request)})}")
    return render(
        request,
        "codev/two_factor/setup.html",
        {
            "form": form,
            "qr_code": qr_code_svg(device),
            "secret": secret_for_manual_entry(device),
            "required": is_enforced() and must_use_second_factor(user),
            "next": next_url(request),
            "workspace_crumbs": [
                {"title": _("Two-step sign-in"), "url": reverse("codev:two_factor")},
                {"title": _("Set up an authenticator app"), "url": ""},
            ],
        },
    )

"""The second step of signing in, after Django's LoginView has checked the password."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_otp.plugins.otp_static.models import StaticDevice

from codev.forms.two_factor import SecondStepForm
from codev.two_factor import (
    complete_second_step,
    do_verify,
    has_second_factor,
    is_throttled,
    is_verified,
    next_url,
    remaining_recovery_codes,
    second_step_url,
)


@login_required
def verify(request):
    user = request.user
    if is_verified(user):
        return redirect(next_url(request))
    if not has_second_factor(user):
        return redirect(second_step_url(request, next_url(request)))
    form = SecondStepForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        code, recovery_code = form.cleaned_data["code"], form.cleaned_data["recovery_code"]
        field = "code" if code else "recovery_code"
        # Asked before trying: django-otp refuses every code, right or wrong, while the wait lasts.
        if is_throttled(user, recovery=not code):
            form.add_error(field, _("Too many wrong codes. Wait a minute, then try again."))
        elif (device := do_verify(user=user, code=code, recovery_code=recovery_code)) is not None:
            complete_second_step(request, device)
            if isinstance(device, StaticDevice):
                left = remaining_recovery_codes(user)
                messages.warning(
                    request,
                    ngettext(
                        "You signed in with a recovery code. You have %(count)s recovery code left.",
                        "You signed in with a recovery code. You have %(count)s recovery codes left.",
                        left,
                    )
                    % {"count": left},
                )
            return redirect(next_url(request))
        elif code:
            form.add_error(field, _("The code did not match, or it was used already. Type the code the app shows now."))
        else:
            form.add_error(field, _("That recovery code does not work. Each code works only once."))
    return render(request, "codev/two_factor/verify.html", {"form": form, "next": next_url(request)})
